#include "VmFactsDom.h"

#include "Vm.h"

#include <QJsonArray>

#include <optional>
#include <string_view>
#include <utility>

namespace drover::models {

namespace {

using namespace simdjson;
using Object = std::optional<dom::object>; // none: absent, or not an object (Qt's toObject(): empty)

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The value at key; of equal keys the last, as QJsonDocument keeps it.
std::optional<dom::element> at(const Object &o, std::string_view key)
{
    std::optional<dom::element> found;
    if (o)
        for (dom::key_value_pair kv : *o)
            if (kv.key == key)
                found = kv.value;
    return found;
}

Object objectAt(const Object &o, std::string_view key)
{
    const auto v = at(o, key);
    return v && v->type() == dom::element_type::OBJECT ? Object(dom::object(*v)) : std::nullopt;
}

// QJsonValue::toString(): empty for anything but a string.
QString stringAt(const Object &o, std::string_view key)
{
    const auto v = at(o, key);
    return v && v->type() == dom::element_type::STRING ? text(std::string_view(*v)) : QString();
}

bool boolAt(const Object &o, std::string_view key)
{
    const auto v = at(o, key);
    return v && v->type() == dom::element_type::BOOL && bool(*v);
}

// A value as Qt's parse has it, for core's rules on values (an object or array: an empty one, as
// the rules only ask its type); undefined when absent.
QJsonValue valueAt(const Object &o, std::string_view key)
{
    const auto v = at(o, key);
    if (!v)
        return QJsonValue(QJsonValue::Undefined);
    switch (v->type()) {
    case dom::element_type::OBJECT: return QJsonObject();
    case dom::element_type::ARRAY: return QJsonArray();
    case dom::element_type::STRING: return text(std::string_view(*v));
    case dom::element_type::INT64: return qint64(int64_t(*v));
    case dom::element_type::UINT64: return double(uint64_t(*v));
    case dom::element_type::DOUBLE: return double(*v);
    case dom::element_type::BOOL: return bool(*v);
    case dom::element_type::NULL_VALUE: return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// core::stringMapFromJson: the string values of an object.
QMap<QString, QString> stringMap(const Object &o)
{
    QMap<QString, QString> out;
    if (o)
        for (dom::key_value_pair kv : *o)
            if (kv.value.type() == dom::element_type::STRING)
                out.insert(text(kv.key), text(std::string_view(kv.value)));
    return out;
}

core::DomainSizing sizingOf(const Object &domain)
{
    const Object cpu = objectAt(domain, "cpu"), resources = objectAt(domain, "resources");
    const Object limits = objectAt(resources, "limits"), requests = objectAt(resources, "requests");
    return core::DomainSizing{valueAt(cpu, "cores"),       valueAt(cpu, "sockets"),  valueAt(cpu, "threads"),
                              valueAt(limits, "cpu"),      valueAt(requests, "cpu"), valueAt(objectAt(domain, "memory"), "guest"),
                              valueAt(requests, "memory"), valueAt(limits, "memory")};
}

// The vCPUs and memory a domain sizes, by core's rules; none when core's decoder refuses the
// object for them (core::Vm and core::Vmi::fromJson fail on a spec they cannot size).
std::optional<std::pair<int, std::int64_t>> sizeOf(const Object &domain, const QString &where)
{
    const core::DomainSizing sizing = sizingOf(domain);
    const auto vcpus = sizing.vcpus(where);
    if (!vcpus)
        return std::nullopt;
    const auto memory = sizing.memory(where);
    if (!memory)
        return std::nullopt;
    return std::pair{*vcpus, *memory};
}

// Elements of an array at key (none when it is not one).
template <typename F>
void eachOf(const Object &o, std::string_view key, F &&f)
{
    const auto v = at(o, key);
    if (v && v->type() == dom::element_type::ARRAY)
        for (dom::element e : dom::array(*v))
            if (f(e))
                return;
}

Object asObject(dom::element e)
{
    return e.type() == dom::element_type::OBJECT ? Object(dom::object(e)) : std::nullopt;
}

// core::Vmi::firstIp(): of the first interface with either, its ipAddress, else the first string
// in its ipAddresses (even an empty one).
QString firstIp(const Object &status)
{
    QString ip;
    eachOf(status, "interfaces", [&ip](dom::element e) {
        const Object iface = asObject(e);
        ip = stringAt(iface, "ipAddress");
        bool listed = false;
        if (ip.isEmpty())
            eachOf(iface, "ipAddresses", [&ip, &listed](dom::element a) {
                listed = a.type() == dom::element_type::STRING;
                if (listed)
                    ip = text(std::string_view(a));
                return listed;
            });
        return !ip.isEmpty() || listed;
    });
    return ip;
}

// core::Vmi::paused(): the first condition of type Paused (conditions without a type do not count)
// has status True.
bool pausedOf(const Object &status)
{
    bool paused = false;
    eachOf(status, "conditions", [&paused](dom::element e) {
        const Object c = asObject(e);
        if (stringAt(c, "type") != QLatin1String("Paused"))
            return false;
        paused = stringAt(c, "status") == QLatin1String("True");
        return true;
    });
    return paused;
}

} // namespace

VmFacts vmFactsOf(dom::object root)
{
    static const QString kWhere = QStringLiteral("spec.template.spec");
    VmFacts f;
    const Object vm(root), meta = objectAt(vm, "metadata"), spec = objectAt(vm, "spec");
    if (stringAt(meta, "name").isEmpty())
        return f;
    const Object tmpl = objectAt(spec, "template");
    const auto size = sizeOf(objectAt(objectAt(tmpl, "spec"), "domain"), kWhere);
    if (!size)
        return f;
    f.valid = true;
    f.status = stringAt(objectAt(vm, "status"), "printableStatus");
    f.runStrategy = core::runStrategyOf(valueAt(spec, "runStrategy"), valueAt(spec, "running"));
    if (stringAt(objectAt(spec, "instancetype"), "name").isEmpty()) { // as VmFacts::fromObject
        f.vcpu = size->first;
        f.memoryBytes = size->second;
    }
    const QMap<QString, QString> labels = stringMap(objectAt(meta, "labels")),
                                 annotations = stringMap(objectAt(meta, "annotations"));
    const Object templateMeta = objectAt(tmpl, "metadata");
    f.osAnnotation = annotations.value(QStringLiteral("drover.io/os-name"));
    f.osLabel = core::osNameOf(labels, annotations, stringMap(objectAt(templateMeta, "labels")),
                               stringMap(objectAt(templateMeta, "annotations")));
    f.tenantCluster = labels.value(QStringLiteral("cluster.x-k8s.io/cluster-name"));
    return f;
}

VmiFacts vmiFactsOf(dom::object root)
{
    static const QString kWhere = QStringLiteral("spec");
    VmiFacts f;
    const Object vmi(root), meta = objectAt(vmi, "metadata");
    if (stringAt(meta, "name").isEmpty())
        return f;
    const auto size = sizeOf(objectAt(objectAt(vmi, "spec"), "domain"), kWhere);
    if (!size)
        return f;
    f.valid = true;
    f.uid = stringAt(meta, "uid");
    const Object status = objectAt(vmi, "status");
    f.host = stringAt(status, "nodeName");
    if (const Object ms = objectAt(status, "migrationState")) {
        QString target = stringAt(ms, "targetNode");
        if (target.isEmpty())
            target = stringAt(objectAt(ms, "targetState"), "node");
        f.migratingTo = migrationTarget(boolAt(ms, "completed"), boolAt(ms, "failed"), target, f.host);
    }
    f.ip = firstIp(status);
    f.running = core::vmiPhaseFromName(stringAt(status, "phase")) == core::VmiPhase::Running;
    f.paused = pausedOf(status);
    f.vcpu = size->first;
    f.memoryBytes = size->second;
    f.guestOsName = stringAt(objectAt(status, "guestOSInfo"), "name");
    return f;
}

} // namespace drover::models
