#pragma once
// droverd's probes and metrics over plain HTTP: /healthz (fails once the leader has gone without
// renewing for longer than the lease duration plus a grace, as client-go's HealthzAdaptor),
// /readyz (the API server has answered), /metrics (Prometheus text, droverd_ prefix, base units).
#include <QHostAddress>
#include <QObject>

#include <iterator>

class QHttpServer;

namespace drover::ops {
class LeaderElector;
class ScheduleRunner;
}

namespace drover::app {

class DaemonHttp : public QObject
{
    Q_OBJECT
public:
    DaemonHttp(ops::LeaderElector *elector, int leaseDurationMs, QObject *parent = nullptr);
    // The port listened on, 0 when it could not listen.
    quint16 listen(const QHostAddress &address, quint16 port);
    QString metrics() const;
    void setRunner(const ops::ScheduleRunner *runner) { m_runner = runner; }
    void recordPass(double seconds); // droverd_pass_duration_seconds

private:
    ops::LeaderElector *m_elector;
    int m_leaseDurationMs;
    QHttpServer *m_server;
    const ops::ScheduleRunner *m_runner = nullptr;
    static constexpr double kBuckets[] = {0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30};
    quint64 m_bucketCounts[std::size(kBuckets)] = {};
    quint64 m_passes = 0;
    double m_passSeconds = 0;
};

} // namespace drover::app
