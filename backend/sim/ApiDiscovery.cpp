// ApiServer: discovery (/version, /api, /apis, their group versions) and the OpenAPI documents.
#include "ApiServer.h"

#include "Discovery.h"
#include "OpenApi.h"

namespace drover::sim {

bool ApiServer::handleDiscovery(const QHttpServerRequest &req, QTcpSocket *socket,
                                const QStringList &segs)
{
    if (segs.size() >= 2 && segs[0] == QLatin1String("openapi")) {
        if (segs[1] == QLatin1String("v2")) {
            if (req.value("Accept").contains("protobuf"))
                makeResponder(req, socket).write(openApiV2Protobuf(), "application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
            else
                respondJson(req, socket, 200, openApiV2Json());
            return true;
        }
        if (segs[1] != QLatin1String("v3"))
            return false;
        if (segs.size() == 2) {
            respondJson(req, socket, 200, openApiV3Root(m_store->resources()));
            return true;
        }
        auto doc = openApiV3Document(m_store->resources(), segs.mid(2).join(QLatin1Char('/')));
        if (!doc)
            return false;
        respondJson(req, socket, 200, *doc);
        return true;
    }
    if (segs == QStringList{QStringLiteral("version")}) {
        respondJson(req, socket, 200, versionDocument());
    } else if (segs == QStringList{QStringLiteral("api")}) {
        respondJson(req, socket, 200, coreVersions(m_address));
    } else if (segs == QStringList{QStringLiteral("apis")}) {
        respondJson(req, socket, 200, groupList(m_store->resources()));
    } else if ((segs.size() == 2 && segs[0] == QLatin1String("api")) ||
               (segs.size() == 3 && segs[0] == QLatin1String("apis"))) {
        const bool core = segs.size() == 2;
        auto doc = resourceList(m_store->resources(), core ? QString() : segs[1], segs.last());
        if (!doc)
            return false;
        respondJson(req, socket, 200, *doc);
    } else {
        return false;
    }
    return true;
}

} // namespace drover::sim
