#include "HealthTracker.h"

namespace drover::models {

HealthTracker::HealthTracker(QObject *parent) : QObject(parent) {}

void HealthTracker::setCaches(kube::ObjectCache *hostReports, kube::ObjectCache *cephClusters)
{
    for (const auto &c : std::as_const(m_conns))
        disconnect(c);
    m_conns.clear();
    m_reports = hostReports;
    m_cephClusters = cephClusters;
    m_hosts.clear();
    m_temps.clear();
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
            continue;
        }
        const kube::LazyObject object = m_reports->getLazy(e.key);
        take(host, object.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("report")).toObject(), QStringLiteral("cluster"), object);
    }
}

void HealthTracker::addReport(const QString &host, const QJsonObject &report, const QString &source)
{
    take(host, report, source);
}

void HealthTracker::take(const QString &host, const QJsonObject &report, const QString &source, const kube::LazyObject &hostReport)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto prev = m_hosts.constFind(host);
    HostHealth h = HostHealth::fromReport(report, prev == m_hosts.cend() ? nullptr : &prev.value());
    h.source = source;
    if (!hostReport.isEmpty()) { // keep the cache's bytes, not the parsed report
        h.reportSource = hostReport;
        h.reportInStatus = true;
    }
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
