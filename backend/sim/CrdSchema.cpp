#include "CrdSchema.h"

#include <QJsonArray>
#include <yaml-cpp/yaml.h>

namespace drover::sim {

const CrdSchemaNode *CrdSchemaNode::property(const QString &name) const
{
    for (const CrdSchemaProperty &p : properties)
        if (p.name == name)
            return &p.node;
    return nullptr;
}

namespace {

QString text(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

// Enum values are kept as strings: Drover's CRDs only enumerate strings (a YAML `true` in an
// enum would be a boolean to kube-apiserver and a string here).
CrdSchemaNode parseNode(const YAML::Node &n)
{
    CrdSchemaNode s;
    if (n["type"])
        s.type = text(n["type"]);
    s.nullable = n["nullable"] && n["nullable"].as<bool>();
    s.preserveUnknown = n["x-kubernetes-preserve-unknown-fields"] && n["x-kubernetes-preserve-unknown-fields"].as<bool>();
    for (const YAML::Node &r : n["required"])
        s.required.append(text(r));
    for (const auto &p : n["properties"])
        s.properties.push_back({text(p.first), parseNode(p.second)});
    if (n["items"] && n["items"].IsMap())
        s.items = std::make_shared<CrdSchemaNode>(parseNode(n["items"]));
    if (n["additionalProperties"] && n["additionalProperties"].IsMap())
        s.additionalProperties = std::make_shared<CrdSchemaNode>(parseNode(n["additionalProperties"]));
    for (const YAML::Node &e : n["enum"])
        s.enumValues.append(text(e));
    if (n["minLength"])
        s.minLength = n["minLength"].as<qint64>();
    if (n["maxLength"])
        s.maxLength = n["maxLength"].as<qint64>();
    if (n["minimum"])
        s.minimum = n["minimum"].as<double>();
    if (n["maximum"])
        s.maximum = n["maximum"].as<double>();
    s.exclusiveMinimum = n["exclusiveMinimum"] && n["exclusiveMinimum"].as<bool>();
    s.exclusiveMaximum = n["exclusiveMaximum"] && n["exclusiveMaximum"].as<bool>();
    if (n["pattern"]) {
        // Go's regexp (RE2) and PCRE agree on the patterns Drover's CRDs use.
        s.pattern = text(n["pattern"]);
        s.regex = QRegularExpression(s.pattern);
    }
    if (n["format"])
        s.format = text(n["format"]);
    return s;
}

// The schema of the version that is stored (Drover's CRDs serve one version each).
std::optional<CrdSchemas::Kind> parseCrd(const YAML::Node &doc)
{
    if (!doc.IsMap() || !doc["kind"] || text(doc["kind"]) != QLatin1String("CustomResourceDefinition"))
        return std::nullopt;
    const YAML::Node spec = doc["spec"];
    for (const YAML::Node &v : spec["versions"]) {
        if (!v["storage"] || !v["storage"].as<bool>() || !v["schema"]["openAPIV3Schema"])
            continue;
        return CrdSchemas::Kind{text(spec["group"]), text(spec["names"]["plural"]), text(spec["names"]["kind"]),
                                parseNode(v["schema"]["openAPIV3Schema"])};
    }
    return std::nullopt;
}

void pruneValue(const CrdSchemaNode &s, QJsonValue &v);

// pruning/algorithm.go: a field the schema does not name goes, unless the object preserves
// unknown fields; prunenulls.go: a null goes where the field is not nullable (Drover's CRDs
// default no field that could be null, so "without defaults" never keeps one).
void pruneObject(const CrdSchemaNode &s, QJsonObject &o, bool root)
{
    for (auto it = o.begin(); it != o.end();) {
        const QString key = it.key();
        if (root && (key == QLatin1String("apiVersion") || key == QLatin1String("kind") || key == QLatin1String("metadata"))) {
            ++it;
            continue;
        }
        const CrdSchemaNode *child = s.property(key);
        if (!child)
            child = s.additionalProperties.get();
        if (!child && !s.preserveUnknown) {
            it = o.erase(it);
            continue;
        }
        if (child && it.value().isNull() && !child->nullable) {
            it = o.erase(it);
            continue;
        }
        if (child) {
            QJsonValue v = it.value();
            pruneValue(*child, v);
            it.value() = v;
        }
        ++it;
    }
}

void pruneValue(const CrdSchemaNode &s, QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        pruneObject(s, o, false);
        v = o;
    } else if (v.isArray() && s.items) {
        QJsonArray a = v.toArray();
        for (QJsonValueRef item : a) {
            QJsonValue x = item;
            pruneValue(*s.items, x);
            item = x;
        }
        v = a;
    }
}

} // namespace

void pruneCustomResource(const CrdSchemaNode &schema, QJsonObject &obj)
{
    pruneObject(schema, obj, true);
}

CrdSchemas::CrdSchemas(const QByteArrayList &manifests)
{
    for (const QByteArray &m : manifests) {
        try {
            for (const YAML::Node &doc : YAML::LoadAll(m.toStdString()))
                if (auto k = parseCrd(doc))
                    m_kinds.push_back(std::move(*k));
        } catch (const YAML::Exception &e) {
            if (m_error.isEmpty())
                m_error = QString::fromStdString(e.what());
        }
    }
}

const CrdSchemas &CrdSchemas::builtIn()
{
    static const CrdSchemas schemas(embeddedCrdManifests());
    return schemas;
}

const CrdSchemas::Kind *CrdSchemas::find(const QString &group, const QString &plural) const
{
    for (const Kind &k : m_kinds)
        if (k.group == group && k.plural == plural)
            return &k;
    return nullptr;
}

std::optional<QJsonObject> admitCustomResource(const kube::ApiResource &res, QJsonObject &obj)
{
    const CrdSchemas::Kind *k = CrdSchemas::builtIn().find(res.group, res.plural);
    if (!k)
        return std::nullopt;
    const QList<CrdFieldError> errors = CrdSchemas::admit(k->schema, obj);
    if (errors.isEmpty())
        return std::nullopt;
    const QString name = obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    return invalidStatus(k->kind, k->group, name, errors);
}

} // namespace drover::sim
