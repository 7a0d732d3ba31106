#include "MetricsHistory.h"

#include "Migration.h"

#include <QTimer>
#include <iterator>

namespace drover::models {

namespace {
constexpr int kMaxMigrations = 32;
const QString kProcessed = QStringLiteral("sim.drover.io/data-processed-bytes");
const QString kRemaining = QStringLiteral("sim.drover.io/data-remaining-bytes");
} // namespace

MetricsHistory::MetricsHistory(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &MetricsHistory::sample);
}

MetricsHistory::~MetricsHistory() = default;

void MetricsHistory::setSources(HostTreeModel *hosts, kube::ObjectCache *migrations)
{
    if (m_migrationConn)
        disconnect(m_migrationConn);
    m_hostModel = hosts;
    m_migrations = migrations;
    m_cluster.clear();
    m_hosts.clear();
    m_transfers.clear();
    m_transferVm.clear();
    m_transferOrder.clear();
    m_latestMigration.clear();
    if (m_migrations)
        m_migrationConn = connect(m_migrations, &kube::ObjectCache::changed, this, &MetricsHistory::onMigrations);
    if (m_hostModel)
        m_timer->start();
    else
        m_timer->stop();
}

void MetricsHistory::setInterval(int msecs)
{
    m_timer->setInterval(msecs);
}

void MetricsHistory::sample()
{
    // Not while the VMIs are still being listed: the hosts' usage is not known, and a 0 here
    // would be drawn as a dip.
    if (!m_hostModel || !m_hostModel->usageKnown())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QModelIndex cluster = m_hostModel->clusterIndex();
    ClusterSample c;
    c.msecs = now;
    double cpuUsed = 0, cpuAlloc = 0, memUsed = 0, memAlloc = 0;
    for (int r = 0; r < m_hostModel->rowCount(cluster); ++r) {
        const auto at = [&](int col) { return m_hostModel->index(r, col, cluster); };
        const QVariant cpu = at(HostTreeModel::Cpu).data(FractionRole);
        if (!cpu.isValid())
            continue; // "Not running", or a host whose Node is gone
        const QString name = at(HostTreeModel::Name).data(RawRole).toString();
        HostSample h{now, cpu.toDouble(), at(HostTreeModel::Memory).data(FractionRole).toDouble()};
        push(m_hosts[name], h);
        c.vmsOnHosts += at(HostTreeModel::VmCount).data(RawRole).toInt();
        // Weighted by capacity: the tree gives fractions, the raw totals come from its host item.
        const double cpuCap = at(HostTreeModel::Cpu).data(CapacityRole).toDouble();
        const double memCap = at(HostTreeModel::Memory).data(CapacityRole).toDouble();
        cpuUsed += h.cpu * cpuCap;
        cpuAlloc += cpuCap;
        memUsed += h.memory * memCap;
        memAlloc += memCap;
    }
    c.cpu = cpuAlloc > 0 ? cpuUsed / cpuAlloc : 0;
    c.memory = memAlloc > 0 ? memUsed / memAlloc : 0;
    push(m_cluster, c);
    Q_EMIT sampled();
}

void MetricsHistory::onMigrations(const QList<kube::CacheEvent> &events)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const kube::CacheEvent &e : events) {
        if (e.type == kube::CacheEvent::Deleted || !m_migrations)
            continue;
        const QJsonObject obj = m_migrations->get(e.key);
        const QJsonObject ann = obj.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
        if (!ann.contains(kProcessed))
            continue;
        TransferSample s;
        s.msecs = now;
        s.processedBytes = ann.value(kProcessed).toString().toDouble();
        s.remainingBytes = ann.value(kRemaining).toString().toDouble();
        auto it = m_transfers.find(e.key);
        if (it == m_transfers.end()) {
            it = m_transfers.insert(e.key, {});
            m_transferOrder.append(e.key);
            m_transferVm.insert(e.key, obj.value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString());
            while (m_transferOrder.size() > kMaxMigrations) {
                const QString gone = m_transferOrder.takeFirst();
                m_transfers.remove(gone);
                m_transferVm.remove(gone);
            }
            it = m_transfers.find(e.key);
        }
        auto &series = *it;
        if (!series.empty()) {
            const TransferSample &prev = series.back();
            if (prev.processedBytes == s.processedBytes && prev.remainingBytes == s.remainingBytes)
                continue; // a status-only update
            // The rate over the last ≥ 200 ms (or since the first sample): updates can come
            // every few tens of ms, or several in one watch chunk with no time between them.
            auto base = series.rbegin();
            while (std::next(base) != series.rend() && s.msecs - base->msecs < 200)
                ++base;
            const double dt = double(s.msecs - base->msecs) / 1000.0;
            s.bytesPerSecond = dt > 0 ? qMax(0.0, s.processedBytes - base->processedBytes) / dt : prev.bytesPerSecond;
        }
        push(series, s);
        m_latestMigration = e.key;
        Q_EMIT transferChanged(e.key);
    }
}

} // namespace drover::models
