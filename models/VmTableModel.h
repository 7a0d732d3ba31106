#pragma once
// One row per VirtualMachine, joined with its VirtualMachineInstance, fed by the two informer
// caches. Updates are incremental: the keys a cache batch names are collected and applied once
// per event-loop turn (a zero timer) as row removals, one ranged insert, and dataChanged for
// the rows that changed — one ranged dataChanged when most rows did. The model never resets on
// an event; setCaches() (a context switch) is the only reset.
//
// Rows keep the key and take their VmSummary from the VmSummaryStore when a view first asks, so
// a watch event costs a hash insert here, whatever the rate; the store may be shared with the
// host tree so that each summary is built once.
// Threading: GUI thread (the caches' thread). The caches must outlive the model or be replaced
// with setCaches() first; a destroyed cache empties the model.
#include "ModelRoles.h"
#include "ObjectCache.h"
#include "PendingVms.h"
#include "TurnBudget.h"
#include "VmSummary.h"
#include "VmSummaryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace drover::models {

class VmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Namespace, Status, Host, VCpu, Memory, Os, Ip, Cluster, ColumnCount };
    Q_ENUM(Column)
    // The first column a row's change can touch: a row is its VM's key, so the columns before
    // (Name, Namespace) never change in place, and dataChanged leaves them out.
    static constexpr int kFirstChangeable = Status;

    explicit VmTableModel(kube::ObjectCache *vms = nullptr, kube::ObjectCache *vmis = nullptr,
                          QObject *parent = nullptr);
    ~VmTableModel() override;

    // Switch to other caches (another cluster): the one reset this model does.
    void setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis);
    // Share the summaries with another view of the same caches (HostTreeModel::setSummaryStore).
    void setSummaryStore(std::shared_ptr<VmSummaryStore> store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // VMs can be dragged (onto a host, to live-migrate them); the payload is their keys.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction; }

    // -1 when there is no such VM.
    int rowOf(const QString &key) const;
    QString keyAt(int row) const;
    // The joined view of a row (built on first use, cached until the row changes).
    const VmSummary &summaryAt(int row) const;
    std::optional<VmSummary> summaryOf(const QString &key) const;

    // Apply everything pending now, instead of when its summaries are built off the GUI thread
    // (tests, benchmarks): what is not built yet is built here.
    void flushPending();

private:
    void flushReady(); // the flush timer: the changed VMs whose summaries are built
    // With a slice (the flush timer's), modified rows wait for the next turn once the turn's share
    // is spent (kube::turn): each is a dataChanged the sorting, filtering proxy places again. Rows
    // added or removed, and rows whose VMI came or went (whole: PendingVms), are applied at once,
    // in bulk: a list must not come in over many turns.
    void apply(const QSet<QString> &pending, const kube::turn::Slice *slice = nullptr, const QSet<QString> &whole = {});
    void emitChanged(std::vector<int> changed, const kube::turn::Slice *slice);
    struct Row
    {
        QString key;
        mutable std::shared_ptr<const VmSummary> summary; // null: take it from the store on next read
    };
    void onChanged(const QList<kube::CacheEvent> &events);
    void populate();
    void removeRows(std::vector<int> rows);
    void reindexFrom(int first);
    QVariant display(const VmSummary &s, int column) const;
    QVariant raw(const VmSummary &s, int column) const;

    QPointer<kube::ObjectCache> m_vms;
    QPointer<kube::ObjectCache> m_vmis;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index; // key -> row
    PendingVms m_pending;
    std::shared_ptr<VmSummaryStore> m_store;
    QTimer *m_flush;
};

} // namespace drover::models
