#include "Cron.h"

#include "ReconcileTr.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace drover::reconcile {

namespace {

struct Field
{
    const char *name;
    int low;
    int high;
    QStringList names; // names[i] means low + i
};

int valueOf(const QString &s, const Field &f, bool *ok)
{
    const int named = f.names.indexOf(s.toLower());
    if (named >= 0) {
        *ok = true;
        return f.low + named;
    }
    return s.toInt(ok);
}

// One field into bits [low..high] (bit i = value i).
template <size_t N>
Result<void> parseField(const QString &text, const Field &f, std::bitset<N> *bits, bool *star)
{
    const auto fail = [&](const QString &why) {
        return Result<void>::failure(Tr::tr("the %1 field \"%2\": %3").arg(QLatin1String(f.name), text, why));
    };
    *star = text == QLatin1String("*") || text == QLatin1String("?");
    const bool weekdays = N == 7;
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const int slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return fail(Tr::tr("the step \"%1\" is not a positive number").arg(part.mid(slash + 1)));
            range = part.left(slash);
        }
        int first = f.low;
        int last = f.high;
        if (range != QLatin1String("*") && range != QLatin1String("?")) {
            const QStringList ends = range.split(QLatin1Char('-'));
            bool ok1 = false;
            bool ok2 = true;
            if (ends.size() > 2 || ends.first().isEmpty())
                return fail(Tr::tr("\"%1\" is not a value or a range").arg(range));
            first = valueOf(ends.first(), f, &ok1);
            last = ends.size() == 2 ? valueOf(ends.last(), f, &ok2) : (part.contains(QLatin1Char('/')) ? f.high : first);
            if (!ok1 || !ok2)
                return fail(Tr::tr("\"%1\" is not a number").arg(range));
            const int high = f.high + (weekdays ? 1 : 0); // day-of-week 7 is Sunday too
            if (first < f.low || last > high || first > last)
                return fail(Tr::tr("%1 is out of range %2-%3").arg(range).arg(f.low).arg(high));
        }
        for (int v = first; v <= last; v += step)
            bits->set(size_t(weekdays ? v % 7 : v));
    }
    return {};
}

QString expandMacro(const QString &text)
{
    static const QHash<QString, QString> macros{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},  {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")}, {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},   {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")}};
    return macros.value(text.trimmed().toLower(), text);
}

// The instant a local wall-clock time names in `zone`: a skipped time (a spring-forward gap) is
// read with the offset before the jump, which lands after it.
QDateTime instantOf(const QDate &d, const QTime &t, const QTimeZone &zone)
{
    const QDateTime local(d, t, zone);
    if (local.isValid())
        return local.toUTC();
    const QDateTime naive(d, t, Qt::UTC);
    return naive.addSecs(-zone.offsetFromUtc(naive.addDays(-1)));
}

} // namespace

Result<CronSpec> CronSpec::parse(const QString &input)
{
    const QString text = expandMacro(input);
    const QStringList fields = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Result<CronSpec>::failure(
            Tr::tr("\"%1\" has %2 fields; a schedule has five: minute hour day-of-month month day-of-week")
                .arg(input)
                .arg(fields.size()));
    static const QStringList monthNames{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList dayNames{QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                      QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat")};
    CronSpec s;
    bool star = false;
    if (auto r = parseField(fields[0], {"minute", 0, 59, {}}, &s.minutes, &star); !r)
        return r.error();
    if (auto r = parseField(fields[1], {"hour", 0, 23, {}}, &s.hours, &star); !r)
        return r.error();
    if (auto r = parseField(fields[2], {"day-of-month", 1, 31, {}}, &s.days, &s.daysStar); !r)
        return r.error();
    if (auto r = parseField(fields[3], {"month", 1, 12, monthNames}, &s.months, &star); !r)
        return r.error();
    if (auto r = parseField(fields[4], {"day-of-week", 0, 6, dayNames}, &s.weekdays, &s.weekdaysStar); !r)
        return r.error();
    return s;
}

bool CronSpec::matchesDay(const QDate &d) const
{
    if (!months.test(size_t(d.month())))
        return false;
    const bool dom = days.test(size_t(d.day()));
    const bool dow = weekdays.test(size_t(d.dayOfWeek() % 7));
    if (daysStar || weekdaysStar)
        return dom && dow;
    return dom || dow;
}

QDateTime cronNext(const CronSpec &spec, const QDateTime &after, const QTimeZone &zone)
{
    const QDateTime local = after.toTimeZone(zone);
    // Wall-clock minutes well before `after` cannot follow it; a little before can (a time a gap
    // pushes forward), so those are asked of the zone.
    const qint64 skipUpTo = local.date().toJulianDay() * 1440 + local.time().msecsSinceStartOfDay() / 60000 - 180;
    for (QDate d = local.date().addDays(-1); d <= local.date().addYears(5); d = d.addDays(1)) {
        if (!spec.matchesDay(d))
            continue;
        for (int h = 0; h < 24; ++h) {
            if (!spec.hours.test(size_t(h)))
                continue;
            for (int m = 0; m < 60; ++m)
                if (spec.minutes.test(size_t(m)) && d.toJulianDay() * 1440 + h * 60 + m > skipUpTo) {
                    const QDateTime t = instantOf(d, QTime(h, m), zone);
                    if (t > after)
                        return t;
                }
        }
    }
    return {};
}

QDateTime cronLatest(const CronSpec &spec, const QDateTime &since, const QDateTime &now, const QTimeZone &zone)
{
    // Search the smallest window back from now that holds a firing, then walk it forward: the
    // walk is as long as the firings in that window, however long the schedule went unseen.
    static const qint64 windows[] = {3600, 86400, 8 * 86400, 32 * 86400, 367 * 86400, 5 * 367 * 86400LL};
    for (qint64 w : windows) {
        const QDateTime from = std::max(since, now.addSecs(-w));
        QDateTime t = cronNext(spec, from, zone);
        if (!t.isValid() || t > now)
            continue;
        for (QDateTime n = cronNext(spec, t, zone); n.isValid() && n <= now; n = cronNext(spec, t, zone))
            t = n;
        return t;
    }
    return {};
}

} // namespace drover::reconcile
