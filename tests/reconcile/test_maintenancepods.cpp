// The maintenance planner's pods: DaemonSet, mirror, bare and finished pods, the eviction API's
// PodDisruptionBudget answers, Ceph's ok-to-stop gate and Rook's OSD budgets.
#include "MaintenanceFixtures.h"

#include <QTest>

using namespace drover;
using namespace drover::reconcile;
using namespace drover::reconcile::fixtures;

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
} // namespace

class TestMaintenancePods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pods_data()
    {
        QTest::addColumn<QString>("ownerKind");
        QTest::addColumn<bool>("mirror");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<bool>("terminating");
        QTest::addColumn<int>("action"); // -1: not listed
        QTest::addColumn<QString>("key");
        QTest::newRow("ReplicaSet") << "ReplicaSet" << false << "Running" << false << int(ItemAction::Evict) << "";
        QTest::newRow("StatefulSet") << "StatefulSet" << false << "Running" << false << int(ItemAction::Evict) << "";
        QTest::newRow("DaemonSet") << "DaemonSet" << false << "Running" << false << int(ItemAction::Stays) << "";
        QTest::newRow("mirror") << "Node" << true << "Running" << false << int(ItemAction::Stays) << "";
        QTest::newRow("bare") << "" << false << "Running" << false << int(ItemAction::Blocked) << "BarePod";
        QTest::newRow("finished") << "Job" << false << "Succeeded" << false << -1 << "";
        QTest::newRow("failed bare") << "" << false << "Failed" << false << -1 << "";
        QTest::newRow("terminating") << "ReplicaSet" << false << "Running" << true << int(ItemAction::Evict) << "";
    }
    void pods()
    {
        QFETCH(QString, ownerKind);
        QFETCH(bool, mirror);
        QFETCH(QString, phase);
        QFETCH(bool, terminating);
        QFETCH(int, action);
        QFETCH(QString, key);
        MaintenanceState s = maintenanceState();
        core::Pod p = pod(QStringLiteral("ops"), QStringLiteral("probe"), a01, ownerKind);
        p.phase = core::podPhaseFromName(phase);
        if (mirror)
            p.meta.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), QStringLiteral("3f1c"));
        if (terminating)
            p.meta.deletionTimestamp = kNow;
        s.pods << p;
        const MaintenancePlan plan = planMaintenance(s, enter(), kNow);
        const PlanItem *i = itemFor(plan, QStringLiteral("ops/probe"));
        QCOMPARE(i != nullptr, action >= 0);
        if (!i)
            return;
        QCOMPARE(i->kind, QStringLiteral("Pod"));
        QCOMPARE(int(i->action), action);
        QCOMPARE(i->blockKey, key);
        QCOMPARE(i->done, terminating);
        QCOMPARE(hasBlocker(plan, Block::BarePod, QStringLiteral("BarePod")), !key.isEmpty());
        QCOMPARE(stepFor(plan, StepKind::Evict, QStringLiteral("ops/probe")) != nullptr, action != int(ItemAction::Stays));
    }

    void pdbs_data()
    {
        QTest::addColumn<QString>("budgets"); // which budgets exist, see below
        QTest::addColumn<bool>("cordoned");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("gate");
        QTest::newRow("none") << "" << false << int(Block::None) << "" << int(Gate::PreviousStep);
        QTest::newRow("allows one") << "ok" << false << int(Block::None) << "" << int(Gate::PreviousStep);
        QTest::newRow("allows none") << "zero" << false << int(Block::PdbNoDisruptions) << "DisruptionBudget" << int(Gate::Blocked);
        QTest::newRow("stale") << "stale" << false << int(Block::PdbStale) << "PdbStale" << int(Gate::Blocked);
        QTest::newRow("two budgets") << "ok,other" << false << int(Block::PdbMultiple) << "PdbMultiple" << int(Gate::Blocked);
        QTest::newRow("empty selector matches nothing") << "empty" << false << int(Block::None) << "" << int(Gate::PreviousStep);
        QTest::newRow("other namespace") << "elsewhere" << false << int(Block::None) << "" << int(Gate::PreviousStep);
        QTest::newRow("allows none while draining: waits") << "zero" << true << int(Block::None) << "" << int(Gate::Pdb);
        QTest::newRow("stale while draining: waits") << "stale" << true << int(Block::None) << "" << int(Gate::Pdb);
        QTest::newRow("two budgets while draining") << "ok,other" << true << int(Block::PdbMultiple) << "PdbMultiple" << int(Gate::Blocked);
    }
    void pdbs()
    {
        QFETCH(QString, budgets);
        QFETCH(bool, cordoned);
        QFETCH(int, block);
        QFETCH(QString, key);
        QFETCH(int, gate);
        MaintenanceState s = maintenanceState();
        nodeIn(s, a01)->unschedulable = cordoned;
        const QMap<QString, QString> app{{QStringLiteral("app"), QStringLiteral("frontend")}};
        const QString shop = QStringLiteral("shop");
        for (const QString &b : budgets.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (b == QLatin1String("ok"))
                s.pdbs << pdb(shop, QStringLiteral("frontend"), app, 1);
            if (b == QLatin1String("other"))
                s.pdbs << pdb(shop, QStringLiteral("all-shop"), app, 2);
            if (b == QLatin1String("zero"))
                s.pdbs << pdb(shop, QStringLiteral("frontend"), app, 0, 2, 3);
            if (b == QLatin1String("stale")) {
                s.pdbs << pdb(shop, QStringLiteral("frontend"), app, 1);
                s.pdbs.last().generation = 4;
            }
            if (b == QLatin1String("empty"))
                s.pdbs << pdb(shop, QStringLiteral("everything"), {}, 0);
            if (b == QLatin1String("elsewhere"))
                s.pdbs << pdb(QStringLiteral("billing"), QStringLiteral("frontend"), app, 0);
        }
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        const QString frontend = QStringLiteral("shop/frontend-6f7d-abcde");
        const PlanItem *i = itemFor(p, frontend);
        QCOMPARE(int(i->block), block);
        QCOMPARE(i->blockKey, key);
        QCOMPARE(hasBlocker(p, Block(block), key), block != int(Block::None));
        QCOMPARE(int(stepFor(p, StepKind::Evict, frontend)->gate), gate);
        if (budgets == QLatin1String("zero"))
            QVERIFY2(stepFor(p, StepKind::Evict, frontend)->waitsOn.contains(QStringLiteral("needs 3 healthy pods and has 2")),
                     qPrintable(stepFor(p, StepKind::Evict, frontend)->waitsOn));
    }

    void ceph_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("gateStep"); // the CephGate step's gate
        QTest::addColumn<int>("osdEvict"); // the gate of osd.3's eviction once cordoned
        QTest::addColumn<QString>("key");
        QTest::newRow("default PDB spent: no block") << "default-spent" << int(Block::None) << int(Gate::CephOkToStop) << int(Gate::CephOkToStop) << "";
        QTest::newRow("ok-to-stop unknown: waits") << "" << int(Block::None) << int(Gate::CephOkToStop) << int(Gate::CephOkToStop) << "";
        QTest::newRow("ok-to-stop yes") << "ok" << int(Block::None) << int(Gate::None) << int(Gate::None) << "";
        QTest::newRow("ok-to-stop no") << "not-ok" << int(Block::CephNotOkToStop) << int(Gate::Blocked) << int(Gate::Blocked) << "CephNotOkToStop";
        QTest::newRow("other domain drains, PGs not clean") << "other-domain" << int(Block::CephOtherDomainDraining)
                                                            << int(Gate::CephOkToStop) << int(Gate::CephOkToStop) << "CephOtherDomainDraining";
        QTest::newRow("host budget at 0, PGs not clean") << "host-pdb" << int(Block::CephOtherDomainDraining) << int(Gate::None)
                                                         << int(Gate::Blocked) << "CephOtherDomainDraining";
        QTest::newRow("host budget at 0, PGs clean: waits") << "host-pdb-clean" << int(Block::None) << int(Gate::None) << int(Gate::Pdb) << "";
    }
    void ceph()
    {
        QFETCH(QString, situation);
        QFETCH(int, block);
        QFETCH(int, gateStep);
        QFETCH(int, osdEvict);
        QFETCH(QString, key);
        MaintenanceState s = cephState();
        OkToStop ok;
        ok.known = situation == QLatin1String("ok") || situation == QLatin1String("not-ok") || situation.startsWith(QLatin1String("host-pdb"));
        ok.ok = situation != QLatin1String("not-ok");
        ok.osds = {3, 4};
        ok.numOkPgs = 88;
        ok.numNotOkPgs = ok.ok ? 0 : 12;
        ok.exitStatus = ok.ok ? 0 : 16;
        s.ceph.okToStop.insert(a01, ok);
        if (situation == QLatin1String("default-spent"))
            s.pdbs.first().disruptionsAllowed = 0;
        if (situation == QLatin1String("other-domain") || situation == QLatin1String("host-pdb")) {
            s.ceph.drainingFailureDomain = QStringLiteral("a03");
            s.ceph.pgsClean = false;
        }
        if (situation.startsWith(QLatin1String("host-pdb"))) {
            s.pdbs.first().meta.name = QStringLiteral("rook-ceph-osd-host-a01");
            s.pdbs.first().selector.matchLabels = {{QStringLiteral("topology-location-host"), a01}};
            s.pdbs.first().disruptionsAllowed = 0;
        }
        if (situation == QLatin1String("host-pdb"))
            s.ceph.drainingFailureDomain.clear(); // only the budget tells
        MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        QCOMPARE(p.blockers.isEmpty(), block == int(Block::None));
        if (block != int(Block::None)) {
            QCOMPARE(int(p.blockers.first().block), block);
            QCOMPARE(p.blockers.first().key, key);
        }
        if (situation == QLatin1String("not-ok"))
            QCOMPARE(p.blockers.first().message,
                     QStringLiteral("Ceph says stopping osd.3, osd.4 would leave 12 placement groups without enough copies (88 ok)"));
        nodeIn(s, a01)->unschedulable = true;
        p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        const PlanStep *gate = stepFor(p, StepKind::CephGate, a01);
        QVERIFY(gate);
        QCOMPARE(int(gate->gate), gateStep);
        QCOMPARE(gate->done, ok.known && ok.ok);
        QCOMPARE(int(stepFor(p, StepKind::Evict, QStringLiteral("rook-ceph/rook-ceph-osd-3-5d9c7"))->gate), osdEvict);
    }

    // A CLI that could not reach the monitors (exit 1) is no verdict: the gate waits and says why,
    // it never claims Ceph said no.
    void cephThatDidNotAnswerIsWaitedFor()
    {
        MaintenanceState s = cephState();
        QVERIFY(!isOkToStopVerdict(1) && !isOkToStopVerdict(2) && !isOkToStopVerdict(22));
        QVERIFY(isOkToStopVerdict(0) && isOkToStopVerdict(11) && isOkToStopVerdict(16));
        OkToStop ok;
        ok.known = false;
        ok.exitStatus = 1;
        ok.osds = {3, 4};
        ok.message = QStringLiteral("Ceph gave no answer (exit status 1): [errno 110] RADOS timed out");
        s.ceph.okToStop.insert(a01, ok);
        nodeIn(s, a01)->unschedulable = true;
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        QVERIFY(p.blockers.isEmpty());
        const PlanStep *gate = stepFor(p, StepKind::CephGate, a01);
        QVERIFY(gate);
        QCOMPARE(gate->gate, Gate::CephOkToStop);
        QVERIFY(!gate->done);
        QCOMPARE(gate->waitsOn, QStringLiteral("waiting for Ceph's answer to ok-to-stop for osd.3, osd.4 (%1)").arg(ok.message));
    }

    void noCephGateWithoutOsdsOrCeph()
    {
        MaintenanceState s = cephState();
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Refuse, QStringLiteral("a02")), kNow);
        QVERIFY(!stepFor(p, StepKind::CephGate, QStringLiteral("a02")));
        QVERIFY(stepFor(planMaintenance(s, enter(), kNow), StepKind::CephGate, a01));
        // Without Ceph's answers (no CephCluster seen) OSD pods are evicted like the others.
        s.ceph.present = false;
        nodeIn(s, a01)->unschedulable = true;
        const MaintenancePlan noCeph = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        QVERIFY(!stepFor(noCeph, StepKind::CephGate, a01));
        QCOMPARE(stepFor(noCeph, StepKind::Evict, QStringLiteral("rook-ceph/rook-ceph-osd-3-5d9c7"))->gate, Gate::None);
    }
};

QTEST_GUILESS_MAIN(TestMaintenancePods)
#include "test_maintenancepods.moc"
