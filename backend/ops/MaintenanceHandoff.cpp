#include "MaintenanceHandoff.h"

#include "ApiResource.h"
#include "ClusterConnection.h"
#include "Intents.h"
#include "KubeClient.h"
#include "OpsTr.h"

#include <QJsonDocument>

namespace drover::ops {

QJsonObject hostMaintenanceFor(const ClusterConnection *connection, const QString &node)
{
    const kube::ObjectCache *cache = connection->hostMaintenances();
    if (!cache || node.isEmpty())
        return {};
    for (const kube::LazyObject &o : cache->objects())
        if (o.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeName")).toString() == node)
            return o.json();
    return {};
}

bool handledByDroverd(const ClusterConnection *connection, const QString &node)
{
    return !hostMaintenanceFor(connection, node).isEmpty();
}

void handToDroverd(ClusterConnection *connection, const MaintenanceRequest &request, QObject *context,
                   std::function<void(const Result<void> &)> done)
{
    kube::KubeClient *client = connection->client();
    if (!client) {
        done(Result<void>::failure(Tr::tr("not connected to a cluster")));
        return;
    }
    if (!connection->installed(connection->hostMaintenances())) {
        done(Result<void>::failure(Tr::tr("this cluster has no HostMaintenance API: droverd is not deployed "
                                                  "(kubectl apply -k packaging/kubernetes)")));
        return;
    }
    const QJsonObject body = core::hostMaintenanceBody(request.node, reconcile::policyName(request.policy), request.reason);
    client->create(kube::ApiResource::hostMaintenances(), {}, body, context, [done, node = request.node](const kube::Response &r) {
        if (r.ok())
            done({});
        else if (r.httpStatus == 409)
            done(Result<void>::failure(Tr::tr("a HostMaintenance named %1 already exists").arg(node)));
        else
            done(Result<void>::failure(r.error.userMessage()));
    });
}

void askDroverdToLeave(ClusterConnection *connection, const QString &node, QObject *context, std::function<void(const Result<void> &)> done)
{
    const QJsonObject intent = hostMaintenanceFor(connection, node);
    kube::KubeClient *client = connection->client();
    if (intent.isEmpty() || !client) {
        done(Result<void>::failure(Tr::tr("%1 has no HostMaintenance for droverd to leave").arg(node)));
        return;
    }
    const QString name = intent.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("leave"), true}}}}).toJson(QJsonDocument::Compact);
    client->request("PATCH", kube::ApiResource::hostMaintenances().objectPath({}, name), {}, patch, context,
                    [done](const kube::Response &r) { done(r.ok() ? Result<void>() : Result<void>::failure(r.error.userMessage())); },
                    QByteArrayLiteral("application/merge-patch+json"));
}

} // namespace drover::ops
