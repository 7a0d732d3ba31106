#include "HealthTracker.h"

#include "TurnBudget.h"

namespace drover::models {

HealthTracker::HealthTracker(QObject *parent) : QObject(parent), m_judge(new QTimer(this))
{
    m_judge->setSingleShot(true);
    m_judge->setInterval(0);
    connect(m_judge, &QTimer::timeout, this, &HealthTracker::judgeQueued);
}

void HealthTracker::setCaches(kube::ObjectCache *hostReports, kube::ObjectCache *cephClusters)
{
    for (const auto &c : std::as_const(m_conns))
        disconnect(c);
    m_conns.clear();
    m_reports = hostReports;
    m_cephClusters = cephClusters;
    m_hosts.clear();
    m_temps.clear();
    m_queue.clear();
    m_queued.clear();
    m_ceph = {};
    if (m_reports) {
        m_conns << connect(m_reports, &kube::ObjectCache::changed, this, &HealthTracker::onReports);
        QList<kube::CacheEvent> existing;
        for (const QString &k : m_reports->keys())
            existing.append(kube::CacheEvent{kube::CacheEvent::Added, k, m_reports->getLazy(k)});
        onReports(existing);
    }
    if (m_cephClusters) {
        m_conns << connect(m_cephClusters, &kube::ObjectCache::changed, this, &HealthTracker::onCeph);
        onCeph();
    }
}

void HealthTracker::onReports(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const QString host = e.key; // cluster-scoped: the key is the node's name
        if (e.type == kube::CacheEvent::Deleted) {
            m_hosts.remove(host);
            Q_EMIT hostChanged(host);
            continue; // a queued report of it finds none in the cache
        }
        if (!m_queued.contains(host)) {
            m_queued.insert(host);
            m_queue.append(host);
        }
    }
    if (!m_queue.isEmpty() && !m_judge->isActive())
        m_judge->start();
}

void HealthTracker::judgeQueued()
{
    const kube::turn::Slice slice; // this turn's share, with the informers' and others' slices
    while (!m_queue.isEmpty() && !slice.over()) {
        const QString host = m_queue.takeFirst();
        m_queued.remove(host);
        const kube::LazyObject object = m_reports ? m_reports->getLazy(host) : kube::LazyObject();
        if (object.isEmpty()) // gone while queued
            continue;
        // The newest report: one that changed twice while queued is judged once.
        take(host, HostHealth::fromHostReport(object, previous(host)), QStringLiteral("cluster"));
    }
    if (!m_queue.isEmpty())
        m_judge->start();
}

void HealthTracker::addReport(const QString &host, const QJsonObject &report, const QString &source)
{
    take(host, HostHealth::fromReport(report, previous(host)), source);
}

const HostHealth *HealthTracker::previous(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? nullptr : &it.value();
}

void HealthTracker::take(const QString &host, HostHealth h, const QString &source)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    h.source = source;
    if (h.host.isEmpty())
        h.host = host;
    for (const DriveHealth &d : std::as_const(h.drives)) {
        if (!d.healthAvailable)
            continue;
        auto &series = m_temps[host + QLatin1Char('/') + d.name];
        series.emplace_back(now, d.temperatureC);
        while (series.size() > 360)
            series.pop_front();
    }
    m_hosts.insert(host, h);
    Q_EMIT hostChanged(host);
}

void HealthTracker::onCeph()
{
    if (!m_cephClusters)
        return;
    const QStringList keys = m_cephClusters->keys();
    m_ceph = keys.isEmpty() ? CephSummary{} : CephSummary::fromCephCluster(m_cephClusters->get(keys.first()));
    Q_EMIT cephChanged();
}

} // namespace drover::models
