// The maintenance plan's names (stable: the intents' status holds them) and its words, for the
// console's plan panel and `droverd plan` (translatable: droverd has no translator, so English).
#include "MaintenancePlan.h"

#include "ReconcileTr.h"

namespace drover::reconcile {

QString stepName(StepKind k)
{
    switch (k) {
    case StepKind::Cordon: return QStringLiteral("Cordon");
    case StepKind::CephGate: return QStringLiteral("CephGate");
    case StepKind::StopVm: return QStringLiteral("StopVM");
    case StepKind::Evict: return QStringLiteral("Evict");
    case StepKind::WaitDrained: return QStringLiteral("WaitDrained");
    case StepKind::Uncordon: return QStringLiteral("Uncordon");
    case StepKind::StartVm: return QStringLiteral("StartVM");
    case StepKind::WaitClean: return QStringLiteral("WaitClean");
    }
    return {};
}

QString phaseName(MaintenancePhase p)
{
    switch (p) {
    case MaintenancePhase::Blocked: return QStringLiteral("Blocked");
    case MaintenancePhase::Draining: return QStringLiteral("Draining");
    case MaintenancePhase::Ready: return QStringLiteral("InMaintenance");
    case MaintenancePhase::Leaving: return QStringLiteral("Leaving");
    case MaintenancePhase::Done: return QStringLiteral("Done");
    }
    return {};
}

QStringList describe(const MaintenancePlan &plan)
{
    int done = 0;
    for (const PlanStep &s : plan.steps)
        done += s.done ? 1 : 0;
    QString head = Tr::tr("phase %1, %2 of %3 steps done, %4 VMs and %5 pods left")
                       .arg(phaseName(plan.phase)).arg(done).arg(plan.steps.size()).arg(plan.vmsLeft).arg(plan.podsLeft);
    if (plan.etaSeconds > 0)
        head += Tr::tr(", about %1 min to drain").arg((plan.etaSeconds + 59) / 60);
    QStringList out{head};
    for (const Blocker &b : plan.blockers)
        out << Tr::tr("blocked: %1").arg(b.message);
    for (const PlanStep &s : plan.steps) {
        QString line = QStringLiteral("%1 %2 %3").arg(s.done ? QStringLiteral("[x]") : QStringLiteral("[ ]"), stepName(s.kind), s.subject);
        if (!s.reason.isEmpty())
            line += QStringLiteral(": ") + s.reason;
        if (!s.done && !s.waitsOn.isEmpty() && s.gate != Gate::Blocked) // a blocker is said once, above
            line += QStringLiteral(" — ") + s.waitsOn;
        out << line;
    }
    return out;
}

} // namespace drover::reconcile
