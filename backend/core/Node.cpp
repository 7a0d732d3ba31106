#include "Node.h"

#include "Quantity.h"

#include <QJsonArray>

namespace drover::core {

bool Node::ready() const
{
    const Condition *c = findCondition(conditions, QStringLiteral("Ready"));
    return c && c->isTrue();
}

QString Node::internalIp() const
{
    for (const auto &a : addresses)
        if (a.type == QLatin1String("InternalIP"))
            return a.address;
    return {};
}

Result<Node> Node::fromJson(const QJsonObject &obj)
{
    Node n;
    n.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (n.meta.name.isEmpty())
        return Result<Node>::failure(QStringLiteral("Node without metadata.name"));
    n.unschedulable = obj.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    struct Field { const char *map; const char *res; std::int64_t *out; bool cpu; };
    const Field fields[] = {{"capacity", "cpu", &n.cpuCapacityMillis, true},
                            {"allocatable", "cpu", &n.cpuAllocatableMillis, true},
                            {"capacity", "memory", &n.memoryCapacityBytes, false},
                            {"allocatable", "memory", &n.memoryAllocatableBytes, false}};
    for (const auto &f : fields) {
        const QJsonValue v = status.value(QLatin1String(f.map)).toObject().value(QLatin1String(f.res));
        if (v.isUndefined())
            continue;
        auto q = f.cpu ? parseCpuMillis(v.toString()) : parseBytes(v.toString());
        if (!q)
            return Result<Node>::failure(QStringLiteral("Node %1: status.%2.%3: %4")
                                             .arg(n.meta.name, QLatin1String(f.map), QLatin1String(f.res), q.error()));
        *f.out = *q;
    }
    for (const auto &v : status.value(QLatin1String("addresses")).toArray()) {
        const QJsonObject a = v.toObject();
        n.addresses.append({a.value(QLatin1String("type")).toString(), a.value(QLatin1String("address")).toString()});
    }
    n.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    const QJsonObject info = status.value(QLatin1String("nodeInfo")).toObject();
    n.kubeletVersion = info.value(QLatin1String("kubeletVersion")).toString();
    n.osImage = info.value(QLatin1String("osImage")).toString();
    n.architecture = info.value(QLatin1String("architecture")).toString();
    return n;
}

} // namespace drover::core
