#pragma once
// Just enough OpenAPI for kubectl: v3 documents whose PATCH operations carry the
// x-kubernetes-group-version-kind extension and the fieldValidation parameter (so kubectl 1.27+
// uses server-side field validation for `apply`), and a minimal v2 document (older kubectl
// downloads it before validating; kinds it does not describe are not validated client-side).
#include "ApiResource.h"

#include <QJsonObject>
#include <optional>

namespace drover::sim {

QJsonObject openApiV3Root(const QList<kube::ApiResource> &resources);
// path: "api/v1" or "apis/{group}/{version}".
std::optional<QJsonObject> openApiV3Document(const QList<kube::ApiResource> &resources, const QString &path);
QJsonObject openApiV2Json();
// The same document as gnostic's openapi_v2.Document protobuf (what client-go asks for first).
QByteArray openApiV2Protobuf();

} // namespace drover::sim
