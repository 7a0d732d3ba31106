// The maintenance plan's steps: their fixed order and gates, KubeVirt's migration slots, a pass
// after a crash at every step (done-ness read from the cluster, nothing repeated), leaving, the
// drain's ETA, determinism under shuffled input, and the intent kept in Node annotations.
#include "MaintenanceFixtures.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace drover;
using namespace drover::reconcile;
using namespace drover::reconcile::fixtures;

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
const QString kLegacy = QStringLiteral("prod/legacy");

QList<QPair<StepKind, QString>> shape(const MaintenancePlan &p)
{
    QList<QPair<StepKind, QString>> out;
    for (const PlanStep &s : p.steps)
        out.append({s.kind, s.subject});
    return out;
}

// What the cluster shows once the executor has done one step, before anything else moves.
void apply(MaintenanceState &s, const PlanStep &step)
{
    switch (step.kind) {
    case StepKind::Cordon:
        nodeIn(s, step.subject)->unschedulable = true;
        break;
    case StepKind::CephGate: {
        OkToStop ok;
        ok.known = ok.ok = true;
        ok.osds = {3, 4};
        ok.numOkPgs = 100;
        s.ceph.okToStop.insert(step.subject, ok);
        break;
    }
    case StepKind::StopVm:
        for (core::Vm &vm : s.vms)
            if (vm.meta.key() == step.subject) {
                vm.meta.annotations.insert(annotations::runStrategyBefore, core::nameOf(vm.runStrategy));
                vm.runStrategy = core::RunStrategy::Halted;
                vm.meta.annotations.insert(annotations::stoppedFor, a01);
                vm.meta.annotations.insert(annotations::restartAfter, QStringLiteral("true"));
            }
        break;
    case StepKind::Evict:
        // Accepted: the pod terminates; a virt-launcher's VMI is marked for evacuation.
        for (core::Pod &p : s.pods)
            if (p.meta.key() == step.subject) {
                p.meta.deletionTimestamp = kNow;
                if (core::Vmi *v = p.isVirtLauncher() ? vmiIn(s, p.vmiKey().section(QLatin1Char('/'), 1)) : nullptr)
                    v->evacuationNodeName = a01;
            }
        break;
    default:
        break;
    }
}

// Everything the accepted steps started has finished: VMs moved or stopped, pods gone.
void settle(MaintenanceState &s)
{
    QStringList halted;
    for (const core::Vm &vm : std::as_const(s.vms))
        if (vm.runStrategy == core::RunStrategy::Halted)
            halted << vm.meta.key();
    s.pods.removeIf([&](const core::Pod &p) { return p.meta.deletionTimestamp.isValid() || halted.contains(p.vmiKey()); });
    s.cluster.vmis.removeIf([&](const core::Vmi &v) { return halted.contains(v.meta.key()); });
    for (core::Vmi &v : s.cluster.vmis)
        if (v.nodeName == a01) {
            v.nodeName = QStringLiteral("a03");
            v.evacuationNodeName.clear();
        }
}

template <typename T>
void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, rng.bounded(int(i + 1)));
}

MaintenanceState etaState(const QList<int> &memGiB)
{
    MaintenanceState s;
    s.cluster.nodes = {node(a01, 64, 512), node(QStringLiteral("a03"), 64, 512)};
    s.kubevirt.evictionStrategy = QStringLiteral("LiveMigrate");
    int n = 0;
    for (int gib : memGiB) {
        s.cluster.vmis << vmi(QStringLiteral("vm%1").arg(++n), a01, 1, gib);
        s.vms << vmOf(s.cluster.vmis.last());
        s.pods << launcher(s.cluster.vmis.last());
    }
    return s;
}
} // namespace

class TestMaintenanceSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsInOrderWithTheirGates()
    {
        MaintenanceState s = cephState();
        MaintenancePlan p = planMaintenance(s, enter(VmPolicy::StopAndRestartAfter), kNow);
        QVERIFY(p.canApply());
        QCOMPARE(p.phase, MaintenancePhase::Draining);
        const QList<QPair<StepKind, QString>> expected{
            {StepKind::Cordon, a01}, {StepKind::CephGate, a01}, {StepKind::StopVm, kLegacy},
            {StepKind::Evict, QStringLiteral("prod/virt-launcher-db-x7k2p")}, {StepKind::Evict, QStringLiteral("prod/virt-launcher-web-x7k2p")},
            {StepKind::Evict, QStringLiteral("rook-ceph/rook-ceph-osd-3-5d9c7")}, {StepKind::Evict, QStringLiteral("rook-ceph/rook-ceph-osd-4-5d9c7")},
            {StepKind::Evict, QStringLiteral("shop/frontend-6f7d-abcde")}, {StepKind::WaitDrained, a01}};
        QCOMPARE(shape(p), expected);
        QCOMPARE(p.steps[0].gate, Gate::None);
        for (int i = 1; i < p.steps.size(); ++i)
            QCOMPARE(p.steps[i].gate, Gate::PreviousStep); // nothing before the cordon
        nodeIn(s, a01)->unschedulable = true;
        p = planMaintenance(s, enter(VmPolicy::StopAndRestartAfter), kNow);
        QCOMPARE(shape(p), expected);
        QVERIFY(p.steps[0].done);
        const QList<Gate> gates{Gate::None, Gate::CephOkToStop, Gate::None, Gate::None, Gate::None,
                                Gate::CephOkToStop, Gate::CephOkToStop, Gate::None, Gate::PreviousStep};
        for (int i = 0; i < p.steps.size(); ++i)
            QCOMPARE(p.steps[i].gate, gates[i]);
        QCOMPARE(p.steps[1].reason, QStringLiteral("Ceph must confirm that osd.3, osd.4 can stop (ceph osd ok-to-stop)"));
        QCOMPARE(p.steps[3].reason, QStringLiteral("KubeVirt turns this eviction into a live migration of prod/db (to a03, expected)"));
    }

    void blockersHoldEverything()
    {
        const MaintenancePlan p = planMaintenance(cephState(), enter(VmPolicy::Refuse), kNow);
        QCOMPARE(p.phase, MaintenancePhase::Blocked);
        QVERIFY(!p.canApply());
        for (const PlanStep &s : p.steps)
            QCOMPARE(s.gate, Gate::Blocked);
        QVERIFY(p.steps.first().waitsOn.startsWith(QStringLiteral("prod/legacy cannot live-migrate: DisksNotLiveMigratable")));
    }

    void migrationSlots_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("webGate");
        QTest::addColumn<int>("dbGate");
        QTest::addColumn<QString>("waitsOn");
        const int none = int(Gate::None), slot = int(Gate::MigrationSlot);
        QTest::newRow("free") << "" << none << none << "";
        QTest::newRow("one leaving this host") << "from-here" << slot << none
                                               << "2 migrations running or starting from a01 (limit 2, parallelOutboundMigrationsPerNode)";
        QTest::newRow("an evacuation not started yet") << "evacuation" << slot << none
                                                       << "2 migrations running or starting from a01 (limit 2, parallelOutboundMigrationsPerNode)";
        QTest::newRow("cluster full") << "cluster" << slot << slot
                                      << "5 migrations running or starting in the cluster (limit 5, parallelMigrationsPerCluster)";
        QTest::newRow("KubeVirt allows one per host") << "config" << slot << none
                                                      << "1 migrations running or starting from a01 (limit 1, parallelOutboundMigrationsPerNode)";
    }
    void migrationSlots()
    {
        QFETCH(QString, situation);
        QFETCH(int, webGate);
        QFETCH(int, dbGate);
        QFETCH(QString, waitsOn);
        MaintenanceState s = maintenanceState();
        nodeIn(s, a01)->unschedulable = true;
        if (situation == QLatin1String("from-here")) {
            s.cluster.migrations << migration(QStringLiteral("gone"), QStringLiteral("Running"), QStringLiteral("a03"));
            s.cluster.migrations.last().migrationState.sourceNode = a01;
        }
        if (situation == QLatin1String("evacuation")) {
            s.cluster.vmis << vmi(QStringLiteral("evac"), a01, 1, 1);
            s.cluster.vmis.last().evacuationNodeName = a01;
        }
        if (situation == QLatin1String("cluster"))
            for (int i = 0; i < 5; ++i)
                s.cluster.migrations << migration(QStringLiteral("m%1").arg(i), QStringLiteral("Scheduling"), QStringLiteral("a03"));
        if (situation == QLatin1String("config"))
            s.kubevirt.parallelOutboundMigrationsPerNode = 1;
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        const PlanStep *db = stepFor(p, StepKind::Evict, QStringLiteral("prod/virt-launcher-db-x7k2p"));
        const PlanStep *web = stepFor(p, StepKind::Evict, QStringLiteral("prod/virt-launcher-web-x7k2p"));
        QCOMPARE(int(db->gate), dbGate);
        QCOMPARE(int(web->gate), webGate);
        QCOMPARE(web->waitsOn, waitsOn);
        // Ordinary pods never wait for a migration slot.
        QCOMPARE(stepFor(p, StepKind::Evict, QStringLiteral("shop/frontend-6f7d-abcde"))->gate, Gate::None);
    }

    void resumesAfterACrashAtEveryStep()
    {
        const MaintenanceState start = cephState();
        const MaintenanceIntent intent = enter(VmPolicy::StopAndRestartAfter);
        const MaintenancePlan original = planMaintenance(start, intent, kNow);
        const int actions = int(original.steps.size()) - 1; // all but WaitDrained
        for (int k = 0; k <= actions; ++k) {
            MaintenanceState s = start;
            for (int i = 0; i < k; ++i)
                apply(s, original.steps[i]);
            const MaintenancePlan p = planMaintenance(s, intent, kNow);
            QCOMPARE(shape(p), shape(original));
            for (int i = 0; i < actions; ++i)
                QVERIFY2(p.steps[i].done == (i < k), qPrintable(QStringLiteral("after %1 steps, step %2 (%3)").arg(k).arg(i).arg(p.steps[i].subject)));
            QVERIFY(!p.steps.last().done);
            QVERIFY(p.canApply());
        }
        // Everything accepted has finished: ready, and nothing left to do or to repeat.
        MaintenanceState s = start;
        for (int i = 0; i < actions; ++i)
            apply(s, original.steps[i]);
        settle(s);
        const MaintenancePlan ready = planMaintenance(s, intent, kNow);
        QCOMPARE(ready.phase, MaintenancePhase::Ready);
        QCOMPARE(ready.etaSeconds, 0);
        QCOMPARE(ready.vmsLeft, 0);
        QCOMPARE(ready.podsLeft, 0);
        for (const PlanStep &st : ready.steps)
            QVERIFY2(st.done, qPrintable(st.subject));
        QVERIFY(stepFor(ready, StepKind::StopVm, kLegacy)); // still shown, done
        QCOMPARE(itemFor(ready, kLegacy)->action, ItemAction::StopAndRestart);
    }

    void leaving()
    {
        MaintenanceState s = cephState();
        nodeIn(s, a01)->unschedulable = true;
        s.ceph.pgsClean = false;
        s.ceph.health = QStringLiteral("HEALTH_WARN");
        s.cluster.vmis.removeIf([](const core::Vmi &v) { return v.meta.name == QLatin1String("legacy"); });
        for (core::Vm &vm : s.vms) {
            if (vm.meta.name != QLatin1String("legacy"))
                continue;
            vm.runStrategy = core::RunStrategy::Halted;
            vm.meta.annotations = {{annotations::stoppedFor, a01}, {annotations::restartAfter, QStringLiteral("true")},
                                   {annotations::runStrategyBefore, QStringLiteral("RerunOnFailure")}};
        }
        core::Vm kept = vmOf(vmi(QStringLiteral("kept"), a01, 1, 1), core::RunStrategy::Halted);
        kept.meta.annotations.insert(annotations::stoppedFor, a01);
        s.vms << kept;
        MaintenanceIntent intent = enter();
        intent.leaving = true;

        MaintenancePlan p = planMaintenance(s, intent, kNow);
        QCOMPARE(p.phase, MaintenancePhase::Leaving);
        QCOMPARE(shape(p), (QList<QPair<StepKind, QString>>{{StepKind::Uncordon, a01}, {StepKind::StartVm, kLegacy}, {StepKind::WaitClean, a01}}));
        QCOMPARE(p.steps[0].gate, Gate::None);
        QCOMPARE(p.steps[1].gate, Gate::PreviousStep);
        QCOMPARE(itemFor(p, kLegacy)->action, ItemAction::Restart);
        QVERIFY(itemFor(p, kLegacy)->reason.contains(QStringLiteral("runStrategy RerunOnFailure")));
        QCOMPARE(itemFor(p, QStringLiteral("prod/kept"))->action, ItemAction::ShutDown);

        nodeIn(s, a01)->unschedulable = false;
        p = planMaintenance(s, intent, kNow);
        QVERIFY(p.steps[0].done);
        QCOMPARE(p.steps[1].gate, Gate::None);
        QCOMPARE(p.steps[2].gate, Gate::CephOkToStop);
        QCOMPARE(p.steps[2].waitsOn, QStringLiteral("Ceph's placement groups are not all active+clean yet (HEALTH_WARN)"));

        for (core::Vm &vm : s.vms)
            if (vm.meta.name == QLatin1String("legacy"))
                vm.runStrategy = core::RunStrategy::RerunOnFailure;
        s.ceph.pgsClean = true;
        p = planMaintenance(s, intent, kNow);
        QCOMPARE(p.phase, MaintenancePhase::Done);
        // Without Ceph there is nothing to wait for.
        s.ceph.present = false;
        QCOMPARE(planMaintenance(s, intent, kNow).steps.size(), 2);
    }

    void eta_data()
    {
        QTest::addColumn<QList<int>>("memGiB");
        QTest::addColumn<QString>("bandwidth");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<int>("runningFor"); // vm1 migrates since this many seconds; -1: not
        QTest::addColumn<int>("eta");
        // 1 GiB/s assumed when unlimited; 15 s per migration on top.
        QTest::newRow("two in parallel") << QList<int>{8, 8} << "" << 2 << -1 << 23;
        QTest::newRow("three, two slots") << QList<int>{8, 8, 8} << "" << 2 << -1 << 46;
        QTest::newRow("largest first") << QList<int>{4, 16, 4} << "" << 2 << -1 << 38;
        QTest::newRow("one slot") << QList<int>{8, 8} << "" << 1 << -1 << 46;
        QTest::newRow("512Mi/s") << QList<int>{8, 8} << "512Mi" << 2 << -1 << 31;
        QTest::newRow("one under way for 10 s") << QList<int>{8, 8} << "" << 1 << 10 << 36;
        QTest::newRow("nothing") << QList<int>{} << "" << 2 << -1 << 0;
    }
    void eta()
    {
        QFETCH(QList<int>, memGiB);
        QFETCH(QString, bandwidth);
        QFETCH(int, perNode);
        QFETCH(int, runningFor);
        QFETCH(int, eta);
        MaintenanceState s = etaState(memGiB);
        s.kubevirt.parallelOutboundMigrationsPerNode = perNode;
        if (!bandwidth.isEmpty())
            s.kubevirt.bandwidthPerMigrationBytes = 512LL * 1024 * 1024;
        if (runningFor >= 0) {
            core::Vmi &v = s.cluster.vmis.first();
            v.hasMigrationState = true;
            v.migrationState.sourceNode = a01;
            v.migrationState.targetNode = QStringLiteral("a03");
            v.migrationState.startTimestamp = kNow.addSecs(-runningFor);
        }
        QCOMPARE(planMaintenance(s, enter(), kNow).etaSeconds, eta);
    }

    void etaCountsStops()
    {
        MaintenanceState s = etaState({8});
        s.cluster.vmis << vmi(QStringLiteral("pinned"), a01, 1, 2, false);
        s.vms << vmOf(s.cluster.vmis.last());
        QCOMPARE(planMaintenance(s, enter(VmPolicy::Stop), kNow).etaSeconds, 23 + 60);
    }

    void deterministic()
    {
        MaintenanceState s = cephState();
        s.pdbs << pdb(QStringLiteral("shop"), QStringLiteral("b"), {{QStringLiteral("app"), QStringLiteral("frontend")}}, 1)
               << pdb(QStringLiteral("shop"), QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("frontend")}}, 1);
        s.pods << pod(QStringLiteral("ops"), QStringLiteral("bare"), a01, QString());
        for (const char *n : {"v1", "v2", "v3", "v4"}) {
            s.cluster.vmis << vmi(QLatin1String(n), a01, 2, 4); // equal sizes: ties broken by key
            s.vms << vmOf(s.cluster.vmis.last());
            s.pods << launcher(s.cluster.vmis.last());
        }
        for (const VmPolicy policy : {VmPolicy::Refuse, VmPolicy::Stop}) {
            const QString expected = dump(planMaintenance(s, enter(policy), kNow));
            QCOMPARE(dump(planMaintenance(s, enter(policy), kNow)), expected);
            for (quint32 seed = 1; seed <= 8; ++seed) {
                QRandomGenerator rng(seed);
                MaintenanceState t = s;
                shuffle(t.cluster.nodes, rng);
                shuffle(t.cluster.vmis, rng);
                shuffle(t.vms, rng);
                shuffle(t.pods, rng);
                shuffle(t.pdbs, rng);
                QCOMPARE(dump(planMaintenance(t, enter(policy), kNow)), expected);
            }
        }
    }

    void intentInAnnotations()
    {
        core::Node n = node(a01, 8, 8);
        QVERIFY(!intentOf(n).has_value());
        n.meta.annotations = {{annotations::policy, QStringLiteral("StopAndRestartAfter")},
                              {annotations::reason, QStringLiteral("replace nvme2")},
                              {annotations::state, QStringLiteral("draining")}};
        auto i = intentOf(n);
        QVERIFY(i.has_value());
        QCOMPARE(i->node, a01);
        QCOMPARE(i->policy, VmPolicy::StopAndRestartAfter);
        QCOMPARE(i->reason, QStringLiteral("replace nvme2"));
        QVERIFY(!i->leaving);
        n.meta.annotations.insert(annotations::state, QStringLiteral("leaving"));
        n.meta.annotations.insert(annotations::policy, QStringLiteral("Obliterate"));
        i = intentOf(n);
        QVERIFY(i->leaving);
        QCOMPARE(i->policy, VmPolicy::Refuse); // an unknown policy never stops VMs
        for (VmPolicy p : {VmPolicy::Refuse, VmPolicy::Stop, VmPolicy::StopAndRestartAfter})
            QCOMPARE(policyFromName(policyName(p)).value_or(VmPolicy(-1)), p);
        QVERIFY(!policyFromName(QStringLiteral("stop")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceSteps)
#include "test_maintenancesteps.moc"
