#include "CrdSchema.h"

#include "YamlJson.h"

#include <QJsonArray>
#include <QRegularExpression>
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
    if (n["default"] && !n["default"].IsNull())
        s.defaultValue = kube::yamlToJson(n["default"]);
    return s;
}

bool hasDefaults(const CrdSchemaNode &s)
{
    if (!s.defaultValue.isUndefined() || (s.items && hasDefaults(*s.items)) ||
        (s.additionalProperties && hasDefaults(*s.additionalProperties)))
        return true;
    for (const CrdSchemaProperty &p : s.properties)
        if (hasDefaults(p.node))
            return true;
    return false;
}

// A version's additionalPrinterColumns as apiextensions-apiserver serves them: helpers.go
// serveDefaultColumnsIfEmpty (Age, when none), tableconvertor.go New (the description when none).
QList<CrdPrinterColumn> parseColumns(const YAML::Node &version)
{
    QList<CrdPrinterColumn> columns;
    for (const YAML::Node &c : version["additionalPrinterColumns"]) {
        CrdPrinterColumn col{text(c["name"]), text(c["type"]), c["format"] ? text(c["format"]) : QString(),
                             c["description"] ? text(c["description"]) : QString(), text(c["jsonPath"]),
                             c["priority"] ? c["priority"].as<int>() : 0};
        if (col.description.isEmpty())
            col.description = QStringLiteral("Custom resource definition column (in JSONPath format): ") + col.jsonPath;
        columns.append(col);
    }
    if (columns.isEmpty())
        columns.append({QStringLiteral("Age"), QStringLiteral("date"), QString(),
                        QStringLiteral("CreationTimestamp is a timestamp representing the server time when this object was "
                                       "created. It is not guaranteed to be set in happens-before order across separate "
                                       "operations. Clients may not set this value. It is represented in RFC3339 form and "
                                       "is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: "
                                       "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
                        QStringLiteral(".metadata.creationTimestamp"), 0});
    return columns;
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
        CrdSchemas::Kind k{text(spec["group"]), text(spec["names"]["plural"]), text(spec["names"]["kind"]),
                           parseNode(v["schema"]["openAPIV3Schema"]), parseColumns(v), false, {}, {}, {}};
        k.hasDefaults = hasDefaults(k.schema);
        const YAML::Node names = spec["names"];
        for (const YAML::Node &n : names["shortNames"])
            k.shortNames << text(n);
        for (const YAML::Node &n : names["categories"])
            k.categories << text(n);
        k.singular = names["singular"] ? text(names["singular"]) : k.kind.toLower();
        return k;
    }
    return std::nullopt;
}

void pruneValue(const CrdSchemaNode &s, QJsonValue &v);

// pruning/algorithm.go: a field the schema does not name goes, unless the object preserves
// unknown fields; prunenulls.go: a null goes where the field is neither nullable nor defaulted
// (defaultObject then puts the default in its place).
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
        if (child && it.value().isNull() && !child->nullable && child->defaultValue.isUndefined()) {
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

void defaultValue(const CrdSchemaNode &s, QJsonValue &v);

// algorithm.go: a non-nullable null of an additionalProperties value or an array item becomes
// its schema's default, or stays null when there is none.
void defaultNull(const CrdSchemaNode &s, QJsonValue &v)
{
    if (v.isNull() && !s.nullable && !s.defaultValue.isUndefined())
        v = s.defaultValue;
}

void defaultObject(const CrdSchemaNode &s, QJsonObject &o)
{
    for (const CrdSchemaProperty &p : s.properties) {
        if (p.node.defaultValue.isUndefined())
            continue;
        const auto it = o.constFind(p.name);
        if (it == o.constEnd() || (it->isNull() && !p.node.nullable))
            o.insert(p.name, p.node.defaultValue);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const CrdSchemaNode *child = s.property(it.key());
        const bool additional = !child && s.additionalProperties;
        if (additional)
            child = s.additionalProperties.get();
        if (!child)
            continue;
        QJsonValue v = it.value();
        if (additional)
            defaultNull(*child, v);
        defaultValue(*child, v);
        it.value() = v;
    }
}

void defaultValue(const CrdSchemaNode &s, QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        defaultObject(s, o);
        v = o;
    } else if (v.isArray() && s.items) {
        QJsonArray a = v.toArray();
        for (QJsonValueRef item : a) {
            QJsonValue x = item;
            defaultNull(*s.items, x);
            defaultValue(*s.items, x);
            item = x;
        }
        v = a;
    }
}

} // namespace

void defaultCustomResource(const CrdSchemaNode &schema, QJsonObject &obj)
{
    defaultObject(schema, obj);
}

void defaultStoredCustomResource(const kube::ApiResource &res, QJsonObject &obj)
{
    if (const CrdSchemas::Kind *k = CrdSchemas::builtIn().find(res.group, res.plural); k && k->hasDefaults)
        defaultObject(k->schema, obj);
}

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
