// What happens to each VM on a host being drained: live-migrated (and to which host, as the
// placement code would pick it), stopped first, or refused, following KubeVirt's eviction
// admitter (maintenance-facts §1.2) and Harvester's refusal keys (§1.3).
#include "MaintenanceDetail.h"
#include "Placement.h"
#include "ReconcileTr.h"

#include <algorithm>

namespace drover::reconcile::detail {
namespace {

const QString kNone = QStringLiteral("None");
const QString kIfPossible = QStringLiteral("LiveMigrateIfPossible");
const QString kExternal = QStringLiteral("External");

bool migratingFrom(const core::Vmi &v, const QString &node)
{
    const auto &m = v.migrationState;
    const bool inFlight = v.hasMigrationState && !m.completed && !m.failed && !m.endTimestamp.isValid()
                          && (m.sourceNode.isEmpty() || m.sourceNode == node);
    return inFlight || v.evacuationNodeName == node;
}

// Names what keeps the VMI here: its ReadWriteOnce claims (when the PVCs are known), non-shared
// hostDisks and passthrough devices; else KubeVirt's own message.
QString whatPinsIt(const Host &h, const core::Vmi &v, const core::Condition *lm)
{
    if (!lm)
        return Tr::tr("KubeVirt has not reported whether it can live-migrate (no LiveMigratable condition)");
    QStringList rwo;
    for (const QString &claim : v.claimNames)
        for (const core::PersistentVolumeClaim &pvc : h.s.pvcs)
            if (pvc.meta.ns == v.meta.ns && pvc.meta.name == claim && !pvc.readWriteMany())
                rwo << claim;
    QStringList parts;
    if (rwo.size() == 1)
        parts << Tr::tr("PVC %1 is ReadWriteOnce").arg(rwo.first());
    else if (!rwo.isEmpty())
        parts << Tr::tr("PVCs %1 are not ReadWriteMany").arg(rwo.join(QStringLiteral(", ")));
    if (!v.hostDiskVolumes.isEmpty())
        parts << Tr::tr("hostDisk %1").arg(v.hostDiskVolumes.join(QStringLiteral(", ")));
    if (!v.hostDevices.isEmpty())
        parts << Tr::tr("host device %1").arg(v.hostDevices.join(QStringLiteral(", ")));
    if (parts.isEmpty() && !lm->message.isEmpty())
        parts << lm->message;
    return parts.join(QStringLiteral("; "));
}

// Why no other host fits, summed over the hosts, e.g. "3 lack its nodeSelector or affinity,
// 495 have too little room".
QString whyNoHost(const Placement &p, const core::Vmi &v)
{
    int selector = 0, unusable = 0, room = 0;
    for (const core::Node &n : p.state().nodes) {
        switch (p.hostRefusal(v, n.meta.name)) {
        case Refusal::SelectorMismatch: ++selector; break;
        case Refusal::HostCordoned:
        case Refusal::HostNotReady: ++unusable; break;
        case Refusal::NotEnoughCpu:
        case Refusal::NotEnoughMemory: ++room; break;
        default: break;
        }
    }
    QStringList parts;
    if (selector)
        parts << Tr::tr("%1 do not match its nodeSelector or required affinity").arg(selector);
    if (unusable)
        parts << Tr::tr("%1 are cordoned or not Ready").arg(unusable);
    if (room)
        parts << Tr::tr("%1 have too little room left").arg(room);
    if (parts.isEmpty())
        parts << Tr::tr("there is no other host");
    return Tr::tr("no other Ready, schedulable host fits %1 (%2 vCPU, %3): %4")
        .arg(v.meta.key())
        .arg(qMax(1, v.resources.cpuCores))
        .arg(gib(v.resources.memoryBytes), parts.join(QStringLiteral(", ")));
}

// The VM cannot leave by live migration: refused, or stopped first, as the policy says.
void cannotMigrate(const Host &h, VmDecision *d, Block block, const QString &key, const QString &why,
                   QList<Blocker> *blockers)
{
    switch (h.intent.policy) {
    case VmPolicy::Refuse:
        d->action = ItemAction::Blocked;
        d->block = block;
        d->blockKey = key;
        d->reason = why;
        blockers->append({block, key, d->key,
                          Tr::tr("%1. Choose Stop or Stop and restart after to shut it down first.").arg(why)});
        return;
    case VmPolicy::Stop:
    case VmPolicy::StopAndRestartAfter:
        break;
    }
    if (!d->vm) {
        d->action = ItemAction::ShutDown;
        d->reason = Tr::tr("%1; no VirtualMachine owns this VMI, so its eviction ends it and nothing starts it again").arg(why);
        return;
    }
    const bool restart = h.intent.policy == VmPolicy::StopAndRestartAfter;
    d->action = restart ? ItemAction::StopAndRestart : ItemAction::ShutDown;
    d->reason = Tr::tr("stopped cleanly before the drain%1: %2")
                    .arg(restart ? Tr::tr(", started again when the host leaves maintenance") : QString(), why);
}

void placeOrRefuse(const Host &h, Placement &p, VmDecision *d, QList<Blocker> *blockers)
{
    const QList<TargetChoice> ranked = p.rankHosts(*d->vmi);
    if (ranked.isEmpty()) {
        cannotMigrate(h, d, Block::NoTargetHost, QStringLiteral("NodeSchedulingRequirementsNotMet"),
                      whyNoHost(p, *d->vmi), blockers);
        return;
    }
    d->action = ItemAction::LiveMigrate;
    d->target = ranked.first().node;
    const Placement::Room room = p.roomOn(d->target);
    const qint64 cpuLeft = (room.cpuFree - qint64(qMax(1, d->vmi->resources.cpuCores)) * 1000) / 1000;
    d->reason = Tr::tr("most room left: %1 vCPU, %2 free after the move")
                    .arg(cpuLeft)
                    .arg(gib(room.memFree - d->vmi->resources.memoryBytes));
    // Later VMs of this drain must not count on the room this one takes.
    p.addMigration(d->key, d->target);
}

void decide(const Host &h, Placement &p, VmDecision *d, QList<Blocker> *blockers)
{
    const core::Vmi &v = *d->vmi;
    const QString &node = h.node->meta.name;
    if (migratingFrom(v, node)) {
        d->migrating = true;
        d->target = v.migrationState.targetNode;
        d->reason = d->target.isEmpty() ? Tr::tr("KubeVirt is moving it off this host (evacuation)")
                                        : Tr::tr("KubeVirt is migrating it to %1").arg(d->target);
        if (v.migrationState.startTimestamp.isValid() && h.now.isValid())
            d->reason += Tr::tr(" (started %1 s ago)").arg(v.migrationState.startTimestamp.secsTo(h.now));
        return;
    }
    if (v.phase != core::VmiPhase::Running) {
        d->action = ItemAction::Evict;
        d->reason = Tr::tr("%1, not Running: its pod is evicted and KubeVirt starts it as its runStrategy says")
                        .arg(phaseInWords(v.phase));
        return;
    }
    const QString strategy = v.evictionStrategy.isEmpty() ? h.s.kubevirt.evictionStrategy : v.evictionStrategy;
    const QString whose = v.evictionStrategy.isEmpty() ? Tr::tr("the cluster's default") : Tr::tr("its own");
    const core::Condition *lm = core::findCondition(v.conditions, QStringLiteral("LiveMigratable"));
    const bool migratable = lm && lm->isTrue();
    const QString lmKey = lm && !lm->reason.isEmpty() ? lm->reason : QStringLiteral("NotLiveMigratable");
    if (strategy == kNone || strategy.isEmpty()) {
        cannotMigrate(h, d, Block::EvictionStrategyNone, QStringLiteral("EvictionStrategyNone"),
                      Tr::tr("%1 has evictionStrategy None (%2): evicting its pod would shut it down").arg(d->key, whose),
                      blockers);
    } else if (strategy == kExternal) {
        d->reason = Tr::tr("evictionStrategy External: another controller moves it when its pod is evicted");
    } else if (!migratable) {
        const QString cant = Tr::tr("%1 cannot live-migrate: %2 (%3)").arg(d->key, lmKey, whatPinsIt(h, v, lm));
        if (strategy == kIfPossible)
            cannotMigrate(h, d, Block::NotLiveMigratable, lmKey,
                          Tr::tr("%1; with evictionStrategy LiveMigrateIfPossible its eviction would shut it down").arg(cant),
                          blockers);
        else
            cannotMigrate(h, d, Block::LiveMigrateNotMigratable, lmKey,
                          Tr::tr("%1; with evictionStrategy %2 KubeVirt's webhook would refuse its eviction forever").arg(cant, strategy),
                          blockers);
    } else {
        placeOrRefuse(h, p, d, blockers);
    }
}

} // namespace

void decideVms(const Host &h, Preflight *pre)
{
    Placement placement(h.s.cluster);
    const QString &node = h.node->meta.name;
    pre->migrationsInCluster = placement.migrationsInFlight();
    pre->migrationsFromHere = placement.outboundFrom(node);
    QList<VmDecision> out;
    for (const core::Vmi *v : h.vmis) {
        VmDecision d;
        d.vmi = v;
        d.key = v->meta.key();
        d.vm = h.vms.value(d.key);
        d.launcher = h.launchers.value(d.key);
        d.memoryBytes = v->resources.memoryBytes;
        // An evacuation KubeVirt has not turned into a migration yet takes the next slot.
        if (v->evacuationNodeName == node && !placement.hasMigration(d.key)) {
            ++pre->migrationsFromHere;
            ++pre->migrationsInCluster;
        }
        out.append(d);
    }
    // Largest first, so the big VMs find room before the small ones fill it; ties by key.
    std::sort(out.begin(), out.end(), [](const VmDecision &a, const VmDecision &b) {
        if (a.memoryBytes != b.memoryBytes)
            return a.memoryBytes > b.memoryBytes;
        return a.key < b.key;
    });
    for (VmDecision &d : out)
        decide(h, placement, &d, &pre->blockers);
    pre->vms = out;
}

} // namespace drover::reconcile::detail
