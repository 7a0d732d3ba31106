#pragma once
// droverd's probes and metrics over plain HTTP: /healthz (fails once the leader has gone without
// renewing for longer than the lease duration plus a grace, as client-go's HealthzAdaptor),
// /readyz (the API server has answered), /metrics (Prometheus text, droverd_ prefix, base units).
#include <QHostAddress>
#include <QObject>

class QHttpServer;

namespace drover::ops {
class LeaderElector;
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

private:
    ops::LeaderElector *m_elector;
    int m_leaseDurationMs;
    QHttpServer *m_server;
};

} // namespace drover::app
