#pragma once
// One server under test for the conformance tests: drover-sim (test::SimProcess) or a real
// kube-apiserver (test::ApiServer, with Drover's CRDs installed), behind one interface, so a
// case runs unchanged against both. What passes against drover-sim must pass against the real one.
#include "ApiServer.h"
#include "KubeClient.h"
#include "SimProcess.h"

#include <QJsonObject>
#include <memory>

namespace drover::test {

enum class ServerKind { Sim, Real };

class Peer
{
public:
    explicit Peer(ServerKind kind) : m_kind(kind) {}
    ~Peer();
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;

    ServerKind kind() const { return m_kind; }
    QString name() const { return m_kind == ServerKind::Sim ? QStringLiteral("drover-sim") : QStringLiteral("kube-apiserver"); }
    // Starts the server (the real one with crds.yaml installed) and an admin client.
    bool start();
    bool ready() const { return m_client != nullptr; }
    QString error() const { return m_error; }
    kube::KubeClient *client() const { return m_client; }
    // A client of this server with another bearer token (the same CA and URL).
    kube::KubeClient *clientWithToken(const QString &token, QObject *parent) const;
    QString kubeconfig() const;
    QString serverUrl() const;
    // kubectl with this server's admin kubeconfig: exit code, stdout (+ stderr in err).
    int kubectl(const QStringList &args, QString *out, QString *err = nullptr, const QByteArray &stdinData = {}) const;
    QString kubectlPath() const { return m_kubectl; }

    // Cuts every watch and makes every resourceVersion seen so far too old: a watch resuming
    // from one gets 410 Gone. changes(client) runs while the watchers are away (for the real
    // server: with the apiserver restarted, through a fresh client).
    bool expireWatches(const std::function<bool(kube::KubeClient *)> &changes);
    // Forgets the history up to now (drover-sim's compact; etcd's compaction for the real one).
    bool compactHistory();

    // Synchronous helpers (15 s each).
    kube::Response call(const std::function<void(QObject *, kube::ResponseCallback)> &fn) const;
    kube::ListResult listPage(kube::KubeClient *c, const kube::ApiResource &r, const QString &ns,
                              const kube::ListOptions &opts) const;
    kube::ListResult listAll(const kube::ApiResource &r, const QString &ns) const;
    bool ensureNamespace(const QString &ns);

    ApiServer &real() { return m_real; }

private:
    ServerKind m_kind;
    SimProcess m_sim;
    ApiServer m_real;
    QString m_error;
    QString m_kubectl;
    kube::KubeClient *m_client = nullptr;
};

// Both servers of a data-driven test: addRows() in a _data function gives one row per server
// ("drover-sim", "kube-apiserver"); DROVER_PEER(p) in the test function picks that row's peer
// and fails the row (not the others) when its server did not start.
struct Servers
{
    Peer sim{ServerKind::Sim};
    Peer real{ServerKind::Real};
    void start()
    {
        sim.start();
        real.start();
    }
    Peer &byName(const QString &name) { return name == sim.name() ? sim : real; }
    static void addRows();
};

#define DROVER_PEER(p)                                                                             \
    QFETCH(QString, server);                                                                       \
    drover::test::Peer &p = m_servers.byName(server);                                              \
    if (!p.ready())                                                                                \
        QFAIL(qPrintable(p.name() + QStringLiteral(" did not start: ") + p.error()));

// A VirtualMachine as Drover creates one (runStrategy Halted), with an optional label.
QJsonObject vmJson(const QString &name, const QString &ns, const QString &label = {});

} // namespace drover::test
