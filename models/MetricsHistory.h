#pragma once
// What the charts draw: a bounded history, sampled while the console runs (Kubernetes keeps no
// history of allocation, and a real KubeVirt publishes migration progress only as metrics).
//  - cluster: VMs placed on hosts and the cluster's requested/allocatable vCPU and memory, and
//  - each host: its requested/allocatable vCPU and memory fractions,
//    every interval, read from the host tree (so they match what the tree shows);
//  - each migration: data processed and remaining at every update of the migration object
//    (drover-sim's progress annotations), and the transfer rate between two updates.
// Series keep the last `capacity` points; migrations the last 32 seen.
// Threading: GUI thread.
#include "HostTreeModel.h"
#include "ObjectCache.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <deque>

class QTimer;

namespace drover::models {

struct HostSample
{
    qint64 msecs = 0; // since the epoch
    double cpu = 0, memory = 0; // fractions 0..1 (may pass 1 when overcommitted)
};

struct ClusterSample
{
    qint64 msecs = 0;
    int vmsOnHosts = 0;
    double cpu = 0, memory = 0;
};

struct TransferSample
{
    qint64 msecs = 0;
    double processedBytes = 0, remainingBytes = 0;
    double bytesPerSecond = 0; // since the previous sample; 0 for the first
};

class MetricsHistory : public QObject
{
    Q_OBJECT
public:
    explicit MetricsHistory(QObject *parent = nullptr);
    ~MetricsHistory() override;

    // Sources; clears the history (another cluster). Null detaches.
    void setSources(HostTreeModel *hosts, kube::ObjectCache *migrations);
    void setInterval(int msecs);
    void setCapacity(int points) { m_capacity = qMax(2, points); }

    const std::deque<ClusterSample> &cluster() const { return m_cluster; }
    // Empty when the host was never seen.
    std::deque<HostSample> host(const QString &name) const { return m_hosts.value(name); }
    QStringList hosts() const { return m_hosts.keys(); }
    std::deque<TransferSample> transfer(const QString &migrationKey) const { return m_transfers.value(migrationKey); }
    // The VMI a migration moves (spec.vmiName), for titles.
    QString transferVm(const QString &migrationKey) const { return m_transferVm.value(migrationKey); }
    // The migration that changed last ("ns/name"), empty when none.
    QString latestMigration() const { return m_latestMigration; }

    // Take a host/cluster sample now (the timer calls it).
    void sample();

Q_SIGNALS:
    void sampled();
    void transferChanged(const QString &migrationKey);

private:
    void onMigrations(const QList<kube::CacheEvent> &events);
    template<typename D, typename S> void push(D &series, const S &s) const
    {
        series.push_back(s);
        while (int(series.size()) > m_capacity)
            series.pop_front();
    }

    QPointer<HostTreeModel> m_hostModel;
    QPointer<kube::ObjectCache> m_migrations;
    QMetaObject::Connection m_migrationConn;
    std::deque<ClusterSample> m_cluster;
    QHash<QString, std::deque<HostSample>> m_hosts;
    QHash<QString, std::deque<TransferSample>> m_transfers;
    QHash<QString, QString> m_transferVm;
    QStringList m_transferOrder; // oldest first, for the bound
    QString m_latestMigration;
    int m_capacity = 900; // 30 minutes at 2 s
    QTimer *m_timer;
};

} // namespace drover::models
