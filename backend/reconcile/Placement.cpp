#include "Placement.h"

#include "ReconcileTr.h"

#include <algorithm>

namespace drover::reconcile {
namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

qint64 cpuMillisOf(const core::Vmi &v)
{
    return v.resources.cpuMillis();
}

bool vmiMigrating(const core::Vmi &v)
{
    const auto &m = v.migrationState;
    return v.hasMigrationState && !m.completed && !m.failed && !m.endTimestamp.isValid();
}

QString keyOf(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

TargetCheck refuse(Refusal r, const QString &why)
{
    return TargetCheck{r, why};
}

QString affinityText(const core::Vmi &v)
{
    QStringList terms;
    for (const auto &term : v.resources.requiredNodeTerms) {
        QStringList reqs;
        for (const auto &r : term)
            reqs << r.text();
        terms << reqs.join(QStringLiteral(" and "));
    }
    return terms.join(QStringLiteral(" or "));
}

} // namespace

QString phaseInWords(core::VmiPhase phase)
{
    return phase == core::VmiPhase::Unset ? Tr::tr("starting") : QString(core::nameOf(phase));
}

Placement::Placement(const ClusterState &state) : m_state(state)
{
    m_nodeIndex.reserve(state.nodes.size());
    m_room.reserve(state.nodes.size());
    for (int i = 0; i < state.nodes.size(); ++i) {
        const core::Node &n = state.nodes[i];
        m_nodeIndex.insert(n.meta.name, i);
        m_room.append({n.cpuAllocatableMillis, n.memoryAllocatableBytes});
    }
    m_vmiIndex.reserve(state.vmis.size());
    for (int i = 0; i < state.vmis.size(); ++i) {
        const core::Vmi &v = state.vmis[i];
        m_vmiIndex.insert(v.meta.key(), i);
        if (core::isFinal(v.phase))
            continue;
        // Its own node, once; the node it migrates to (KubeVirt reserves the target pod there).
        const int home = m_nodeIndex.value(v.nodeName, -1);
        if (home >= 0) {
            m_room[home].cpuFree -= cpuMillisOf(v);
            m_room[home].memFree -= v.resources.memoryBytes;
        }
        if (vmiMigrating(v))
            countOn(i, v.migrationState.targetNode);
    }
    for (const core::Migration &m : state.migrations) {
        if (core::isFinal(m.phase))
            continue;
        InFlight f{keyOf(m.meta.ns, m.vmiName), m.migrationState.sourceNode, m.migrationState.targetNode};
        const int vi = m_vmiIndex.value(f.vmiKey, -1);
        if (vi >= 0) {
            const core::Vmi &v = state.vmis[vi];
            if (f.source.isEmpty())
                f.source = v.nodeName;
            if (f.target.isEmpty() && vmiMigrating(v))
                f.target = v.migrationState.targetNode;
            countOn(vi, f.target);
        }
        m_migrating.insert(f.vmiKey);
        ++m_outbound[f.source];
        m_flights.append(f);
    }
}

void Placement::countOn(int vmiIndex, const QString &node)
{
    const core::Vmi &v = m_state.vmis[vmiIndex];
    if (core::isFinal(v.phase) || node == v.nodeName)
        return; // the home node is counted once, in the constructor
    const int ni = m_nodeIndex.value(node, -1);
    if (ni < 0)
        return;
    QList<int> &counted = m_countedOn[vmiIndex];
    if (counted.contains(ni))
        return;
    counted.append(ni);
    m_room[ni].cpuFree -= cpuMillisOf(v);
    m_room[ni].memFree -= v.resources.memoryBytes;
}

void Placement::addMigration(const QString &vmiKey, const QString &target)
{
    const int vi = m_vmiIndex.value(vmiKey, -1);
    const QString source = vi >= 0 ? m_state.vmis[vi].nodeName : QString();
    if (vi >= 0)
        countOn(vi, target);
    m_migrating.insert(vmiKey);
    ++m_outbound[source];
    m_flights.append({vmiKey, source, target});
}

const core::Vmi *Placement::vmi(const QString &key) const
{
    const int i = m_vmiIndex.value(key, -1);
    return i >= 0 ? &m_state.vmis[i] : nullptr;
}

const core::Node *Placement::node(const QString &name) const
{
    const int i = m_nodeIndex.value(name, -1);
    return i >= 0 ? &m_state.nodes[i] : nullptr;
}

Placement::Room Placement::roomOn(const QString &node) const
{
    const int i = m_nodeIndex.value(node, -1);
    return i >= 0 ? m_room[i] : Room{};
}

TargetCheck Placement::checkVm(const core::Vmi *v, const QString &key, const MigrationLimits &limits) const
{
    if (!v)
        return refuse(Refusal::UnknownVm, Tr::tr("%1 is not running (no VirtualMachineInstance)").arg(key));
    if (v->phase != core::VmiPhase::Running)
        return refuse(Refusal::NotRunning, Tr::tr("%1 is %2, not Running").arg(key, phaseInWords(v->phase)));
    const core::Condition *lm = core::findCondition(v->conditions, QStringLiteral("LiveMigratable"));
    if (!lm || !lm->isTrue()) {
        QString why = Tr::tr("%1 cannot be live-migrated").arg(key);
        if (lm && !lm->reason.isEmpty())
            why += QStringLiteral(": %1").arg(lm->message.isEmpty() ? lm->reason : lm->reason + QStringLiteral(" (") + lm->message + QLatin1Char(')'));
        return refuse(Refusal::NotLiveMigratable, why);
    }
    if (m_migrating.contains(key))
        return refuse(Refusal::AlreadyMigrating, Tr::tr("%1 is already migrating").arg(key));
    if (vmiMigrating(*v))
        return refuse(Refusal::AlreadyMigrating, Tr::tr("%1 is already migrating to %2").arg(key, v->migrationState.targetNode));
    if (m_flights.size() >= limits.perCluster)
        return refuse(Refusal::ClusterLimit, Tr::tr("%1 migrations are running, the cluster's limit (parallelMigrationsPerCluster); "
                                                            "try again when one finishes").arg(m_flights.size()));
    const int outbound = outboundFrom(v->nodeName);
    if (outbound >= limits.outboundPerNode)
        return refuse(Refusal::NodeLimit, Tr::tr("%1 already sends %2 migrations, its limit (parallelOutboundMigrationsPerNode)")
                                              .arg(v->nodeName).arg(outbound));
    return {};
}

Refusal Placement::hostRefusal(const core::Vmi &v, int ni) const
{
    const core::Node &n = m_state.nodes[ni];
    if (n.meta.name == v.nodeName)
        return Refusal::SameHost;
    if (!n.ready())
        return Refusal::HostNotReady;
    if (n.unschedulable)
        return Refusal::HostCordoned;
    if (!v.resources.nodeAllowed(n.meta.labels))
        return Refusal::SelectorMismatch;
    const core::Fit fit = fitOn(v, ni);
    if (!fit.cpu)
        return Refusal::NotEnoughCpu;
    if (!fit.memory)
        return Refusal::NotEnoughMemory;
    return Refusal::None;
}

Refusal Placement::hostRefusal(const core::Vmi &v, const QString &target) const
{
    const int ni = m_nodeIndex.value(target, -1);
    return ni < 0 ? Refusal::UnknownHost : hostRefusal(v, ni);
}

TargetCheck Placement::checkHost(const core::Vmi &v, const QString &key, const QString &target) const
{
    const int ni = m_nodeIndex.value(target, -1);
    if (ni < 0)
        return refuse(Refusal::UnknownHost, Tr::tr("there is no host %1").arg(target));
    const core::Node &n = m_state.nodes[ni];
    const Room room = m_room[ni];
    switch (hostRefusal(v, ni)) {
    case Refusal::None:
        return {};
    case Refusal::SameHost:
        return refuse(Refusal::SameHost, Tr::tr("%1 already runs on %2").arg(key, target));
    case Refusal::HostNotReady:
        return refuse(Refusal::HostNotReady, Tr::tr("%1 is not Ready").arg(target));
    case Refusal::HostCordoned:
        return refuse(Refusal::HostCordoned, Tr::tr("%1 is cordoned (unschedulable)").arg(target));
    case Refusal::SelectorMismatch: {
        const auto &sel = v.resources.nodeSelector;
        for (auto it = sel.cbegin(); it != sel.cend(); ++it)
            if (n.meta.labels.value(it.key()) != it.value() || !n.meta.labels.contains(it.key()))
                return refuse(Refusal::SelectorMismatch, Tr::tr("%1 does not have the label %2=%3 that %4 requires")
                                                             .arg(target, it.key(), it.value(), key));
        return refuse(Refusal::SelectorMismatch, Tr::tr("%1 does not match the node affinity %2 requires (%3)")
                                                     .arg(target, key, affinityText(v)));
    }
    case Refusal::NotEnoughCpu:
        return refuse(Refusal::NotEnoughCpu, Tr::tr("%1 has %2 vCPU free; %3 needs %4")
                                                 .arg(target).arg(qMax<qint64>(0, room.cpuFree) / 1000).arg(key).arg(cpuMillisOf(v) / 1000));
    case Refusal::NotEnoughMemory:
        return refuse(Refusal::NotEnoughMemory, Tr::tr("%1 has %2 GiB of memory free; %3 needs %4 GiB (%5 GiB short)")
                                                    .arg(target)
                                                    .arg(double(qMax<qint64>(0, room.memFree)) / kGiB, 0, 'f', 1)
                                                    .arg(key)
                                                    .arg(double(v.resources.memoryBytes) / kGiB, 0, 'f', 1)
                                                    .arg(double(v.resources.memoryBytes - qMax<qint64>(0, room.memFree)) / kGiB, 0, 'f', 1));
    default:
        return refuse(Refusal::UnknownHost, Tr::tr("there is no host %1").arg(target));
    }
}

core::Fit Placement::fitOn(const core::Vmi &v, int nodeIndex) const
{
    const core::Node &n = m_state.nodes[nodeIndex];
    const Room &room = m_room[nodeIndex];
    return core::fitOn(v.resources, {n.cpuAllocatableMillis, n.memoryAllocatableBytes, room.cpuFree, room.memFree});
}

QList<TargetChoice> Placement::rankHosts(const core::Vmi &v) const
{
    QList<TargetChoice> out;
    for (int ni = 0; ni < m_state.nodes.size(); ++ni) {
        if (hostRefusal(v, ni) != Refusal::None)
            continue;
        out.append({m_state.nodes[ni].meta.name, fitOn(v, ni).score});
    }
    std::sort(out.begin(), out.end(), [](const TargetChoice &a, const TargetChoice &b) {
        return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    return out;
}

MigrationPlan planMigration(const Placement &placement, const QString &vmiKey, const QString &targetNode,
                            const MigrationLimits &limits)
{
    MigrationPlan p;
    const core::Vmi *v = placement.vmi(vmiKey);
    p.check = placement.checkVm(v, vmiKey, limits);
    if (!p.check.ok())
        return p;
    if (targetNode.isEmpty()) {
        // Dropped on the cluster: the host with the most room left after the move.
        const QList<TargetChoice> ranked = placement.rankHosts(*v);
        if (ranked.isEmpty()) {
            p.check = TargetCheck{Refusal::UnknownHost, Tr::tr("no host can take %1 now").arg(vmiKey)};
            return p;
        }
        p.target = ranked.first().node;
        p.reason = Tr::tr("%1 has the most room left after the move").arg(p.target);
    } else {
        p.check = placement.checkHost(*v, vmiKey, targetNode);
        if (!p.check.ok())
            return p;
        p.target = targetNode;
        p.reason = Tr::tr("%1 is Ready, schedulable and has room for %2").arg(targetNode, vmiKey);
    }
    p.migration = migrationFor(v->meta.ns, v->meta.name, p.target);
    return p;
}

} // namespace drover::reconcile
