#include "DaemonHttp.h"

#include "LeaderElector.h"
#include "ScheduleRunner.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QMetaEnum>

namespace drover::app {

namespace {
constexpr int kHealthGraceMs = 20000; // client-go's HealthzAdaptor timeout on top of the lease
}

DaemonHttp::DaemonHttp(ops::LeaderElector *elector, int leaseDurationMs, QObject *parent)
    : QObject(parent), m_elector(elector), m_leaseDurationMs(leaseDurationMs), m_server(new QHttpServer(this))
{
    m_server->route(QStringLiteral("/healthz"), [this] {
        const qint64 silent = m_elector->msSinceRenew();
        if (silent > m_leaseDurationMs + kHealthGraceMs)
            return QHttpServerResponse("text/plain", QByteArrayLiteral("leaderElection failed: the lease went unrenewed\n"),
                                       QHttpServerResponse::StatusCode::InternalServerError);
        return QHttpServerResponse("text/plain", QByteArrayLiteral("ok\n"));
    });
    m_server->route(QStringLiteral("/readyz"), [this] {
        if (!m_elector->answered())
            return QHttpServerResponse("text/plain", (QStringLiteral("not ready: ") + m_elector->lastError() + QLatin1Char('\n')).toUtf8(),
                                       QHttpServerResponse::StatusCode::ServiceUnavailable);
        return QHttpServerResponse("text/plain", QByteArrayLiteral("ok\n"));
    });
    m_server->route(QStringLiteral("/metrics"), [this] {
        return QHttpServerResponse("text/plain; version=0.0.4", metrics().toUtf8());
    });
}

quint16 DaemonHttp::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QString DaemonHttp::metrics() const
{
    QString out;
    const QString lease = QStringLiteral("lease=\"%1\"").arg(m_elector->leaseKey());
    out += QStringLiteral("# HELP droverd_leader Whether this replica holds the lease (1) or not (0).\n"
                          "# TYPE droverd_leader gauge\n"
                          "droverd_leader{%1} %2\n")
               .arg(lease)
               .arg(m_elector->isLeader() ? 1 : 0);
    out += QStringLiteral("# HELP droverd_lease_attempts_total Attempts to acquire or renew the lease, by result.\n"
                          "# TYPE droverd_lease_attempts_total counter\n");
    const QMetaEnum e = QMetaEnum::fromType<ops::LeaderElector::Attempt>();
    for (int i = 0; i < e.keyCount(); ++i) {
        const auto a = ops::LeaderElector::Attempt(e.value(i));
        out += QStringLiteral("droverd_lease_attempts_total{%1,result=\"%2\"} %3\n")
                   .arg(lease, QString::fromLatin1(e.key(i)).toLower())
                   .arg(m_elector->attempts().value(a));
    }
    if (m_runner) {
        out += QStringLiteral("# HELP droverd_actions_total Calls droverd made to change the cluster, by kind and result.\n"
                              "# TYPE droverd_actions_total counter\n");
        for (auto it = m_runner->actions().cbegin(); it != m_runner->actions().cend(); ++it)
            out += QStringLiteral("droverd_actions_total{kind=\"%1\",result=\"%2\"} %3\n").arg(it.key().first, it.key().second).arg(it.value());
    }
    out += QStringLiteral("# HELP droverd_pass_duration_seconds How long one reconcile pass took.\n"
                          "# TYPE droverd_pass_duration_seconds histogram\n");
    for (size_t i = 0; i < std::size(kBuckets); ++i)
        out += QStringLiteral("droverd_pass_duration_seconds_bucket{le=\"%1\"} %2\n").arg(kBuckets[i]).arg(m_bucketCounts[i]);
    out += QStringLiteral("droverd_pass_duration_seconds_bucket{le=\"+Inf\"} %1\n"
                          "droverd_pass_duration_seconds_sum %2\n"
                          "droverd_pass_duration_seconds_count %1\n").arg(m_passes).arg(m_passSeconds);
    return out;
}

void DaemonHttp::recordPass(double seconds)
{
    ++m_passes;
    m_passSeconds += seconds;
    for (size_t i = 0; i < std::size(kBuckets); ++i)
        if (seconds <= kBuckets[i])
            ++m_bucketCounts[i]; // cumulative, as Prometheus histograms are
}

} // namespace drover::app
