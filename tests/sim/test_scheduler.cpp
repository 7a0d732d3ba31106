// drover-sim's scheduler through its controllers: which node a VM's pod lands on (room, cordons,
// readiness, nodeSelector, required node affinity), the FitError when none fits, and what happens
// when a node fails.
#include "ControllersFixture.h"

#include <QTest>

using namespace drover::sim;
using namespace drover::sim::fixture;

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schedulingRules()
    {
        Cluster c(0);
        HostSpec cordoned = host(u"b"_s, 64, 256);
        cordoned.unschedulable = true;
        HostSpec down = host(u"d"_s, 64, 256);
        down.ready = false;
        c.up({host(u"a"_s, 8, 32), cordoned, host(u"c"_s, 32, 128, {{u"gpu"_s, u"true"_s}}), down},
             {});
        VmSpec pinned = vmSpec(u"pinned"_s, true), onCordoned = vmSpec(u"on-b"_s, true);
        pinned.host = u"a"_s;
        onCordoned.host = u"b"_s;
        const QJsonObject gpu = vmWithTemplateField(vmSpec(u"gpu"_s, true), "nodeSelector"_L1,
                                                    QJsonObject{{u"gpu"_s, u"true"_s}});
        QVERIFY(c.store.create(VM, u"prod"_s, gpu).ok());
        c.up({}, {pinned, onCordoned, vmSpec(u"free"_s, true), vmSpec(u"huge"_s, true, 48, 64)},
             false);
        QTRY_COMPARE(c.printable(u"pinned"_s), u"Running"_s);
        QCOMPARE(c.nodeOf(u"pinned"_s), u"a"_s);
        QTRY_COMPARE(c.printable(u"gpu"_s), u"Running"_s);
        QCOMPARE(c.nodeOf(u"gpu"_s), u"c"_s);
        QTRY_COMPARE(c.printable(u"free"_s), u"Running"_s);
        QCOMPARE(c.nodeOf(u"free"_s), u"c"_s); // the least loaded fitting host
        QTRY_COMPARE(c.printable(u"huge"_s), u"ErrorUnschedulable"_s);
        QTRY_COMPARE(c.printable(u"on-b"_s), u"ErrorUnschedulable"_s);
        QCOMPARE(c.phase(u"huge"_s), u"Scheduling"_s);
        const auto why = conditionOf(c.vmi(u"huge"_s), u"PodScheduled"_s);
        QVERIFY(why);
        QCOMPARE(why->value("status"_L1).toString(), u"False"_s);
        QCOMPARE(why->value("reason"_L1).toString(), u"Unschedulable"_s);
        QCOMPARE(
            why->value("message"_L1).toString(),
            u"0/4 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint "
            "{node.kubernetes.io/unreachable: }, 1 node(s) were unschedulable, 2 Insufficient cpu. "
            "preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."_s);
        QVERIFY(conditionOf(c.vm(u"huge"_s), u"PodScheduled"_s)); // mirrored onto the VM

        // Room appears: the waiting VMI is scheduled without anyone asking.
        c.up({host(u"e"_s, 96, 512)}, {});
        QTRY_COMPARE(c.printable(u"huge"_s), u"Running"_s);
        QCOMPARE(c.nodeOf(u"huge"_s), u"e"_s);
        QVERIFY(!conditionOf(c.vmi(u"huge"_s), u"PodScheduled"_s));
        QCOMPARE(c.printable(u"on-b"_s), u"ErrorUnschedulable"_s);
    }

    // Required node affinity is honoured as the client's planner honours it (both decode it
    // with core::DomainResources): a VM lands only on a node a term matches, even when another
    // has more room, and none matching reads like kube-scheduler's FitError.
    void requiredNodeAffinity()
    {
        Cluster c(0);
        c.up({host(u"east-1"_s, 8, 32, {{u"zone"_s, u"east"_s}}), host(u"west-1"_s, 64, 256, {{u"zone"_s, u"west"_s}})}, {});
        const auto affinity = [](const QString &zone) {
            const QJsonObject expr{{u"key"_s, u"zone"_s}, {u"operator"_s, u"In"_s}, {u"values"_s, QJsonArray{zone}}};
            const QJsonObject term{{u"matchExpressions"_s, QJsonArray{expr}}};
            const QJsonObject required{{u"nodeSelectorTerms"_s, QJsonArray{term}}};
            return QJsonObject{{u"nodeAffinity"_s, QJsonObject{{u"requiredDuringSchedulingIgnoredDuringExecution"_s, required}}}};
        };
        QVERIFY(c.store.create(VM, u"prod"_s, vmWithTemplateField(vmSpec(u"east"_s, true), "affinity"_L1, affinity(u"east"_s))).ok());
        QVERIFY(c.store.create(VM, u"prod"_s, vmWithTemplateField(vmSpec(u"north"_s, true), "affinity"_L1, affinity(u"north"_s))).ok());
        c.up({}, {}, false);
        QTRY_COMPARE(c.printable(u"east"_s), u"Running"_s);
        QCOMPARE(c.nodeOf(u"east"_s), u"east-1"_s); // not the emptier west-1
        QTRY_COMPARE(c.printable(u"north"_s), u"ErrorUnschedulable"_s);
        const auto why = conditionOf(c.vmi(u"north"_s), u"PodScheduled"_s);
        QVERIFY(why);
        QCOMPARE(why->value("message"_L1).toString(),
                 u"0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. "
                 "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."_s);
    }

    void nodeFailureRestartsElsewhere()
    {
        Cluster c(0);
        c.up({host(u"a"_s, 16, 64), host(u"b"_s, 16, 64)}, {vmSpec(u"web"_s, true)});
        const QString first = c.nodeOf(u"web"_s), uid = uidOf(c.vmi(u"web"_s));
        QVERIFY(c.store
                    .mutate(ApiResource::nodes(), {}, first,
                            [](QJsonObject &o) {
                                setCondition(o, u"Ready"_s, false, u"KubeletNotReady"_s,
                                             u"PLEG is not healthy"_s);
                            })
                    .ok());
        QTRY_VERIFY(uidOf(c.vmi(u"web"_s)) != uid && c.phase(u"web"_s) == "Running"_L1);
        QVERIFY(c.nodeOf(u"web"_s) != first);
        QVERIFY(c.log.contains(u"vmi web Failed"_s));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "test_scheduler.moc"
