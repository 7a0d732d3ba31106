#include "SchedulePlan.h"

#include "ReconcileTr.h"

#include <QHash>

namespace drover::reconcile {

ScheduledSnapshot scheduledFrom(const core::Snapshot &s, const QString &schedule)
{
    ScheduledSnapshot out;
    out.name = s.meta.name;
    out.created = s.creationTime.isValid() ? s.creationTime : s.meta.creationTimestamp;
    out.owned = s.meta.labels.value(QLatin1String(core::kScheduleLabel)) == schedule;
    out.scheduledFor = QDateTime::fromString(s.meta.annotations.value(QLatin1String(core::kScheduledForAnnotation)), Qt::ISODate);
    out.error = s.error;
    if (s.readyToUse || s.phase == QLatin1String("Succeeded"))
        out.state = ScheduledSnapshot::State::Ready;
    else if (s.phase == QLatin1String("Failed") || !s.error.isEmpty())
        out.state = ScheduledSnapshot::State::Failed;
    return out;
}

ScheduleSpec specOf(const core::SnapshotScheduleObject &s)
{
    ScheduleSpec spec;
    spec.cron = s.schedule;
    spec.timeZone = s.timeZone;
    spec.keepLast = s.keepLast;
    spec.keepDaily = s.keepDaily;
    spec.keepWeekly = s.keepWeekly;
    spec.maxFailures = s.maxFailures;
    spec.suspend = s.suspend;
    return spec;
}

SchedulePlan planSchedule(const core::SnapshotScheduleObject &s, const QList<core::Vm> &vms, const QList<core::Snapshot> &snapshots,
                          const QDateTime &now)
{
    SchedulePlan plan{s.meta.ns, s.meta.name, {}, {}, {}, {}, 0, {}, {}};
    const ScheduleSpec spec = specOf(s);
    const Result<ParsedSchedule> parsed = ParsedSchedule::parse(spec);
    if (!parsed) {
        plan.error = parsed.error().message;
        return plan;
    }
    QHash<QString, QList<ScheduledSnapshot>> byVm;
    for (const core::Snapshot &snap : snapshots)
        if (snap.meta.ns == s.meta.ns)
            byVm[snap.sourceName] << scheduledFrom(snap, s.meta.name);
    for (const core::Vm &vm : vms) {
        if (vm.meta.ns != s.meta.ns || !s.selects(vm.meta.name, vm.meta.labels))
            continue;
        const QList<ScheduledSnapshot> mine = byVm.value(vm.meta.name);
        VmScheduleDecision v{vm.meta.name, planSnapshotSchedule(spec, *parsed, mine, s.meta.creationTimestamp, s.resumedAt, now), 0};
        const ScheduleDecision &d = v.decision;
        if (d.nextDue.isValid() && (!plan.nextDue.isValid() || d.nextDue < plan.nextDue))
            plan.nextDue = d.nextDue;
        plan.consecutiveFailures = std::max(plan.consecutiveFailures, d.consecutiveFailures);
        if (d.suspended && plan.suspended.isEmpty())
            plan.suspended = d.suspendReason;
        for (const ScheduledSnapshot &m : mine)
            if (m.owned && m.state == ScheduledSnapshot::State::Ready && !d.prune.contains(m.name)) {
                plan.kept << m.name;
                ++v.kept;
                plan.lastTaken = std::max(plan.lastTaken, m.created);
            }
        plan.vms << v;
    }
    std::sort(plan.vms.begin(), plan.vms.end(), [](const auto &a, const auto &b) { return a.vm < b.vm; });
    plan.kept.sort();
    return plan;
}

QStringList describe(const SchedulePlan &plan)
{
    QStringList out;
    if (!plan.error.isEmpty())
        return {Tr::tr("cannot be read: %1").arg(plan.error)};
    if (!plan.suspended.isEmpty())
        out << Tr::tr("suspended: %1").arg(plan.suspended);
    if (plan.vms.isEmpty())
        out << Tr::tr("selects no VM");
    for (const VmScheduleDecision &v : plan.vms) {
        const ScheduleDecision &d = v.decision;
        if (d.take)
            out << Tr::tr("take a snapshot of %1 for %2").arg(v.vm, d.dueAt.toUTC().toString(Qt::ISODate));
        else if (!d.waitsOn.isEmpty())
            out << Tr::tr("%1 waits: %2").arg(v.vm, d.waitsOn);
        if (!d.prune.isEmpty())
            out << Tr::tr("prune %1 of %2: %3").arg(d.prune.size()).arg(v.vm, d.prune.join(QStringLiteral(", ")));
        if (!d.take && d.prune.isEmpty() && d.waitsOn.isEmpty())
            out << Tr::tr("%1: nothing due; %2 kept, next at %3").arg(v.vm).arg(v.kept).arg(d.nextDue.toUTC().toString(Qt::ISODate));
    }
    return out;
}

} // namespace drover::reconcile
