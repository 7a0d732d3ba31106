// ops::Schedules against the real drover-sim, without a window: create a SnapshotSchedule, suspend
// it, resume it (status.resumedAt written through the status subresource, spec.suspend false),
// replace its spec (names → a selector: the names go), delete it; requests that cannot be valid
// (bad cron, unknown zone, no VMs, bad name) fail in words without a call; the server's refusals
// (a second create of the same name, a missing schedule) come back in words; the planner's view
// of a schedule (planOf) reads the caches.
#include "Intents.h"
#include "OpsCluster.h"
#include "ScheduleRunner.h"
#include "Schedules.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimeZone>

using namespace drover;
using ops::ScheduleRequest;
using ops::ScheduleResult;

class TestOpsSchedules : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    std::unique_ptr<ops::Schedules> m_schedules;
    // The schedules' clock: a minute ahead of the wall clock, whole seconds, so every schedule
    // the simulator stamps (creationTimestamp: its wall clock) was made before "now".
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 60, QTimeZone::utc());

    // The next 02:30 on Berlin's clock after `t`, worked out by hand (no cron involved).
    static QDateTime nextBerlin0230(const QDateTime &t)
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDate day = t.toTimeZone(berlin).date();
        QDateTime at(day, QTime(2, 30), berlin);
        if (at <= t)
            at = QDateTime(day.addDays(1), QTime(2, 30), berlin);
        return at.toUTC();
    }

    static core::SnapshotScheduleObject nightly(const QString &name = QStringLiteral("web-nightly"))
    {
        core::SnapshotScheduleObject s;
        s.meta.ns = QStringLiteral("prod");
        s.meta.name = name;
        s.schedule = QStringLiteral("30 2 * * *");
        s.timeZone = QStringLiteral("Europe/Berlin");
        s.vmNames = {QStringLiteral("shop-web-01"), QStringLiteral("shop-web-02")};
        s.keepLast = 5;
        s.keepDaily = 7;
        s.maxFailures = 3;
        return s;
    }
    ScheduleResult run(ScheduleRequest::Kind kind, const core::SnapshotScheduleObject &s)
    {
        QSignalSpy finished(m_schedules.get(), &ops::Schedules::finished);
        m_schedules->submit(ScheduleRequest{kind, s});
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return {};
        return finished.first().first().value<ScheduleResult>();
    }
    QJsonObject object(const QString &key = QStringLiteral("prod/web-nightly")) const
    {
        return m_cluster.connection.snapshotSchedules()->get(key);
    }
    static QJsonObject specOf(const QJsonObject &o) { return o.value(QLatin1String("spec")).toObject(); }
    static QJsonObject statusOf(const QJsonObject &o) { return o.value(QLatin1String("status")).toObject(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        QVERIFY(m_cluster.connection.installed(m_cluster.connection.snapshotSchedules()));
        m_schedules = std::make_unique<ops::Schedules>(&m_cluster.connection);
        m_schedules->setClock([this] { return m_now; });
    }

    void createThenRead()
    {
        const ScheduleResult r = run(ScheduleRequest::Create, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_VERIFY(!object().isEmpty());
        const auto s = core::SnapshotScheduleObject::fromJson(object());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->schedule, QStringLiteral("30 2 * * *"));
        QCOMPARE(s->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(s->vmNames, QStringList({QStringLiteral("shop-web-01"), QStringLiteral("shop-web-02")}));
        QVERIFY(!s->selector);
        QCOMPARE(s->keepLast, 5);
        QCOMPARE(s->keepDaily, 7);
        QCOMPARE(s->keepWeekly, 0);
        QCOMPARE(s->maxFailures, 3);
        QVERIFY(!s->suspend);
        // The planner's view: both VMs, the next firing at 02:30 Berlin.
        const auto plan = m_schedules->planOf(QStringLiteral("prod/web-nightly"));
        QVERIFY(plan);
        QVERIFY2(plan->error.isEmpty(), qPrintable(plan->error));
        QCOMPARE(plan->vms.size(), 2);
        QCOMPARE(plan->nextDue, nextBerlin0230(m_now));
        QVERIFY(!reconcile::describe(*plan).isEmpty());
    }

    void createTwiceIsRefusedInWords()
    {
        const ScheduleResult r = run(ScheduleRequest::Create, nightly());
        QCOMPARE(r.status, ScheduleResult::Failed);
        QCOMPARE(r.error.httpStatus, 409);
        QVERIFY2(r.message.contains(QStringLiteral("already exists"), Qt::CaseInsensitive), qPrintable(r.message));
    }

    void suspendThenResume()
    {
        ScheduleResult r = run(ScheduleRequest::Suspend, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_VERIFY(specOf(object()).value(QLatin1String("suspend")).toBool());
        // droverd had suspended it too, after failures (its status, through the status subresource).
        int patched = -1;
        QObject ctx;
        m_cluster.connection.client()->request(
            "PATCH", kube::ApiResource::snapshotSchedules().objectPath(QStringLiteral("prod"), QStringLiteral("web-nightly"), QStringLiteral("status")), {},
            R"({"status":{"suspended":true,"suspendReason":"3 snapshots failed in a row","consecutiveFailures":3}})", &ctx,
            [&patched](const kube::Response &resp) { patched = resp.ok(); }, QByteArrayLiteral("application/merge-patch+json"));
        QTRY_COMPARE(patched, 1);
        QTRY_COMPARE(statusOf(object()).value(QLatin1String("suspendReason")).toString(), QStringLiteral("3 snapshots failed in a row"));
        r = run(ScheduleRequest::Resume, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_VERIFY(!specOf(object()).value(QLatin1String("suspend")).toBool());
        const QJsonObject status = statusOf(object());
        QCOMPARE(QDateTime::fromString(status.value(QLatin1String("resumedAt")).toString(), Qt::ISODate), m_now);
        QCOMPARE(status.value(QLatin1String("suspended")).toBool(true), false);
        QVERIFY(!status.contains(QLatin1String("suspendReason"))); // removed, not "" or null
        QCOMPARE(status.value(QLatin1String("consecutiveFailures")).toInt(-1), 0);
        const auto s = core::SnapshotScheduleObject::fromJson(object());
        QCOMPARE(s->resumedAt, m_now); // what the planner reads
    }

    void replaceSpecNamesToSelector()
    {
        core::SnapshotScheduleObject s = nightly();
        s.vmNames.clear();
        s.selector = core::LabelSelector{{{QStringLiteral("app"), QStringLiteral("shop")}}, {}};
        s.schedule = QStringLiteral("@hourly");
        s.timeZone = QStringLiteral("UTC");
        s.keepLast = 24;
        s.keepDaily = 0;
        s.keepWeekly = 4;
        const ScheduleResult r = run(ScheduleRequest::Replace, s);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_COMPARE(specOf(object()).value(QLatin1String("schedule")).toString(), QStringLiteral("@hourly"));
        const QJsonObject spec = specOf(object());
        QVERIFY2(!spec.contains(QLatin1String("vmNames")), QJsonDocument(spec).toJson().constData());
        QCOMPARE(spec.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject()
                     .value(QLatin1String("app")).toString(), QStringLiteral("shop"));
        const QJsonObject keep = spec.value(QLatin1String("retention")).toObject();
        QCOMPARE(keep.value(QLatin1String("keepLast")).toInt(), 24);
        QVERIFY(!keep.contains(QLatin1String("keepDaily")));
        QCOMPARE(keep.value(QLatin1String("keepWeekly")).toInt(), 4);
        // The status the resume wrote stays: a spec write leaves status alone.
        QVERIFY(statusOf(object()).contains(QLatin1String("resumedAt")));
    }

    void deleteThenDeleteAgain()
    {
        ScheduleResult r = run(ScheduleRequest::Delete, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_VERIFY(!m_cluster.connection.snapshotSchedules()->contains(QStringLiteral("prod/web-nightly")));
        QVERIFY(!m_schedules->planOf(QStringLiteral("prod/web-nightly")));
        r = run(ScheduleRequest::Delete, nightly());
        QCOMPARE(r.status, ScheduleResult::Failed);
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(!r.message.isEmpty());
        r = run(ScheduleRequest::Suspend, nightly()); // a missing one cannot be suspended either
        QCOMPARE(r.status, ScheduleResult::Failed);
        QCOMPARE(r.error.httpStatus, 404);
    }

    // The runner (the console's and droverd's) decodes the VMs only while a schedule exists:
    // with none, a 10,000-VM cluster's VMs were decoded at every start for nothing.
    void runnerDecodesVmsOnlyWithSchedules()
    {
        ops::ScheduleRunner runner(&m_cluster.connection, [this] { return m_now; });
        QCOMPARE(m_cluster.connection.snapshotSchedules()->size(), 0);
        QVERIFY(!runner.decodingVms());
        QVERIFY(runner.plans().isEmpty());
        QVERIFY2(run(ScheduleRequest::Create, nightly()).ok(), "create");
        QTRY_VERIFY(runner.decodingVms());
        const QList<reconcile::SchedulePlan> plans = runner.plans();
        QCOMPARE(plans.size(), 1);
        QStringList vms;
        for (const auto &d : plans.first().vms)
            vms << d.vm;
        QCOMPARE(vms, (QStringList{QStringLiteral("shop-web-01"), QStringLiteral("shop-web-02")}));
        QVERIFY2(run(ScheduleRequest::Delete, nightly()).ok(), "delete");
        QTRY_VERIFY(!runner.decodingVms());
        QVERIFY(runner.plans().isEmpty());
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("cron") << "schedule" << "61 * * * *" << "not a cron expression";
        QTest::newRow("cron fields") << "schedule" << "* * *" << "not a cron expression";
        QTest::newRow("zone") << "timeZone" << "Europe/Berlinn" << "not an IANA time zone";
        QTest::newRow("name") << "name" << "Web_Nightly" << "not a valid name";
        QTest::newRow("no VMs") << "vmNames" << "" << "Name the VMs";
        QTest::newRow("keep nothing") << "keepLast" << "0" << "Keep at least one";
        QTest::newRow("keep too many") << "keepLast" << "251" << "between 0 and 250";
    }
    void invalidRequests()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, words);
        core::SnapshotScheduleObject s = nightly(QStringLiteral("invalid"));
        if (field == QLatin1String("schedule"))
            s.schedule = value;
        else if (field == QLatin1String("timeZone"))
            s.timeZone = value;
        else if (field == QLatin1String("name"))
            s.meta.name = value;
        else if (field == QLatin1String("vmNames"))
            s.vmNames.clear();
        else if (field == QLatin1String("keepLast")) {
            s.keepLast = value.toInt();
            s.keepDaily = 0;
        }
        const ScheduleResult r = run(ScheduleRequest::Create, s);
        QCOMPARE(r.status, ScheduleResult::Invalid);
        QVERIFY2(r.message.contains(words), qPrintable(r.message));
        QVERIFY(!m_cluster.connection.snapshotSchedules()->contains(s.meta.key()));
    }

    void nextFiringsInTheZone()
    {
        // 02:30 in Berlin across the end of summer time (25 October 2026): 00:30 UTC, then 01:30 UTC.
        const auto next = ops::Schedules::nextFirings(QStringLiteral("30 2 * * *"), QStringLiteral("Europe/Berlin"),
                                                      QDateTime(QDate(2026, 10, 24), QTime(0, 0), Qt::UTC), 3);
        QVERIFY2(next, qPrintable(next.error().message));
        QCOMPARE(next->size(), 3);
        QCOMPARE(next->at(0), QDateTime(QDate(2026, 10, 24), QTime(0, 30), Qt::UTC));
        QCOMPARE(next->at(1), QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
        const auto bad = ops::Schedules::nextFirings(QStringLiteral("30 25 * * *"), QStringLiteral("UTC"), m_now, 3);
        QVERIFY(!bad);
        const QString error = bad.error().message;
        QVERIFY2(error.contains(QStringLiteral("hour")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOpsSchedules)
#include "test_ops_schedules.moc"
