// One SnapshotSchedule over decoded cluster objects (backend/reconcile/SchedulePlan): the VMs of
// its namespace it selects and no others, each VM's decision, the status it reads to, and the
// words `droverd plan` prints for it.
#include "SchedulePlan.h"

#include <QJsonArray>
#include <QTest>

using namespace drover;
using namespace drover::reconcile;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

core::Vm vm(const QString &ns, const QString &name, const QString &tier)
{
    return *core::Vm::fromJson({{QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("namespace"), ns},
                                             {QStringLiteral("name"), name},
                                             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), tier}}}}},
                                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("runStrategy"), QStringLiteral("Always")}}}});
}

// A snapshot the schedule took for a firing (ready), or one made by hand (hand = true).
core::Snapshot snapshot(const QString &vmName, const QString &schedule, const char *firing, bool hand = false)
{
    QJsonObject body = hand ? core::snapshotFor(QStringLiteral("prod"), vmName, vmName + QStringLiteral("-by-hand"))
                            : core::scheduledSnapshotFor(QStringLiteral("prod"), vmName, schedule, utc(firing));
    QJsonObject meta = body.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("creationTimestamp"), QString::fromLatin1(firing));
    body.insert(QStringLiteral("metadata"), meta);
    body.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("readyToUse"), true}, {QStringLiteral("phase"), QStringLiteral("Succeeded")},
                                                      {QStringLiteral("creationTime"), QString::fromLatin1(firing)}});
    return *core::Snapshot::fromJson(body);
}

core::SnapshotScheduleObject schedule(const QString &cron)
{
    return *core::SnapshotScheduleObject::fromJson(
        {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("prod")}, {QStringLiteral("name"), QStringLiteral("web-hourly")},
                                                  {QStringLiteral("creationTimestamp"), QStringLiteral("2026-12-01T00:00:00Z")}}},
         {QStringLiteral("spec"), QJsonObject{{QStringLiteral("schedule"), cron},
                                              {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("web")}}}}},
                                              {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepLast"), 2}}}}}});
}

} // namespace

class TestSchedulePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectsTakesAndPrunes()
    {
        const QList<core::Vm> vms{vm(QStringLiteral("prod"), QStringLiteral("web-02"), QStringLiteral("web")),
                                  vm(QStringLiteral("prod"), QStringLiteral("db-01"), QStringLiteral("db")),
                                  vm(QStringLiteral("staging"), QStringLiteral("web-09"), QStringLiteral("web")),
                                  vm(QStringLiteral("prod"), QStringLiteral("web-01"), QStringLiteral("web"))};
        const QList<core::Snapshot> snaps{snapshot(QStringLiteral("web-01"), QStringLiteral("web-hourly"), "2026-12-02T08:00:00Z"),
                                          snapshot(QStringLiteral("web-01"), QStringLiteral("web-hourly"), "2026-12-02T09:00:00Z"),
                                          snapshot(QStringLiteral("web-01"), QStringLiteral("other"), "2026-12-02T09:30:00Z"),
                                          snapshot(QStringLiteral("web-01"), {}, "2026-12-02T07:00:00Z", true)};
        const SchedulePlan p = planSchedule(schedule(QStringLiteral("0 * * * *")), vms, snaps, utc("2026-12-02T10:00:30Z"));
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.vms.size(), 2); // web-01 and web-02 of prod, by name: not db-01, not staging's web-09
        QCOMPARE(p.vms[0].vm, QStringLiteral("web-01"));
        QCOMPARE(p.vms[1].vm, QStringLiteral("web-02"));
        // web-01: the 10:00 firing is due; keepLast 2 with a new one on its way lets 08:00 go only
        // once the new one is ready, so nothing is pruned yet.
        QVERIFY(p.vms[0].decision.take);
        QCOMPARE(p.vms[0].decision.dueAt, utc("2026-12-02T10:00:00Z"));
        QCOMPARE(p.kept, QStringList({QStringLiteral("web-01-web-hourly-202612020800"), QStringLiteral("web-01-web-hourly-202612020900")}));
        QCOMPARE(p.lastTaken, utc("2026-12-02T09:00:00Z"));
        QCOMPARE(p.nextDue, utc("2026-12-02T11:00:00Z"));
        const QStringList words = describe(p);
        QVERIFY2(words.contains(QStringLiteral("take a snapshot of web-01 for 2026-12-02T10:00:00Z")), qPrintable(words.join(QLatin1Char('\n'))));
        QVERIFY2(words.contains(QStringLiteral("take a snapshot of web-02 for 2026-12-02T10:00:00Z")), qPrintable(words.join(QLatin1Char('\n'))));

        // An hour on, with the 10:00 snapshot ready: 08:00 goes; the hand-made and the other
        // schedule's stay.
        QList<core::Snapshot> later = snaps;
        later << snapshot(QStringLiteral("web-01"), QStringLiteral("web-hourly"), "2026-12-02T10:00:00Z");
        const SchedulePlan q = planSchedule(schedule(QStringLiteral("0 * * * *")), vms, later, utc("2026-12-02T10:30:00Z"));
        QCOMPARE(q.vms[0].decision.prune, QStringList{QStringLiteral("web-01-web-hourly-202612020800")});
        QVERIFY(!q.vms[0].decision.take);
        QVERIFY2(describe(q).contains(QStringLiteral("prune 1 of web-01: web-01-web-hourly-202612020800")), qPrintable(describe(q).join(QLatin1Char('\n'))));
    }

    void anUnreadableCronIsSaidOnce()
    {
        const SchedulePlan p = planSchedule(schedule(QStringLiteral("61 * * * *")), {vm(QStringLiteral("prod"), QStringLiteral("web-01"), QStringLiteral("web"))},
                                            {}, utc("2026-12-02T10:00:00Z"));
        QVERIFY(!p.error.isEmpty());
        QVERIFY(p.vms.isEmpty());
        const QStringList words = describe(p);
        QCOMPARE(words.size(), 1);
        QVERIFY2(words.first().startsWith(QStringLiteral("cannot be read: ")) && words.first().contains(QStringLiteral("61")), qPrintable(words.first()));
    }

    void selectingNothingIsSaid()
    {
        const SchedulePlan p = planSchedule(schedule(QStringLiteral("@daily")), {vm(QStringLiteral("prod"), QStringLiteral("db-01"), QStringLiteral("db"))}, {},
                                            utc("2026-12-02T10:00:00Z"));
        QCOMPARE(describe(p), QStringList{QStringLiteral("selects no VM")});
    }
};

QTEST_GUILESS_MAIN(TestSchedulePlan)
#include "test_scheduleplan.moc"
