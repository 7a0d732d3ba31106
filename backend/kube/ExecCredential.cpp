#include "ExecCredential.h"

#include "KubeTr.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace drover::kube {

using namespace Qt::StringLiterals;

namespace {

const auto kV1 = "client.authentication.k8s.io/v1"_L1;
const auto kV1beta1 = "client.authentication.k8s.io/v1beta1"_L1;

// KUBERNETES_EXEC_INFO as client-go builds it: never interactive (Drover has no terminal to
// lend), and the cluster only when the kubeconfig asks for provideClusterInfo.
QByteArray execInfo(const ExecConfig &exec, const ClusterConfig &cluster)
{
    QJsonObject spec{{u"interactive"_s, false}};
    if (exec.provideClusterInfo) {
        QJsonObject c{{u"server"_s, cluster.server}, {u"config"_s, QJsonValue::Null}};
        if (!cluster.tlsServerName.isEmpty())
            c.insert(u"tls-server-name"_s, cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            c.insert(u"insecure-skip-tls-verify"_s, true);
        if (!cluster.caPem.isEmpty())
            c.insert(u"certificate-authority-data"_s,
                     QString::fromLatin1(cluster.caPem.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            c.insert(u"proxy-url"_s, cluster.proxyUrl);
        spec.insert(u"cluster"_s, c);
    }
    const QJsonObject info{
        {u"apiVersion"_s, exec.apiVersion}, {u"kind"_s, u"ExecCredential"_s}, {u"spec"_s, spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

// A plugin's stderr can be long (a usage text); the end says what went wrong.
QString tail(const QByteArray &err)
{
    QString s = QString::fromUtf8(err).trimmed();
    constexpr qsizetype max = 2000;
    return s.size() > max ? u"…"_s + s.right(max) : s;
}

} // namespace

QString execPluginName(const ExecConfig &exec)
{
    return Tr::tr("credential plugin '%1'").arg(exec.command);
}

Result<ExecLaunch> prepareExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster)
{
    using R = Result<ExecLaunch>;
    const QString who = execPluginName(exec);
    if (exec.command.isEmpty())
        return R::failure(Tr::tr("the exec credential plugin has no command"));
    if (exec.apiVersion != kV1 && exec.apiVersion != kV1beta1)
        return R::failure(Tr::tr("%1: apiVersion '%2' is not supported; use %3 or %4")
                              .arg(who, exec.apiVersion, kV1, kV1beta1));
    // client-go's rule with no terminal to lend: Always cannot run, IfAvailable and Never run
    // with stdin closed (and, below, without a controlling terminal).
    if (exec.interactiveMode == "Always"_L1)
        return R::failure(
            Tr::tr(
                "%1 needs a terminal (interactiveMode: Always), which Drover cannot give it; log "
                "in once from a terminal (run the plugin or kubectl there) or set interactiveMode: "
                "IfAvailable")
                .arg(who));

    // As os/exec: a command with a '/' is a path, anything else is looked up on PATH.
    const QString program = exec.command.contains(QLatin1Char('/'))
                                ? exec.command
                                : QStandardPaths::findExecutable(exec.command);
    if (program.isEmpty() || !QFileInfo::exists(program)) {
        QString msg = program.isEmpty() ? Tr::tr("%1 was not found on PATH").arg(who)
                                        : Tr::tr("%1 was not found").arg(who);
        if (!exec.installHint.trimmed().isEmpty())
            msg += u". "_s + exec.installHint.trimmed();
        return R::failure(msg);
    }

    ExecLaunch l;
    l.program = program;
    l.args = exec.args;
    l.env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : exec.env)
        l.env.insert(name, value);
    l.env.insert(u"KUBERNETES_EXEC_INFO"_s, QString::fromUtf8(execInfo(exec, cluster)));
    return l;
}

void configureExecProcess(QProcess &p, const ExecLaunch &launch)
{
    p.setProgram(launch.program);
    p.setArguments(launch.args);
    p.setProcessEnvironment(launch.env);
    p.setStandardInputFile(QProcess::nullDevice());
    // A new session has no controlling terminal: a plugin that opens /dev/tty to ask for a
    // password fails at once (ENXIO) and says so, instead of waiting on the terminal Drover
    // was started from, where nobody looks.
    p.setChildProcessModifier([] { ::setsid(); });
}

QString execTimeoutMessage(const ExecConfig &exec, int timeoutMs)
{
    return Tr::tr("%1 did not finish within %2 s")
        .arg(execPluginName(exec), QString::number(timeoutMs / 1000.0));
}

Result<ExecCredentialResult> parseExecOutput(const ExecConfig &exec, bool crashed, int exitCode,
                                             const QByteArray &out, const QByteArray &stderrBytes)
{
    using R = Result<ExecCredentialResult>;
    const QString who = execPluginName(exec);
    const QString err = tail(stderrBytes);
    // A plugin that wanted a terminal says so in its own words (often "/dev/tty: No such
    // device or address" or "inappropriate ioctl"); say plainly what it means.
    const QString terminalHint =
        err.contains("tty"_L1, Qt::CaseInsensitive) ||
                err.contains("terminal"_L1, Qt::CaseInsensitive)
            ? Tr::tr(
                  " (it seems to need a terminal, which Drover cannot give it: log in once from a "
                  "terminal, then connect again)")
            : QString();
    if (crashed)
        return R::failure((err.isEmpty() ? Tr::tr("%1 crashed").arg(who)
                                         : Tr::tr("%1 crashed: %2").arg(who, err)) +
                          terminalHint);
    if (exitCode != 0)
        return R::failure((err.isEmpty() ? Tr::tr("%1 failed with exit code %2 and no message")
                                               .arg(who, QString::number(exitCode))
                                         : Tr::tr("%1 failed with exit code %2: %3")
                                               .arg(who, QString::number(exitCode), err)) +
                          terminalHint);

    // The output holds secrets: messages describe it, never quote it.
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &perr);
    if (out.trimmed().isEmpty())
        return R::failure(Tr::tr("%1 printed nothing; it should print an ExecCredential").arg(who));
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(
            Tr::tr("%1 printed %2 bytes that are not an ExecCredential JSON object%3")
                .arg(who)
                .arg(out.size())
                .arg(perr.error != QJsonParseError::NoError
                         ? Tr::tr(" (%1 at offset %2)").arg(perr.errorString()).arg(perr.offset)
                         : QString()));
    const QJsonObject o = doc.object();
    const QString kind = o.value("kind"_L1).toString();
    if (kind != "ExecCredential"_L1)
        return R::failure(Tr::tr("%1 printed kind '%2', expected ExecCredential").arg(who, kind));
    const QString apiVersion = o.value("apiVersion"_L1).toString();
    if (apiVersion != exec.apiVersion)
        return R::failure(Tr::tr("%1 is configured for %2 but answered with apiVersion '%3'")
                              .arg(who, exec.apiVersion, apiVersion));
    if (!o.value("status"_L1).isObject())
        return R::failure(Tr::tr("%1 printed an ExecCredential without a status").arg(who));

    const QJsonObject st = o.value("status"_L1).toObject();
    ExecCredentialResult r;
    r.token = st.value("token"_L1).toString();
    r.clientCertPem = st.value("clientCertificateData"_L1).toString().toUtf8();
    r.clientKeyPem = st.value("clientKeyData"_L1).toString().toUtf8();
    if (r.token.isEmpty() && r.clientCertPem.isEmpty() && r.clientKeyPem.isEmpty())
        return R::failure(
            Tr::tr("%1 gave neither a token nor a client certificate and key").arg(who));
    if (r.clientCertPem.isEmpty() != r.clientKeyPem.isEmpty())
        return R::failure(r.clientKeyPem.isEmpty()
                              ? Tr::tr("%1 gave a client certificate without its key").arg(who)
                              : Tr::tr("%1 gave a client key without its certificate").arg(who));
    const QString expiry = st.value("expirationTimestamp"_L1).toString();
    if (!expiry.isEmpty()) {
        r.expiration = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!r.expiration.isValid())
            return R::failure(
                Tr::tr("%1 gave an expirationTimestamp '%2' that is not an RFC 3339 time")
                    .arg(who, expiry));
    }
    return r;
}

Result<ExecCredentialResult> runExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster,
                                           int timeoutMs)
{
    using R = Result<ExecCredentialResult>;
    auto launch = prepareExecPlugin(exec, cluster);
    if (!launch)
        return R::failure(launch.error());
    QProcess p;
    configureExecProcess(p, *launch);
    p.start();
    if (!p.waitForStarted(timeoutMs))
        return R::failure(
            Tr::tr("%1 could not be started: %2").arg(execPluginName(exec), p.errorString()));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return R::failure(execTimeoutMessage(exec, timeoutMs));
    }
    return parseExecOutput(exec, p.exitStatus() != QProcess::NormalExit, p.exitCode(),
                           p.readAllStandardOutput(), p.readAllStandardError());
}

} // namespace drover::kube
