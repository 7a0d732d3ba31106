#include "OpenApi.h"

#include <QJsonArray>
#include <QSet>

namespace drover::sim {

static QString gvPath(const kube::ApiResource &r)
{
    return r.group.isEmpty() ? QStringLiteral("api/") + r.version
                             : QStringLiteral("apis/") + r.group + QLatin1Char('/') + r.version;
}

QJsonObject openApiV3Root(const QList<kube::ApiResource> &resources)
{
    QJsonObject paths;
    for (const auto &r : resources) {
        const QString p = gvPath(r);
        paths.insert(p, QJsonObject{{QStringLiteral("serverRelativeURL"),
                                     QStringLiteral("/openapi/v3/") + p + QStringLiteral("?hash=drover-sim-1")}});
    }
    return QJsonObject{{QStringLiteral("paths"), paths}};
}

std::optional<QJsonObject> openApiV3Document(const QList<kube::ApiResource> &resources, const QString &path)
{
    QJsonObject paths;
    for (const auto &r : resources) {
        if (gvPath(r) != path)
            continue;
        const QJsonObject gvk{{QStringLiteral("group"), r.group},
                              {QStringLiteral("version"), r.version},
                              {QStringLiteral("kind"), r.kind}};
        const QJsonArray params{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("fieldValidation")},
                        {QStringLiteral("in"), QStringLiteral("query")},
                        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("dryRun")},
                        {QStringLiteral("in"), QStringLiteral("query")},
                        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}};
        const QJsonObject patch{{QStringLiteral("operationId"), QStringLiteral("patch") + r.kind},
                                {QStringLiteral("parameters"), params},
                                {QStringLiteral("x-kubernetes-action"), QStringLiteral("patch")},
                                {QStringLiteral("x-kubernetes-group-version-kind"), gvk},
                                {QStringLiteral("responses"), QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")}}}}}};
        const QString item = QLatin1Char('/') + path +
                             (r.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/")) +
                             r.plural + QStringLiteral("/{name}");
        paths.insert(item, QJsonObject{{QStringLiteral("patch"), patch}});
    }
    if (paths.isEmpty())
        return std::nullopt;
    return QJsonObject{{QStringLiteral("openapi"), QStringLiteral("3.0.0")},
                       {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes")},
                                                            {QStringLiteral("version"), QStringLiteral("v1.30.0")}}},
                       {QStringLiteral("paths"), paths},
                       {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), QJsonObject()}}}};
}

QJsonObject openApiV2Json()
{
    return QJsonObject{{QStringLiteral("swagger"), QStringLiteral("2.0")},
                       {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes")},
                                                            {QStringLiteral("version"), QStringLiteral("v1.30.0")}}},
                       {QStringLiteral("paths"), QJsonObject()},
                       {QStringLiteral("definitions"), QJsonObject()}};
}

// Protobuf wire format by hand: the document has two fields, so a protobuf library would be
// a heavy dependency for a few bytes. Document{1: swagger, 2: Info{1: title, 2: version}}.
static QByteArray lengthDelimited(int field, const QByteArray &payload)
{
    Q_ASSERT(payload.size() < 128); // one-byte varint lengths suffice here
    QByteArray out;
    out.append(char((field << 3) | 2));
    out.append(char(payload.size()));
    out.append(payload);
    return out;
}

QByteArray openApiV2Protobuf()
{
    const QByteArray info = lengthDelimited(1, "Kubernetes") + lengthDelimited(2, "v1.30.0");
    return lengthDelimited(1, "2.0") + lengthDelimited(2, info);
}

} // namespace drover::sim
