#pragma once
// Ceph's verdict on stopping one host's OSDs (`ceph osd ok-to-stop`), asked where Ceph can be
// asked: on the host itself through its node agent over SSH (`drover-agent ceph ok-to-stop
// --host H`, see backend/agent/CephOkToStop.h), or from drover-sim's stand-in for it. The
// maintenance executor gates the eviction of a host's OSD pods on this answer.
// Threading: the thread that created it; answers arrive there, only while `context` lives.
#include "MaintenancePlan.h"
#include "SshTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace drover::kube {
class KubeClient;
}
namespace drover::ssh {
class SshSession;
}

namespace drover::ops {

using OkToStopCallback = std::function<void(const reconcile::OkToStop &)>;

class CephGate : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // host: the node (= CRUSH host); osds: the OSD ids Kubernetes shows on it (from its Rook OSD
    // pods), for gates that cannot look them up themselves.
    virtual void ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done) = 0;
};

// The drover-agent JSON (schema drover.io/ceph-ok-to-stop/v1) as the planner's OkToStop.
reconcile::OkToStop okToStopFromAgentJson(const QJsonObject &o);

// drover-sim: GET /drover-sim/v1/ceph/ok-to-stop?ids=… on the cluster's own API endpoint.
class SimCephGate final : public CephGate
{
    Q_OBJECT
public:
    explicit SimCephGate(kube::KubeClient *client, QObject *parent = nullptr);
    void ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done) override;

private:
    kube::KubeClient *m_client;
};

// A real cluster: the host's agent over SSH. addressOf maps a node to "address[:port]" (its
// InternalIP unless the admin set another). One kept session per host.
class AgentCephGate final : public CephGate
{
    Q_OBJECT
public:
    explicit AgentCephGate(QObject *parent = nullptr);
    ~AgentCephGate() override;
    void setPrompts(const ssh::SshPrompts &p) { m_prompts = p; }
    void setTargetTemplate(const ssh::SshTarget &t) { m_template = t; }
    void setAgentPath(const QString &path) { m_agentPath = path; }
    void setAddressOf(std::function<QString(const QString &host)> f) { m_addressOf = std::move(f); }
    void ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done) override;

private:
    void run(const QString &host, QObject *context, OkToStopCallback done);

    ssh::SshPrompts m_prompts;
    ssh::SshTarget m_template;
    QString m_agentPath = QStringLiteral("drover-agent");
    std::function<QString(const QString &)> m_addressOf;
    QHash<QString, std::shared_ptr<ssh::SshSession>> m_sessions;
};

// The console's gate: drover-sim's stand-in when the cluster is drover-sim (it answers its
// /drover-sim/v1/ceph/ok-to-stop), else the host's agent over SSH. Decided once per client.
class AutoCephGate final : public CephGate
{
    Q_OBJECT
public:
    AutoCephGate(std::function<kube::KubeClient *()> client, AgentCephGate *agentGate, QObject *parent = nullptr);
    void ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done) override;

private:
    std::function<kube::KubeClient *()> m_client;
    AgentCephGate *m_agent;
    QPointer<kube::KubeClient> m_decidedFor;
    bool m_sim = false;
    QPointer<SimCephGate> m_simGate;
};

} // namespace drover::ops
