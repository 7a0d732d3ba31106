#pragma once
// A typed tree cluster → host → VM over the Node, VM and VMI caches. A VM sits under the host
// its VMI runs on (status.nodeName), or under the pseudo-host "Not running" when it has no
// scheduled VMI. Host rows show readiness, cordon, and the vCPU/memory the VMIs on the host
// request against the Node's allocatable resources.
//
// Updates are incremental and coalesced per event-loop turn like VmTableModel's: a VM moving to
// another host is a row removal under the old host and an insert under the new one; a host's
// totals change by dataChanged. Only setCaches() resets.
// Threading: GUI thread. The caches must outlive the model or be replaced first.
#include "HostTreeItems.h"
#include "ModelRoles.h"
#include "ObjectCache.h"
#include "PendingVms.h"
#include "TurnBudget.h"
#include "VmSummaryStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>
#include <unordered_map>

class QTimer;

namespace drover::models {

class HostTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Cpu, Memory, VmCount, ColumnCount };
    Q_ENUM(Column)

    explicit HostTreeModel(kube::ObjectCache *nodes = nullptr, kube::ObjectCache *vms = nullptr,
                           kube::ObjectCache *vmis = nullptr, QObject *parent = nullptr);
    ~HostTreeModel() override;

    void setCaches(kube::ObjectCache *nodes, kube::ObjectCache *vms, kube::ObjectCache *vmis);
    // Share the VM summaries with the VM table (each is built once). Takes effect for VMs
    // updated from now on: set it before the caches.
    void setSummaryStore(std::shared_ptr<VmSummaryStore> store);
    // The top item's label (the context or cluster name).
    void setClusterName(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // VMs can be dragged (onto a host, to live-migrate them); the payload is their keys.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction; }

    QModelIndex clusterIndex() const;
    // Invalid when absent. hostIndex(QString()) is the pseudo-host.
    QModelIndex hostIndex(const QString &host) const;
    QModelIndex vmIndex(const QString &key) const;
    // How many hosts the tree shows, the pseudo-host (VMs on no host) not counted.
    int hostCount() const { return int(m_hostByName.size()) - (m_hostByName.contains(QString()) ? 1 : 0); }

    // A host's health badge from its agent (level: HealthTracker's Health as int; 2 warning,
    // 3 critical) with what is wrong, shown on the Status column.
    void setHostHealth(const QString &host, int level, const QString &summary);
    // While the VMIs are still being listed, what the VMs on each host request is not known yet:
    // the vCPU and memory columns say "…" for the used part (the hosts' capacity is known), not a
    // 0 a user would read as idle. Set by whoever owns the informers (MainWindow: the VMI cache's
    // first list); true by default.
    void setUsageKnown(bool known);
    bool usageKnown() const { return m_usageKnown; }
    // The Node's InternalIP, empty when unknown.
    QString internalIpOf(const QString &host) const;

    // Apply everything pending now, building what is not built yet (tests).
    void flushPending();

private:
    void flushReady(); // the flush timer: nodes, and the VMs whose summaries are built
    // With a slice (the flush timer's), modified VMs wait for the next turn once the turn's share
    // is spent (kube::turn): each changed row costs the views a dataChanged, and one flush of many
    // held the GUI thread 18 ms (bench_stall). VMs added or deleted (whole: PendingVms) are shown
    // at once, in bulk: a list must not come in over many turns (at start-up the VMIs' list places
    // every VM on its host: all of it in the turn it arrives, as before).
    struct Sliced // both null: nothing waits
    {
        const kube::turn::Slice *slice;
        const QSet<QString> *whole;
    };
    void apply(const QSet<QString> &nodes, const QSet<QString> &vms, Sliced sliced = {nullptr, nullptr});
    // A batch's rows to come and go, per host, inserted and removed in bulk after the batch: one
    // by one, each VM moved off a host erased its row from the middle of that host's rows (at
    // start-up, 90,000 VMs off "Not running" when the VMIs came after the VMs: 8 % of the CPU).
    struct VmMoves
    {
        std::unordered_map<HostItem *, std::vector<std::unique_ptr<VmItem>>> inserts;
        std::unordered_map<HostItem *, std::vector<QString>> removals; // the keys of the rows that go
    };
    void onNodes(const QList<kube::CacheEvent> &events);
    void onVms(const QList<kube::CacheEvent> &events);
    void schedule();
    // The hosts an apply() touched: true when their row changed for sure (the Node, a VM come or
    // gone), false when only a VM on them changed in place (the row changes if its sums do).
    using Touched = QHash<HostItem *, bool>;
    void updateNode(const QString &name, Touched *touched);
    void updateVm(const QString &key, VmMoves *moves, Touched *touched);
    void insertVms(HostItem *host, std::vector<std::unique_ptr<VmItem>> items);
    void removeVms(HostItem *host, const std::vector<QString> &keys);
    HostItem *ensureHost(const QString &name);
    void removeHost(HostItem *host);
    void emitRowChanged(const QModelIndex &first);
    QModelIndex indexOf(const TreeItem *item, int column = 0) const;
    QVariant clusterData(int column, int role) const;
    QVariant hostData(const HostItem &h, int column, int role) const;
    QVariant vmData(const VmItem &v, int column, int role) const;

    QPointer<kube::ObjectCache> m_nodes, m_vms, m_vmis;
    ClusterItem m_cluster;
    QHash<QString, HostItem *> m_hostByName; // "" is the pseudo-host
    QHash<QString, VmItem *> m_vmByKey;
    QSet<QString> m_pendingNodes;
    PendingVms m_pendingVms;
    std::shared_ptr<VmSummaryStore> m_store;
    QTimer *m_flush;
    QHash<QString, QPair<int, QString>> m_health;
    bool m_usageKnown = true;
};

} // namespace drover::models
