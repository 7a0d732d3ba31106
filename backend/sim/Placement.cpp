#include "Placement.h"

#include "Node.h"
#include "VmiJson.h"

#include <QMap>

#include <algorithm>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// "10.244.3.0/24" -> "10.244.3."
QString prefixOfCidr(const QString &cidr)
{
    const QString net = cidr.section(u'/', 0, 0);
    const qsizetype dot = net.lastIndexOf(u'.');
    return dot > 0 ? net.left(dot + 1) : QString();
}

} // namespace

Placement::Need Placement::needOf(const core::DomainResources &resources)
{
    return {resources.cpuMillis(), resources.memoryBytes};
}

// A spec the decoder refuses (a quantity admission refuses too) counts as one vCPU and no
// memory here; pick() does not place it at all.
Placement::Need Placement::needOf(const QJsonObject &vmiSpec)
{
    const auto resources = core::DomainResources::fromSpec(vmiSpec);
    return resources ? needOf(*resources) : Need{1000, 0};
}

Placement::Placement(const ObjectStore &store)
{
    for (const QJsonObject &node : store.list(ApiResource::nodes())) {
        Host h;
        h.name = nameOf(node);
        // Decoded as the client decodes it; a node the decoder refuses offers no room.
        if (const auto n = core::Node::fromJson(node)) {
            h.labels = n->meta.labels;
            h.unschedulable = n->unschedulable;
            const core::Condition *ready = core::findCondition(n->conditions, u"Ready"_s);
            if (ready && ready->status == "False"_L1)
                h.taint = u"node.kubernetes.io/not-ready"_s;
            else if (!n->ready())
                h.taint = u"node.kubernetes.io/unreachable"_s;
            h.cpuMillis = n->cpuAllocatableMillis;
            h.memBytes = n->memoryAllocatableBytes;
        }
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
        add(node, objectAt(vmi, "spec"_L1), firstIp(vmi));
    }
}

Placement::Choice Placement::pick(const QJsonObject &vmiSpec, const QString &exclude) const
{
    const auto decoded = core::DomainResources::fromSpec(vmiSpec);
    if (!decoded) // placing it anywhere would ignore its selector and affinity
        return {{}, QStringLiteral("the VMI's resources cannot be read: %1").arg(decoded.error().message), {}};
    const core::DomainResources &resources = *decoded;
    const Need need = needOf(resources);
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
        if (h.name == exclude || !resources.nodeAllowed(h.labels)) {
            ++reasons[u"node(s) didn't match Pod's node affinity/selector"_s];
            continue;
        }
        const core::Fit fit = core::fitOn(resources, {h.cpuMillis, h.memBytes, h.cpuMillis - h.usedCpu, h.memBytes - h.usedMem});
        if (!fit.cpu)
            ++reasons[u"Insufficient cpu"_s];
        if (!fit.memory)
            ++reasons[u"Insufficient memory"_s];
        if (!fit.ok())
            continue;
        if (fit.score > bestScore) {
            bestScore = fit.score;
            best = &h;
        }
    }
    if (best)
        return {best->name, {}, need};
    if (m_hosts.isEmpty())
        return {{}, u"no nodes available to schedule pods"_s, need};
    // kube-scheduler's FitError: "<count> <reason>" strings, sorted.
    QStringList parts;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    std::sort(parts.begin(), parts.end());
    const QString total = QString::number(m_hosts.size());
    return {{},
            QStringLiteral("0/%1 nodes are available: %2. preemption: 0/%1 nodes are available: %1 "
                           "Preemption is not helpful for scheduling.")
                .arg(total, parts.join(u", "_s)),
            need};
}

void Placement::add(const QString &node, const QJsonObject &vmiSpec, const QString &ip)
{
    add(node, needOf(vmiSpec), ip);
}

void Placement::add(const QString &node, const Need &need, const QString &ip)
{
    const auto it = m_index.constFind(node);
    if (it == m_index.cend())
        return;
    Host &h = m_hosts[*it];
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
