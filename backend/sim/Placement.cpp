#include "Placement.h"

#include "Quantity.h"
#include "VmiJson.h"

namespace drover::sim {

using kube::ApiResource;

static QJsonObject sub(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toObject();
}

static std::pair<qint64, qint64> needOf(const QJsonObject &vmiSpec)
{
    const QJsonObject domain = sub(vmiSpec, "domain");
    const QJsonObject cpu = sub(domain, "cpu");
    auto dim = [&](const char *k) { return qMax(1, cpu.value(QLatin1String(k)).toInt(1)); };
    QString mem = sub(domain, "memory").value(QLatin1String("guest")).toString();
    if (mem.isEmpty())
        mem = sub(sub(domain, "resources"), "requests").value(QLatin1String("memory")).toString();
    auto bytes = core::parseBytes(mem.isEmpty() ? QStringLiteral("1Gi") : mem);
    return {qint64(dim("cores") * dim("sockets") * dim("threads")) * 1000, bytes ? *bytes : (1LL << 30)};
}

Placement::Placement(const ObjectStore &store)
{
    QHash<QString, int> index;
    for (const auto &node : store.list(ApiResource::nodes())) {
        if (sub(node, "spec").value(QLatin1String("unschedulable")).toBool() || !conditionTrue(node, QStringLiteral("Ready")))
            continue;
        const QJsonObject alloc = sub(sub(node, "status"), "allocatable");
        Host h;
        h.name = sub(node, "metadata").value(QLatin1String("name")).toString();
        h.labels = sub(sub(node, "metadata"), "labels");
        h.cpuMillis = core::parseCpuMillis(alloc.value(QLatin1String("cpu")).toString()).value();
        h.memBytes = core::parseBytes(alloc.value(QLatin1String("memory")).toString()).value();
        index.insert(h.name, int(m_hosts.size()));
        m_hosts.append(h);
    }
    for (const auto &vmi : store.list(ApiResource::virtualMachineInstances())) {
        const QString node = sub(vmi, "status").value(QLatin1String("nodeName")).toString();
        if (index.contains(node)) {
            const auto [cpu, mem] = needOf(sub(vmi, "spec"));
            m_hosts[index.value(node)].usedCpu += cpu;
            m_hosts[index.value(node)].usedMem += mem;
        }
    }
}

QString Placement::pick(const QJsonObject &vmiSpec) const
{
    const auto [cpu, mem] = needOf(vmiSpec);
    const QJsonObject selector = sub(vmiSpec, "nodeSelector");
    const Host *best = nullptr;
    double bestLoad = 2.0;
    for (const Host &h : m_hosts) {
        bool match = true;
        for (auto it = selector.begin(); it != selector.end() && match; ++it)
            match = h.labels.value(it.key()).toString() == it.value().toString();
        if (!match || h.usedMem + mem > h.memBytes || h.usedCpu + cpu > h.cpuMillis * 4)
            continue;
        const double load = double(h.usedMem + mem) / double(qMax<qint64>(h.memBytes, 1));
        if (load < bestLoad) {
            bestLoad = load;
            best = &h;
        }
    }
    return best ? best->name : QString();
}

void Placement::add(const QString &node, const QJsonObject &vmiSpec)
{
    const auto [cpu, mem] = needOf(vmiSpec);
    for (Host &h : m_hosts)
        if (h.name == node) {
            h.usedCpu += cpu;
            h.usedMem += mem;
            return;
        }
}

} // namespace drover::sim
