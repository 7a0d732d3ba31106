#include "MaintenanceText.h"

namespace drover::models {

using reconcile::ItemAction;

QString MaintenanceText::action(ItemAction a)
{
    switch (a) {
    case ItemAction::LiveMigrate: return tr("Live-migrate");
    case ItemAction::Evict: return tr("Evict");
    case ItemAction::ShutDown: return tr("Shut down");
    case ItemAction::StopAndRestart: return tr("Stop, restart after");
    case ItemAction::Restart: return tr("Restart");
    case ItemAction::Stays: return tr("Stays");
    case ItemAction::Blocked: return tr("Blocked");
    }
    return {};
}

QString MaintenanceText::phase(reconcile::MaintenancePhase p)
{
    switch (p) {
    case reconcile::MaintenancePhase::Blocked: return tr("Blocked");
    case reconcile::MaintenancePhase::Draining: return tr("Draining");
    case reconcile::MaintenancePhase::Ready: return tr("In maintenance");
    case reconcile::MaintenancePhase::Leaving: return tr("Leaving");
    case reconcile::MaintenancePhase::Done: return tr("Done");
    }
    return {};
}

QString MaintenanceText::step(const reconcile::PlanStep &s)
{
    using reconcile::StepKind;
    switch (s.kind) {
    case StepKind::Cordon: return tr("Cordon %1").arg(s.subject);
    case StepKind::CephGate: return tr("Ask Ceph whether %1's OSDs may stop").arg(s.subject);
    case StepKind::StopVm: return tr("Stop %1").arg(s.subject);
    case StepKind::Evict: return tr("Evict %1").arg(s.subject);
    case StepKind::WaitDrained: return tr("Wait until %1 is drained").arg(s.subject);
    case StepKind::Uncordon: return tr("Uncordon %1").arg(s.subject);
    case StepKind::StartVm: return tr("Start %1").arg(s.subject);
    case StepKind::WaitClean: return tr("Wait for Ceph's placement groups to be clean");
    }
    return {};
}

QString MaintenanceText::gate(reconcile::Gate g)
{
    switch (g) {
    case reconcile::Gate::None: return tr("ready");
    case reconcile::Gate::Blocked: return tr("blocked");
    case reconcile::Gate::CephOkToStop: return tr("waits for Ceph");
    case reconcile::Gate::MigrationSlot: return tr("waits for a migration slot");
    case reconcile::Gate::PreviousStep: return tr("waits for the step before");
    case reconcile::Gate::Pdb: return tr("waits for a disruption budget");
    }
    return {};
}

QString MaintenanceText::eviction(const ops::EvictionStatus &e)
{
    switch (e.kind) {
    case ops::EvictionStatus::Sent: return tr("eviction sent");
    case ops::EvictionStatus::Evicted: return tr("evicted");
    case ops::EvictionStatus::Migrating: return tr("KubeVirt is live-migrating it");
    case ops::EvictionStatus::NotMigratable: return tr("refused: %1").arg(e.message);
    case ops::EvictionStatus::Budget: return tr("waits for its disruption budget: %1").arg(e.message);
    case ops::EvictionStatus::Failed: return tr("failed, retrying: %1").arg(e.message);
    }
    return {};
}

QString MaintenanceText::eta(int seconds)
{
    if (seconds <= 0)
        return QString();
    if (seconds < 90)
        return tr("about %n s", nullptr, seconds);
    return tr("about %n min", nullptr, (seconds + 30) / 60);
}

QString MaintenanceText::summary(const reconcile::MaintenancePlan &plan)
{
    int migrate = 0, shut = 0, evict = 0, stays = 0, blocked = 0;
    for (const reconcile::PlanItem &i : plan.items) {
        switch (i.action) {
        case ItemAction::LiveMigrate: ++migrate; break;
        case ItemAction::ShutDown:
        case ItemAction::StopAndRestart: ++shut; break;
        case ItemAction::Evict: ++evict; break;
        case ItemAction::Stays: ++stays; break;
        case ItemAction::Blocked: ++blocked; break;
        case ItemAction::Restart: break;
        }
    }
    QStringList parts;
    parts << tr("%n VM(s) live-migrate", nullptr, migrate);
    if (shut)
        parts << tr("%n shut down", nullptr, shut);
    parts << tr("%n pod(s) evicted", nullptr, evict);
    if (stays)
        parts << tr("%n stay (DaemonSets)", nullptr, stays);
    if (blocked)
        parts << tr("%n blocked", nullptr, blocked);
    return parts.join(QStringLiteral(", "));
}

QString MaintenanceText::ceph(const reconcile::OkToStop &c)
{
    if (!c.known)
        return c.message.isEmpty() ? tr("Ceph: not asked yet") : tr("Ceph: %1").arg(c.message);
    QStringList osds;
    for (int id : c.osds)
        osds << QStringLiteral("osd.%1").arg(id);
    if (c.ok)
        return tr("Ceph: %1 may stop (%n placement group(s) keep enough copies)", nullptr, c.numOkPgs)
            .arg(osds.join(QStringLiteral(", ")));
    return tr("Ceph: stopping %1 would leave %n placement group(s) without enough copies", nullptr, c.numNotOkPgs)
        .arg(osds.join(QStringLiteral(", ")));
}

} // namespace drover::models
