// Where a VM may live-migrate, and the plain-words reason when it may not: every refusal on
// small hand-made clusters, then the simulator's demo cluster decoded from its real JSON.
#include "ClusterFixtures.h"
#include "MigrationTargets.h"
#include "ObjectStore.h"
#include "Scenario.h"

#include <QJsonDocument>
#include <QTest>

using namespace drover;
using namespace drover::reconcile;

using namespace drover::reconcile::fixtures;

class TestMigrationTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QString>("vm");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *tag, const char *vm, const char *target, Refusal r, const char *reason) {
            QTest::newRow(tag) << QString::fromLatin1(vm) << QString::fromLatin1(target) << int(r) << QString::fromUtf8(reason);
        };
        row("fits", "prod/db", "a03", Refusal::None, "");
        row("unknown vm", "prod/nope", "a03", Refusal::UnknownVm, "prod/nope is not running (no VirtualMachineInstance)");
        row("not migratable", "prod/legacy", "a03", Refusal::NotLiveMigratable,
            "prod/legacy cannot be live-migrated: DisksNotLiveMigratable (cannot migrate VMI: PVC root is not shared)");
        row("unknown host", "prod/db", "zz", Refusal::UnknownHost, "there is no host zz");
        row("same host", "prod/db", "a01", Refusal::SameHost, "prod/db already runs on a01");
        row("cordoned", "prod/db", "a04", Refusal::HostCordoned, "a04 is cordoned (unschedulable)");
        row("not ready", "prod/db", "a05", Refusal::HostNotReady, "a05 is not Ready");
        row("cpu", "prod/db", "a02", Refusal::NotEnoughCpu, "a02 has 4 vCPU free; prod/db needs 8");
        row("memory", "prod/web", "a02", Refusal::NotEnoughMemory, "a02 has 8.0 GiB of memory free; prod/web needs 4.0 GiB");
    }
    void refusals()
    {
        QFETCH(QString, vm);
        QFETCH(QString, target);
        QFETCH(int, refusal);
        QFETCH(QString, reason);
        ClusterState s = cluster();
        if (QByteArray(QTest::currentDataTag()) == "memory")
            s.vmis.append(vmi(QStringLiteral("filler"), QStringLiteral("a02"), 1, 5)); // a02: 3 GiB left
        const TargetCheck c = checkTarget(s, vm, target);
        QCOMPARE(int(c.refusal), refusal);
        if (QByteArray(QTest::currentDataTag()) == "memory")
            QCOMPARE(c.reason, QStringLiteral("a02 has 3.0 GiB of memory free; prod/web needs 4.0 GiB (1.0 GiB short)"));
        else
            QCOMPARE(c.reason, reason);
    }

    void notRunning()
    {
        ClusterState s = cluster();
        s.vmis[0].phase = core::VmiPhase::Scheduling;
        const TargetCheck c = checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a03"));
        QCOMPARE(c.refusal, Refusal::NotRunning);
        QCOMPARE(c.reason, QStringLiteral("prod/db is Scheduling, not Running"));
    }

    void nodeSelector()
    {
        ClusterState s = cluster();
        s.vmis[0].resources.nodeSelector.insert(QStringLiteral("drover.io/gpu"), QStringLiteral("a100"));
        QCOMPARE(checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a03")).refusal, Refusal::SelectorMismatch);
        s.nodes[2].meta.labels.insert(QStringLiteral("drover.io/gpu"), QStringLiteral("a100"));
        QVERIFY(checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a03")).ok());
    }

    void nodeAffinity_data()
    {
        // Terms are ORed, expressions in a term ANDed, as the scheduler does.
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("a03");
        QTest::addColumn<bool>("a02");
        const auto t = [](const char *exprs) {
            return QStringLiteral(R"({"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[%1]}}})")
                .arg(QLatin1String(exprs));
        };
        QTest::newRow("In") << t(R"({"matchExpressions":[{"key":"zone","operator":"In","values":["b","c"]}]})") << true << false;
        QTest::newRow("NotIn") << t(R"({"matchExpressions":[{"key":"zone","operator":"NotIn","values":["b"]}]})") << false << true;
        QTest::newRow("Exists") << t(R"({"matchExpressions":[{"key":"fast-nvme","operator":"Exists"}]})") << true << false;
        QTest::newRow("DoesNotExist") << t(R"({"matchExpressions":[{"key":"fast-nvme","operator":"DoesNotExist"}]})") << false << true;
        QTest::newRow("Gt") << t(R"({"matchExpressions":[{"key":"cores","operator":"Gt","values":["32"]}]})") << true << false;
        QTest::newRow("Lt") << t(R"({"matchExpressions":[{"key":"cores","operator":"Lt","values":["32"]}]})") << false << true;
        QTest::newRow("AND in a term") << t(R"({"matchExpressions":[{"key":"zone","operator":"In","values":["b"]},{"key":"cores","operator":"Lt","values":["8"]}]})") << false << false;
        QTest::newRow("OR of terms") << t(R"({"matchExpressions":[{"key":"zone","operator":"In","values":["a"]}]},{"matchExpressions":[{"key":"fast-nvme","operator":"Exists"}]})") << true << true;
        QTest::newRow("unknown operator") << t(R"({"matchExpressions":[{"key":"zone","operator":"Near","values":["b"]}]})") << false << false;
    }

    void nodeAffinity()
    {
        QFETCH(QString, json);
        QFETCH(bool, a03);
        QFETCH(bool, a02);
        // Parse it the way a real VMI carries it.
        QJsonObject vmi{{QStringLiteral("apiVersion"), QStringLiteral("kubevirt.io/v1")}, {QStringLiteral("kind"), QStringLiteral("VirtualMachineInstance")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web")}, {QStringLiteral("namespace"), QStringLiteral("prod")}}},
                        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("affinity"), QJsonDocument::fromJson(json.toUtf8()).object()},
                                                             {QStringLiteral("domain"), QJsonObject{{QStringLiteral("memory"), QJsonObject{{QStringLiteral("guest"), QStringLiteral("1Gi")}}}}}}},
                        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}, {QStringLiteral("nodeName"), QStringLiteral("a01")}}}};
        const auto parsed = core::Vmi::fromJson(vmi);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QVERIFY(!parsed->resources.requiredNodeTerms.isEmpty());
        ClusterState s = cluster();
        s.vmis[1] = *parsed;
        s.vmis[1].conditions = cluster().vmis[1].conditions; // LiveMigratable
        s.nodes[2].meta.labels = {{QStringLiteral("zone"), QStringLiteral("b")}, {QStringLiteral("fast-nvme"), QString()}, {QStringLiteral("cores"), QStringLiteral("64")}};
        s.nodes[1].meta.labels = {{QStringLiteral("zone"), QStringLiteral("a")}, {QStringLiteral("cores"), QStringLiteral("8")}};
        const TargetCheck c3 = checkTarget(s, QStringLiteral("prod/web"), QStringLiteral("a03"));
        const TargetCheck c2 = checkTarget(s, QStringLiteral("prod/web"), QStringLiteral("a02"));
        QCOMPARE(c3.ok(), a03);
        QCOMPARE(c2.ok(), a02);
        if (!c3.ok()) {
            QCOMPARE(c3.refusal, Refusal::SelectorMismatch);
            QVERIFY2(c3.reason.startsWith(QStringLiteral("a03 does not match the node affinity prod/web requires (")), qPrintable(c3.reason));
        }
    }

    void incomingMigrationsUseRoom()
    {
        // A migration heading to a02 already takes its room: a second VM no longer fits there.
        ClusterState s = cluster();
        s.nodes[1] = node(QStringLiteral("a02"), 16, 64);
        QVERIFY(checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a02")).ok()); // 12 vCPU, 56 GiB free
        s.migrations.append(migration(QStringLiteral("web"), QStringLiteral("Running"), QStringLiteral("a02")));
        s.vmis.append(vmi(QStringLiteral("big"), QStringLiteral("a03"), 8, 16));
        s.migrations.append(migration(QStringLiteral("big"), QStringLiteral("Scheduling"), QStringLiteral("a02")));
        const TargetCheck c = checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a02"));
        QCOMPARE(c.refusal, Refusal::NotEnoughCpu);
        QCOMPARE(c.reason, QStringLiteral("a02 has 2 vCPU free; prod/db needs 8"));
        // A finished migration holds nothing.
        s.migrations[1].phase = core::MigrationPhase::Succeeded;
        QVERIFY(checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a02")).ok());
    }

    void alreadyMigratingAndLimits()
    {
        ClusterState s = cluster();
        s.migrations.append(migration(QStringLiteral("db"), QStringLiteral("Running"), QStringLiteral("a03")));
        QCOMPARE(checkTarget(s, QStringLiteral("prod/db"), QStringLiteral("a03")).refusal, Refusal::AlreadyMigrating);
        // db and legacy leave a01: with an outbound limit of 1 web may not go as well.
        QCOMPARE(checkTarget(s, QStringLiteral("prod/web"), QStringLiteral("a03"), MigrationLimits{5, 1}).refusal, Refusal::NodeLimit);
        QVERIFY(checkTarget(s, QStringLiteral("prod/web"), QStringLiteral("a03"), MigrationLimits{5, 2}).ok());
        const TargetCheck c = checkTarget(s, QStringLiteral("prod/small"), QStringLiteral("a03"), MigrationLimits{1, 2});
        QCOMPARE(c.refusal, Refusal::ClusterLimit);
        QVERIFY(c.reason.contains(QStringLiteral("parallelMigrationsPerCluster")));
    }

    void rankingPrefersRoom()
    {
        const QList<TargetChoice> r = rankTargets(cluster(), QStringLiteral("prod/web"));
        QCOMPARE(r.size(), 2); // a03 and a02; a01 is home, a04 cordoned, a05 not ready
        QCOMPARE(r[0].node, QStringLiteral("a03"));
        QCOMPARE(r[1].node, QStringLiteral("a02"));
        QVERIFY(r[0].score > r[1].score);
        QVERIFY(rankTargets(cluster(), QStringLiteral("prod/legacy")).isEmpty());
    }

    void planForAHostAndForTheCluster()
    {
        const MigrationPlan onHost = planMigration(cluster(), QStringLiteral("prod/web"), QStringLiteral("a02"));
        QVERIFY(onHost.check.ok());
        QCOMPARE(onHost.target, QStringLiteral("a02"));
        const QJsonObject spec = onHost.migration.value(QStringLiteral("spec")).toObject();
        QCOMPARE(onHost.migration.value(QStringLiteral("kind")).toString(), QStringLiteral("VirtualMachineInstanceMigration"));
        QCOMPARE(spec.value(QStringLiteral("vmiName")).toString(), QStringLiteral("web"));
        QCOMPARE(spec.value(QStringLiteral("addedNodeSelector")).toObject().value(QStringLiteral("kubernetes.io/hostname")).toString(),
                 QStringLiteral("a02"));
        QCOMPARE(onHost.migration.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString(), QStringLiteral("prod"));

        const MigrationPlan anywhere = planMigration(cluster(), QStringLiteral("prod/web"), QString());
        QVERIFY(anywhere.check.ok());
        QCOMPARE(anywhere.target, QStringLiteral("a03")); // the roomiest
        QVERIFY(anywhere.reason.contains(QStringLiteral("most room")));

        const MigrationPlan refused = planMigration(cluster(), QStringLiteral("prod/db"), QStringLiteral("a04"));
        QCOMPARE(refused.check.refusal, Refusal::HostCordoned);
        QVERIFY(refused.migration.isEmpty());
        const MigrationPlan nowhere = planMigration(cluster(), QStringLiteral("prod/legacy"), QString());
        QCOMPARE(nowhere.check.refusal, Refusal::NotLiveMigratable); // the VM's own reason, not "no host"
        QVERIFY(nowhere.migration.isEmpty());
    }

    void demoClusterFromRealJson()
    {
        // The simulator's demo objects, decoded as Drover decodes the API's JSON.
        sim::ObjectStore store;
        sim::populate(store, sim::demoScenario(), true);
        ClusterState s;
        for (const QJsonObject &o : store.list(kube::ApiResource::nodes())) {
            auto n = core::Node::fromJson(o);
            QVERIFY(n);
            s.nodes.append(*n);
        }
        for (const QJsonObject &o : store.list(kube::ApiResource::virtualMachineInstances())) {
            auto v = core::Vmi::fromJson(o);
            QVERIFY(v);
            s.vmis.append(*v);
        }
        QVERIFY(s.nodes.size() >= 6);
        int migratable = 0, refused = 0;
        for (const core::Vmi &v : std::as_const(s.vmis)) {
            const QList<TargetChoice> r = rankTargets(s, v.meta.key());
            const core::Condition *lm = core::findCondition(v.conditions, QStringLiteral("LiveMigratable"));
            if (lm && lm->isTrue() && v.phase == core::VmiPhase::Running) {
                ++migratable;
                if (r.isEmpty()) {
                    // Only a pin may leave a migratable VM nowhere to go (the demo's licence server).
                    for (const core::Node &n : std::as_const(s.nodes))
                        if (n.meta.name != v.nodeName)
                            QCOMPARE(checkTarget(s, v.meta.key(), n.meta.name).refusal, Refusal::SelectorMismatch);
                }
                for (const TargetChoice &t : r) {
                    QVERIFY(t.node != v.nodeName);
                    QVERIFY(checkTarget(s, v.meta.key(), t.node).ok());
                }
            } else {
                ++refused;
                QVERIFY(r.isEmpty());
                QVERIFY(!checkTarget(s, v.meta.key(), s.nodes.first().meta.name).reason.isEmpty());
            }
        }
        QVERIFY(migratable > 20);
        QVERIFY(rankTargets(s, QStringLiteral("prod/flexlm-01")).isEmpty()); // pinned to nvme-a03
        QCOMPARE(checkTarget(s, QStringLiteral("prod/flexlm-01"), QStringLiteral("nvme-a01")).refusal, Refusal::SelectorMismatch);
        const TargetCheck archive = checkTarget(s, QStringLiteral("prod/pg-archive-01"), QStringLiteral("nvme-a01"));
        QCOMPARE(archive.refusal, Refusal::NotLiveMigratable);
        QVERIFY2(archive.reason.startsWith(QStringLiteral("prod/pg-archive-01 cannot be live-migrated: ")), qPrintable(archive.reason));
        qInfo("demo: %d migratable VMIs, %d refused", migratable, refused);
    }
};

QTEST_GUILESS_MAIN(TestMigrationTargets)
#include "test_migrationtargets.moc"
