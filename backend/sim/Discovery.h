#pragma once
// API discovery documents (/version, /api, /apis, /api/v1, /apis/{group}/{version}) for the
// resources the store serves, shaped as kube-apiserver's so kubectl can find its way.
#include "ApiResource.h"

#include <QJsonObject>
#include <optional>

namespace drover::sim {

struct ResourceInfo
{
    QStringList shortNames;
    QStringList categories;
    QString singular;
};
ResourceInfo resourceInfo(const kube::ApiResource &r);

QJsonObject versionDocument();
QJsonObject coreVersions(const QString &serverAddress);
QJsonObject groupList(const QList<kube::ApiResource> &resources);
// nullopt when no resource has that group/version.
std::optional<QJsonObject> resourceList(const QList<kube::ApiResource> &resources,
                                        const QString &group, const QString &version);

} // namespace drover::sim
