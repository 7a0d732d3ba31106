#pragma once
// Cron expressions as Kubernetes CronJobs read them (robfig/cron's standard parser: five fields,
// minute hour day-of-month month day-of-week; *, lists, ranges, steps, month and weekday names,
// @hourly/@daily/@midnight/@weekly/@monthly/@yearly/@annually), evaluated in an explicit time zone.
// Day-of-month and day-of-week both restricted means either (Vixie cron). A local time that a
// daylight-saving jump skips fires when the clock resumes (02:30 → 03:30, as Go's time.Date
// normalises it); a local time that happens twice fires once.
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <bitset>

namespace drover::reconcile {

struct CronSpec
{
    std::bitset<60> minutes;
    std::bitset<24> hours;
    std::bitset<32> days;   // 1..31
    std::bitset<13> months; // 1..12
    std::bitset<7> weekdays; // 0 = Sunday
    bool daysStar = false;     // day-of-month was * (or ?)
    bool weekdaysStar = false; // day-of-week was *

    // An Invalid error in words ("the hour field: 25 is out of range 0-23") when unreadable.
    static Result<CronSpec> parse(const QString &text);
    bool matchesDay(const QDate &d) const;
};

// The first time strictly after `after` at which `spec` fires in `zone`, or an invalid QDateTime
// when there is none within five years (30 February). The result is in UTC.
QDateTime cronNext(const CronSpec &spec, const QDateTime &after, const QTimeZone &zone);

// The latest time at or before `now` and strictly after `since` at which `spec` fired, or invalid.
QDateTime cronLatest(const CronSpec &spec, const QDateTime &since, const QDateTime &now, const QTimeZone &zone);

} // namespace drover::reconcile
