#pragma once
// A snapshot schedule for one VM, decided without a clock: given the schedule, the VM's snapshots
// and the time, whether to take one now and which of the schedule's own to delete. What the
// schedule has done is read back from the snapshots it labelled (each says which firing it was
// taken for), so a daemon that crashed or was down resumes exactly, and nothing made by hand is
// ever touched. Anchors: Harvester's ScheduleVMBackup (retain, maxFailure, suspend) and Proxmox's
// keep-last/keep-daily/keep-weekly pruning (maintenance-facts §5).
#include "Cron.h"

#include <QList>
#include <QStringList>

namespace drover::reconcile {

struct ScheduleSpec
{
    QString cron;                            // five fields or a macro (@daily)
    QString timeZone = QStringLiteral("UTC"); // IANA name the cron is read in
    int keepLast = 0;   // the newest N successful snapshots
    int keepDaily = 0;  // the newest of each of the last N days that have one
    int keepWeekly = 0; // the newest of each of the last N ISO weeks that have one
    int maxFailures = 0; // that many failed in a row suspends the schedule; 0: never
    bool suspend = false; // set by an admin
};

struct ScheduledSnapshot
{
    enum class State { InProgress, Ready, Failed };
    QString name;
    QDateTime created;
    QDateTime scheduledFor; // the firing it was taken for (drover.io/scheduled-for); owned ones only
    bool owned = false;     // labelled as this schedule's
    State state = State::InProgress;
    QString error;          // why it failed
    // When it stands for: its firing, else (made by hand, or unannotated) its creation.
    QDateTime at() const { return scheduledFor.isValid() ? scheduledFor : created; }
};

struct ScheduleDecision
{
    QString error;        // the cron or the zone cannot be read: nothing else is decided
    bool take = false;    // take a snapshot for the firing at dueAt
    QDateTime dueAt;
    QDateTime nextDue;    // the firing after now
    QStringList prune;    // owned snapshots to delete, oldest first
    bool suspended = false;
    QString suspendReason;
    int consecutiveFailures = 0;
    QString waitsOn;      // why a due snapshot is not taken now
};

// The cron and the zone read once, for a schedule over many VMs.
struct ParsedSchedule
{
    CronSpec cron;
    QTimeZone zone;
    static Result<ParsedSchedule> parse(const ScheduleSpec &spec);
};

// created: the schedule's creation (nothing is due before it); resumedAt: failures before it no
// longer count (the admin resumed after a suspension); invalid when never.
ScheduleDecision planSnapshotSchedule(const ScheduleSpec &spec, const QList<ScheduledSnapshot> &snapshots, const QDateTime &created,
                                      const QDateTime &resumedAt, const QDateTime &now);
// The same with the spec's cron and zone already read (the spec's own are not read again).
ScheduleDecision planSnapshotSchedule(const ScheduleSpec &spec, const ParsedSchedule &parsed, const QList<ScheduledSnapshot> &snapshots,
                                      const QDateTime &created, const QDateTime &resumedAt, const QDateTime &now);

// Which of the successful snapshots (newest first) the keep rules hold; zone gives days and weeks.
QList<bool> keptByRetention(const ScheduleSpec &spec, const QList<const ScheduledSnapshot *> &newestFirst, const QTimeZone &zone);

} // namespace drover::reconcile
