#pragma once
// Where a request path goes in drover-sim's API server, as a pure function of the path (no
// server, no store): kube-apiserver's URL layout (/api/v1/..., /apis/{group}/{version}/...,
// namespaced or not, an object's subresource), KubeVirt's subresources API, discovery and
// OpenAPI, the health endpoints, and the simulator's own /drover-sim/v1/ admin API.
// ApiServer::handleRequest dispatches on it; tests/sim/test_route.cpp is its table.
#include <QString>
#include <QStringList>

namespace drover::sim {

struct Route
{
    enum class Kind {
        Unknown,     // 404
        Health,      // /healthz, /readyz, /livez
        Admin,       // /drover-sim/v1/<adminPath>
        SelfReview,  // /apis/authorization.k8s.io/v1/<resource>: group, version, resource set
        Discovery,   // /version, /api, /apis, /api/v1, /apis/{g}/{v}, /openapi/...
        Screenshot,  // /apis/subresources.kubevirt.io/{v}/namespaces/{ns}/{resource}/{name}/vnc/screenshot
        Subresource, // /apis/subresources.kubevirt.io/{v}/namespaces/{ns}/{resource}/{name}/{sub}
        Resource,    // /api/v1/... or /apis/{g}/{v}/...: [namespaces/{ns}/]{resource}[/{name}[/{sub}]]
    };
    Kind kind = Kind::Unknown;
    QStringList segments; // the path's segments, empty ones dropped (discovery reads them)
    QString adminPath;    // Admin: what follows /drover-sim/v1/
    QString group;        // "" for the core group
    QString version;
    QString ns;
    QString resource;     // plural name ("virtualmachines"), or the review kind for SelfReview
    QString name;
    QString sub;          // subresource: "status", KubeVirt's "start", "vnc", ...

};

Route parseRoute(const QString &path);

// KubeVirt's subresources API group.
inline constexpr QLatin1StringView kSubresourcesGroup{"subresources.kubevirt.io"};

} // namespace drover::sim
