#pragma once
// kubectl (a real one: the PATH's) as a test's hands on a cluster, the API server's or drover-sim's.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace drover::test {

// kubectl against the cluster of `kubeconfig` (exit code, -1 when it did not finish; out gets
// stdout + stderr; `in` is piped), and `kubectl … -o json` decoded.
inline int kubectlOn(const QString &kubeconfig, const QStringList &args, QString *out = nullptr, const QByteArray &in = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("kubectl"), args);
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (out)
        *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
inline QJsonObject kubectlJson(const QString &kubeconfig, const QStringList &args)
{
    QString out;
    kubectlOn(kubeconfig, args + QStringList{QStringLiteral("-o"), QStringLiteral("json")}, &out);
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace drover::test
