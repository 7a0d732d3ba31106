// The maintenance planner's preflight for VMs: what happens to each VM on the host, and every
// refusal with the anchors' key (KubeVirt's LiveMigratable reasons, Harvester's keys); the
// control-plane rule; the items listed. Pods, budgets and Ceph: test_maintenancepods.cpp.
#include "MaintenanceFixtures.h"

#include <QTest>

using namespace drover;
using namespace drover::reconcile;
using namespace drover::reconcile::fixtures;

namespace {
const QString kLegacy = QStringLiteral("prod/legacy");
const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

core::Condition liveMigratable(bool ok, const QString &reason = {}, const QString &message = {})
{
    core::Condition c;
    c.type = QStringLiteral("LiveMigratable");
    c.status = ok ? QStringLiteral("True") : QStringLiteral("False");
    c.reason = reason;
    c.message = message;
    return c;
}
} // namespace

class TestMaintenancePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vmActions_data()
    {
        QTest::addColumn<QString>("clusterStrategy");
        QTest::addColumn<QString>("vmiStrategy");
        QTest::addColumn<QString>("notMigratable"); // the LiveMigratable=False reason, or "" when migratable
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *tag, const char *cluster, const char *vmi, const char *reason, VmPolicy p,
                            ItemAction a, Block b, const char *key) {
            QTest::newRow(tag) << QString::fromLatin1(cluster) << QString::fromLatin1(vmi) << QString::fromLatin1(reason)
                               << int(p) << int(a) << int(b) << QString::fromLatin1(key);
        };
        const char *disks = "DisksNotLiveMigratable";
        row("LiveMigrate, migratable", "LiveMigrate", "", "", VmPolicy::Refuse, ItemAction::LiveMigrate, Block::None, "");
        row("None refuses", "None", "", "", VmPolicy::Refuse, ItemAction::Blocked, Block::EvictionStrategyNone, "EvictionStrategyNone");
        row("None, Stop", "None", "", "", VmPolicy::Stop, ItemAction::ShutDown, Block::None, "");
        row("None, StopAndRestartAfter", "None", "", "", VmPolicy::StopAndRestartAfter, ItemAction::StopAndRestart, Block::None, "");
        row("default is None", "", "", "", VmPolicy::Refuse, ItemAction::Blocked, Block::EvictionStrategyNone, "EvictionStrategyNone");
        row("VMI None wins", "LiveMigrate", "None", "", VmPolicy::Refuse, ItemAction::Blocked, Block::EvictionStrategyNone, "EvictionStrategyNone");
        row("VMI LiveMigrate wins", "None", "LiveMigrate", "", VmPolicy::Refuse, ItemAction::LiveMigrate, Block::None, "");
        row("LiveMigrate, disks", "LiveMigrate", "", disks, VmPolicy::Refuse, ItemAction::Blocked, Block::LiveMigrateNotMigratable, disks);
        row("LiveMigrate, disks, Stop", "LiveMigrate", "", disks, VmPolicy::Stop, ItemAction::ShutDown, Block::None, "");
        row("LiveMigrate, host device", "LiveMigrate", "", "HostDeviceNotLiveMigratable", VmPolicy::Refuse, ItemAction::Blocked,
            Block::LiveMigrateNotMigratable, "HostDeviceNotLiveMigratable");
        row("IfPossible, disks", "LiveMigrateIfPossible", "", disks, VmPolicy::Refuse, ItemAction::Blocked, Block::NotLiveMigratable, disks);
        row("IfPossible, disks, restart", "LiveMigrateIfPossible", "", disks, VmPolicy::StopAndRestartAfter,
            ItemAction::StopAndRestart, Block::None, "");
        row("IfPossible, migratable", "LiveMigrateIfPossible", "", "", VmPolicy::Refuse, ItemAction::LiveMigrate, Block::None, "");
        row("External", "External", "", disks, VmPolicy::Refuse, ItemAction::LiveMigrate, Block::None, "");
    }
    void vmActions()
    {
        QFETCH(QString, clusterStrategy);
        QFETCH(QString, vmiStrategy);
        QFETCH(QString, notMigratable);
        QFETCH(int, policy);
        QFETCH(int, action);
        QFETCH(int, block);
        QFETCH(QString, key);
        MaintenanceState s = maintenanceState();
        s.kubevirt.evictionStrategy = clusterStrategy.isEmpty() ? core::KubeVirtConfig().evictionStrategy : clusterStrategy;
        core::Vmi *v = vmiIn(s, QStringLiteral("legacy"));
        v->evictionStrategy = vmiStrategy;
        v->conditions = {notMigratable.isEmpty() ? liveMigratable(true) : liveMigratable(false, notMigratable)};
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy(policy)), kNow);
        const PlanItem *i = itemFor(p, kLegacy);
        QVERIFY(i);
        QCOMPARE(i->kind, QStringLiteral("VirtualMachine"));
        QCOMPARE(int(i->action), action);
        QCOMPARE(int(i->block), block);
        QCOMPARE(i->blockKey, key);
        QCOMPARE(hasBlocker(p, Block(block), key), block != int(Block::None));
        if (block != int(Block::None))
            QCOMPARE(p.phase, MaintenancePhase::Blocked);
        // A VM stopped first is a StopVm step, and its pod is never evicted.
        const bool stops = action == int(ItemAction::ShutDown) || action == int(ItemAction::StopAndRestart);
        QCOMPARE(stepFor(p, StepKind::StopVm, kLegacy) != nullptr, stops);
        QCOMPARE(stepFor(p, StepKind::Evict, QStringLiteral("prod/virt-launcher-legacy-x7k2p")) != nullptr, !stops);
    }

    void notMigratableNamesWhatPinsIt()
    {
        MaintenanceState s = maintenanceState();
        core::Vmi *v = vmiIn(s, QStringLiteral("legacy"));
        v->claimNames = {QStringLiteral("legacy-root"), QStringLiteral("shared-iso")};
        v->hostDiskVolumes = {QStringLiteral("scratch")};
        v->hostDevices = {QStringLiteral("gpu1")};
        core::PersistentVolumeClaim root, iso;
        root.meta.ns = iso.meta.ns = QStringLiteral("prod");
        root.meta.name = QStringLiteral("legacy-root");
        root.accessModes = {QStringLiteral("ReadWriteOnce")};
        iso.meta.name = QStringLiteral("shared-iso");
        iso.accessModes = {QStringLiteral("ReadWriteMany")};
        s.pvcs = {iso, root};
        const MaintenancePlan p = planMaintenance(s, enter(), kNow);
        QCOMPARE(p.blockers.size(), 1);
        const Blocker &b = p.blockers.first();
        QCOMPARE(b.block, Block::LiveMigrateNotMigratable);
        QCOMPARE(b.key, QStringLiteral("DisksNotLiveMigratable"));
        QCOMPARE(b.subject, kLegacy);
        QVERIFY2(b.message.startsWith(QStringLiteral("prod/legacy cannot live-migrate: DisksNotLiveMigratable "
                                                     "(PVC legacy-root is ReadWriteOnce; hostDisk scratch; host device gpu1); "
                                                     "with evictionStrategy LiveMigrate KubeVirt's webhook would refuse its eviction forever")),
                 qPrintable(b.message));
        // Without the PVCs, KubeVirt's own message says why.
        s.pvcs.clear();
        v->hostDiskVolumes.clear();
        v->hostDevices.clear();
        const QString msg = planMaintenance(s, enter(), kNow).blockers.first().message;
        QVERIFY2(msg.contains(QStringLiteral("(cannot migrate VMI: PVC root is not shared)")), qPrintable(msg));
    }

    void targetsAndWhyThere()
    {
        MaintenanceState s = maintenanceState();
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        QVERIFY(p.canApply());
        const PlanItem *db = itemFor(p, QStringLiteral("prod/db"));
        QCOMPARE(db->action, ItemAction::LiveMigrate);
        QCOMPARE(db->target, QStringLiteral("a03"));
        QCOMPARE(db->reason, QStringLiteral("most room left: 56 vCPU, 224 GiB free after the move"));
        // web is planned after db (largest first) and sees the room db takes on a03.
        const PlanItem *web = itemFor(p, QStringLiteral("prod/web"));
        QCOMPARE(web->target, QStringLiteral("a03"));
        QCOMPARE(web->reason, QStringLiteral("most room left: 54 vCPU, 220 GiB free after the move"));
    }

    void roomIsCountedAcrossTheDrain()
    {
        // Two 40 GiB VMs leave a01; a02 and a03 each have room for one: they must not both
        // count on the same host. A third finds no room at all.
        MaintenanceState s;
        s.cluster.nodes = {node(a01, 64, 256), node(QStringLiteral("a02"), 32, 48), node(QStringLiteral("a03"), 32, 50)};
        s.kubevirt.evictionStrategy = QStringLiteral("LiveMigrate");
        for (const char *n : {"big1", "big2", "big3"}) {
            s.cluster.vmis << vmi(QLatin1String(n), a01, 2, 40);
            s.vms << vmOf(s.cluster.vmis.last());
            s.pods << launcher(s.cluster.vmis.last());
        }
        const MaintenancePlan p = planMaintenance(s, enter(), kNow);
        QCOMPARE(itemFor(p, QStringLiteral("prod/big1"))->target, QStringLiteral("a03"));
        QCOMPARE(itemFor(p, QStringLiteral("prod/big2"))->target, QStringLiteral("a02"));
        const PlanItem *third = itemFor(p, QStringLiteral("prod/big3"));
        QCOMPARE(third->block, Block::NoTargetHost);
        QCOMPARE(third->blockKey, QStringLiteral("NodeSchedulingRequirementsNotMet"));
        QVERIFY2(third->reason.contains(QStringLiteral("2 have too little room left")), qPrintable(third->reason));
    }

    void noOtherHostFits_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("action");
        QTest::newRow("refuse") << int(VmPolicy::Refuse) << int(ItemAction::Blocked);
        QTest::newRow("stop") << int(VmPolicy::Stop) << int(ItemAction::ShutDown);
        QTest::newRow("restart") << int(VmPolicy::StopAndRestartAfter) << int(ItemAction::StopAndRestart);
    }
    void noOtherHostFits()
    {
        QFETCH(int, policy);
        QFETCH(int, action);
        MaintenanceState s = maintenanceState();
        vmiIn(s, QStringLiteral("web"))->resources.nodeSelector.insert(QStringLiteral("drover.io/gpu"), QStringLiteral("a100"));
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy(policy), a01), kNow);
        const PlanItem *web = itemFor(p, QStringLiteral("prod/web"));
        QCOMPARE(int(web->action), action);
        QCOMPARE(hasBlocker(p, Block::NoTargetHost, QStringLiteral("NodeSchedulingRequirementsNotMet")),
                 policy == int(VmPolicy::Refuse));
        QVERIFY2(web->reason.contains(QStringLiteral("no other Ready, schedulable host fits prod/web (2 vCPU, 4 GiB): "
                                                     "2 do not match its nodeSelector or required affinity, 2 are cordoned or not Ready")),
                 qPrintable(web->reason));
    }

    void vmsAlreadyOnTheirWay()
    {
        MaintenanceState s = maintenanceState();
        core::Vmi *db = vmiIn(s, QStringLiteral("db"));
        db->hasMigrationState = true;
        db->migrationState.sourceNode = a01;
        db->migrationState.targetNode = QStringLiteral("a02");
        db->migrationState.startTimestamp = kNow.addSecs(-30);
        vmiIn(s, QStringLiteral("web"))->phase = core::VmiPhase::Scheduled;
        nodeIn(s, a01)->unschedulable = true;
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        const PlanItem *i = itemFor(p, QStringLiteral("prod/db"));
        QCOMPARE(i->action, ItemAction::LiveMigrate);
        QCOMPARE(i->target, QStringLiteral("a02"));
        QCOMPARE(i->reason, QStringLiteral("KubeVirt is migrating it to a02 (started 30 s ago)"));
        QVERIFY(stepFor(p, StepKind::Evict, QStringLiteral("prod/virt-launcher-db-x7k2p"))->done); // never evicted twice
        const PlanItem *web = itemFor(p, QStringLiteral("prod/web"));
        QCOMPARE(web->action, ItemAction::Evict);
        QVERIFY(web->reason.startsWith(QStringLiteral("Scheduled, not Running")));
        QCOMPARE(stepFor(p, StepKind::Evict, QStringLiteral("prod/virt-launcher-web-x7k2p"))->gate, Gate::None);
    }

    void controlPlane_data()
    {
        QTest::addColumn<QString>("controlPlanes"); // the control-plane hosts; a02 is "busy" below
        QTest::addColumn<QString>("busy");           // "cordoned" | "annotated" | ""
        QTest::addColumn<QString>("key");
        QTest::newRow("not a control plane") << "a02,a03" << "cordoned" << "";
        QTest::newRow("the only one") << "a01" << "" << "SingleControlPlane";
        QTest::newRow("three, none busy") << "a01,a02,a03" << "" << "";
        QTest::newRow("another cordoned") << "a01,a02,a03" << "cordoned" << "SecondControlPlane";
        QTest::newRow("another in maintenance") << "a01,a02,a03" << "annotated" << "SecondControlPlane";
    }
    void controlPlane()
    {
        QFETCH(QString, controlPlanes);
        QFETCH(QString, busy);
        QFETCH(QString, key);
        MaintenanceState s = maintenanceState();
        const QStringList cps = controlPlanes.split(QLatin1Char(','));
        for (core::Node &n : s.cluster.nodes)
            if (cps.contains(n.meta.name))
                n.meta.labels.insert(n.meta.name == QLatin1String("a03") ? QStringLiteral("node-role.kubernetes.io/master")
                                                                          : QStringLiteral("node-role.kubernetes.io/control-plane"),
                                     QString());
        if (busy == QLatin1String("cordoned"))
            nodeIn(s, QStringLiteral("a02"))->unschedulable = true;
        if (busy == QLatin1String("annotated"))
            nodeIn(s, QStringLiteral("a02"))->meta.annotations.insert(annotations::state, QStringLiteral("ready"));
        const MaintenancePlan p = planMaintenance(s, enter(VmPolicy::Stop), kNow);
        QCOMPARE(p.blockers.size(), key.isEmpty() ? 0 : 1);
        if (key.isEmpty())
            return;
        QCOMPARE(p.blockers.first().key, key);
        QCOMPARE(p.blockers.first().subject, a01);
        QVERIFY2(p.blockers.first().message.contains(key == QLatin1String("SingleControlPlane")
                                                         ? QStringLiteral("single control-plane cluster, cannot place the control plane in maintenance mode")
                                                         : QStringLiteral("another control-plane node (a02) is already in maintenance mode")),
                 qPrintable(p.blockers.first().message));
        QCOMPARE(stepFor(p, StepKind::Cordon, a01)->gate, Gate::Blocked);
    }

    void unknownHost()
    {
        const MaintenancePlan p = planMaintenance(maintenanceState(), enter(VmPolicy::Refuse, QStringLiteral("zz")), kNow);
        QCOMPARE(p.phase, MaintenancePhase::Blocked);
        QCOMPARE(p.blockers.size(), 1);
        QCOMPARE(p.blockers.first().block, Block::UnknownNode);
        QVERIFY(p.steps.isEmpty());
    }

    void itemsListEverythingOnTheHost()
    {
        MaintenanceState s = maintenanceState();
        const MaintenancePlan p = planMaintenance(s, enter(), kNow);
        QStringList keys;
        for (const PlanItem &i : p.items)
            keys << i.key;
        // Blockers first (legacy is not migratable), then by key; launchers are their VMs.
        QCOMPARE(keys, (QStringList{kLegacy, QStringLiteral("kube-system/kube-proxy-a01"), QStringLiteral("prod/db"),
                                    QStringLiteral("prod/web"), QStringLiteral("shop/frontend-6f7d-abcde")}));
        QCOMPARE(p.vmsLeft, 3);
        QCOMPARE(p.podsLeft, 1);
    }
};

QTEST_GUILESS_MAIN(TestMaintenancePlan)
#include "test_maintenanceplan.moc"
