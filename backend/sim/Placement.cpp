#include "Placement.h"

#include "Quantity.h"
#include "VmiJson.h"

#include <QMap>

#include <algorithm>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

qint64 bytesOr0(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    const auto b = core::parseBytes(v.toString());
    return b ? qint64(*b) : 0;
}

qint64 millisOr0(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble() * 1000);
    const auto m = core::parseCpuMillis(v.toString());
    return m ? qint64(*m) : 0;
}

// "10.244.3.0/24" -> "10.244.3."
QString prefixOfCidr(const QString &cidr)
{
    const QString net = cidr.section(u'/', 0, 0);
    const qsizetype dot = net.lastIndexOf(u'.');
    return dot > 0 ? net.left(dot + 1) : QString();
}

} // namespace

Placement::Need Placement::needOf(const QJsonObject &vmiSpec)
{
    const QJsonObject domain = objectAt(vmiSpec, "domain"_L1);
    const QJsonObject cpu = objectAt(domain, "cpu"_L1);
    const QJsonObject resources = objectAt(domain, "resources"_L1);
    qint64 vcpus = 1;
    bool topologySet = false;
    for (const char *dim : {"cores", "sockets", "threads"}) {
        const int n = cpu.value(QLatin1StringView(dim)).toInt(0);
        topologySet = topologySet || n > 0;
        vcpus *= qMax(1, n);
    }
    if (!topologySet) {
        // No topology: the CPU quantity rounded up to whole vCPUs, as virt-launcher does.
        for (const char *list : {"limits", "requests"}) {
            const qint64 m =
                millisOr0(objectAt(resources, QLatin1StringView(list)).value("cpu"_L1));
            if (m > 0) {
                vcpus = (m + 999) / 1000;
                break;
            }
        }
    }
    Need need;
    need.cpuMillis = vcpus * 1000;
    need.memBytes = bytesOr0(objectAt(domain, "memory"_L1).value("guest"_L1));
    for (const char *list : {"requests", "limits"})
        if (need.memBytes == 0)
            need.memBytes =
                bytesOr0(objectAt(resources, QLatin1StringView(list)).value("memory"_L1));
    return need;
}

Placement::Placement(const ObjectStore &store)
{
    for (const QJsonObject &node : store.list(ApiResource::nodes())) {
        const QJsonObject status = objectAt(node, "status"_L1);
        const QJsonObject alloc = objectAt(status, "allocatable"_L1);
        Host h;
        h.name = nameOf(node);
        h.labels = objectAt(objectAt(node, "metadata"_L1), "labels"_L1);
        h.unschedulable = objectAt(node, "spec"_L1).value("unschedulable"_L1).toBool();
        const auto ready = conditionOf(node, u"Ready"_s);
        const QString readyStatus = ready ? ready->value("status"_L1).toString() : QString();
        if (readyStatus == "False"_L1)
            h.taint = u"node.kubernetes.io/not-ready"_s;
        else if (readyStatus != "True"_L1)
            h.taint = u"node.kubernetes.io/unreachable"_s;
        h.cpuMillis = millisOr0(alloc.value("cpu"_L1));
        h.memBytes = bytesOr0(alloc.value("memory"_L1));
        h.ipPrefix = prefixOfCidr(stringAt(objectAt(node, "spec"_L1), "podCIDR"_L1));
        if (h.ipPrefix.isEmpty())
            h.ipPrefix = QStringLiteral("10.%1.%2.")
                             .arg(244 + m_hosts.size() / 256)
                             .arg(m_hosts.size() % 256);
        m_index.insert(h.name, m_hosts.size());
        m_hosts.append(h);
    }
    for (const QJsonObject &vmi : store.list(ApiResource::virtualMachineInstances())) {
        if (isFinal(vmi))
            continue;
        const QJsonObject status = objectAt(vmi, "status"_L1);
        const QString node = stringAt(status, "nodeName"_L1);
        if (node.isEmpty())
            continue;
        const QJsonArray ifaces = status.value("interfaces"_L1).toArray();
        add(node, objectAt(vmi, "spec"_L1),
            ifaces.isEmpty() ? QString() : stringAt(ifaces.first().toObject(), "ipAddress"_L1));
    }
}

Placement::Choice Placement::pick(const QJsonObject &vmiSpec, const QString &exclude) const
{
    const Need need = needOf(vmiSpec);
    const QJsonObject selector = objectAt(vmiSpec, "nodeSelector"_L1);
    QMap<QString, int> reasons;
    const Host *best = nullptr;
    double bestScore = -1;
    for (const Host &h : m_hosts) {
        // The order of kube-scheduler's filters: a node fails on the first that rejects it.
        if (h.unschedulable) {
            ++reasons[u"node(s) were unschedulable"_s];
            continue;
        }
        if (!h.taint.isEmpty()) {
            ++reasons[QStringLiteral("node(s) had untolerated taint {%1: }").arg(h.taint)];
            continue;
        }
        bool match = h.name != exclude;
        for (auto it = selector.begin(); it != selector.end() && match; ++it)
            match = h.labels.value(it.key()).toString() == it.value().toString() &&
                    h.labels.contains(it.key());
        if (!match) {
            ++reasons[u"node(s) didn't match Pod's node affinity/selector"_s];
            continue;
        }
        const bool cpuFits = h.usedCpu + need.cpuMillis <= h.cpuMillis;
        const bool memFits = h.usedMem + need.memBytes <= h.memBytes;
        if (!cpuFits)
            ++reasons[u"Insufficient cpu"_s];
        if (!memFits)
            ++reasons[u"Insufficient memory"_s];
        if (!cpuFits || !memFits)
            continue;
        const double freeCpu =
            double(h.cpuMillis - h.usedCpu - need.cpuMillis) / double(qMax<qint64>(1, h.cpuMillis));
        const double freeMem =
            double(h.memBytes - h.usedMem - need.memBytes) / double(qMax<qint64>(1, h.memBytes));
        const double score = (freeCpu + freeMem) / 2;
        if (score > bestScore) {
            bestScore = score;
            best = &h;
        }
    }
    if (best)
        return {best->name, {}};
    if (m_hosts.isEmpty())
        return {{}, u"no nodes available to schedule pods"_s};
    // kube-scheduler's FitError: "<count> <reason>" strings, sorted.
    QStringList parts;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    std::sort(parts.begin(), parts.end());
    const QString total = QString::number(m_hosts.size());
    return {{},
            QStringLiteral("0/%1 nodes are available: %2. preemption: 0/%1 nodes are available: %1 "
                           "Preemption is not helpful for scheduling.")
                .arg(total, parts.join(u", "_s))};
}

void Placement::add(const QString &node, const QJsonObject &vmiSpec, const QString &ip)
{
    const auto it = m_index.constFind(node);
    if (it == m_index.cend())
        return;
    Host &h = m_hosts[*it];
    const Need need = needOf(vmiSpec);
    h.usedCpu += need.cpuMillis;
    h.usedMem += need.memBytes;
    if (!ip.isEmpty() && ip.startsWith(h.ipPrefix))
        h.usedOctets.insert(QStringView(ip).mid(h.ipPrefix.size()).toInt());
}

QString Placement::allocateIp(const QString &node)
{
    const auto it = m_index.constFind(node);
    if (it == m_index.cend())
        return u"10.244.255.254"_s;
    Host &h = m_hosts[*it];
    // .1 is the node's gateway; .2-.254 are pod addresses. Wraps (reuses) past 253 pods.
    for (int tries = 0; tries < 253; ++tries) {
        const int octet = h.nextOctet;
        h.nextOctet = octet >= 254 ? 2 : octet + 1;
        if (!h.usedOctets.contains(octet)) {
            h.usedOctets.insert(octet);
            return h.ipPrefix + QString::number(octet);
        }
    }
    return h.ipPrefix + QString::number(h.nextOctet);
}

} // namespace drover::sim
