#include "Peer.h"

#include "Kubeconfig.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace drover::test {

using namespace drover::kube;

namespace {

template <typename R, typename Fn>
R await(Fn &&start)
{
    QObject ctx;
    std::optional<R> out;
    start(&ctx, [&out](const R &r) { out = r; });
    QDeadlineTimer deadline(15000);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    return out.value_or(R{});
}

// The client a user of this kubeconfig has (with another token when one is given), or why not.
Result<KubeClient *> makeClient(const QString &kubeconfig, const QString &token, QObject *parent)
{
    auto kc = Kubeconfig::load({kubeconfig});
    if (!kc)
        return kc.error();
    auto ctx = kc->resolve();
    if (!ctx)
        return ctx.error();
    ResolvedContext rc = *ctx;
    if (!token.isNull())
        rc.user.token = token;
    auto c = KubeClient::create(rc, parent);
    if (!c)
        return c.error();
    return *c;
}

} // namespace

QJsonObject vmJson(const QString &name, const QString &ns, const QString &label)
{
    QJsonObject vm = QJsonDocument::fromJson(QStringLiteral(R"({
      "apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine",
      "metadata": {"name": "%1", "namespace": "%2", "labels": {"drover.io/os": "linux"}},
      "spec": {"runStrategy": "Halted", "template": {"metadata": {"labels": {"kubevirt.io/domain": "%1"}},
        "spec": {"domain": {"cpu": {"cores": 1}, "memory": {"guest": "1Gi"}, "devices": {}}}}}})")
                                                 .arg(name, ns)
                                                 .toUtf8())
                         .object();
    if (!label.isEmpty()) {
        QJsonObject meta = vm[QStringLiteral("metadata")].toObject();
        QJsonObject labels = meta[QStringLiteral("labels")].toObject();
        labels[QStringLiteral("drover.io/test")] = label;
        meta[QStringLiteral("labels")] = labels;
        vm[QStringLiteral("metadata")] = meta;
    }
    return vm;
}

void Servers::addRows()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("drover-sim") << QStringLiteral("drover-sim");
    QTest::newRow("kube-apiserver") << QStringLiteral("kube-apiserver");
}

Peer::~Peer()
{
    delete m_client;
    m_sim.stop();
    m_real.stop();
}

bool Peer::start()
{
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty()) {
        m_error = QStringLiteral("kubectl is not installed: scripts/setup.sh installs it");
        return false;
    }
    if (m_kind == ServerKind::Sim) {
        // Instant controllers: a VM they touch settles before the next request.
        if (!m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")})) {
            m_error = m_sim.error();
            return false;
        }
    } else if (!m_real.start() || !m_real.installCrds()) {
        m_error = m_real.error();
        return false;
    }
    auto client = makeClient(kubeconfig(), QString(), nullptr);
    if (!client) {
        m_error = client.error().message;
        return false;
    }
    m_client = *client;
    return true;
}

KubeClient *Peer::clientWithToken(const QString &token, QObject *parent) const
{
    auto c = makeClient(kubeconfig(), token, parent);
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return nullptr;
    }
    return *c;
}

QString Peer::kubeconfig() const
{
    return m_kind == ServerKind::Sim ? m_sim.kubeconfig() : m_real.kubeconfig();
}

QString Peer::serverUrl() const
{
    return m_kind == ServerKind::Sim ? m_sim.serverUrl() : m_real.serverUrl();
}

int Peer::kubectl(const QStringList &args, QString *out, QString *err, const QByteArray &stdinData) const
{
    QProcess p;
    p.start(m_kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig()} + args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        if (err)
            *err = QStringLiteral("kubectl timed out");
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

Response Peer::call(const std::function<void(QObject *, ResponseCallback)> &fn) const
{
    return await<Response>(fn);
}

ListResult Peer::listPage(KubeClient *c, const ApiResource &r, const QString &ns, const ListOptions &opts) const
{
    return await<ListResult>([&](QObject *ctx, ListCallback cb) { c->list(r, ns, opts, ctx, cb); });
}

ListResult Peer::listAll(const ApiResource &r, const QString &ns) const
{
    return await<ListResult>([&](QObject *ctx, ListCallback cb) { m_client->listAll(r, ns, 500, ctx, cb); });
}

bool Peer::ensureNamespace(const QString &ns)
{
    const QJsonObject obj{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                          {QStringLiteral("kind"), QStringLiteral("Namespace")},
                          {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}};
    const Response r = call([&](QObject *c, ResponseCallback cb) { m_client->create(ApiResource::namespaces(), {}, obj, c, cb); });
    m_error = r.error.message;
    return r.ok() || r.error.reason == QLatin1String("AlreadyExists");
}

bool Peer::compactHistory()
{
    if (m_kind == ServerKind::Real) {
        if (m_real.compactEtcd())
            return true;
        m_error = m_real.error();
        return false;
    }
    const Response r = call([&](QObject *c, ResponseCallback cb) {
        m_client->request("POST", QStringLiteral("/drover-sim/v1/compact"), {}, {}, c, cb);
    });
    m_error = r.error.userMessage();
    return r.ok();
}

bool Peer::expireWatches(const std::function<bool(KubeClient *)> &changes)
{
    if (m_kind == ServerKind::Sim) {
        // Cut the streams and answer 503 for 3 s; change things through a client the faults
        // leave alone; then forget the history: resuming from an old resourceVersion is 410.
        auto admin = [&](const QString &what, const QString &query) {
            const Response r = call([&](QObject *c, ResponseCallback cb) {
                m_client->request("POST", QStringLiteral("/drover-sim/v1/") + what, QUrlQuery(query), {}, c, cb);
            });
            m_error = r.error.userMessage();
            return r.ok();
        };
        QObject owner;
        KubeClient *bypass = clientWithToken(QString(), &owner);
        if (!bypass)
            return false;
        bypass->setExtraHeaders({{"X-Drover-Sim-Bypass-Faults", "true"}});
        if (!admin(QStringLiteral("drop-watches"), QStringLiteral("outageMs=3000")) || !changes(bypass) ||
            !admin(QStringLiteral("compact"), {}))
            return false;
        // Back when the outage ends, as the real one is when its restart is done.
        const bool back = QTest::qWaitFor([&] {
            return call([&](QObject *c, ResponseCallback cb) { m_client->get(ApiResource::namespaces(), {}, QStringLiteral("default"), c, cb); }).ok();
        }, 15000);
        m_error = back ? QString() : QStringLiteral("drover-sim still answers errors after its outage");
        return back;
    }
    // The real one: the apiserver dies (the streams break), etcd moves on without it, and the
    // restarted apiserver's watch cache starts at etcd's new revision: anything older is 410.
    m_real.killApiServer();
    QString out;
    if (m_real.etcdctl({QStringLiteral("put"), QStringLiteral("/drover-test/bump"), QStringLiteral("1")}, &out) != 0) {
        m_error = QStringLiteral("etcdctl put: ") + out;
        return false;
    }
    if (!m_real.restartApiServer()) {
        m_error = m_real.error();
        return false;
    }
    return changes(m_client);
}

} // namespace drover::test
