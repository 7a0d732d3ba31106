#include "ApiServer.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

namespace drover::test {

namespace {

const char *const kUsers[] = {"admin", "alice", "bob"};

bool knownUser(const QString &user)
{
    for (const char *u : kUsers)
        if (user == QLatin1String(u))
            return true;
    return false;
}

// A process a test starts dies with the test, however the test ends.
void dieWithParent(QProcess &proc)
{
    const pid_t parent = ::getpid();
    proc.setChildProcessModifier([parent] {
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
            ::_exit(1);
    });
}

// Runs a tool to its end: exit code (-1: did not start or timed out), stdout then stderr in out.
int runTool(const QString &program, const QStringList &args, QString *out, const QByteArray &stdinData = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 60000,
            const QString &workDir = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    dieWithParent(p);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (out)
            *out = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return -1;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) +
               (finished ? QString() : QStringLiteral("\n(timed out after %1 ms)").arg(timeoutMs));
    if (!finished || p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

// GET url, up to timeoutMs; true when it answered 200. body gets the answer (or the error).
bool httpGet(const QString &url, const QByteArray &token, const QList<QSslCertificate> &ca, int timeoutMs,
             QByteArray *body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    if (!ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(ca);
        req.setSslConfiguration(ssl);
    }
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *body = reply->isFinished() ? reply->readAll() : QByteArray("no answer");
    if (reply->error() != QNetworkReply::NoError && status == 0)
        *body = reply->errorString().toUtf8();
    reply->abort();
    delete reply;
    return status == 200;
}

// Polls until get() is true or the deadline passes, without sleeping past a success.
template <typename Fn>
bool pollUntil(const QDeadlineTimer &deadline, Fn &&ok)
{
    while (!deadline.hasExpired()) {
        if (ok())
            return true;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return ok();
}

} // namespace

ApiServer::ApiServer() = default;

ApiServer::~ApiServer()
{
    stop();
}

QString ApiServer::binary()
{
    return qEnvironmentVariable("DROVER_APISERVER_BIN");
}

QString ApiServer::etcdBinary()
{
    const QString bin = qEnvironmentVariable("DROVER_ETCD_BIN");
    return bin.isEmpty() ? QStringLiteral("/usr/bin/etcd") : bin;
}

QString ApiServer::token(const QString &user)
{
    return knownUser(user) ? QStringLiteral("drover-test-%1-token").arg(user) : QString();
}

QString ApiServer::serverUrl() const
{
    return m_port ? QStringLiteral("https://127.0.0.1:%1").arg(m_port) : QString();
}

QString ApiServer::etcdEndpoint() const
{
    return m_etcdPort ? QStringLiteral("http://127.0.0.1:%1").arg(m_etcdPort) : QString();
}

QString ApiServer::kubeconfig(const QString &user) const
{
    return knownUser(user) ? m_dir.filePath(QStringLiteral("kubeconfig-%1").arg(user)) : QString();
}

QString ApiServer::apiServerLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("apiserver.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 keep = 8000; // the end is where the reason is
    if (f.size() > keep)
        f.seek(f.size() - keep);
    return QString::fromUtf8(f.readAll());
}

bool ApiServer::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ApiServer::start(int timeoutMs)
{
    m_error.clear();
    const QString bin = binary();
    if (bin.isEmpty() || !QFileInfo(bin).isExecutable())
        return fail(QStringLiteral("kube-apiserver not built: run scripts/apiserver.sh (DROVER_APISERVER_BIN=%1)").arg(bin));
    if (!QFileInfo(etcdBinary()).isExecutable())
        return fail(QStringLiteral("etcd not installed (%1): run scripts/apiserver.sh").arg(etcdBinary()));
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString()));
    // Three distinct free ports, held together while they are picked.
    QTcpServer holders[3];
    int *ports[3] = {&m_port, &m_etcdPort, &m_etcdPeerPort};
    for (int i = 0; i < 3; ++i) {
        if (!holders[i].listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port: %1").arg(holders[i].errorString()));
        *ports[i] = holders[i].serverPort();
    }
    for (QTcpServer &h : holders)
        h.close();
    const QDeadlineTimer deadline(timeoutMs);
    if (!writeCertificates() || !writeTokensAndKubeconfigs() || !startEtcd(int(deadline.remainingTime())))
        return false;
    return startApiServerProcess(int(deadline.remainingTime()));
}

bool ApiServer::writeCertificates()
{
    // A CA, a serving certificate for 127.0.0.1 signed by it, and the service-account key; run in
    // the temporary directory, so the file names are plain words.
    const char *const steps[] = {
        "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt -days 3650 "
        "-subj /CN=drover-test-ca",
        "req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr "
        "-subj /CN=kube-apiserver",
        "x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -out server.crt -extfile server.ext",
        "genrsa -out sa.key 2048",
    };
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") < 0)
        return fail(QStringLiteral("cannot write %1").arg(ext.fileName()));
    ext.close();
    for (const char *step : steps) {
        QString out;
        const QStringList args = QString::fromLatin1(step).split(QLatin1Char(' '));
        if (runTool(QStringLiteral("openssl"), args, &out, {}, QProcessEnvironment::systemEnvironment(), 60000, m_dir.path()) != 0)
            return fail(QStringLiteral("openssl %1 failed: %2").arg(QString::fromLatin1(step), out));
    }
    return true;
}

bool ApiServer::writeTokensAndKubeconfigs()
{
    QFile tokens(m_dir.filePath(QStringLiteral("tokens.csv")));
    if (!tokens.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(tokens.fileName()));
    QFile caFile(m_dir.filePath(QStringLiteral("ca.crt")));
    if (!caFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(caFile.fileName()));
    const QByteArray caData = caFile.readAll().toBase64();
    for (const char *u : kUsers) {
        const QString user = QLatin1String(u);
        // token,user,uid[,"group1,group2"]
        QByteArray line = token(user).toUtf8() + ',' + u + ',' + u;
        if (user == QLatin1String("admin"))
            line += ",\"system:masters\"";
        tokens.write(line + '\n');
        QFile kc(kubeconfig(user));
        const QByteArray yaml =
            "apiVersion: v1\nkind: Config\nclusters:\n- name: drover-apiserver\n  cluster:\n"
            "    server: " + serverUrl().toUtf8() + "\n    certificate-authority-data: " + caData +
            "\nusers:\n- name: " + u + "\n  user:\n    token: " + token(user).toUtf8() +
            "\ncontexts:\n- name: " + u + "@drover-apiserver\n  context:\n    cluster: drover-apiserver\n"
            "    user: " + u + "\n    namespace: default\ncurrent-context: " + u + "@drover-apiserver\n";
        if (!kc.open(QIODevice::WriteOnly) || kc.write(yaml) != yaml.size())
            return fail(QStringLiteral("cannot write %1").arg(kc.fileName()));
    }
    return true;
}

bool ApiServer::startEtcd(int timeoutMs)
{
    const QString client = etcdEndpoint();
    const QString peer = QStringLiteral("http://127.0.0.1:%1").arg(m_etcdPeerPort);
    m_etcd.setProcessChannelMode(QProcess::MergedChannels);
    m_etcd.setStandardOutputFile(m_dir.filePath(QStringLiteral("etcd.log")), QIODevice::Append);
    dieWithParent(m_etcd);
    m_etcd.start(etcdBinary(), {
        QStringLiteral("--name=drover-test"), QStringLiteral("--data-dir=") + m_dir.filePath(QStringLiteral("etcd")),
        QStringLiteral("--listen-client-urls=") + client, QStringLiteral("--advertise-client-urls=") + client,
        QStringLiteral("--listen-peer-urls=") + peer, QStringLiteral("--initial-advertise-peer-urls=") + peer,
        QStringLiteral("--initial-cluster=drover-test=") + peer, QStringLiteral("--logger=zap"),
        QStringLiteral("--log-level=warn")});
    if (!m_etcd.waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(etcdBinary(), m_etcd.errorString()));
    QByteArray body;
    const bool up = pollUntil(QDeadlineTimer(timeoutMs), [&] {
        return m_etcd.state() == QProcess::Running && httpGet(client + QStringLiteral("/health"), {}, {}, 2000, &body);
    });
    if (!up) {
        QFile etcdLog(m_dir.filePath(QStringLiteral("etcd.log")));
        etcdLog.open(QIODevice::ReadOnly);
        stop();
        return fail(QStringLiteral("etcd did not come up (%1): %2")
                        .arg(QString::fromUtf8(body), QString::fromUtf8(etcdLog.readAll().right(4000))));
    }
    return true;
}

bool ApiServer::startApiServerProcess(int timeoutMs)
{
    // Run in the temporary directory: the files it reads are plain names there. No
    // kube-controller-manager makes service-account tokens, so pods need none (ServiceAccount off).
    // Privileged pods allowed, as kubeadm and most distributions set it (the agent DaemonSet is one).
    const QStringList args = QStringLiteral(
        "--bind-address=127.0.0.1 --advertise-address=127.0.0.1 --insecure-port=0 --cert-dir=certs "
        "--tls-cert-file=server.crt --tls-private-key-file=server.key --token-auth-file=tokens.csv "
        "--authorization-mode=RBAC --anonymous-auth=false --service-account-key-file=sa.key "
        "--service-account-signing-key-file=sa.key --service-account-issuer=https://kubernetes.default.svc "
        "--service-cluster-ip-range=10.96.0.0/16 --disable-admission-plugins=ServiceAccount "
        "--endpoint-reconciler-type=none --watch-cache=true --profiling=false --allow-privileged=true --v=1").split(QLatin1Char(' '));
    m_apiserver.setWorkingDirectory(m_dir.path());
    m_apiserver.setProcessChannelMode(QProcess::MergedChannels);
    m_apiserver.setStandardOutputFile(m_dir.filePath(QStringLiteral("apiserver.log")), QIODevice::Append);
    dieWithParent(m_apiserver);
    m_apiserver.start(binary(), QStringList{QStringLiteral("--etcd-servers=") + etcdEndpoint(),
                                            QStringLiteral("--secure-port=%1").arg(m_port)} + args);
    if (!m_apiserver.waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(binary(), m_apiserver.errorString()));
    return waitReady(timeoutMs);
}

bool ApiServer::waitReady(int timeoutMs)
{
    QFile caFile(m_dir.filePath(QStringLiteral("ca.crt")));
    caFile.open(QIODevice::ReadOnly);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caFile.readAll());
    QByteArray body;
    const bool up = pollUntil(QDeadlineTimer(timeoutMs), [&] {
        return m_apiserver.state() == QProcess::Running &&
               httpGet(serverUrl() + QStringLiteral("/readyz"), token(QStringLiteral("admin")).toUtf8(), ca, 3000, &body);
    });
    if (up)
        return true;
    const bool exited = m_apiserver.state() != QProcess::Running;
    m_error = QStringLiteral("kube-apiserver %1 (last /readyz: %2); its log ends:\n%3")
                  .arg(exited ? QStringLiteral("exited with %1").arg(m_apiserver.exitCode())
                              : QStringLiteral("not ready after %1 ms").arg(timeoutMs),
                       QString::fromUtf8(body.left(2000)), apiServerLog());
    stopProcess(m_apiserver);
    return false;
}

void ApiServer::stopProcess(QProcess &proc)
{
    if (proc.state() == QProcess::NotRunning)
        return;
    proc.terminate();
    if (!proc.waitForFinished(10000)) {
        proc.kill();
        proc.waitForFinished(5000);
    }
}

void ApiServer::stop()
{
    stopProcess(m_apiserver);
    stopProcess(m_etcd);
}

void ApiServer::killApiServer()
{
    if (m_apiserver.state() == QProcess::NotRunning)
        return;
    m_apiserver.kill();
    m_apiserver.waitForFinished(10000);
}

bool ApiServer::restartApiServer(int timeoutMs)
{
    m_error.clear();
    if (m_etcd.state() != QProcess::Running)
        return fail(QStringLiteral("etcd is not running: start() first"));
    killApiServer();
    return startApiServerProcess(timeoutMs);
}

int ApiServer::kubectl(const QStringList &args, QString *out, const QByteArray &stdinData) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig());
    const QStringList all = QStringList{QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("kubectl-cache"))} + args;
    return runTool(QStringLiteral("kubectl"), all, out, stdinData, env);
}

bool ApiServer::installCrds()
{
    const QString data = qEnvironmentVariable("DROVER_TEST_DATA");
    if (data.isEmpty())
        return fail(QStringLiteral("DROVER_TEST_DATA is not set"));
    // KubeVirt's, CDI's and Rook's (open schemas), then Drover's own as packaged.
    for (const QString &file : {data + QStringLiteral("/apiserver/crds.yaml"), QStringLiteral(DROVER_CRDS_DIR)}) {
        QString out;
        if (kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file}, &out) != 0)
            return fail(QStringLiteral("kubectl apply -f %1: %2").arg(file, out));
        if (kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("--timeout=60s"),
                     QStringLiteral("-f"), file}, &out) != 0)
            return fail(QStringLiteral("CRDs not Established: %1").arg(out));
    }
    return true;
}

QString ApiServer::serviceAccountToken(const QString &ns, const QString &name)
{
    QString out;
    const QByteArray request = R"({"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{"expirationSeconds":3600}})";
    if (kubectl({QStringLiteral("create"), QStringLiteral("--raw"),
                 QStringLiteral("/api/v1/namespaces/%1/serviceaccounts/%2/token").arg(ns, name), QStringLiteral("-f"), QStringLiteral("-")},
                &out, request) != 0) {
        fail(QStringLiteral("TokenRequest for %1/%2: %3").arg(ns, name, out));
        return {};
    }
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("status")).toObject().value(QStringLiteral("token")).toString();
}

int ApiServer::etcdctl(const QStringList &args, QString *out) const
{
    return runTool(QStringLiteral("etcdctl"), QStringList{QStringLiteral("--endpoints=") + etcdEndpoint()} + args, out);
}

qint64 ApiServer::etcdRevision() const
{
    QString out;
    if (etcdctl({QStringLiteral("endpoint"), QStringLiteral("status"), QStringLiteral("-w"), QStringLiteral("json")}, &out) != 0)
        return -1;
    const QJsonArray a = QJsonDocument::fromJson(out.toUtf8()).array();
    return a.isEmpty() ? -1 : a.first()[QStringLiteral("Status")][QStringLiteral("header")][QStringLiteral("revision")].toInteger(-1);
}

bool ApiServer::compactEtcd(qint64 revision)
{
    if (revision < 0)
        revision = etcdRevision();
    if (revision < 0)
        return fail(QStringLiteral("cannot read etcd's revision (is etcdctl installed?)"));
    QString out;
    if (etcdctl({QStringLiteral("compact"), QString::number(revision)}, &out) != 0)
        return fail(QStringLiteral("etcdctl compact %1: %2").arg(revision).arg(out));
    return true;
}

} // namespace drover::test
