#include "ExecCredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace drover::kube {

Result<ExecCredentialResult> runExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster, int timeoutMs)
{
    using R = Result<ExecCredentialResult>;
    const QString apiVersion = exec.apiVersion.isEmpty() ? QStringLiteral("client.authentication.k8s.io/v1") : exec.apiVersion;
    const QString program = exec.command.contains(QLatin1Char('/')) ? exec.command
                                                                     : QStandardPaths::findExecutable(exec.command);
    if (program.isEmpty() || !QFileInfo::exists(program)) {
        QString msg = QStringLiteral("the credential plugin '%1' was not found").arg(exec.command);
        if (!exec.installHint.isEmpty())
            msg += QStringLiteral(": ") + exec.installHint.trimmed();
        return R::failure(msg);
    }
    // KUBERNETES_EXEC_INFO as client-go sets it.
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        QJsonObject c{{QStringLiteral("server"), cluster.server},
                      {QStringLiteral("insecure-skip-tls-verify"), cluster.insecureSkipTlsVerify}};
        if (!cluster.tlsServerName.isEmpty())
            c.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (!cluster.caPem.isEmpty())
            c.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(cluster.caPem.toBase64()));
        spec.insert(QStringLiteral("cluster"), c);
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : exec.env)
        env.insert(k, v);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, exec.args);
    if (!p.waitForStarted(5000))
        return R::failure(QStringLiteral("cannot start the credential plugin %1: %2").arg(program, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return R::failure(QStringLiteral("the credential plugin %1 did not answer within %2 s").arg(program).arg(timeoutMs / 1000));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return R::failure(QStringLiteral("the credential plugin %1 failed (exit %2): %3")
                              .arg(program).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &perr);
    const QJsonObject o = doc.object();
    if (perr.error != QJsonParseError::NoError || o.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
        return R::failure(QStringLiteral("the credential plugin %1 did not print an ExecCredential%2")
                              .arg(program, perr.error != QJsonParseError::NoError ? QStringLiteral(" (%1)").arg(perr.errorString()) : QString()));
    if (o.value(QLatin1String("apiVersion")).toString() != apiVersion)
        return R::failure(QStringLiteral("the credential plugin %1 answered %2, expected %3")
                              .arg(program, o.value(QLatin1String("apiVersion")).toString(), apiVersion));
    const QJsonObject st = o.value(QLatin1String("status")).toObject();
    ExecCredentialResult r;
    r.token = st.value(QLatin1String("token")).toString();
    r.clientCertPem = st.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    r.clientKeyPem = st.value(QLatin1String("clientKeyData")).toString().toUtf8();
    r.expiration = QDateTime::fromString(st.value(QLatin1String("expirationTimestamp")).toString(), Qt::ISODate);
    if (r.token.isEmpty() && r.clientCertPem.isEmpty())
        return R::failure(QStringLiteral("the credential plugin %1 gave neither a token nor a client certificate").arg(program));
    return r;
}

} // namespace drover::kube
