// ApiServer: what Drover's own kinds (the CRDs under packaging/kubernetes/crds) get beyond the
// generic store handling, as kube-apiserver's apiextensions-apiserver gives it to them: writes
// pruned, defaulted and validated against the schema (CrdSchema.h), reads defaulted, and the
// Tables `kubectl get` asks for built from their printer columns (CrdTable.h).
#include "ApiServer.h"

#include "CrdSchema.h"
#include "CrdTable.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace drover::sim {

// Drover's own kinds are pruned, defaulted and validated against their CRDs' schemas as
// kube-apiserver does (CrdSchema.h): true when obj was refused (422 answered), dry runs alike.
bool ApiServer::refuseInvalid(const QHttpServerRequest &req, QTcpSocket *socket, QJsonObject &obj,
                              const kube::ApiResource &res, bool create, const QString &sub)
{
    for (const AdmissionHook &hook : std::as_const(m_admissionHooks))
        if (const auto denied = sub.isEmpty() ? hook(res, obj, create) : std::nullopt) {
            respondJson(req, socket, denied->code, denied->body);
            return true;
        }
    const std::optional<QJsonObject> refusal = admitCustomResource(res, obj);
    if (refusal)
        respondJson(req, socket, 422, *refusal);
    return refusal.has_value();
}

void ApiServer::respondRead(const QHttpServerRequest &req, QTcpSocket *socket, const kube::ApiResource &res,
                            QJsonObject body, bool isList)
{
    const CrdSchemas::Kind *kind = CrdSchemas::builtIn().find(res.group, res.plural);
    if (!kind) {
        // Other kinds answer JSON whatever the Accept header asks (kubectl then prints NAME
        // and AGE itself); a real server would answer a Table.
        respondJson(req, socket, 200, body);
        return;
    }
    if (isList) {
        QJsonArray items = body.value(QLatin1String("items")).toArray();
        for (QJsonValueRef item : items) {
            QJsonObject o = item.toObject();
            defaultStoredCustomResource(res, o);
            item = o;
        }
        body.insert(QLatin1String("items"), items);
    } else {
        defaultStoredCustomResource(res, body);
    }
    const QString tableVersion = acceptedTableVersion(req.value("Accept"));
    if (tableVersion.isEmpty()) {
        respondJson(req, socket, 200, body);
        return;
    }
    const QString include = QUrlQuery(req.url()).queryItemValue(QStringLiteral("includeObject"));
    const Result<QJsonObject> table =
        customResourceTable(*kind, body, isList, tableVersion, include, QDateTime::currentDateTimeUtc());
    if (table)
        respondJson(req, socket, 200, *table);
    else
        respondStatus(req, socket, 400, QStringLiteral("BadRequest"), table.error().message);
}

} // namespace drover::sim
