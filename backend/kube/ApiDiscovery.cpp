#include "ApiDiscovery.h"

#include "KubeClient.h"

#include <QUrlQuery>

namespace drover::kube {

namespace {

bool gatewayFailure(int httpStatus)
{
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

} // namespace

bool mayMeanMissingApi(const KubeError &e)
{
    // An API server answers a missing object with a Status (reason NotFound); a path that no
    // handler serves gets plain "404 page not found", and an unavailable aggregated API a plain
    // "service unavailable": no Status, so no reason.
    if (!e.reason.isEmpty())
        return false;
    return e.kind == ErrorKind::NotFound || gatewayFailure(e.httpStatus);
}

ApiAvailability availabilityFrom(const QString &groupVersion, int httpStatus, const KubeError &e)
{
    ApiAvailability a;
    a.groupVersion = groupVersion;
    a.error = e;
    if (e.ok())
        a.state = ApiAvailability::Served;
    else if (httpStatus == 404)
        a.state = ApiAvailability::NotServed;
    else if (gatewayFailure(httpStatus))
        a.state = ApiAvailability::Unavailable;
    else
        a.state = ApiAvailability::Unknown;
    return a;
}

void probeApi(KubeClient *client, const QString &groupVersion, QObject *context,
              std::function<void(const ApiAvailability &)> cb)
{
    const QString path = groupVersion.contains(QLatin1Char('/')) ? QStringLiteral("/apis/") + groupVersion
                                                                 : QStringLiteral("/api/") + groupVersion;
    client->request("GET", path, {}, {}, context, [groupVersion, cb = std::move(cb)](const Response &r) {
        cb(availabilityFrom(groupVersion, r.httpStatus, r.error));
    });
}

} // namespace drover::kube
