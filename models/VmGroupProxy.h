#pragma once
// The VM table grouped (View ▸ Group VMs by): a header row per namespace, host or tenant cluster
// ("prod — 12 VMs"), groups in name order (the empty group — no host, no tenant cluster — last),
// each group's VMs in the table's own sort order below it. Header rows are neither selectable
// nor draggable; selection and the current row survive regrouping and every change of the rows
// below (the source's structure changes become one layout change here, persistent indexes
// carried over). Ungrouped it is a plain identity proxy that forwards every signal as it comes,
// so a 10,000-VM table pays nothing for it.
#include <QAbstractProxyModel>
#include <QHash>

#include <vector>

namespace drover::models {

class VmGroupProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class GroupBy { None, Namespace, Host, TenantCluster };
    Q_ENUM(GroupBy)

    explicit VmGroupProxy(QObject *parent = nullptr);

    // column: the source column whose display text is the group (VmTableModel's Namespace, Host, Cluster).
    void setGroupBy(GroupBy by, int column);
    GroupBy groupBy() const { return m_by; }
    bool isGroupRow(int row) const;
    // Header rows, for the view's spans.
    QList<int> groupRows() const;

    // Many structural changes of the source in a row (a filter applied: one removal or insertion per
    // run of rows) become one layout change here, regrouped once at endBatch(), instead of one
    // regrouping per run — O(rows) rather than O(rows × runs) for a keystroke over 10,000 VMs.
    void beginBatch();
    void endBatch();

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override { return !parent.isValid() && rowCount() > 0; }

Q_SIGNALS:
    // The header rows moved (grouping switched, or the rows below changed): views re-span.
    void groupsChanged();

private:
    struct Row
    {
        int source; // -1: the header of group
        int group;
    };
    struct Saved
    {
        QPersistentModelIndex source; // for a VM row
        QString group;                // for a header row
        int column = 0;
    };
    void connectSource();
    void prepareLayout();
    void finishLayout();
    void rebuild();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    QString keyOf(int sourceRow) const;

    GroupBy m_by = GroupBy::None;
    int m_column = 0;
    std::vector<Row> m_rows;          // grouped: every row shown
    std::vector<int> m_rowOfSource;   // grouped: the row of each source row
    QStringList m_groups;             // grouped: each group's key
    QList<int> m_counts;              // grouped: its VMs
    QList<QString> m_keyOfSource;     // grouped: each source row's key, to see a VM change group
    QList<Saved> m_saved;             // between prepareLayout and finishLayout
    QModelIndexList m_savedProxy;
    bool m_inLayout = false;
    bool m_batch = false;
};

} // namespace drover::models
