// droverd carrying out a HostMaintenance on drover-sim (tests/data/scenarios/drain.yaml: every VM
// on d1): the object's status follows the console's executor (phase, steps, Ready condition);
// droverd SIGKILLed mid-drain and another replica started, the drain goes on where the cluster
// is and ends with d1 empty and cordoned, no VM migrated twice; spec.leave brings d1 back.
// `droverd plan --node d1` beforehand names exactly the VMs droverd then migrates.
#include "DroverdProcess.h"
#include "SimProcess.h"
#include "WaitOnClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace drover;

class TestHostMaintenance : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;

    int kubectl(const QStringList &args, QString *out = nullptr, const QByteArray &in = {})
    {
        return test::kubectlOn(m_sim.kubeconfig(), args, out, in);
    }
    QJsonObject json(const QStringList &args) { return test::kubectlJson(m_sim.kubeconfig(), args); }
    int vmisOn(const QString &node)
    {
        int n = 0;
        for (const QJsonValue &v : json({QStringLiteral("get"), QStringLiteral("vmi"), QStringLiteral("-A")}).value(QStringLiteral("items")).toArray())
            n += v.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("nodeName")).toString() == node ? 1 : 0;
        return n;
    }
    QJsonObject status() { return json({QStringLiteral("get"), QStringLiteral("hostmaintenance"), QStringLiteral("d1")}).value(QStringLiteral("status")).toObject(); }
    static bool waitFor(const std::function<bool()> &ok, int ms) { return test::waitOnClock(ok, ms); }
    QStringList droverdArgs() const
    {
        return {QStringLiteral("--kubeconfig"), m_sim.kubeconfig(), QStringLiteral("--pass-interval"), QStringLiteral("0.5")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("1"), QStringLiteral("--scenario"),
                              QStringLiteral(DROVER_SCENARIOS "/drain.yaml")}), qPrintable(m_sim.error()));
        for (const char *n : {"d2", "d3", "d4"})
            QCOMPARE(kubectl({QStringLiteral("uncordon"), QLatin1String(n)}), 0);
        QVERIFY(waitFor([this] { return vmisOn(QStringLiteral("d1")) == 5; }, 30000));
    }

    // The VMs `droverd plan --node d1` says KubeVirt will live-migrate, by name.
    QStringList plannedMigrations(QString *out)
    {
        if (test::droverdPlan(m_sim.kubeconfig(), {QStringLiteral("--node"), QStringLiteral("d1")}, out) != 0)
            return {};
        QStringList vms;
        const QRegularExpression re(QStringLiteral("\\[ \\] Evict \\S+: KubeVirt turns this eviction into a live migration of [a-z]+/(\\S+) "));
        for (auto it = re.globalMatch(*out); it.hasNext();)
            vms << it.next().captured(1);
        vms.sort();
        return vms;
    }

    void aDrainSurvivesItsDaemon()
    {
        QString plan;
        const QStringList planned = plannedMigrations(&plan);
        QVERIFY2(plan.contains(QStringLiteral("no HostMaintenance: what entering maintenance with policy Refuse would do")), qPrintable(plan));
        QCOMPARE(planned.size(), 5);
        test::Replica first(QStringLiteral("droverd-1"));
        first.start(droverdArgs());
        QVERIFY2(waitFor([&] { return first.leader() == 1; }, 15000), qPrintable(first.log()));
        QString out;
        QCOMPARE(kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                         "apiVersion: drover.io/v1alpha1\nkind: HostMaintenance\nmetadata: {name: d1}\n"
                         "spec: {nodeName: d1, reason: replace nvme1, policy: Refuse}\n"), 0);
        // Mid-drain: some steps done, VMs still on d1.
        QVERIFY2(waitFor([&] {
                     const QJsonObject s = status();
                     return s.value(QStringLiteral("phase")).toString() == QLatin1String("Draining") &&
                            !s.value(QStringLiteral("progress")).toString().startsWith(QLatin1String("0/")) && vmisOn(QStringLiteral("d1")) > 0;
                 }, 30000),
                 qPrintable(first.log() + QString::fromUtf8(QJsonDocument(status()).toJson())));
        ::kill(first.process->processId(), SIGKILL);
        first.process->waitForFinished(5000);
        // Only a drain cut short proves that the next replica carries it on.
        const int left = vmisOn(QStringLiteral("d1"));
        qInfo("killed at %s with %d VMs left on d1", qPrintable(status().value(QStringLiteral("progress")).toString()), left);
        QVERIFY2(left > 0, "the drain ended before the kill: nothing was left to resume");

        test::Replica second(QStringLiteral("droverd-2"));
        second.start(droverdArgs());
        QVERIFY2(waitFor([&] { return status().value(QStringLiteral("phase")).toString() == QLatin1String("InMaintenance"); }, 60000),
                 qPrintable(second.log() + QString::fromUtf8(QJsonDocument(status()).toJson())));
        QCOMPARE(vmisOn(QStringLiteral("d1")), 0);
        QVERIFY(json({QStringLiteral("get"), QStringLiteral("node"), QStringLiteral("d1")}).value(QStringLiteral("spec")).toObject().value(QStringLiteral("unschedulable")).toBool());
        const QJsonObject ready = status().value(QStringLiteral("conditions")).toArray().first().toObject();
        QCOMPARE(ready.value(QStringLiteral("status")).toString(), QStringLiteral("True"));
        QVERIFY2(ready.value(QStringLiteral("message")).toString().contains(QStringLiteral("safe to power off")), qPrintable(ready.value(QStringLiteral("message")).toString()));
        // Said once the Node's state is written, which may answer after the status was.
        QVERIFY2(waitFor([&] { return second.log().contains(QStringLiteral("d1 is drained")); }, 10000), qPrintable(second.log()));
        // Each VM moved once: one migration per VM, however the drain was cut.
        QMap<QString, int> migrations;
        for (const QJsonValue &v : json({QStringLiteral("get"), QStringLiteral("vmim"), QStringLiteral("-A")}).value(QStringLiteral("items")).toArray())
            ++migrations[v.toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString()];
        QCOMPARE(migrations.size(), 5);
        QCOMPARE(QStringList(migrations.keys()), planned); // what the plan said is what droverd did
        for (auto it = migrations.cbegin(); it != migrations.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // Back in service.
        QCOMPARE(kubectl({QStringLiteral("patch"), QStringLiteral("hostmaintenance"), QStringLiteral("d1"), QStringLiteral("--type=merge"),
                          QStringLiteral("-p"), QStringLiteral("{\"spec\":{\"leave\":true}}")}, &out), 0);
        QVERIFY2(waitFor([&] { return status().value(QStringLiteral("phase")).toString() == QLatin1String("Done"); }, 30000),
                 qPrintable(second.log() + QString::fromUtf8(QJsonDocument(status()).toJson())));
        QVERIFY(!json({QStringLiteral("get"), QStringLiteral("node"), QStringLiteral("d1")}).value(QStringLiteral("spec")).toObject().value(QStringLiteral("unschedulable")).toBool());
        // Its Events tell the story (kubectl describe hostmaintenance d1).
        QStringList reasons;
        QVERIFY(waitFor([&] {
            reasons.clear();
            for (const QJsonValue &v : json({QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("get"), QStringLiteral("events")}).value(QStringLiteral("items")).toArray()) {
                const QJsonObject e = v.toObject();
                const QJsonObject on = e.value(QStringLiteral("involvedObject")).toObject();
                if (on.value(QStringLiteral("kind")).toString() == QLatin1String("HostMaintenance") && on.value(QStringLiteral("name")).toString() == QLatin1String("d1"))
                    reasons << e.value(QStringLiteral("reason")).toString();
            }
            return reasons.contains(QStringLiteral("Done"));
        }, 10000));
        for (const char *r : {"Draining", "InMaintenance", "Done"})
            QVERIFY2(reasons.contains(QLatin1String(r)), qPrintable(reasons.join(QLatin1Char(' '))));
        QVERIFY2(test::droverdPlan(m_sim.kubeconfig(), {}, &plan) == 0, qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("Node d1 — HostMaintenance d1 (leave):\n  phase Done")), qPrintable(plan));
        QVERIFY2(test::droverdPlan(m_sim.kubeconfig(), {QStringLiteral("--node"), QStringLiteral("d9")}, &plan) == 0, qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("there is no node named d9")), qPrintable(plan));
        second.process->terminate();
        QVERIFY(second.process->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestHostMaintenance)
#include "test_hostmaintenance.moc"
