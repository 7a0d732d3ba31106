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
    n.unschedulable =
        obj.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();

    // A node that reports no capacity yet (just registered) keeps zeros; a capacity that does
    // not parse makes the node useless for placement, so it fails.
    struct Field
    {
        const char *list;
        const char *resource;
        std::int64_t *out;
    };
    const Field fields[] = {{"capacity", "cpu", &n.cpuCapacityMillis},
                            {"allocatable", "cpu", &n.cpuAllocatableMillis},
                            {"capacity", "memory", &n.memoryCapacityBytes},
                            {"allocatable", "memory", &n.memoryAllocatableBytes}};
    for (const auto &f : fields) {
        const QJsonValue v =
            status.value(QLatin1String(f.list)).toObject().value(QLatin1String(f.resource));
        if (v.isUndefined())
            continue;
        const bool cpu = qstrcmp(f.resource, "cpu") == 0;
        const auto q = cpu ? cpuMillisFromJson(v) : bytesFromJson(v);
        if (!q)
            return Result<Node>::failure(
                QStringLiteral("Node %1: status.%2.%3: %4")
                    .arg(n.meta.name, QLatin1String(f.list), QLatin1String(f.resource), q.error().message));
        *f.out = *q;
    }

    for (const auto &v : status.value(QLatin1String("addresses")).toArray()) {
        const QJsonObject a = v.toObject();
        n.addresses.append({a.value(QLatin1String("type")).toString(),
                            a.value(QLatin1String("address")).toString()});
    }
    n.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    const QJsonObject info = status.value(QLatin1String("nodeInfo")).toObject();
    n.kubeletVersion = info.value(QLatin1String("kubeletVersion")).toString();
    n.osImage = info.value(QLatin1String("osImage")).toString();
    n.kernelVersion = info.value(QLatin1String("kernelVersion")).toString();
    n.architecture = info.value(QLatin1String("architecture")).toString();
    return n;
}

} // namespace drover::core
