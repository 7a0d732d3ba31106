// The maintenance plan of one host: the intent's names, and the assembly of the preflight's
// decisions into items, blockers, steps and a phase (entering), or the way back (leaving).
#include "MaintenanceDetail.h"

#include "ReconcileTr.h"

#include <algorithm>

namespace drover::reconcile {

QString policyName(VmPolicy p)
{
    switch (p) {
    case VmPolicy::Refuse: return QStringLiteral("Refuse");
    case VmPolicy::Stop: return QStringLiteral("Stop");
    case VmPolicy::StopAndRestartAfter: return QStringLiteral("StopAndRestartAfter");
    }
    return QStringLiteral("Refuse");
}

std::optional<VmPolicy> policyFromName(const QString &s)
{
    for (VmPolicy p : {VmPolicy::Refuse, VmPolicy::Stop, VmPolicy::StopAndRestartAfter})
        if (s == policyName(p))
            return p;
    return std::nullopt;
}

std::optional<MaintenanceIntent> intentOf(const core::Node &node)
{
    const auto &a = node.meta.annotations;
    const QString state = a.value(annotations::state);
    const QString policy = a.value(annotations::policy);
    if (state.isEmpty() && policy.isEmpty())
        return std::nullopt;
    MaintenanceIntent i;
    i.node = node.meta.name;
    // An unknown policy name must not stop VMs nobody agreed to stop: it refuses.
    i.policy = policyFromName(policy).value_or(VmPolicy::Refuse);
    i.reason = a.value(annotations::reason);
    i.leaving = state == QLatin1String("leaving");
    return i;
}

namespace {
using namespace detail;

const QString kVirtualMachine = QStringLiteral("VirtualMachine");
const QString kPod = QStringLiteral("Pod");

PlanItem vmItem(const VmDecision &d, const QString &node)
{
    PlanItem i;
    i.kind = kVirtualMachine;
    i.key = d.key;
    i.action = d.action;
    i.target = d.target;
    i.reason = d.reason;
    i.block = d.block;
    i.blockKey = d.blockKey;
    i.done = d.stopsViaVm() && stoppedFor(*d.vm, node);
    return i;
}

PlanItem podItem(const PodDecision &d)
{
    PlanItem i;
    i.kind = kPod;
    i.key = d.key;
    i.action = d.action;
    i.reason = d.reason;
    i.block = d.block;
    i.blockKey = d.blockKey;
    i.done = d.terminating;
    return i;
}

// A VM this host stopped in an earlier pass whose VMI is gone.
PlanItem stoppedItem(const core::Vm &vm, const QString &node, bool leaving)
{
    PlanItem i;
    i.kind = kVirtualMachine;
    i.key = vm.meta.key();
    const bool restart = vm.meta.annotations.value(annotations::restartAfter) == QLatin1String("true");
    if (leaving && restart) {
        const QString before = vm.meta.annotations.value(annotations::runStrategyBefore, QStringLiteral("Always"));
        i.action = ItemAction::Restart;
        i.reason = Tr::tr("stopped for the maintenance of %1; started again with runStrategy %2, as before").arg(node, before);
        i.done = vm.runStrategy != core::RunStrategy::Halted;
    } else {
        i.action = restart ? ItemAction::StopAndRestart : ItemAction::ShutDown;
        i.reason = restart ? Tr::tr("stopped for the maintenance of %1; started again when it leaves").arg(node)
                           : Tr::tr("stopped for the maintenance of %1; stays stopped").arg(node);
        i.done = true;
    }
    return i;
}

void sortPlan(MaintenancePlan *plan)
{
    std::sort(plan->items.begin(), plan->items.end(), [](const PlanItem &a, const PlanItem &b) {
        const bool ab = a.block != Block::None, bb = b.block != Block::None;
        if (ab != bb)
            return ab;
        return a.key != b.key ? a.key < b.key : a.kind < b.kind;
    });
    std::sort(plan->blockers.begin(), plan->blockers.end(), [](const Blocker &a, const Blocker &b) {
        if (a.subject != b.subject)
            return a.subject < b.subject;
        return a.key != b.key ? a.key < b.key : a.message < b.message;
    });
}

MaintenancePlan entering(const Host &h)
{
    const QString &node = h.node->meta.name;
    Preflight pre;
    checkControlPlane(h, &pre.blockers);
    pre.ceph = checkCeph(h, &pre.blockers);
    decideVms(h, &pre);
    pre.pods = decidePods(h, pre.ceph, &pre.blockers);

    MaintenancePlan plan;
    plan.node = node;
    plan.blockers = pre.blockers;
    QSet<QString> listed;
    for (const VmDecision &d : std::as_const(pre.vms)) {
        plan.items << vmItem(d, node);
        listed.insert(d.key);
    }
    for (const core::Vm *vm : h.stoppedHere)
        if (!listed.contains(vm->meta.key()))
            plan.items << stoppedItem(*vm, node, false);
    for (const PodDecision &d : std::as_const(pre.pods)) {
        plan.items << podItem(d);
        plan.podsLeft += d.action == ItemAction::Stays ? 0 : 1;
    }
    plan.vmsLeft = int(h.vmis.size());
    plan.steps = enteringSteps(h, pre);
    sortPlan(&plan);
    if (!plan.blockers.isEmpty())
        plan.phase = MaintenancePhase::Blocked;
    else
        plan.phase = h.cordoned && drained(h) ? MaintenancePhase::Ready : MaintenancePhase::Draining;
    plan.etaSeconds = plan.phase == MaintenancePhase::Ready ? 0 : etaSeconds(h, pre);
    return plan;
}

MaintenancePlan leaving(const Host &h)
{
    const QString &node = h.node->meta.name;
    MaintenancePlan plan;
    plan.node = node;
    plan.vmsLeft = int(h.vmis.size());
    plan.steps << PlanStep{StepKind::Uncordon, node,
                           Tr::tr("uncordon %1: it takes workloads again").arg(node), Gate::None, {}, !h.cordoned};
    const auto afterUncordon = [&](PlanStep *s) {
        if (!s->done && h.cordoned) {
            s->gate = Gate::PreviousStep;
            s->waitsOn = Tr::tr("waits until %1 is uncordoned").arg(node);
            return true;
        }
        return s->done;
    };
    for (const core::Vm *vm : h.stoppedHere) {
        const PlanItem item = stoppedItem(*vm, node, true);
        plan.items << item;
        if (item.action != ItemAction::Restart)
            continue;
        PlanStep start{StepKind::StartVm, item.key, item.reason, Gate::None, {}, item.done};
        afterUncordon(&start);
        plan.steps << start;
    }
    for (const core::Vmi *v : h.vmis)
        plan.items << PlanItem{kVirtualMachine, v->meta.key(), ItemAction::Stays, {}, Tr::tr("runs here"), Block::None, {}, false};
    for (const core::Pod *p : h.pods)
        plan.items << PlanItem{kPod, p->meta.key(), ItemAction::Stays, {}, Tr::tr("runs here"), Block::None, {}, false};
    if (h.s.ceph.present) {
        // The next host may only drain once Ceph has all its copies back (maintenance-facts §1.4).
        PlanStep clean{StepKind::WaitClean, node,
                       Tr::tr("wait until Ceph's placement groups are all active+clean before another host drains"),
                       Gate::None, {}, h.s.ceph.pgsClean};
        if (!afterUncordon(&clean)) {
            clean.gate = Gate::CephOkToStop;
            clean.waitsOn = Tr::tr("Ceph's placement groups are not all active+clean yet (%1)")
                                .arg(h.s.ceph.health.isEmpty() ? Tr::tr("health unknown") : h.s.ceph.health);
        }
        plan.steps << clean;
    }
    sortPlan(&plan);
    const bool allDone = std::all_of(plan.steps.begin(), plan.steps.end(), [](const PlanStep &s) { return s.done; });
    plan.phase = allDone ? MaintenancePhase::Done : MaintenancePhase::Leaving;
    return plan;
}

} // namespace

MaintenancePlan planMaintenance(const MaintenanceState &state, const MaintenanceIntent &intent, const QDateTime &now)
{
    const Host h = collect(state, intent, now);
    if (!h.node) {
        MaintenancePlan plan;
        plan.node = intent.node;
        plan.blockers << Blocker{Block::UnknownNode, QStringLiteral("UnknownNode"), intent.node,
                                 Tr::tr("there is no host %1 in the cluster").arg(intent.node)};
        plan.phase = MaintenancePhase::Blocked;
        return plan;
    }
    return intent.leaving ? leaving(h) : entering(h);
}

} // namespace drover::reconcile
