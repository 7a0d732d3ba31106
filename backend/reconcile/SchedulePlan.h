#pragma once
// One SnapshotSchedule over the VMs and snapshots of its namespace, decided without a clock: what
// planSnapshotSchedule says for each VM it selects, and what the schedule's status then reads.
// droverd acts on it (ops::ScheduleRunner); `droverd plan` prints it: the same decision both ways.
#include "Intents.h"
#include "Snapshot.h"
#include "SnapshotSchedule.h"
#include "Vm.h"

#include <QHash>

namespace drover::reconcile {

struct VmScheduleDecision
{
    QString vm;
    ScheduleDecision decision;
    int kept = 0; // ready snapshots of this schedule it keeps
};

struct SchedulePlan
{
    QString ns;
    QString name;
    QString error;           // the cron or zone cannot be read
    QList<VmScheduleDecision> vms; // the VMs it selects, by name
    QDateTime nextDue;       // the soonest next firing over its VMs
    QDateTime lastTaken;     // the newest ready snapshot it keeps
    int consecutiveFailures = 0;
    QString suspended;       // why, when suspended
    QStringList kept;        // the ready snapshots it keeps
};

ScheduledSnapshot scheduledFrom(const core::Snapshot &s, const QString &schedule);
ScheduleSpec specOf(const core::SnapshotScheduleObject &s);

// vms and snapshots: those of the schedule's namespace (others are ignored).
SchedulePlan planSchedule(const core::SnapshotScheduleObject &s, const QList<core::Vm> &vms, const QList<core::Snapshot> &snapshots,
                          const QDateTime &now);

// Every schedule's plan over a cluster's VMs and snapshots (any ranges of core::Vm and
// core::Snapshot: a DecodedCache's map, a list): each namespace with a schedule is grouped once,
// not once per schedule. droverd's passes and the console's Schedules view both plan this way.
template <typename Schedules, typename Vms, typename Snapshots>
QList<SchedulePlan> planSchedules(const Schedules &schedules, const Vms &vms, const Snapshots &snapshots, const QDateTime &now)
{
    QHash<QString, QList<core::Vm>> vmsByNs;
    QHash<QString, QList<core::Snapshot>> snapshotsByNs;
    for (const core::SnapshotScheduleObject &s : schedules)
        vmsByNs.insert(s.meta.ns, {});
    for (const core::Vm &vm : vms)
        if (auto it = vmsByNs.find(vm.meta.ns); it != vmsByNs.end())
            it->append(vm);
    for (const core::Snapshot &snap : snapshots)
        if (vmsByNs.contains(snap.meta.ns))
            snapshotsByNs[snap.meta.ns].append(snap);
    QList<SchedulePlan> out;
    for (const core::SnapshotScheduleObject &s : schedules)
        out << planSchedule(s, vmsByNs.value(s.meta.ns), snapshotsByNs.value(s.meta.ns), now);
    return out;
}

// The plan in words, one line per VM with something to say ("take web-01 for 02:00 UTC", "prune …",
// "waits: …"), for `droverd plan` and the console.
QStringList describe(const SchedulePlan &plan);

} // namespace drover::reconcile
