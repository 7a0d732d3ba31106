#pragma once
// Sorting by raw values and a quick filter over VmTableModel: every word of the filter text must
// appear (case-insensitively) in the VM's name, namespace, host, OS, status or IP address.
#include <QSortFilterProxyModel>
#include <QStringList>

namespace drover::models {

class VmFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VmFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace drover::models
