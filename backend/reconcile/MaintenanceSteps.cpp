// The executor's steps for entering maintenance, in a fixed order (Cordon, CephGate, StopVm…,
// Evict…, WaitDrained), each with the gate it waits on and whether the cluster shows it done;
// and the time the drain should still take.
#include "MaintenanceDetail.h"

#include "ReconcileTr.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace drover::reconcile::detail {
namespace {

// Assumed when KubeVirt's bandwidthPerMigration is unlimited (0): about what a 10 GbE migration
// network sustains (see MaintenancePlan.h).
constexpr double kAssumedBytesPerSecond = 1024.0 * 1024.0 * 1024.0;
constexpr int kMigrationOverheadSeconds = 15; // target pod scheduling and start, switch-over
constexpr int kStopSeconds = 60;              // a clean guest shutdown, well inside KubeVirt's 180 s grace

PlanStep makeStep(StepKind kind, const QString &subject, const QString &reason, bool done)
{
    PlanStep s;
    s.kind = kind;
    s.subject = subject;
    s.reason = reason;
    s.done = done;
    return s;
}

// What holds every step after the cordon, whatever its own gate.
struct Hold
{
    bool blockedBeforeStart = false;
    QString blockedWhy;
    bool cordoned = false;
    QString node;

    // True when the step is done or held here (its gate is then set).
    bool apply(PlanStep *s) const
    {
        if (s->done)
            return true;
        if (blockedBeforeStart) {
            s->gate = Gate::Blocked;
            s->waitsOn = blockedWhy;
            return true;
        }
        if (!cordoned) {
            s->gate = Gate::PreviousStep;
            s->waitsOn = Tr::tr("waits until %1 is cordoned").arg(node);
            return true;
        }
        return false;
    }
};

QString blockersText(const QList<Blocker> &blockers)
{
    if (blockers.size() == 1)
        return blockers.first().message;
    return Tr::tr("%1 blockers; first: %2").arg(blockers.size()).arg(blockers.first().message);
}

struct EvictEntry
{
    PlanStep step;
    bool needsSlot = false; // a virt-launcher eviction KubeVirt turns into a migration
};

void vmEvictions(const Preflight &pre, QList<EvictEntry> *out)
{
    for (const VmDecision &d : pre.vms) {
        if (d.stopsViaVm() || !d.launcher)
            continue;
        EvictEntry e;
        QString reason = d.reason;
        if (d.action == ItemAction::LiveMigrate && !d.migrating)
            reason = d.target.isEmpty() ? Tr::tr("evicting %1's pod hands it to its evictionStrategy").arg(d.key)
                                        : Tr::tr("KubeVirt turns this eviction into a live migration of %1 (to %2, expected)")
                                              .arg(d.key, d.target);
        e.step = makeStep(StepKind::Evict, d.launcher->meta.key(), reason,
                          d.migrating || d.launcher->meta.deletionTimestamp.isValid());
        if (d.action == ItemAction::Blocked) {
            e.step.gate = Gate::Blocked;
            e.step.waitsOn = d.reason;
        }
        e.needsSlot = d.action == ItemAction::LiveMigrate && !d.target.isEmpty();
        out->append(e);
    }
}

void podEvictions(const Preflight &pre, QList<EvictEntry> *out)
{
    for (const PodDecision &d : pre.pods) {
        if (d.action != ItemAction::Evict && d.action != ItemAction::Blocked)
            continue;
        EvictEntry e;
        e.step = makeStep(StepKind::Evict, d.key, d.reason, d.terminating);
        if (d.action == ItemAction::Blocked) {
            e.step.gate = Gate::Blocked;
            e.step.waitsOn = d.reason;
        } else if (d.osd && !pre.ceph.done) {
            e.step.gate = pre.ceph.gate == Gate::Blocked ? Gate::Blocked : Gate::CephOkToStop;
            e.step.waitsOn = pre.ceph.waitsOn;
        } else if (d.gate != Gate::None) {
            e.step.gate = d.gate;
            e.step.waitsOn = d.waitsOn;
        }
        out->append(e);
    }
}

// KubeVirt queues migrations beyond its limits; the launcher evictions past the free slots
// wait. The slots this plan hands out count as taken for the ones after them.
void assignSlots(const Host &h, const Preflight &pre, const Hold &hold, QList<EvictEntry> *entries)
{
    const auto &kv = h.s.kubevirt;
    int fromHere = pre.migrationsFromHere, inCluster = pre.migrationsInCluster;
    for (EvictEntry &e : *entries) {
        if (hold.apply(&e.step) || e.step.gate != Gate::None || !e.needsSlot)
            continue;
        if (fromHere < kv.parallelOutboundMigrationsPerNode && inCluster < kv.parallelMigrationsPerCluster) {
            ++fromHere;
            ++inCluster;
            continue;
        }
        e.step.gate = Gate::MigrationSlot;
        e.step.waitsOn = fromHere >= kv.parallelOutboundMigrationsPerNode
            ? Tr::tr("%1 migrations running or starting from %2 (limit %3, parallelOutboundMigrationsPerNode)")
                  .arg(fromHere).arg(h.node->meta.name).arg(kv.parallelOutboundMigrationsPerNode)
            : Tr::tr("%1 migrations running or starting in the cluster (limit %2, parallelMigrationsPerCluster)")
                  .arg(inCluster).arg(kv.parallelMigrationsPerCluster);
    }
}

} // namespace

bool drained(const Host &h)
{
    return h.vmis.isEmpty()
           && std::all_of(h.pods.begin(), h.pods.end(), [](const core::Pod *p) { return p->isDaemonSetPod() || p->isMirrorPod(); });
}

QList<PlanStep> enteringSteps(const Host &h, const Preflight &pre)
{
    const QString &node = h.node->meta.name;
    Hold hold{!pre.blockers.isEmpty() && !h.cordoned, pre.blockers.isEmpty() ? QString() : blockersText(pre.blockers),
              h.cordoned, node};
    QList<PlanStep> steps;
    PlanStep cordon = makeStep(StepKind::Cordon, node,
                               Tr::tr("cordon %1 (spec.unschedulable): nothing new is placed here").arg(node), h.cordoned);
    if (!cordon.done && !pre.blockers.isEmpty()) {
        cordon.gate = Gate::Blocked;
        cordon.waitsOn = hold.blockedWhy;
    }
    steps << cordon;
    if (pre.ceph.wanted) {
        PlanStep gate = makeStep(StepKind::CephGate, node,
                                 Tr::tr("Ceph must confirm that %1 can stop (ceph osd ok-to-stop)").arg(pre.ceph.osdList),
                                 pre.ceph.done);
        if (!hold.apply(&gate)) {
            gate.gate = pre.ceph.gate;
            gate.waitsOn = pre.ceph.waitsOn;
        }
        steps << gate;
    }

    QList<PlanStep> stops;
    QSet<QString> decided;
    for (const VmDecision &d : pre.vms) {
        if (!d.stopsViaVm())
            continue;
        decided.insert(d.key);
        stops << makeStep(StepKind::StopVm, d.key, d.reason, stoppedFor(*d.vm, node));
    }
    // Stopped in an earlier pass and gone from the host: done, and never stopped twice.
    for (const core::Vm *vm : h.stoppedHere)
        if (!decided.contains(vm->meta.key()))
            stops << makeStep(StepKind::StopVm, vm->meta.key(), Tr::tr("stopped for the maintenance of %1").arg(node), true);
    std::sort(stops.begin(), stops.end(), [](const PlanStep &a, const PlanStep &b) { return a.subject < b.subject; });
    for (PlanStep &s : stops)
        hold.apply(&s);
    steps << stops;

    QList<EvictEntry> evictions;
    vmEvictions(pre, &evictions);
    podEvictions(pre, &evictions);
    std::sort(evictions.begin(), evictions.end(),
              [](const EvictEntry &a, const EvictEntry &b) { return a.step.subject < b.step.subject; });
    assignSlots(h, pre, hold, &evictions);
    for (const EvictEntry &e : std::as_const(evictions))
        steps << e.step;

    PlanStep wait = makeStep(StepKind::WaitDrained, node,
                             Tr::tr("wait until no VM runs on %1 and only DaemonSet and static pods remain").arg(node),
                             drained(h));
    if (!hold.apply(&wait)) {
        int pods = 0;
        for (const core::Pod *p : h.pods)
            pods += (p->isDaemonSetPod() || p->isMirrorPod() || h.launchers.contains(p->vmiKey())) ? 0 : 1;
        // A blocked workload never leaves by itself.
        wait.gate = pre.blockers.isEmpty() ? Gate::PreviousStep : Gate::Blocked;
        wait.waitsOn = pre.blockers.isEmpty() ? Tr::tr("%1 VMs and %2 pods still on %3").arg(h.vmis.size()).arg(pods).arg(node)
                                              : blockersText(pre.blockers);
    }
    steps << wait;
    return steps;
}

int etaSeconds(const Host &h, const Preflight &pre)
{
    const auto &kv = h.s.kubevirt;
    const double bytesPerSecond = kv.bandwidthPerMigrationBytes > 0 ? double(kv.bandwidthPerMigrationBytes) : kAssumedBytesPerSecond;
    const auto duration = [&](std::int64_t memory) {
        return kMigrationOverheadSeconds + qint64(std::ceil(double(memory) / bytesPerSecond));
    };
    // KubeVirt starts the next migration as soon as one of its slots frees: list scheduling
    // over the slots, the running ones first, then the rest largest first (pre.vms's order).
    QList<qint64> slots(qMax(1, qMin(kv.parallelOutboundMigrationsPerNode, kv.parallelMigrationsPerCluster)), 0);
    const auto put = [&](qint64 seconds) { *std::min_element(slots.begin(), slots.end()) += qMax<qint64>(0, seconds); };
    bool stopsLeft = false;
    for (const VmDecision &d : pre.vms) {
        if (!d.migrating)
            continue;
        const QDateTime start = d.vmi->migrationState.startTimestamp;
        put(duration(d.memoryBytes) - (start.isValid() && h.now.isValid() ? start.secsTo(h.now) : 0));
    }
    for (const VmDecision &d : pre.vms) {
        if (!d.migrating && d.action == ItemAction::LiveMigrate)
            put(duration(d.memoryBytes));
        stopsLeft = stopsLeft || (d.stopsViaVm() && !stoppedFor(*d.vm, h.node->meta.name));
    }
    const qint64 migrations = *std::max_element(slots.begin(), slots.end());
    return int(qMin<qint64>(INT_MAX, migrations + (stopsLeft ? kStopSeconds : 0)));
}

} // namespace drover::reconcile::detail
