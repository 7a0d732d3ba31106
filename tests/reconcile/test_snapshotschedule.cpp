// Snapshot schedules decided without a clock (backend/reconcile/Cron, SnapshotSchedule): cron as
// Kubernetes reads it, in a time zone across daylight-saving jumps; one snapshot per firing even
// after downtime; retention that counts only good snapshots, keeps the newest ready one, prunes
// nothing while the newest attempt failed and never touches one made by hand; suspension after
// failures in a row; and a simulated week.
#include "SnapshotSchedule.h"

#include <QTest>

using namespace drover::reconcile;
using State = ScheduledSnapshot::State;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

ScheduledSnapshot owned(const QString &name, const QDateTime &at, State state = State::Ready, const QString &error = {})
{
    ScheduledSnapshot s;
    s.name = name;
    s.created = at;
    s.scheduledFor = at;
    s.owned = true;
    s.state = state;
    s.error = error;
    return s;
}

} // namespace

class TestSnapshotSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cronReads_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("error");
        QTest::newRow("five fields") << "0 2 * * *" << "";
        QTest::newRow("macro") << "@daily" << "";
        QTest::newRow("names, lists, steps") << "*/15 8-18/2 1,15 jan-mar mon-fri" << "";
        QTest::newRow("sunday as 7") << "0 0 * * 7" << "";
        QTest::newRow("six fields") << "0 0 2 * * *" << "\"0 0 2 * * *\" has 6 fields; a schedule has five: minute hour day-of-month month day-of-week";
        QTest::newRow("hour 25") << "0 25 * * *" << "the hour field \"25\": 25 is out of range 0-23";
        QTest::newRow("bad step") << "*/0 * * * *" << "the minute field \"*/0\": the step \"0\" is not a positive number";
        QTest::newRow("word") << "0 0 * foo *" << "the month field \"foo\": \"foo\" is not a number";
        QTest::newRow("backwards range") << "0 0 * * 5-2" << "the day-of-week field \"5-2\": 5-2 is out of range 0-7";
    }
    void cronReads()
    {
        QFETCH(QString, cron);
        QFETCH(QString, error);
        const auto parsed = CronSpec::parse(cron);
        QCOMPARE(parsed.ok(), error.isEmpty());
        QCOMPARE(parsed.error().message, error);
    }

    void cronNextTimes_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("next");
        QTest::newRow("daily 02:00 UTC") << "0 2 * * *" << "UTC" << utc("2026-12-02T02:00:00Z") << utc("2026-12-03T02:00:00Z");
        QTest::newRow("every 15 min") << "*/15 * * * *" << "UTC" << utc("2026-12-02T10:07:00Z") << utc("2026-12-02T10:15:00Z");
        QTest::newRow("weekdays only: Friday to Monday") << "0 9 * * mon-fri" << "UTC" << utc("2026-12-04T09:00:00Z") << utc("2026-12-07T09:00:00Z");
        // Both day fields restricted: either matches (the 1st, or a Sunday).
        QTest::newRow("dom or dow") << "0 0 1 * sun" << "UTC" << utc("2026-12-01T00:00:00Z") << utc("2026-12-06T00:00:00Z");
        QTest::newRow("Berlin winter: CET") << "0 2 * * *" << "Europe/Berlin" << utc("2026-12-02T12:00:00Z") << utc("2026-12-03T01:00:00Z");
        QTest::newRow("Berlin summer: CEST") << "0 2 * * *" << "Europe/Berlin" << utc("2026-07-01T12:00:00Z") << utc("2026-07-02T00:00:00Z");
        // 02:30 does not happen on 29 March 2026 in Berlin: it fires when the clock resumes, 03:30 CEST.
        QTest::newRow("spring gap") << "30 2 * * *" << "Europe/Berlin" << utc("2026-03-28T12:00:00Z") << utc("2026-03-29T01:30:00Z");
        QTest::newRow("after the gap, the next day") << "30 2 * * *" << "Europe/Berlin" << utc("2026-03-29T01:30:00Z") << utc("2026-03-30T00:30:00Z");
        // 02:30 happens twice on 25 October 2026: once is enough, and the day after is 02:30 CET.
        QTest::newRow("autumn overlap, once") << "30 2 * * *" << "Europe/Berlin" << utc("2026-10-24T12:00:00Z") << utc("2026-10-25T01:30:00Z");
        QTest::newRow("autumn, the next day") << "30 2 * * *" << "Europe/Berlin" << utc("2026-10-25T01:30:00Z") << utc("2026-10-26T01:30:00Z");
        QTest::newRow("no 30 February") << "0 0 30 2 *" << "UTC" << utc("2026-12-02T00:00:00Z") << QDateTime();
    }
    void cronNextTimes()
    {
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, next);
        const auto spec = CronSpec::parse(cron);
        QVERIFY2(spec, qPrintable(spec.error().message));
        QCOMPARE(cronNext(*spec, after, QTimeZone(zone.toUtf8())), next);
    }

    // One snapshot per firing: a daemon that was down a week takes one, for the latest firing.
    void dueOncePerFiring()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("0 * * * *");
        const QDateTime created = utc("2026-12-01T00:30:00Z");
        ScheduleDecision d = planSnapshotSchedule(spec, {}, created, {}, utc("2026-12-01T00:59:00Z"));
        QVERIFY(d.error.isEmpty());
        QVERIFY(!d.take);
        QCOMPARE(d.nextDue, utc("2026-12-01T01:00:00Z"));
        d = planSnapshotSchedule(spec, {}, created, {}, utc("2026-12-01T01:00:00Z"));
        QVERIFY(d.take);
        QCOMPARE(d.dueAt, utc("2026-12-01T01:00:00Z"));
        // Taken (for 01:00, created a little later): not due again until 02:00.
        ScheduledSnapshot s = owned(QStringLiteral("a"), utc("2026-12-01T01:00:04Z"));
        s.scheduledFor = utc("2026-12-01T01:00:00Z");
        d = planSnapshotSchedule(spec, {s}, created, {}, utc("2026-12-01T01:40:00Z"));
        QVERIFY(!d.take);
        QCOMPARE(d.nextDue, utc("2026-12-01T02:00:00Z"));
        // Down for a week: one snapshot, for the latest firing, not 168.
        d = planSnapshotSchedule(spec, {s}, created, {}, utc("2026-12-08T01:20:00Z"));
        QVERIFY(d.take);
        QCOMPARE(d.dueAt, utc("2026-12-08T01:00:00Z"));
        QCOMPARE(d.nextDue, utc("2026-12-08T02:00:00Z"));
    }

    void inProgressIsWaitedFor()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("@hourly");
        const ScheduledSnapshot running = owned(QStringLiteral("a"), utc("2026-12-01T01:00:00Z"), State::InProgress);
        const ScheduleDecision d = planSnapshotSchedule(spec, {running}, utc("2026-12-01T00:00:00Z"), {}, utc("2026-12-01T02:00:00Z"));
        QVERIFY(!d.take);
        QCOMPARE(d.waitsOn, QStringLiteral("snapshot a is still in progress"));
        QVERIFY(d.prune.isEmpty());
    }

    void errorsInWords()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("0 2 * *");
        QCOMPARE(planSnapshotSchedule(spec, {}, {}, {}, utc("2026-12-01T00:00:00Z")).error,
                 QStringLiteral("\"0 2 * *\" has 4 fields; a schedule has five: minute hour day-of-month month day-of-week"));
        spec.cron = QStringLiteral("@daily");
        spec.timeZone = QStringLiteral("Europe/Atlantis");
        const ScheduleDecision d = planSnapshotSchedule(spec, {}, {}, {}, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(d.error, QStringLiteral("unknown time zone \"Europe/Atlantis\" (an IANA name such as Europe/Berlin or UTC)"));
        QVERIFY(!d.take);
    }

    // keep-last 3 of 5 good ones: the two oldest go; failures older than the newest good one go
    // too; a hand-made snapshot, however old, stays.
    void retentionCountsGoodOnes()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("@daily");
        spec.keepLast = 3;
        QList<ScheduledSnapshot> all;
        for (int i = 1; i <= 5; ++i)
            all << owned(QStringLiteral("day%1").arg(i), utc("2026-11-01T00:00:00Z").addDays(i));
        all << owned(QStringLiteral("failed-old"), utc("2026-11-03T12:00:00Z"), State::Failed, QStringLiteral("quiesce timeout"));
        ScheduledSnapshot mine = owned(QStringLiteral("by-hand"), utc("2026-10-01T00:00:00Z"));
        mine.owned = false;
        all << mine;
        const ScheduleDecision d = planSnapshotSchedule(spec, all, utc("2026-11-01T00:00:00Z"), {}, utc("2026-11-06T01:00:00Z"));
        QCOMPARE(d.prune, (QStringList{QStringLiteral("day1"), QStringLiteral("day2"), QStringLiteral("failed-old")}));
    }

    // Retention goes by the firing a snapshot was taken for, not the controller's timestamp: taken
    // late after downtime, or stamped by a clock that runs apart, the oldest firing still goes first.
    void retentionFollowsTheFiring()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("0 * * * *");
        spec.keepLast = 3;
        QList<ScheduledSnapshot> all;
        for (int h = 8; h <= 12; ++h) {
            ScheduledSnapshot s = owned(QStringLiteral("h%1").arg(h), utc("2026-11-02T00:00:00Z").addSecs(h * 3600));
            s.created = utc("2026-11-02T13:00:00Z").addSecs(-h); // stamped in the reverse order
            all << s;
        }
        const ScheduleDecision d = planSnapshotSchedule(spec, all, utc("2026-11-01T00:00:00Z"), {}, utc("2026-11-02T12:30:00Z"));
        QCOMPARE(d.prune, (QStringList{QStringLiteral("h8"), QStringLiteral("h9")}));
        QVERIFY(!d.take);
    }

    // The newest attempt failed: nothing good is pruned (Velero #9061: the last good backup expired).
    void nothingPrunedWhileTheNewestFailed()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("@daily");
        spec.keepLast = 1;
        QList<ScheduledSnapshot> all{owned(QStringLiteral("good1"), utc("2026-11-01T00:00:00Z")),
                                     owned(QStringLiteral("good2"), utc("2026-11-02T00:00:00Z")),
                                     owned(QStringLiteral("bad"), utc("2026-11-03T00:00:00Z"), State::Failed, QStringLiteral("no space"))};
        ScheduleDecision d = planSnapshotSchedule(spec, all, utc("2026-10-31T00:00:00Z"), {}, utc("2026-11-03T06:00:00Z"));
        QVERIFY(d.prune.isEmpty());
        QCOMPARE(d.consecutiveFailures, 1);
        // The next one succeeds: now the older good ones and the failure go.
        all << owned(QStringLiteral("good4"), utc("2026-11-04T00:00:00Z"));
        d = planSnapshotSchedule(spec, all, utc("2026-10-31T00:00:00Z"), {}, utc("2026-11-04T06:00:00Z"));
        QCOMPARE(d.prune, (QStringList{QStringLiteral("good1"), QStringLiteral("good2"), QStringLiteral("bad")}));
        QCOMPARE(d.consecutiveFailures, 0);
    }

    // keep-daily 2 + keep-weekly 2 (Proxmox's marking): the newest of each of the last two days,
    // then the newest of each earlier ISO week not already holding a kept one.
    void dailyAndWeekly()
    {
        ScheduleSpec spec;
        spec.keepDaily = 2;
        spec.keepWeekly = 2;
        // Every 12 hours from Monday 16 November to Wednesday 2 December 2026 (00:00 and 12:00 UTC).
        QList<const ScheduledSnapshot *> newestFirst;
        QList<ScheduledSnapshot> store;
        store.reserve(40);
        for (QDateTime t = utc("2026-12-02T12:00:00Z"); t >= utc("2026-11-16T00:00:00Z"); t = t.addSecs(-12 * 3600))
            store << owned(t.toString(Qt::ISODate), t);
        for (const ScheduledSnapshot &s : store)
            newestFirst << &s;
        const QList<bool> kept = keptByRetention(spec, newestFirst, QTimeZone("UTC"));
        QStringList names;
        for (int i = 0; i < kept.size(); ++i)
            if (kept[i])
                names << newestFirst[i]->name;
        // Days: 2 Dec 12:00, 1 Dec 12:00 (week 49 now holds both). Weeks: 48 (newest: Sun 29 Nov
        // 12:00), 47 (Sun 22 Nov 12:00).
        QCOMPARE(names, (QStringList{QStringLiteral("2026-12-02T12:00:00Z"), QStringLiteral("2026-12-01T12:00:00Z"),
                                     QStringLiteral("2026-11-29T12:00:00Z"), QStringLiteral("2026-11-22T12:00:00Z")}));
    }

    void suspendsAfterFailuresInARow()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("@hourly");
        spec.maxFailures = 3;
        QList<ScheduledSnapshot> all{owned(QStringLiteral("ok"), utc("2026-12-01T00:00:00Z"))};
        for (int i = 1; i <= 3; ++i)
            all << owned(QStringLiteral("f%1").arg(i), utc("2026-12-01T00:00:00Z").addSecs(3600 * i), State::Failed,
                         QStringLiteral("VolumeSnapshotClass not found"));
        ScheduleDecision d = planSnapshotSchedule(spec, all, utc("2026-11-30T00:00:00Z"), {}, utc("2026-12-01T04:00:00Z"));
        QVERIFY(d.suspended);
        QVERIFY(!d.take);
        QCOMPARE(d.suspendReason, QStringLiteral("the last 3 snapshots failed (the newest: VolumeSnapshotClass not found); "
                                                 "resume the schedule to try again"));
        // Resumed by the admin: the earlier failures no longer count, and the due firing is taken.
        d = planSnapshotSchedule(spec, all, utc("2026-11-30T00:00:00Z"), utc("2026-12-01T03:30:00Z"), utc("2026-12-01T04:00:00Z"));
        QVERIFY(!d.suspended);
        QCOMPARE(d.consecutiveFailures, 0);
        QVERIFY(d.take);
        // Suspended by hand: nothing is done.
        spec.suspend = true;
        d = planSnapshotSchedule(spec, all, utc("2026-11-30T00:00:00Z"), {}, utc("2026-12-01T04:00:00Z"));
        QVERIFY(d.suspended && !d.take && d.prune.isEmpty());
        QCOMPARE(d.suspendReason, QStringLiteral("suspended by an admin"));
    }

    // A week at a 10-minute step with every fifth snapshot failing and each taking a few minutes:
    // one per firing, never two, the newest ready one always there, and the count at the end equals
    // the retention.
    void aSimulatedWeek()
    {
        ScheduleSpec spec;
        spec.cron = QStringLiteral("0 */4 * * *");
        spec.timeZone = QStringLiteral("Europe/Berlin");
        spec.keepLast = 5;
        spec.maxFailures = 3;
        const QDateTime start = utc("2026-10-20T00:00:00Z"); // across the autumn change on the 25th
        QList<ScheduledSnapshot> all;
        QSet<QDateTime> firings;
        int taken = 0;
        int wronglyPruned = 0;
        for (QDateTime now = start; now < start.addDays(7); now = now.addSecs(600)) {
            for (ScheduledSnapshot &s : all) // a snapshot finishes within ten minutes
                if (s.state == State::InProgress)
                    s.state = (taken % 5 == 0) ? State::Failed : State::Ready;
            const ScheduleDecision d = planSnapshotSchedule(spec, all, start, {}, now);
            QVERIFY(d.error.isEmpty() && !d.suspended);
            for (const QString &name : d.prune) {
                const auto it = std::find_if(all.begin(), all.end(), [&](const auto &s) { return s.name == name; });
                QVERIFY(it != all.end());
                const auto newestReady = std::max_element(all.cbegin(), all.cend(), [](const auto &a, const auto &b) {
                    return (a.state == State::Ready ? a.created : QDateTime()) < (b.state == State::Ready ? b.created : QDateTime());
                });
                wronglyPruned += (it->state == State::InProgress || it->name == newestReady->name) ? 1 : 0;
                all.erase(it);
            }
            if (d.take) {
                QVERIFY2(!firings.contains(d.dueAt), qPrintable(d.dueAt.toString(Qt::ISODate)));
                firings.insert(d.dueAt);
                ScheduledSnapshot s = owned(QStringLiteral("s%1").arg(++taken), now, State::InProgress);
                s.scheduledFor = d.dueAt;
                all << s;
            }
        }
        // From 02:00 CEST on the 20th for 7 days (168 h, plus the hour the autumn change adds):
        // 5 firings that day, 6 on each of the next six, and midnight on the 27th.
        QCOMPARE(taken, 42);
        QCOMPARE(wronglyPruned, 0);
        int ready = 0;
        for (const ScheduledSnapshot &s : all)
            ready += s.state == State::Ready ? 1 : 0;
        QCOMPARE(ready, spec.keepLast);
        qInfo("SCHEDULE taken=%d kept=%d duplicates=0 wrongly_pruned=%d", taken, ready, wronglyPruned);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSchedule)
#include "test_snapshotschedule.moc"
