// droverd carrying out a SnapshotSchedule on drover-sim (which plays KubeVirt's snapshot
// controller), its clock run 600 times faster: a snapshot per firing of "*/10 * * * *", the
// schedule's own pruned to keep-last 3 once the newer ones are ready, a hand-made snapshot left
// alone, the schedule's status written (last, next, kept, condition), and the calls counted in
// /metrics. (The planner's own cases — downtime, failures, time zones — are tests/reconcile.)
#include "DroverdProcess.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace drover;

class TestSchedules : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;

    int kubectl(const QStringList &args, QString *out = nullptr, const QByteArray &in = {})
    {
        return test::kubectlOn(m_sim.kubeconfig(), args, out, in);
    }
    QJsonObject json(const QStringList &args) { return test::kubectlJson(m_sim.kubeconfig(), args); }
    // The schedule's snapshots of web-01: names of the ready ones, and how many in all.
    QStringList owned(int *all = nullptr)
    {
        QStringList ready;
        int n = 0;
        for (const QJsonValue &v : json({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("get"), QStringLiteral("virtualmachinesnapshots"),
                                         QStringLiteral("-l"), QStringLiteral("drover.io/schedule=web-often")})
                                       .value(QStringLiteral("items")).toArray()) {
            ++n;
            if (v.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("readyToUse")).toBool())
                ready << v.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        }
        if (all)
            *all = n;
        return ready;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--scenario"),
                              QStringLiteral(DROVER_SCENARIOS "/small.yaml")}), qPrintable(m_sim.error()));
    }

    void aScheduleTakesAndPrunes()
    {
        QString out;
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                         "apiVersion: snapshot.kubevirt.io/v1beta1\nkind: VirtualMachineSnapshot\nmetadata: {name: before-upgrade}\n"
                         "spec: {source: {apiGroup: kubevirt.io, kind: VirtualMachine, name: web-01}}\n"), 0);
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                         "apiVersion: drover.io/v1alpha1\nkind: SnapshotSchedule\nmetadata: {name: web-often}\n"
                         "spec: {schedule: '*/10 * * * *', timeZone: Europe/Berlin, vmNames: [web-01], retention: {keepLast: 3}}\n"), 0);
        test::Replica d(QStringLiteral("droverd-schedules"));
        d.start({QStringLiteral("--kubeconfig"), m_sim.kubeconfig(), QStringLiteral("--time-scale"), QStringLiteral("600"),
                 QStringLiteral("--pass-interval"), QStringLiteral("0.3")});
        // Six simulated hours go by in 36 s; wait for five firings taken, and the oldest pruned.
        int all = 0;
        QElapsedTimer t;
        t.start();
        int maxSeen = 0;
        bool atRetention = false; // seen settled: exactly the 3 kept, all ready
        while (t.elapsed() < 40000 && !atRetention) {
            const QStringList ready = owned(&all);
            maxSeen = std::max(maxSeen, all);
            atRetention = d.log().count(QStringLiteral(" took prod/")) >= 5 && ready.size() == 3 && all == 3;
            QTest::qWait(atRetention ? 0 : 300);
        }
        const QString metrics = test::get(d.port, QStringLiteral("/metrics")).body;
        // Stopped here: the clock runs on, a new firing every second.
        d.process->terminate();
        QVERIFY(d.process->waitForFinished(10000));
        const QString log = d.log();
        QVERIFY2(atRetention, qPrintable(log));
        QVERIFY2(log.count(QStringLiteral(" took prod/")) >= 5, qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(" pruned prod/web-01-web-often-")), qPrintable(log));
        const int readyNow = int(owned(&all).size());
        QVERIFY2(readyNow >= 3 && readyNow <= 4, qPrintable(QString::number(readyNow))); // 4: stopped between a take and its prune
        // At most one snapshot beyond retention exists at a time (the new one, before the prune).
        QVERIFY2(maxSeen <= 4, qPrintable(QString::number(maxSeen)));
        // The hand-made one is untouched.
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("get"), QStringLiteral("virtualmachinesnapshot"),
                          QStringLiteral("before-upgrade")}), 0);
        // Its status says where it stands.
        const QJsonObject status = json({QStringLiteral("-n"), QStringLiteral("prod"), QStringLiteral("get"), QStringLiteral("snapshotschedule"),
                                         QStringLiteral("web-often")}).value(QStringLiteral("status")).toObject();
        QVERIFY2(status.value(QStringLiteral("nextDue")).toString().endsWith(QStringLiteral("0:00Z")), QJsonDocument(status).toJson().constData());
        QVERIFY(!status.value(QStringLiteral("lastTaken")).toString().isEmpty());
        QVERIFY(!status.value(QStringLiteral("suspended")).toBool());
        QVERIFY(status.value(QStringLiteral("snapshots")).toArray().size() >= 2);
        const QJsonObject ready = status.value(QStringLiteral("conditions")).toArray().first().toObject();
        QCOMPARE(ready.value(QStringLiteral("reason")).toString(), QStringLiteral("Scheduled"));
        // Every call counted; no call failed (read before it stopped).
        QVERIFY2(metrics.contains(QRegularExpression(QStringLiteral("droverd_actions_total\\{kind=\"create_snapshot\",result=\"ok\"\\} ([5-9]|[1-9][0-9]+)\n"))), qPrintable(metrics));
        QVERIFY2(!metrics.contains(QStringLiteral("result=\"error\"")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QRegularExpression(QStringLiteral("droverd_pass_duration_seconds_count [1-9]"))), qPrintable(metrics));
        qInfo("SCHEDULE_DAEMON taken=%lld kept=%d max_at_once=%d", log.count(QStringLiteral(" took prod/")), readyNow, maxSeen);
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "test_schedules.moc"
