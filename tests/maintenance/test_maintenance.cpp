// The maintenance executor (ops::Maintenance) end to end against drover-sim, the way a console
// or droverd runs it: cordon, Ceph's ok-to-stop, the Eviction API with KubeVirt's webhook and
// evacuation migrations, Rook's disruption budgets, and leaving again. Scenarios:
// tests/data/scenarios/drain.yaml and drain-gpu.yaml (every VM starts on d1).
#include "MaintenanceCluster.h"
#include "MaintenancePreview.h"

#include <QSignalSpy>
#include <QTimer>

using namespace drover;
using namespace std::chrono_literals;

namespace {
const QString kD1 = QStringLiteral("d1");

bool hasBlock(const reconcile::MaintenancePlan &p, reconcile::Block b)
{
    return std::any_of(p.blockers.cbegin(), p.blockers.cend(), [b](const reconcile::Blocker &x) { return x.block == b; });
}
QString steps(const std::optional<ops::MaintenanceProgress> &p)
{
    if (!p)
        return QStringLiteral("(no session)");
    QStringList out{QStringLiteral("phase %1, error: %2").arg(int(p->plan.phase)).arg(p->lastError),
                    QStringLiteral("ceph known=%1 ok=%2 exit=%3 %4").arg(p->ceph.known).arg(p->ceph.ok).arg(p->ceph.exitStatus).arg(p->ceph.message)};
    for (const reconcile::PlanStep &s : p->plan.steps)
        out << QStringLiteral("%1 %2 done=%3 gate=%4 %5").arg(int(s.kind)).arg(s.subject).arg(s.done).arg(int(s.gate)).arg(s.waitsOn);
    for (const reconcile::Blocker &b : p->plan.blockers)
        out << b.key + QStringLiteral(": ") + b.message;
    return out.join(QLatin1Char('\n'));
}
QString blockers(const reconcile::MaintenancePlan &p)
{
    QStringList out;
    for (const reconcile::Blocker &b : p.blockers)
        out << b.key + QStringLiteral(": ") + b.message;
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

    // Starts the scenario and lets d2.. take VMs again; every VM runs on d1.
    bool startWithEverythingOnD1(test::MaintenanceCluster &c, const QString &scenario, int vms)
    {
        if (!c.start(scenario))
            return false;
        for (const QString &n : {QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4")})
            c.uncordon(n);
        return c.waitFor([&] { return c.vmisByNode().value(kD1).size() == vms; }, 20000);
    }
    static bool onlyDaemonSetPods(const QStringList &pods)
    {
        return std::all_of(pods.cbegin(), pods.cend(), [](const QString &p) {
            return p.startsWith(QLatin1String("kube-system/kube-proxy-")) || p.startsWith(QLatin1String("drover-system/drover-agent-"));
        });
    }
    static void printSafety(const QString &what, const ops::MaintenanceStats &s, int sharedActions = 0)
    {
        // The promises, counted: each must be 0.
        qInfo("%s: vms_stopped_that_should_have_migrated=%d hosts_drained_while_ceph_said_no=%d actions_done_twice=%d",
              qPrintable(what), s.migratableVmsStopped, s.osdEvictionsAgainstCeph, s.repeatedActions + sharedActions);
    }

private Q_SLOTS:
    void drainsEveryVmElsewhereAndLeaves()
    {
        test::MaintenanceCluster c;
        QVERIFY(startWithEverythingOnD1(c, QStringLiteral("drain.yaml"), 5));
        QSignalSpy ready(c.maintenance.get(), &ops::Maintenance::ready);
        c.maintenance->enter({kD1, reconcile::VmPolicy::Refuse, QStringLiteral("replace nvme1")});
        QVERIFY2(c.waitFor([&] { return !ready.isEmpty(); }, 90000),
                 qPrintable(blockers(c.maintenance->progress(kD1).value_or(ops::MaintenanceProgress{}).plan)));
        const auto byNode = c.vmisByNode();
        QVERIFY2(!byNode.contains(kD1), qPrintable(byNode.value(kD1).join(QLatin1Char(','))));
        int running = 0;
        for (const QStringList &l : byNode)
            running += int(l.size());
        QCOMPARE(running, 5); // every VM runs, none was stopped
        QVERIFY2(onlyDaemonSetPods(c.podsOn(kD1)), qPrintable(c.podsOn(kD1).join(QLatin1Char(' '))));
        const QJsonObject node = c.node(kD1);
        QVERIFY(node[QLatin1String("spec")][QLatin1String("unschedulable")].toBool());
        QCOMPARE(node[QLatin1String("metadata")][QLatin1String("annotations")][QLatin1String("drover.io/maintenance")].toString(),
                 QStringLiteral("ready"));
        QCOMPARE(node[QLatin1String("metadata")][QLatin1String("annotations")][QLatin1String("drover.io/maintenance-reason")].toString(),
                 QStringLiteral("replace nvme1"));
        const auto progress = c.maintenance->progress(kD1);
        QVERIFY(progress);
        QCOMPARE(progress->plan.phase, reconcile::MaintenancePhase::Ready);
        QVERIFY(progress->ceph.known && progress->ceph.ok);
        QVERIFY(c.cephHealth() != QLatin1String("HEALTH_OK")); // its OSDs are down now: degraded, as Ceph would be

        QSignalSpy left(c.maintenance.get(), &ops::Maintenance::left);
        c.maintenance->leave(kD1);
        QVERIFY2(c.waitFor([&] { return !left.isEmpty(); }, 60000), qPrintable(steps(c.maintenance->progress(kD1))));
        const QJsonObject after = c.node(kD1);
        QVERIFY(!after[QLatin1String("spec")][QLatin1String("unschedulable")].toBool());
        QVERIFY(!after[QLatin1String("metadata")][QLatin1String("annotations")].toObject().contains(QLatin1String("drover.io/maintenance")));
        QVERIFY(c.waitFor([&] { return c.cephHealth() == QLatin1String("HEALTH_OK"); }, 30000));
        const ops::MaintenanceStats s = c.maintenance->stats();
        printSafety(QStringLiteral("drain"), s);
        QCOMPARE(s.repeatedActions, 0);
        QCOMPARE(s.migratableVmsStopped, 0);
        QCOMPARE(s.osdEvictionsAgainstCeph, 0);
    }

    void waitsWhileCephSaysNo()
    {
        test::MaintenanceCluster c;
        QVERIFY(startWithEverythingOnD1(c, QStringLiteral("drain.yaml"), 5));
        // An OSD of d2 is down: PGs with copies on d1 and d2 would go below min_size.
        QString d2osd;
        for (const QString &p : c.podsOn(QStringLiteral("d2")))
            if (p.startsWith(QLatin1String("rook-ceph/rook-ceph-osd-")))
                d2osd = p.mid(int(qstrlen("rook-ceph/rook-ceph-osd-"))).section(QLatin1Char('-'), 0, 0);
        QVERIFY(!d2osd.isEmpty());
        QVERIFY(c.fault(QStringLiteral("osd-down"), QUrlQuery{{QStringLiteral("id"), d2osd}}));
        c.maintenance->enter({kD1, reconcile::VmPolicy::Refuse, {}});
        const auto saysNo = [&] {
            const auto p = c.maintenance->progress(kD1);
            return p && p->ceph.known && !p->ceph.ok && hasBlock(p->plan, reconcile::Block::CephNotOkToStop);
        };
        QVERIFY(c.waitFor(saysNo, 30000));
        const auto p = c.maintenance->progress(kD1);
        QCOMPARE(p->ceph.exitStatus, 16);
        QVERIFY(p->ceph.numNotOkPgs > 0);
        QVERIFY2(blockers(p->plan).contains(QString::number(p->ceph.numNotOkPgs)), qPrintable(blockers(p->plan)));
        // The VMs may leave meanwhile; the OSD pods stay, Running, for as long as Ceph says no.
        QTest::qWait(3000);
        QStringList osds;
        for (const QString &pod : c.podsOn(kD1))
            if (pod.startsWith(QLatin1String("rook-ceph/rook-ceph-osd-")))
                osds << pod;
        QCOMPARE(osds.size(), 2);
        QVERIFY(c.maintenance->progress(kD1)->plan.phase != reconcile::MaintenancePhase::Ready);
        // Ceph recovers: the drain goes on by itself.
        QSignalSpy ready(c.maintenance.get(), &ops::Maintenance::ready);
        QVERIFY(c.fault(QStringLiteral("osd-up"), QUrlQuery{{QStringLiteral("id"), d2osd}}));
        QVERIFY2(c.waitFor([&] { return !ready.isEmpty(); }, 90000), qPrintable(blockers(c.maintenance->progress(kD1)->plan)));
        printSafety(QStringLiteral("ceph-says-no"), c.maintenance->stats());
        QCOMPARE(c.maintenance->stats().osdEvictionsAgainstCeph, 0);
        QCOMPARE(c.maintenance->stats().repeatedActions, 0);
    }

    void aVmThatCannotMigrateBlocksOrIsStoppedAndRestarted()
    {
        test::MaintenanceCluster c;
        QVERIFY(startWithEverythingOnD1(c, QStringLiteral("drain-gpu.yaml"), 2));
        {
            ops::MaintenancePreview preview(c.connection.get(), c.gate.get(), kD1);
            QVERIFY(c.waitFor([&] { return preview.synced() && !preview.plan().blockers.isEmpty(); }, 20000));
            const reconcile::MaintenancePlan plan = preview.plan();
            QVERIFY(!plan.canApply());
            QVERIFY2(hasBlock(plan, reconcile::Block::LiveMigrateNotMigratable) || hasBlock(plan, reconcile::Block::NotLiveMigratable),
                     qPrintable(blockers(plan)));
            QVERIFY2(blockers(plan).contains(QStringLiteral("HostDeviceNotLiveMigratable")), qPrintable(blockers(plan)));
            QVERIFY2(blockers(plan).contains(QStringLiteral("prod/gpu-01")), qPrintable(blockers(plan)));
            // Allowed to stop it: no blocker left, and the plan says it will be stopped.
            preview.setPolicy(reconcile::VmPolicy::StopAndRestartAfter);
            QVERIFY2(preview.plan().canApply(), qPrintable(blockers(preview.plan())));
        }
        QSignalSpy ready(c.maintenance.get(), &ops::Maintenance::ready);
        c.maintenance->enter({kD1, reconcile::VmPolicy::StopAndRestartAfter, {}});
        QVERIFY2(c.waitFor([&] { return !ready.isEmpty(); }, 90000), qPrintable(blockers(c.maintenance->progress(kD1)->plan)));
        const QJsonObject vm = c.call("GET", QStringLiteral("/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/gpu-01")).object;
        QCOMPARE(vm[QLatin1String("spec")][QLatin1String("runStrategy")].toString(), QStringLiteral("Halted"));
        QCOMPARE(vm[QLatin1String("metadata")][QLatin1String("annotations")][QLatin1String("drover.io/maintenance-stopped")].toString(), kD1);
        QVERIFY(c.vmisByNode().value(QStringLiteral("d2")).contains(QStringLiteral("web-01")) ||
                c.vmisByNode().value(QStringLiteral("d3")).contains(QStringLiteral("web-01")));
        // Leaving brings it back (on d1, where its GPU is: it is pinned by its device).
        QSignalSpy left(c.maintenance.get(), &ops::Maintenance::left);
        c.maintenance->leave(kD1);
        QVERIFY2(c.waitFor([&] { return !left.isEmpty(); }, 60000), qPrintable(steps(c.maintenance->progress(kD1))));
        QVERIFY(c.waitFor([&] {
            for (const QStringList &l : c.vmisByNode())
                if (l.contains(QStringLiteral("gpu-01")))
                    return true;
            return false;
        }, 30000));
        const QJsonObject back = c.call("GET", QStringLiteral("/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/gpu-01")).object;
        QVERIFY(back[QLatin1String("spec")][QLatin1String("runStrategy")].toString() != QLatin1String("Halted"));
        QVERIFY(!back[QLatin1String("metadata")][QLatin1String("annotations")].toObject().contains(QLatin1String("drover.io/maintenance-stopped")));
        printSafety(QStringLiteral("stop-and-restart"), c.maintenance->stats());
        QCOMPARE(c.maintenance->stats().migratableVmsStopped, 0);
        QCOMPARE(c.maintenance->stats().repeatedActions, 0);
    }

    // Two hosts asked at once: the second may move its VMs, but its OSDs wait until the first
    // is back and every placement group is clean again; no PG ever goes inactive.
    void aSecondHostWaitsForCleanPlacementGroups()
    {
        test::MaintenanceCluster c;
        QVERIFY(startWithEverythingOnD1(c, QStringLiteral("drain.yaml"), 5));
        const QString d2 = QStringLiteral("d2");
        bool inactive = false;
        QTimer watch; // Ceph's own word on inactive PGs, sampled throughout
        QObject::connect(&watch, &QTimer::timeout, &c, [&] {
            for (const QJsonValue &cl : c.list(QStringLiteral("/apis/ceph.rook.io/v1/cephclusters")))
                inactive = inactive || cl[QLatin1String("status")][QLatin1String("ceph")][QLatin1String("details")].toObject()
                                           .contains(QLatin1String("PG_AVAILABILITY"));
        });
        watch.start(250);
        QSignalSpy ready(c.maintenance.get(), &ops::Maintenance::ready);
        c.maintenance->enter({kD1, reconcile::VmPolicy::Refuse, {}});
        c.maintenance->enter({d2, reconcile::VmPolicy::Refuse, {}});
        QVERIFY2(c.waitFor([&] { return !ready.isEmpty(); }, 90000),
                 qPrintable(steps(c.maintenance->progress(kD1)) + QStringLiteral("\n---\n") + steps(c.maintenance->progress(d2))));
        const QString first = ready.first().first().toString();
        const QString second = first == kD1 ? d2 : kD1;
        // The second stays short of ready, and says why, while the first is down.
        const auto waits = [&] {
            const auto p = c.maintenance->progress(second);
            return p && (hasBlock(p->plan, reconcile::Block::CephOtherDomainDraining) || hasBlock(p->plan, reconcile::Block::CephNotOkToStop));
        };
        QVERIFY2(c.waitFor(waits, 30000), qPrintable(steps(c.maintenance->progress(second))));
        QTest::qWait(2000);
        QCOMPARE(ready.size(), 1);
        int osds = 0;
        for (const QString &pod : c.podsOn(second))
            osds += pod.startsWith(QLatin1String("rook-ceph/rook-ceph-osd-")) ? 1 : 0;
        QCOMPARE(osds, 2);
        c.maintenance->leave(first);
        QVERIFY2(c.waitFor([&] { return ready.size() == 2; }, 120000), qPrintable(steps(c.maintenance->progress(second))));
        QCOMPARE(ready.last().first().toString(), second);
        watch.stop();
        QVERIFY(!inactive);
        printSafety(QStringLiteral("two-hosts"), c.maintenance->stats());
        QCOMPARE(c.maintenance->stats().osdEvictionsAgainstCeph, 0);
        QCOMPARE(c.maintenance->stats().repeatedActions, 0);
    }

    // Faults mid-drain: a VM whose migration fails, the API answering 503, the console killed and
    // started again, and a target host that dies. The drain still ends with every VM running
    // elsewhere, nothing stopped, nothing done twice.
    void survivesFaultsMidDrain()
    {
        test::MaintenanceCluster c;
        QVERIFY(c.start(QStringLiteral("drain.yaml"), QStringLiteral("0.2")));
        for (const QString &n : {QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4")})
            c.uncordon(n);
        QVERIFY(c.waitFor([&] { return c.vmisByNode().value(kD1).size() == 5; }, 30000));
        // KubeVirt's migration of web-02 fails halfway (the sim reads this annotation on the VMI).
        const QString vmPath = QStringLiteral("/apis/kubevirt.io/v1/namespaces/prod/virtualmachineinstances/web-02");
        QVERIFY(c.call("PATCH", vmPath, {}, R"({"metadata":{"annotations":{"sim.drover.io/fail-migration":"injected: target lost"}}})",
                       "application/merge-patch+json").ok());
        c.maintenance->enter({kD1, reconcile::VmPolicy::Refuse, {}});
        QVERIFY(c.waitFor([&] { return c.vmisByNode().value(kD1).size() < 5; }, 30000)); // migrations under way
        QVERIFY(c.fault(QStringLiteral("fail"), QUrlQuery{{QStringLiteral("count"), QStringLiteral("6")}, {QStringLiteral("code"), QStringLiteral("503")}}));
        // The console dies; a new one picks the drain up from the cluster.
        const QStringList before = c.maintenance->appliedActions();
        const ops::MaintenanceStats firstStats = c.maintenance->stats();
        QVERIFY(c.connect());
        c.maintenance->resume();
        QVERIFY(c.maintenance->activeNodes().contains(kD1));
        // A host that took VMs dies (its kubelet stops reporting Ready).
        QVERIFY(c.patchNode(QStringLiteral("d2"),
                            R"({"status":{"conditions":[{"type":"Ready","status":"Unknown","reason":"NodeStatusUnknown","message":"Kubelet stopped posting node status."}]}})",
                            true));
        QTest::qWait(2000);
        QVERIFY2(c.vmisByNode().value(kD1).contains(QStringLiteral("web-02")), "web-02's migration was to fail");
        QVERIFY(c.call("PATCH", vmPath, {}, R"({"metadata":{"annotations":{"sim.drover.io/fail-migration":null}}})",
                       "application/merge-patch+json").ok());
        QSignalSpy ready(c.maintenance.get(), &ops::Maintenance::ready);
        QVERIFY2(c.waitFor([&] { return !ready.isEmpty(); }, 120000), qPrintable(steps(c.maintenance->progress(kD1))));
        // Every VM runs, none on d1 or the dead d2.
        QVERIFY(c.waitFor([&] {
            const auto byNode = c.vmisByNode();
            int running = 0;
            for (auto it = byNode.cbegin(); it != byNode.cend(); ++it)
                running += it.key() == QLatin1String("d3") || it.key() == QLatin1String("d4") ? int(it->size()) : 0;
            return running == 5;
        }, 60000));
        int shared = 0;
        for (const QString &a : c.maintenance->appliedActions())
            shared += before.contains(a) ? 1 : 0;
        ops::MaintenanceStats s = c.maintenance->stats();
        s.migratableVmsStopped += firstStats.migratableVmsStopped;
        s.osdEvictionsAgainstCeph += firstStats.osdEvictionsAgainstCeph;
        s.repeatedActions += firstStats.repeatedActions;
        printSafety(QStringLiteral("faults"), s, shared);
        QCOMPARE(shared, 0);
        QCOMPARE(s.repeatedActions, 0);
        QCOMPARE(s.migratableVmsStopped, 0);
        QCOMPARE(s.osdEvictionsAgainstCeph, 0);
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "test_maintenance.moc"
