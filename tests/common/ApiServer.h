#pragma once
// A real kube-apiserver (v1.20.2, built by scripts/apiserver.sh) with its own etcd, as a test
// peer: what passes against drover-sim must pass against the real thing. The binaries come from
// $DROVER_APISERVER_BIN and $DROVER_ETCD_BIN, which CTest sets for tests registered with
// drover_apiserver_test() or drover_use_apiserver() (tests/common/CMakeLists.txt).
//
// Users (static tokens, --token-auth-file): "admin" (group system:masters), "alice" and "bob"
// (no groups: no rights until a test binds roles). RBAC, no anonymous access. Everything lives in
// a private temporary directory that the destructor removes; both processes die with the test.
//
// No kube-controller-manager runs: the aggregated ClusterRoles (view, edit, admin) have no rules
// (bind your own Role/ClusterRole), a deleted namespace stays Terminating, nothing is garbage
// collected by owner references, no service-account tokens are made (pods are admitted without).
// The watch cache is on: a watch from a resourceVersion older than the cache's window is
// 410 Expired; etcd compaction alone does not cause that (the cache keeps its own window), but it
// does expire continue tokens and exact-resourceVersion lists. restartApiServer() starts the
// window at etcd's revision then: watching from any older resourceVersion is 410 (write to etcd
// while the apiserver is down, e.g. etcdctl({"put", "k", "v"}), to move that revision on).
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace drover::test {

class ApiServer
{
public:
    ApiServer();
    ~ApiServer(); // stops everything and removes the temporary directory
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    // $DROVER_APISERVER_BIN, empty when unset.
    static QString binary();
    // $DROVER_ETCD_BIN, else /usr/bin/etcd.
    static QString etcdBinary();

    // Starts etcd (own data dir, free ports) and kube-apiserver (free secure port, a self-made
    // serving certificate for 127.0.0.1), waits for /readyz. False and error() when it is not up;
    // when the binary is missing error() says "kube-apiserver not built: run scripts/apiserver.sh".
    bool start(int timeoutMs = 60000);
    void stop();
    // SIGKILL the apiserver only; etcd keeps the data.
    void killApiServer();
    // Same port, same etcd, same certificates; waits for /readyz.
    bool restartApiServer(int timeoutMs = 60000);

    QString error() const { return m_error; }
    QString serverUrl() const; // https://127.0.0.1:PORT
    // Path of a kubeconfig (CA data, token) for "admin", "alice" or "bob"; empty for other names.
    QString kubeconfig(const QString &user = QStringLiteral("admin")) const;
    // The bearer token of one of the fixed users (empty for other names).
    static QString token(const QString &user);
    // The temporary directory (certificates, kubeconfigs, logs).
    QString dir() const { return m_dir.path(); }
    // The apiserver's log so far (stdout + stderr), for failure messages.
    QString apiServerLog() const;

    // kubectl as admin (KUBECONFIG = the admin kubeconfig). Returns the exit code (-1 when it
    // could not run or timed out), fills out with stdout + stderr; stdinData is piped when set.
    int kubectl(const QStringList &args, QString *out = nullptr, const QByteArray &stdinData = {}) const;
    // kubectl apply -f tests/data/apiserver/crds.yaml and packaging/kubernetes/crds, then waits until every CRD is Established.
    bool installCrds();
    // A token for system:serviceaccount:NS:NAME from the TokenRequest API (the apiserver signs
    // service-account tokens; nothing else makes them here). Empty, with error(), when refused.
    QString serviceAccountToken(const QString &ns, const QString &name);

    // http://127.0.0.1:PORT of etcd's client endpoint (for etcdctl).
    QString etcdEndpoint() const;
    // etcdctl against this etcd (exit code, -1 when it could not run), e.g. {"put", "k", "v"}.
    int etcdctl(const QStringList &args, QString *out = nullptr) const;
    // etcd's current revision (-1 when etcdctl fails), and compaction up to it (false + error()).
    qint64 etcdRevision() const;
    bool compactEtcd(qint64 revision = -1);

private:
    bool writeCertificates();
    bool writeTokensAndKubeconfigs();
    bool startEtcd(int timeoutMs);
    bool startApiServerProcess(int timeoutMs);
    bool waitReady(int timeoutMs);
    bool fail(const QString &message);
    static void stopProcess(QProcess &proc);

    QTemporaryDir m_dir;
    QProcess m_etcd;
    QProcess m_apiserver;
    int m_port = 0;
    int m_etcdPort = 0;
    int m_etcdPeerPort = 0;
    QString m_error;
};

} // namespace drover::test
