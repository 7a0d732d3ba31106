// kubectl drain, the real client, against the drover-sim executable: cordon, the Eviction API,
// KubeVirt's webhook turning virt-launcher evictions into live migrations, DaemonSet pods left
// alone. Scenario: tests/data/scenarios/maintenance.yaml (every VM starts on m1).
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;

class TestDrain : public QObject
{
    Q_OBJECT
    QString m_kubectl;

    struct Run
    {
        int exitCode = -1;
        QString out; // stdout and stderr, interleaved as kubectl wrote them
    };
    Run kubectl(test::SimProcess &sim, const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_kubectl, QStringList{u"--kubeconfig"_s, sim.kubeconfig()} + args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.out = u"timeout"_s;
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAll());
        return r;
    }
    QJsonArray items(test::SimProcess &sim, const QStringList &args)
    {
        const Run r = kubectl(sim, QStringList{u"get"_s} + args + QStringList{u"-o"_s, u"json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value("items"_L1).toArray();
    }
    static QString at(const QJsonValue &v, const QString &path)
    {
        QJsonValue cur = v;
        for (const QString &p : path.split(u'.'))
            cur = cur.toObject().value(p);
        return cur.toString();
    }
    // Starts the simulator, waits for the six VMIs to run on m1, uncordons m2 and m3.
    bool startCluster(test::SimProcess &sim)
    {
        const QString scenario = qEnvironmentVariable("DROVER_TEST_DATA") + u"/scenarios/maintenance.yaml"_s;
        if (!sim.start({u"--scenario"_s, scenario, u"--time-scale"_s, u"0.05"_s})) {
            qWarning("%s", qPrintable(sim.error()));
            return false;
        }
        QDeadlineTimer deadline(30000);
        for (bool up = false; !up && !deadline.hasExpired(); QTest::qWait(200)) {
            const QJsonArray vmis = items(sim, {u"vmi"_s, u"-A"_s});
            up = vmis.size() == 6;
            for (const QJsonValue &v : vmis)
                up = up && at(v, u"status.phase"_s) == "Running"_L1 && at(v, u"status.nodeName"_s) == "m1"_L1;
        }
        return kubectl(sim, {u"uncordon"_s, u"m2"_s, u"m3"_s}).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        QVERIFY2(!m_kubectl.isEmpty(), "kubectl is not installed");
    }

    void drainMovesEveryVmAndLeavesDaemonSets()
    {
        test::SimProcess sim;
        QVERIFY(startCluster(sim));
        const Run drain = kubectl(sim, {u"drain"_s, u"m1"_s, u"--ignore-daemonsets"_s, u"--delete-emptydir-data"_s,
                                        u"--timeout=120s"_s}, 150000);
        QVERIFY2(drain.exitCode == 0, qPrintable(drain.out));
        QVERIFY2(drain.out.contains(u"node/m1 drained"_s), qPrintable(drain.out));
        // The first answer to a migratable VM's eviction is KubeVirt's 429, and kubectl retries.
        QVERIFY2(drain.out.contains(u"(will retry after 5s): admission webhook \"virt-launcher-eviction-interceptor.kubevirt.io\" "
                                    "denied the request: Eviction triggered evacuation of VMI \"prod/web-01\""_s),
                 qPrintable(drain.out));
        QVERIFY2(drain.out.contains(u"Warning: ignoring DaemonSet-managed Pods: drover-system/drover-agent-"_s), qPrintable(drain.out));
        // Every VM runs elsewhere; migrated ones kept their VMI, the others started anew.
        const QJsonArray vmis = items(sim, {u"vmi"_s, u"-A"_s});
        QCOMPARE(vmis.size(), 6);
        for (const QJsonValue &v : vmis) {
            QCOMPARE(at(v, u"status.phase"_s), u"Running"_s);
            QVERIFY2(at(v, u"status.nodeName"_s) != "m1"_L1, qPrintable(at(v, u"metadata.name"_s)));
        }
        QVERIFY(items(sim, {u"vmim"_s, u"-n"_s, u"prod"_s}).size() >= 4); // web-01, web-02, db-01, dc-01
        // Only DaemonSet pods are left on m1.
        const QJsonArray left = items(sim, {u"pods"_s, u"-A"_s, u"--field-selector"_s, u"spec.nodeName=m1"_s});
        QCOMPARE(left.size(), 2);
        for (const QJsonValue &p : left)
            QCOMPARE(p.toObject().value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray().first().toObject().value("kind"_L1).toString(),
                     u"DaemonSet"_s);
        QCOMPARE(items(sim, {u"pods"_s, u"-n"_s, u"monitoring"_s, u"--field-selector"_s, u"status.phase=Running"_s}).size(), 2);
    }

    void aLiveMigrateVmThatCannotMigrateBlocksTheDrain()
    {
        test::SimProcess sim;
        QVERIFY(startCluster(sim));
        const Run patch = kubectl(sim, {u"patch"_s, u"vmi"_s, u"gpu-01"_s, u"-n"_s, u"prod"_s, u"--type=merge"_s,
                                        u"-p"_s, u"{\"spec\":{\"evictionStrategy\":\"LiveMigrate\"}}"_s});
        QVERIFY2(patch.exitCode == 0, qPrintable(patch.out));
        const Run drain = kubectl(sim, {u"drain"_s, u"m1"_s, u"--ignore-daemonsets"_s, u"--delete-emptydir-data"_s,
                                        u"--timeout=12s"_s}, 60000);
        QVERIFY2(drain.exitCode != 0, qPrintable(drain.out));
        const QString refusal = u"(will retry after 5s): admission webhook \"virt-launcher-eviction-interceptor.kubevirt.io\" denied the "
                                "request: VMI gpu-01 is configured with an eviction strategy but is not live-migratable"_s;
        QVERIFY2(drain.out.count(refusal) >= 2, qPrintable(drain.out)); // it kept retrying
        QVERIFY2(drain.out.contains(u"global timeout reached: 12s"_s), qPrintable(drain.out));
        for (const QJsonValue &v : items(sim, {u"vmi"_s, u"-A"_s})) {
            const bool gpu = at(v, u"metadata.name"_s) == "gpu-01"_L1;
            QCOMPARE(at(v, u"status.phase"_s), u"Running"_s);
            QVERIFY2((at(v, u"status.nodeName"_s) == "m1"_L1) == gpu, qPrintable(at(v, u"metadata.name"_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDrain)
#include "test_drain.moc"
