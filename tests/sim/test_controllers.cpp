// drover-sim's controllers and scenarios, driven in-process: a real ObjectStore, the real
// Controllers, no HTTP. Time scale 0 makes every step happen on the next event-loop turn.
#include "Controllers.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();

HostSpec host(const QString &name, int cores, int memGi, QMap<QString, QString> labels = {})
{
    HostSpec h;
    h.name = name;
    h.cpuCores = cores;
    h.memoryBytes = qint64(memGi) << 30;
    h.labels = std::move(labels);
    return h;
}

VmSpec vmSpec(const QString &name, bool running, int cpu = 2, int memGi = 4)
{
    VmSpec v;
    v.name = name;
    v.ns = u"prod"_s;
    v.osName = u"Fedora 40"_s;
    v.cpu = cpu;
    v.memoryBytes = qint64(memGi) << 30;
    v.running = running;
    return v;
}

// A store with the resources drover-sim serves, and the controllers on it.
struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    QStringList log; // "vm web Running", "vmi web Scheduling", as the store commits them

    explicit Cluster(double scale)
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(),
                                     &ApiResource::pods(), &VM, &VMI, &ApiResource::migrations()})
            store.registerResource(*r);
        controllers.setTimeScale(scale);
        QObject::connect(&store, &ObjectStore::changed, &store,
                         [this](const ApiResource &r, const QString &type, const QJsonObject &o) {
                             if (r == VM)
                                 log << u"vm "_s + nameOf(o) + u' ' +
                                            stringAt(objectAt(o, "status"_L1),
                                                     "printableStatus"_L1);
                             else if (r == VMI)
                                 log << u"vmi "_s + nameOf(o) + u' ' +
                                            (type == "DELETED"_L1 ? u"deleted"_s : phaseOf(o));
                         });
    }
    void up(const QList<HostSpec> &hosts, const QList<VmSpec> &vms, bool instant = true)
    {
        Scenario s;
        s.hosts = hosts;
        s.vms = vms;
        populate(store, s, instant);
    }
    QJsonObject vm(const QString &name)
    {
        return store.get(VM, u"prod"_s, name).value_or(QJsonObject());
    }
    QJsonObject vmi(const QString &name)
    {
        return store.get(VMI, u"prod"_s, name).value_or(QJsonObject());
    }
    QString printable(const QString &name)
    {
        return stringAt(objectAt(vm(name), "status"_L1), "printableStatus"_L1);
    }
    QString phase(const QString &name) { return phaseOf(vmi(name)); }
    QString nodeOf(const QString &name)
    {
        return stringAt(objectAt(vmi(name), "status"_L1), "nodeName"_L1);
    }
    StoreResult act(const QString &verb, const QString &name, const QJsonObject &body = {})
    {
        const bool onVm =
            QStringList{u"start"_s, u"stop"_s, u"restart"_s, u"migrate"_s}.contains(verb);
        return controllers.action(onVm ? u"virtualmachines"_s : u"virtualmachineinstances"_s,
                                  u"prod"_s, name, verb, body);
    }
};

// A VM whose template's spec has `field` set to `value` (nodeSelector, affinity, ...).
QJsonObject vmWithTemplateField(const VmSpec &spec, QLatin1StringView field, const QJsonValue &value)
{
    QJsonObject vm = vmJson(spec);
    QJsonObject vmSpecJson = objectAt(vm, "spec"_L1), tmpl = objectAt(vmSpecJson, "template"_L1),
                tspec = objectAt(tmpl, "spec"_L1);
    tspec.insert(field, value);
    tmpl.insert("spec"_L1, tspec);
    vmSpecJson.insert("template"_L1, tmpl);
    vm.insert("spec"_L1, vmSpecJson);
    return vm;
}

} // namespace

class TestControllers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startRunsOnHostWithRoom()
    {
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64), host(u"h2"_s, 16, 64)}, {vmSpec(u"web"_s, false)});
        QTRY_COMPARE(c.printable(u"web"_s), u"Stopped"_s);
        const StoreResult r = c.act(u"start"_s, u"web"_s);
        QCOMPARE(r.code, 202);
        QTRY_COMPARE(c.printable(u"web"_s), u"Running"_s);
        const QJsonObject vm = c.vm(u"web"_s), vmi = c.vmi(u"web"_s);
        QCOMPARE(runStrategyOf(vm), u"Always"_s);
        QVERIFY(objectAt(vm, "status"_L1).value("ready"_L1).toBool());
        QVERIFY(objectAt(vm, "status"_L1).value("created"_L1).toBool());
        QVERIFY(conditionTrue(vm, u"Ready"_s));
        QVERIFY(conditionTrue(vm, u"LiveMigratable"_s)); // mirrored from the VMI
        QCOMPARE(phaseOf(vmi), u"Running"_s);
        QVERIFY(QStringList({u"h1"_s, u"h2"_s}).contains(c.nodeOf(u"web"_s)));
        QCOMPARE(labelOf(vmi, u"kubevirt.io/domain"_s), u"web"_s);
        QCOMPARE(labelOf(vmi, u"kubevirt.io/nodeName"_s), c.nodeOf(u"web"_s));
        const QJsonObject owner =
            objectAt(vmi, "metadata"_L1).value("ownerReferences"_L1)[0].toObject();
        QCOMPARE(owner.value("uid"_L1).toString(), uidOf(vm));
        const QJsonObject iface = objectAt(vmi, "status"_L1).value("interfaces"_L1)[0].toObject();
        QCOMPARE(iface.value("name"_L1).toString(), u"default"_s);
        QVERIFY(iface.value("ipAddress"_L1).toString().startsWith("10.244."_L1));
        QCOMPARE(iface.value("ipAddresses"_L1)[0].toString(),
                 iface.value("ipAddress"_L1).toString());
        QVERIFY(iface.value("mac"_L1).toString().startsWith("52:54:00:"_L1));
        const QJsonObject os = objectAt(objectAt(vmi, "status"_L1), "guestOSInfo"_L1);
        QCOMPARE(os.value("id"_L1).toString(), u"fedora"_s);
        QCOMPARE(os.value("prettyName"_L1).toString(), u"Fedora 40"_s);
        QVERIFY(conditionTrue(vmi, u"Ready"_s));
        QVERIFY(conditionTrue(vmi, u"LiveMigratable"_s));
    }

    void phasesInOrderAtDemoPace()
    {
        Cluster c(0.05); // 1.5 s of demo pace in 75 ms
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true)}, false);
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE(c.printable(u"web"_s), u"Running"_s);
        QVERIFY2(t.elapsed() >= 60, qPrintable(QString::number(t.elapsed())));
        const QStringList vmi = c.log.filter(u"vmi web"_s);
        QCOMPARE(vmi, QStringList({u"vmi web Pending"_s, u"vmi web Scheduling"_s,
                                   u"vmi web Scheduled"_s, u"vmi web Running"_s}));
        QVERIFY(c.log.indexOf(u"vm web Starting"_s) < c.log.indexOf(u"vm web Running"_s));
        QVERIFY(c.log.contains(u"vm web Starting"_s));
    }

    void stopDeletesVmiAfterShutdown()
    {
        Cluster c(0.05);
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true)});
        QCOMPARE(c.phase(u"web"_s), u"Running"_s);
        QCOMPARE(c.act(u"stop"_s, u"web"_s).code, 202);
        QTRY_COMPARE(c.printable(u"web"_s), u"Stopped"_s);
        QVERIFY(c.vmi(u"web"_s).isEmpty());
        QVERIFY(c.log.contains(u"vm web Stopping"_s));
        const QJsonObject vm = c.vm(u"web"_s);
        QCOMPARE(runStrategyOf(vm), u"Halted"_s);
        QVERIFY(!objectAt(vm, "status"_L1).value("created"_L1).toBool());
        QCOMPARE(conditionOf(vm, u"Ready"_s)->value("reason"_L1).toString(), u"VMINotExists"_s);
    }

    void forceStopIsImmediate()
    {
        Cluster c(1.0); // a graceful stop would take 800 ms
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true)});
        QCOMPARE(c.act(u"stop"_s, u"web"_s, {{u"gracePeriod"_s, 0}}).code, 202);
        QVERIFY(c.vmi(u"web"_s).isEmpty()); // gone before the call returned
        QTRY_COMPARE(c.printable(u"web"_s), u"Stopped"_s);
        QVERIFY(!c.log.contains(u"vm web Stopping"_s));
    }

    void restartMakesNewVmi()
    {
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true)});
        const QString before = uidOf(c.vmi(u"web"_s));
        QCOMPARE(c.act(u"restart"_s, u"web"_s).code, 202);
        QTRY_VERIFY(!c.vmi(u"web"_s).isEmpty() && uidOf(c.vmi(u"web"_s)) != before &&
                    c.printable(u"web"_s) == "Running"_L1);
        QTRY_VERIFY(!objectAt(c.vm(u"web"_s), "status"_L1).contains("stateChangeRequests"_L1));
        const QString second = uidOf(c.vmi(u"web"_s));
        QCOMPARE(c.act(u"restart"_s, u"web"_s, {{u"gracePeriodSeconds"_s, 0}}).code, 202);
        QTRY_VERIFY(!c.vmi(u"web"_s).isEmpty() && uidOf(c.vmi(u"web"_s)) != second &&
                    c.phase(u"web"_s) == "Running"_L1);
    }

    void pauseAndUnpause()
    {
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true)});
        QCOMPARE(c.act(u"pause"_s, u"web"_s).code, 200);
        QTRY_COMPARE(c.printable(u"web"_s), u"Paused"_s);
        const auto paused = conditionOf(c.vmi(u"web"_s), u"Paused"_s);
        QVERIFY(paused);
        QCOMPARE(paused->value("reason"_L1).toString(), u"PausedByUser"_s);
        QCOMPARE(
            c.act(u"pause"_s, u"web"_s).message,
            uR"(Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io "web": VMI is already paused)"_s);
        QCOMPARE(c.act(u"softreboot"_s, u"web"_s).code, 409); // "VMI is paused"
        QCOMPARE(c.act(u"unpause"_s, u"web"_s).code, 200);
        QTRY_COMPARE(c.printable(u"web"_s), u"Running"_s);
        QVERIFY(!conditionOf(c.vmi(u"web"_s), u"Paused"_s)); // removed, as virt-handler does
        QCOMPARE(c.act(u"softreboot"_s, u"web"_s).code, 200);
        QCOMPARE(c.act(u"reset"_s, u"web"_s).code, 200);
    }

    void startPaused()
    {
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, false)});
        QCOMPARE(c.act(u"start"_s, u"web"_s, {{u"paused"_s, true}}).code, 202);
        QTRY_COMPARE(c.printable(u"web"_s), u"Paused"_s);
        QCOMPARE(runStrategyOf(c.vm(u"web"_s)), u"Always"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString onVm = uR"(Operation cannot be fulfilled on virtualmachine.kubevirt.io )"_s;
        const QString onVmi =
            uR"(Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io )"_s;
        QTest::newRow("start running") << u"start"_s << u"web"_s << QJsonObject() << 409
                                       << onVm + uR"("web": VM is already running)"_s;
        QTest::newRow("stop stopped") << u"stop"_s << u"idle"_s << QJsonObject() << 409
                                      << onVm + uR"("idle": VM is not running)"_s;
        QTest::newRow("restart stopped")
            << u"restart"_s << u"idle"_s << QJsonObject() << 409
            << onVm + uR"("idle": RunStategy Halted does not support manual restart requests)"_s;
        QTest::newRow("restart with grace")
            << u"restart"_s << u"web"_s << QJsonObject{{u"gracePeriodSeconds"_s, 5}} << 400
            << u"For force restart, only gracePeriod=0 is supported for now"_s;
        QTest::newRow("pause stopped")
            << u"pause"_s << u"idle"_s << QJsonObject() << 404
            << uR"(virtualmachineinstance.kubevirt.io "idle" not found)"_s;
        QTest::newRow("unpause running") << u"unpause"_s << u"web"_s << QJsonObject() << 409
                                         << onVmi + uR"("web": VMI is not paused)"_s;
        QTest::newRow("start unknown") << u"start"_s << u"nope"_s << QJsonObject() << 404
                                       << uR"(virtualmachine.kubevirt.io "nope" not found)"_s;
        QTest::newRow("pause unknown")
            << u"pause"_s << u"nope"_s << QJsonObject() << 404
            << uR"(virtualmachineinstance.kubevirt.io "nope" not found)"_s;
        QTest::newRow("unknown verb") << u"explode"_s << u"web"_s << QJsonObject() << 404
                                      << u"the server could not find the requested resource"_s;
    }
    void errors()
    {
        QFETCH(QString, verb);
        QFETCH(QString, name);
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64)}, {vmSpec(u"web"_s, true), vmSpec(u"idle"_s, false)});
        const StoreResult r =
            verb == "explode"_L1
                ? c.controllers.action(u"virtualmachines"_s, u"prod"_s, name, verb, body)
                : c.act(verb, name, body);
        QCOMPARE(r.code, code);
        QCOMPARE(r.message, message);
        QCOMPARE(c.phase(u"web"_s), u"Running"_s); // nothing changed
    }

    void manualAndRerunOnFailure()
    {
        Cluster c(0);
        c.up({host(u"h1"_s, 16, 64)}, {});
        QJsonObject manual = vmJson(vmSpec(u"manual"_s, false)),
                    rerun = vmJson(vmSpec(u"rerun"_s, false));
        auto withStrategy = [](QJsonObject vm, const QString &s) {
            QJsonObject spec = objectAt(vm, "spec"_L1);
            spec.insert("runStrategy"_L1, s);
            vm.insert("spec"_L1, spec);
            return vm;
        };
        QVERIFY(c.store.create(VM, u"prod"_s, withStrategy(manual, u"Manual"_s)).ok());
        QVERIFY(c.store.create(VM, u"prod"_s, withStrategy(rerun, u"RerunOnFailure"_s)).ok());
        QTRY_COMPARE(c.printable(u"rerun"_s), u"Running"_s); // RerunOnFailure starts at once
        QCOMPARE(c.printable(u"manual"_s), u"Stopped"_s);    // Manual waits for a start
        QCOMPARE(c.act(u"start"_s, u"manual"_s).code, 202);
        QTRY_COMPARE(c.printable(u"manual"_s), u"Running"_s);
        QCOMPARE(c.act(u"stop"_s, u"manual"_s).code, 202);
        QTRY_COMPARE(c.printable(u"manual"_s), u"Stopped"_s);
        QCOMPARE(runStrategyOf(c.vm(u"manual"_s)), u"Manual"_s);

        const QString failedUid = uidOf(c.vmi(u"rerun"_s));
        QVERIFY(c.store
                    .mutate(VMI, u"prod"_s, u"rerun"_s,
                            [](QJsonObject &o) { setPhase(o, u"Failed"_s); })
                    .ok());
        QTRY_VERIFY(uidOf(c.vmi(u"rerun"_s)) != failedUid && c.phase(u"rerun"_s) == "Running"_L1);
        QCOMPARE(c.act(u"stop"_s, u"rerun"_s).code, 202);
        QTRY_COMPARE(c.printable(u"rerun"_s), u"Stopped"_s);
        QTest::qWait(20);
        QVERIFY(c.vmi(u"rerun"_s).isEmpty()); // a stopped RerunOnFailure VM stays stopped
    }

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

    void labelsOnTheVmAndMigrate()
    {
        Cluster c(0);
        c.up({host(u"a"_s, 16, 64), host(u"b"_s, 16, 64)}, {});
        // A hand-written VM: the simulator's labels on the VM itself, not on its template.
        QJsonObject vm = vmJson(vmSpec(u"pinned-disk"_s, true));
        QJsonObject meta = objectAt(vm, "metadata"_L1);
        meta.insert("labels"_L1, QJsonObject{{u"drover.io/os"_s, u"windows"_s},
                                             {u"drover.io/not-migratable"_s, u"true"_s}});
        vm.insert("metadata"_L1, meta);
        QVERIFY(c.store.create(VM, u"prod"_s, vm).ok());
        QTRY_COMPARE(c.phase(u"pinned-disk"_s), u"Running"_s);
        const auto live = conditionOf(c.vmi(u"pinned-disk"_s), u"LiveMigratable"_s);
        QCOMPARE(live->value("status"_L1).toString(), u"False"_s);
        QCOMPARE(live->value("reason"_L1).toString(), u"DisksNotLiveMigratable"_s);
        QVERIFY(live->value("message"_L1).toString().contains("pinned-disk-root"_L1));

        QCOMPARE(
            c.act(u"migrate"_s, u"pinned-disk"_s,
                  {{u"addedNodeSelector"_s, QJsonObject{{u"kubernetes.io/hostname"_s, u"b"_s}}}})
                .code,
            202);
        const QList<QJsonObject> migrations = c.store.list(ApiResource::migrations());
        QCOMPARE(migrations.size(), 1);
        QVERIFY(nameOf(migrations.first()).startsWith("kubevirt-migrate-vm-"_L1));
        QCOMPARE(stringAt(objectAt(migrations.first(), "spec"_L1), "vmiName"_L1), u"pinned-disk"_s);
    }

    void standaloneVmiRuns()
    {
        Cluster c(0);
        c.up({host(u"a"_s, 16, 64)}, {});
        QJsonObject vmi = vmiForVm(vmJson(vmSpec(u"solo"_s, true)), false);
        QJsonObject meta = objectAt(vmi, "metadata"_L1);
        meta.remove("ownerReferences"_L1);
        vmi.insert("metadata"_L1, meta);
        vmi.remove("status"_L1);
        QVERIFY(c.store.create(VMI, u"prod"_s, vmi).ok());
        QTRY_COMPARE(c.phase(u"solo"_s), u"Running"_s);
    }
};

QTEST_GUILESS_MAIN(TestControllers)
#include "test_controllers.moc"
