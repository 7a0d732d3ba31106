// ops::Schedules against a real kube-apiserver with the SnapshotSchedule CRD from packaging/ (its
// schema validates; drover-sim does not): what the console writes — create, the spec replaced by a
// merge patch with nulls, suspend, resume through the status subresource, delete — is accepted as
// the CRD declares it, and a user without rights gets the 403 in words.
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "Schedules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using ops::ScheduleRequest;
using ops::ScheduleResult;

class TestOpsSchedulesApiServer : public QObject
{
    Q_OBJECT
    test::ApiServer m_server;
    ops::ClusterConnection m_admin;
    ops::ClusterConnection m_alice;
    std::unique_ptr<ops::Schedules> m_schedules;

    ScheduleResult run(ops::Schedules *schedules, ScheduleRequest::Kind kind, const core::SnapshotScheduleObject &s)
    {
        QSignalSpy finished(schedules, &ops::Schedules::finished);
        schedules->submit(ScheduleRequest{kind, s});
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return {};
        return finished.first().first().value<ScheduleResult>();
    }
    QJsonObject get(const QString &name)
    {
        QString out;
        if (m_server.kubectl({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("get"), QStringLiteral("snapshotschedule"), name,
                              QStringLiteral("-o"), QStringLiteral("json")}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    static core::SnapshotScheduleObject nightly()
    {
        core::SnapshotScheduleObject s;
        s.meta.ns = QStringLiteral("prod");
        s.meta.name = QStringLiteral("web-nightly");
        s.schedule = QStringLiteral("30 2 * * *");
        s.timeZone = QStringLiteral("Europe/Berlin");
        s.vmNames = {QStringLiteral("web-01")};
        s.selector = core::LabelSelector{{{QStringLiteral("app"), QStringLiteral("shop")}},
                                         {{QStringLiteral("tier"), QStringLiteral("In"), {QStringLiteral("web"), QStringLiteral("api")}}}};
        s.keepLast = 5;
        s.keepDaily = 7;
        s.keepWeekly = 4;
        s.maxFailures = 2;
        return s;
    }
    static bool open(ops::ClusterConnection &c, const QString &kubeconfig)
    {
        auto config = kube::Kubeconfig::load({kubeconfig});
        return config && c.open(*config) && c.client();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QString out;
        QVERIFY2(m_server.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral(DROVER_CRDS "/snapshotschedules.drover.io.yaml")}, &out) == 0,
                 qPrintable(out));
        QCOMPARE(m_server.kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("--timeout=60s"),
                                   QStringLiteral("crd/snapshotschedules.drover.io")}), 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("prod")}), 0);
        QVERIFY(open(m_admin, m_server.kubeconfig()));
        QVERIFY(open(m_alice, m_server.kubeconfig(QStringLiteral("alice"))));
        m_schedules = std::make_unique<ops::Schedules>(&m_admin);
        m_schedules->setClock([] { return QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC); });
    }

    void createIsValidAgainstTheCrd()
    {
        const ScheduleResult r = run(m_schedules.get(), ScheduleRequest::Create, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        const auto s = core::SnapshotScheduleObject::fromJson(get(QStringLiteral("web-nightly")));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->vmNames, QStringList{QStringLiteral("web-01")});
        QVERIFY(s->selector);
        QCOMPARE(s->selector->matchExpressions.size(), 1);
        QCOMPARE(s->keepWeekly, 4);
        QCOMPARE(s->maxFailures, 2);
    }

    void replaceRemovesWhatIsNotSet()
    {
        core::SnapshotScheduleObject s = nightly();
        s.selector.reset();
        s.keepDaily = 0;
        s.keepWeekly = 0;
        s.schedule = QStringLiteral("@daily");
        const ScheduleResult r = run(m_schedules.get(), ScheduleRequest::Replace, s);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject spec = get(QStringLiteral("web-nightly")).value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("schedule")).toString(), QStringLiteral("@daily"));
        QVERIFY2(!spec.contains(QLatin1String("selector")), QJsonDocument(spec).toJson().constData());
        QVERIFY(!spec.value(QLatin1String("retention")).toObject().contains(QLatin1String("keepDaily")));
    }

    void suspendThenResumeThroughTheStatusSubresource()
    {
        ScheduleResult r = run(m_schedules.get(), ScheduleRequest::Suspend, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(get(QStringLiteral("web-nightly")).value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool());
        r = run(m_schedules.get(), ScheduleRequest::Resume, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject o = get(QStringLiteral("web-nightly"));
        QVERIFY(!o.value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool(true));
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        QCOMPARE(status.value(QLatin1String("resumedAt")).toString(), QStringLiteral("2026-12-02T10:00:00Z"));
        QVERIFY(!status.contains(QLatin1String("suspendReason")));
    }

    void forbiddenInWords()
    {
        ops::Schedules asAlice(&m_alice);
        core::SnapshotScheduleObject s = nightly();
        s.meta.name = QStringLiteral("alices");
        const ScheduleResult r = run(&asAlice, ScheduleRequest::Create, s);
        QCOMPARE(r.status, ScheduleResult::Failed);
        QCOMPARE(r.error.httpStatus, 403);
        QVERIFY2(r.message.contains(QStringLiteral("may not create snapshotschedules")), qPrintable(r.message));
    }

    void deleteThenGone()
    {
        const ScheduleResult r = run(m_schedules.get(), ScheduleRequest::Delete, nightly());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(get(QStringLiteral("web-nightly")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpsSchedulesApiServer)
#include "test_ops_schedules_apiserver.moc"
