#include "Route.h"

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

bool isDiscovery(const QStringList &segs)
{
    if (segs.isEmpty())
        return false;
    if (segs[0] == "openapi"_L1 || segs == QStringList{u"version"_s})
        return true;
    if (segs[0] == "api"_L1)
        return segs.size() <= 2;
    return segs[0] == "apis"_L1 && segs.size() <= 3;
}

// After /api/v1 or /apis/{g}/{v}: [namespaces/{ns}/]{resource}[/{name}[/{sub}]].
Route apiRoute(Route r, QStringList segs)
{
    if (segs.size() >= 3 && segs[0] == "namespaces"_L1) {
        r.ns = segs[1];
        segs = segs.mid(2);
    }
    const bool kubevirtSub = r.group == kSubresourcesGroup;
    if (kubevirtSub && segs.size() == 4 && segs[2] == "vnc"_L1 && segs[3] == "screenshot"_L1) {
        r.kind = Route::Kind::Screenshot;
        r.resource = segs[0];
        r.name = segs[1];
        return r;
    }
    if (segs.isEmpty() || segs.size() > 3 || (kubevirtSub && segs.size() != 3))
        return r; // Unknown
    r.kind = kubevirtSub ? Route::Kind::Subresource : Route::Kind::Resource;
    r.resource = segs[0];
    r.name = segs.value(1);
    r.sub = segs.value(2);
    return r;
}

} // namespace

Route parseRoute(const QString &path)
{
    Route r;
    r.segments = path.split(u'/', Qt::SkipEmptyParts);
    const QStringList &segs = r.segments;
    if (path == "/healthz"_L1 || path == "/readyz"_L1 || path == "/livez"_L1) {
        r.kind = Route::Kind::Health;
    } else if (segs.size() >= 3 && segs[0] == "drover-sim"_L1 && segs[1] == "v1"_L1) {
        r.kind = Route::Kind::Admin;
        r.adminPath = segs.mid(2).join(u'/');
    } else if (segs.size() == 4 && segs[0] == "apis"_L1 && segs[1] == "authorization.k8s.io"_L1 && segs[2] == "v1"_L1) {
        r.kind = Route::Kind::SelfReview; // a POST; other verbs are served as the resource
        r.group = segs[1];
        r.version = segs[2];
        r.resource = segs[3];
    } else if (isDiscovery(segs)) {
        r.kind = Route::Kind::Discovery;
    } else if (segs.size() >= 2 && segs[0] == "api"_L1) {
        r.version = segs[1];
        return apiRoute(r, segs.mid(2));
    } else if (segs.size() >= 3 && segs[0] == "apis"_L1) {
        r.group = segs[1];
        r.version = segs[2];
        return apiRoute(r, segs.mid(3));
    }
    return r;
}

} // namespace drover::sim
