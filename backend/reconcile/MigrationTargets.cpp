#include "MigrationTargets.h"

#include <algorithm>

namespace drover::reconcile {
namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

const core::Vmi *findVmi(const ClusterState &s, const QString &key)
{
    for (const auto &v : s.vmis)
        if (v.meta.key() == key)
            return &v;
    return nullptr;
}

const core::Node *findNode(const ClusterState &s, const QString &name)
{
    for (const auto &n : s.nodes)
        if (n.meta.name == name)
            return &n;
    return nullptr;
}

qint64 cpuMillisOf(const core::Vmi &v)
{
    return qint64(qMax(1, v.resources.cpuCores)) * 1000;
}

bool finishedPhase(const QString &phase)
{
    return phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed");
}

bool vmiMigrating(const core::Vmi &v)
{
    const auto &m = v.migrationState;
    return v.hasMigrationState && !m.completed && !m.failed && !m.endTimestamp.isValid();
}

// The migration objects still in flight, and where each comes from and goes to.
struct InFlight
{
    QString ns, vmi, source, target;
};

QList<InFlight> inFlight(const ClusterState &s)
{
    QList<InFlight> out;
    for (const auto &m : s.migrations) {
        if (finishedPhase(m.phase))
            continue;
        InFlight f{m.meta.ns, m.vmiName, m.migrationState.sourceNode, m.migrationState.targetNode};
        if (const core::Vmi *v = findVmi(s, m.meta.ns + QLatin1Char('/') + m.vmiName)) {
            if (f.source.isEmpty())
                f.source = v->nodeName;
            if (f.target.isEmpty() && vmiMigrating(*v))
                f.target = v->migrationState.targetNode;
        }
        out.append(f);
    }
    return out;
}

struct Room
{
    qint64 cpuFree = 0;
    qint64 memFree = 0;
};

Room roomOn(const ClusterState &s, const core::Node &node, const QList<InFlight> &flights)
{
    Room r{node.cpuAllocatableMillis, node.memoryAllocatableBytes};
    for (const auto &v : s.vmis) {
        if (finishedPhase(v.phase))
            continue;
        const bool here = v.nodeName == node.meta.name;
        bool incoming = false;
        if (!here) {
            for (const auto &f : flights)
                if (f.target == node.meta.name && f.ns == v.meta.ns && f.vmi == v.meta.name)
                    incoming = true;
            if (vmiMigrating(v) && v.migrationState.targetNode == node.meta.name)
                incoming = true;
        }
        if (here || incoming) {
            r.cpuFree -= cpuMillisOf(v);
            r.memFree -= v.resources.memoryBytes;
        }
    }
    return r;
}

TargetCheck refuse(Refusal r, const QString &why)
{
    return TargetCheck{r, why};
}

// The checks on the VM alone, shared by checkTarget and rankTargets.
TargetCheck checkVm(const core::Vmi *v, const QString &key, const QList<InFlight> &flights,
                    const MigrationLimits &limits)
{
    if (!v)
        return refuse(Refusal::UnknownVm, QStringLiteral("%1 is not running (no VirtualMachineInstance)").arg(key));
    if (v->phase != QLatin1String("Running"))
        return refuse(Refusal::NotRunning, QStringLiteral("%1 is %2, not Running").arg(key, v->phase.isEmpty() ? QStringLiteral("starting") : v->phase));
    const core::Condition *lm = core::findCondition(v->conditions, QStringLiteral("LiveMigratable"));
    if (!lm || !lm->isTrue()) {
        QString why = QStringLiteral("%1 cannot be live-migrated").arg(key);
        if (lm && !lm->reason.isEmpty())
            why += QStringLiteral(": %1").arg(lm->message.isEmpty() ? lm->reason : lm->reason + QStringLiteral(" (") + lm->message + QLatin1Char(')'));
        return refuse(Refusal::NotLiveMigratable, why);
    }
    for (const auto &f : flights)
        if (f.ns == v->meta.ns && f.vmi == v->meta.name)
            return refuse(Refusal::AlreadyMigrating, QStringLiteral("%1 is already migrating").arg(key));
    if (vmiMigrating(*v))
        return refuse(Refusal::AlreadyMigrating, QStringLiteral("%1 is already migrating to %2").arg(key, v->migrationState.targetNode));
    if (flights.size() >= limits.perCluster)
        return refuse(Refusal::ClusterLimit, QStringLiteral("%1 migrations are running, the cluster's limit (parallelMigrationsPerCluster); "
                                                            "try again when one finishes").arg(flights.size()));
    const auto outbound = std::count_if(flights.begin(), flights.end(), [&](const InFlight &f) { return f.source == v->nodeName; });
    if (outbound >= limits.outboundPerNode)
        return refuse(Refusal::NodeLimit, QStringLiteral("%1 already sends %2 migrations, its limit (parallelOutboundMigrationsPerNode)")
                                              .arg(v->nodeName).arg(outbound));
    return {};
}

TargetCheck checkHost(const ClusterState &s, const core::Vmi &v, const QString &key, const QString &target,
                      const QList<InFlight> &flights, Room *room)
{
    const core::Node *n = findNode(s, target);
    if (!n)
        return refuse(Refusal::UnknownHost, QStringLiteral("there is no host %1").arg(target));
    if (target == v.nodeName)
        return refuse(Refusal::SameHost, QStringLiteral("%1 already runs on %2").arg(key, target));
    if (!n->ready())
        return refuse(Refusal::HostNotReady, QStringLiteral("%1 is not Ready").arg(target));
    if (n->unschedulable)
        return refuse(Refusal::HostCordoned, QStringLiteral("%1 is cordoned (unschedulable)").arg(target));
    for (auto it = v.resources.nodeSelector.cbegin(); it != v.resources.nodeSelector.cend(); ++it)
        if (n->meta.labels.value(it.key()) != it.value())
            return refuse(Refusal::SelectorMismatch, QStringLiteral("%1 does not have the label %2=%3 that %4 requires")
                                                         .arg(target, it.key(), it.value(), key));
    if (!v.resources.affinityMatches(n->meta.labels)) {
        QStringList terms;
        for (const auto &term : v.resources.requiredNodeTerms) {
            QStringList reqs;
            for (const auto &r : term)
                reqs << r.text();
            terms << reqs.join(QStringLiteral(" and "));
        }
        return refuse(Refusal::SelectorMismatch, QStringLiteral("%1 does not match the node affinity %2 requires (%3)")
                                                     .arg(target, key, terms.join(QStringLiteral(" or "))));
    }
    *room = roomOn(s, *n, flights);
    if (room->cpuFree < cpuMillisOf(v))
        return refuse(Refusal::NotEnoughCpu, QStringLiteral("%1 has %2 vCPU free; %3 needs %4")
                                                 .arg(target).arg(qMax<qint64>(0, room->cpuFree) / 1000).arg(key).arg(cpuMillisOf(v) / 1000));
    if (room->memFree < v.resources.memoryBytes)
        return refuse(Refusal::NotEnoughMemory, QStringLiteral("%1 has %2 GiB of memory free; %3 needs %4 GiB (%5 GiB short)")
                                                    .arg(target)
                                                    .arg(double(qMax<qint64>(0, room->memFree)) / kGiB, 0, 'f', 1)
                                                    .arg(key)
                                                    .arg(double(v.resources.memoryBytes) / kGiB, 0, 'f', 1)
                                                    .arg(double(v.resources.memoryBytes - qMax<qint64>(0, room->memFree)) / kGiB, 0, 'f', 1));
    return {};
}

} // namespace

TargetCheck checkTarget(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                        const MigrationLimits &limits)
{
    const QList<InFlight> flights = inFlight(state);
    const core::Vmi *v = findVmi(state, vmiKey);
    if (TargetCheck c = checkVm(v, vmiKey, flights, limits); !c.ok())
        return c;
    Room room;
    return checkHost(state, *v, vmiKey, targetNode, flights, &room);
}

QList<TargetChoice> rankTargets(const ClusterState &state, const QString &vmiKey, const MigrationLimits &limits)
{
    QList<TargetChoice> out;
    const QList<InFlight> flights = inFlight(state);
    const core::Vmi *v = findVmi(state, vmiKey);
    if (!checkVm(v, vmiKey, flights, limits).ok())
        return out;
    for (const auto &n : state.nodes) {
        Room room;
        if (!checkHost(state, *v, vmiKey, n.meta.name, flights, &room).ok())
            continue;
        const double cpu = double(room.cpuFree - cpuMillisOf(*v)) / double(qMax<qint64>(1, n.cpuAllocatableMillis));
        const double mem = double(room.memFree - v->resources.memoryBytes) / double(qMax<qint64>(1, n.memoryAllocatableBytes));
        out.append({n.meta.name, (cpu + mem) / 2});
    }
    std::sort(out.begin(), out.end(), [](const TargetChoice &a, const TargetChoice &b) {
        return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    return out;
}

} // namespace drover::reconcile

namespace drover::reconcile {

QJsonObject migrationFor(const QString &ns, const QString &vmiName, const QString &targetNode)
{
    // KubeVirt has no target field: the node is pinned through spec.addedNodeSelector.
    QJsonObject meta{{QStringLiteral("generateName"), vmiName + QStringLiteral("-migration-")},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("drover.io/target-node"), targetNode}}}};
    QJsonObject spec{{QStringLiteral("vmiName"), vmiName}};
    if (!targetNode.isEmpty())
        spec.insert(QStringLiteral("addedNodeSelector"), QJsonObject{{QStringLiteral("kubernetes.io/hostname"), targetNode}});
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("kubevirt.io/v1")},
                       {QStringLiteral("kind"), QStringLiteral("VirtualMachineInstanceMigration")},
                       {QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), spec}};
}

MigrationPlan planMigration(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                            const MigrationLimits &limits)
{
    MigrationPlan p;
    const QString ns = vmiKey.section(QLatin1Char('/'), 0, 0);
    const QString name = vmiKey.section(QLatin1Char('/'), 1);
    if (targetNode.isEmpty()) {
        // Dropped on the cluster: the host with the most room left after the move.
        const QList<TargetChoice> ranked = rankTargets(state, vmiKey, limits);
        if (ranked.isEmpty()) {
            p.check = checkTarget(state, vmiKey, QString(), limits);
            if (p.check.ok() || p.check.refusal == Refusal::UnknownHost)
                p.check = TargetCheck{Refusal::UnknownHost, QStringLiteral("no host can take %1 now").arg(vmiKey)};
            return p;
        }
        p.target = ranked.first().node;
        p.reason = QStringLiteral("%1 has the most room left after the move").arg(p.target);
    } else {
        p.check = checkTarget(state, vmiKey, targetNode, limits);
        if (!p.check.ok())
            return p;
        p.target = targetNode;
        p.reason = QStringLiteral("%1 is Ready, schedulable and has room for %2").arg(targetNode, vmiKey);
    }
    p.migration = migrationFor(ns, name, p.target);
    return p;
}

} // namespace drover::reconcile
