#include "InCluster.h"

#include <QDir>
#include <QFile>

namespace drover::kube {

bool runningInCluster()
{
    return !qEnvironmentVariableIsEmpty("KUBERNETES_SERVICE_HOST") && !qEnvironmentVariableIsEmpty("KUBERNETES_SERVICE_PORT");
}

Result<ResolvedContext> inClusterContext(const QString &dir)
{
    if (!runningInCluster())
        return Result<ResolvedContext>::failure(
            QStringLiteral("not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set"));
    const auto read = [&](const QString &name, QByteArray *out) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        *out = f.readAll();
        return true;
    };
    ResolvedContext c;
    QByteArray token;
    QByteArray ns;
    if (!read(QStringLiteral("token"), &token))
        return Result<ResolvedContext>::failure(QStringLiteral("no service-account token at %1/token").arg(dir));
    if (!read(QStringLiteral("ca.crt"), &c.cluster.caPem))
        return Result<ResolvedContext>::failure(QStringLiteral("no service-account CA at %1/ca.crt").arg(dir));
    c.cluster.caFile = QDir(dir).filePath(QStringLiteral("ca.crt"));
    read(QStringLiteral("namespace"), &ns);
    QString host = qEnvironmentVariable("KUBERNETES_SERVICE_HOST");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    c.cluster.name = QStringLiteral("in-cluster");
    c.cluster.server = QStringLiteral("https://%1:%2").arg(host, qEnvironmentVariable("KUBERNETES_SERVICE_PORT"));
    c.user.name = QStringLiteral("service-account");
    c.user.token = QString::fromUtf8(token).trimmed();
    c.user.tokenFile = QDir(dir).filePath(QStringLiteral("token"));
    c.contextName = QStringLiteral("in-cluster");
    c.ns = ns.trimmed().isEmpty() ? QStringLiteral("default") : QString::fromUtf8(ns).trimmed();
    return c;
}

Result<ResolvedContext> unattendedContext(const QString &kubeconfig, const QString &contextName,
                                          const QString &serviceAccountDir)
{
    if (kubeconfig.isEmpty() && qEnvironmentVariableIsEmpty("KUBECONFIG") && runningInCluster())
        return inClusterContext(serviceAccountDir);
    auto config = kubeconfig.isEmpty() ? Kubeconfig::loadDefault() : Kubeconfig::load({kubeconfig});
    if (!config)
        return Result<ResolvedContext>::failure(config.error());
    return config->resolve(contextName);
}

} // namespace drover::kube
