#include "SnapshotSchedule.h"

#include "ReconcileTr.h"

#include <QSet>

#include <algorithm>

namespace drover::reconcile {

namespace {

using State = ScheduledSnapshot::State;

// Proxmox's prune_mark: for one rule, mark the newest snapshot of each new period (periods that
// already hold a kept snapshot are skipped) until `count` periods are marked.
template <typename PeriodOf>
void markPeriods(const QList<const ScheduledSnapshot *> &newestFirst, int count, PeriodOf periodOf, QList<bool> *kept)
{
    if (count <= 0)
        return;
    QSet<qint64> held;
    for (int i = 0; i < newestFirst.size(); ++i)
        if ((*kept)[i])
            held.insert(periodOf(newestFirst[i]->at()));
    int marked = 0;
    for (int i = 0; i < newestFirst.size() && marked < count; ++i) {
        const qint64 p = periodOf(newestFirst[i]->at());
        if ((*kept)[i] || held.contains(p))
            continue;
        (*kept)[i] = true;
        held.insert(p);
        ++marked;
    }
}

int failuresInARow(const QList<const ScheduledSnapshot *> &ownedNewestFirst, const QDateTime &resumedAt, QString *newestError)
{
    int n = 0;
    for (const ScheduledSnapshot *s : ownedNewestFirst) {
        if (s->state == State::InProgress)
            continue;
        if (s->state == State::Ready || (resumedAt.isValid() && s->created < resumedAt))
            break;
        if (n++ == 0)
            *newestError = s->error;
    }
    return n;
}

} // namespace

QList<bool> keptByRetention(const ScheduleSpec &spec, const QList<const ScheduledSnapshot *> &newestFirst, const QTimeZone &zone)
{
    QList<bool> kept(newestFirst.size(), false);
    if (spec.keepLast <= 0 && spec.keepDaily <= 0 && spec.keepWeekly <= 0) {
        kept.fill(true); // no rule: keep them all
        return kept;
    }
    for (int i = 0; i < std::min<qsizetype>(spec.keepLast, newestFirst.size()); ++i)
        kept[i] = true;
    markPeriods(newestFirst, spec.keepDaily, [&](const QDateTime &t) { return t.toTimeZone(zone).date().toJulianDay(); }, &kept);
    markPeriods(newestFirst, spec.keepWeekly, [&](const QDateTime &t) {
        int year = 0;
        const int week = t.toTimeZone(zone).date().weekNumber(&year);
        return qint64(year) * 100 + week;
    }, &kept);
    if (!kept.isEmpty())
        kept[0] = true; // the newest good snapshot is never deleted
    return kept;
}

Result<ParsedSchedule> ParsedSchedule::parse(const ScheduleSpec &spec)
{
    const Result<CronSpec> cron = CronSpec::parse(spec.cron);
    if (!cron)
        return cron.error();
    const QTimeZone zone(spec.timeZone.toUtf8());
    if (!zone.isValid())
        return Result<ParsedSchedule>::failure(
            Tr::tr("unknown time zone \"%1\" (an IANA name such as Europe/Berlin or UTC)").arg(spec.timeZone));
    return ParsedSchedule{*cron, zone};
}

ScheduleDecision planSnapshotSchedule(const ScheduleSpec &spec, const QList<ScheduledSnapshot> &snapshots, const QDateTime &created,
                                      const QDateTime &resumedAt, const QDateTime &now)
{
    const Result<ParsedSchedule> parsed = ParsedSchedule::parse(spec);
    if (!parsed) {
        ScheduleDecision d;
        d.error = parsed.error().message;
        return d;
    }
    return planSnapshotSchedule(spec, *parsed, snapshots, created, resumedAt, now);
}

ScheduleDecision planSnapshotSchedule(const ScheduleSpec &spec, const ParsedSchedule &parsed, const QList<ScheduledSnapshot> &snapshots,
                                      const QDateTime &created, const QDateTime &resumedAt, const QDateTime &now)
{
    ScheduleDecision d;
    const CronSpec *cron = &parsed.cron;
    const QTimeZone &zone = parsed.zone;
    QList<const ScheduledSnapshot *> owned;
    for (const ScheduledSnapshot &s : snapshots)
        if (s.owned)
            owned << &s;
    // Newest firing first: the firing a snapshot stands for orders them, not the moment the
    // controller stamped it (late after downtime, or on a clock that runs apart).
    std::sort(owned.begin(), owned.end(), [](const auto *a, const auto *b) { return a->at() > b->at(); });

    // The firing the newest owned snapshot was taken for: later firings are what is due.
    QDateTime since = created;
    for (const ScheduledSnapshot *s : owned)
        since = std::max(since, s->at());
    const QDateTime due = cronLatest(*cron, since, now, zone);
    d.nextDue = cronNext(*cron, std::max(now, since), zone);

    QString newestError;
    d.consecutiveFailures = failuresInARow(owned, resumedAt, &newestError);
    if (spec.suspend) {
        d.suspended = true;
        d.suspendReason = Tr::tr("suspended by an admin");
        return d;
    }
    if (spec.maxFailures > 0 && d.consecutiveFailures >= spec.maxFailures) {
        d.suspended = true;
        d.suspendReason = Tr::tr("the last %1 snapshots failed (the newest: %2); resume the schedule to try again")
                              .arg(d.consecutiveFailures).arg(newestError.isEmpty() ? Tr::tr("no reason given") : newestError);
        return d;
    }
    const auto running = std::find_if(owned.cbegin(), owned.cend(), [](const auto *s) { return s->state == State::InProgress; });
    if (due.isValid()) {
        if (running != owned.cend())
            d.waitsOn = Tr::tr("snapshot %1 is still in progress").arg((*running)->name);
        else {
            d.take = true;
            d.dueAt = due;
        }
    }

    // Retention counts only good snapshots, and prunes nothing while the newest attempt failed.
    const auto newestDone = std::find_if(owned.cbegin(), owned.cend(), [](const auto *s) { return s->state != State::InProgress; });
    if (newestDone == owned.cend() || (*newestDone)->state == State::Failed)
        return d;
    QList<const ScheduledSnapshot *> good;
    for (const ScheduledSnapshot *s : owned)
        if (s->state == State::Ready)
            good << s;
    const QList<bool> kept = keptByRetention(spec, good, zone);
    for (int i = int(owned.size()) - 1; i >= 0; --i) {
        const ScheduledSnapshot *s = owned[i];
        const bool oldFailure = s->state == State::Failed && s->at() < good.first()->at();
        const int g = int(good.indexOf(s));
        if (oldFailure || (g >= 0 && !kept[g]))
            d.prune << s->name;
    }
    return d;
}

} // namespace drover::reconcile
