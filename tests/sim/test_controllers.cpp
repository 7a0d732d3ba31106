// drover-sim's controllers and scenarios, driven in-process: a real ObjectStore, the real
// Controllers, no HTTP. Time scale 0 makes every step happen on the next event-loop turn.
#include "ControllersFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace drover::sim;
using namespace drover::sim::fixture;

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
        QCOMPARE(drover::core::nameOf(runStrategyOf(vm)), "Always"_L1);
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
        QCOMPARE(drover::core::nameOf(runStrategyOf(vm)), "Halted"_L1);
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
        QCOMPARE(drover::core::nameOf(runStrategyOf(c.vm(u"web"_s))), "Always"_L1);
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
        QCOMPARE(drover::core::nameOf(runStrategyOf(c.vm(u"manual"_s))), "Manual"_L1);

        const QString failedUid = uidOf(c.vmi(u"rerun"_s));
        QVERIFY(
            c.store.mutate(VMI, u"prod"_s, u"rerun"_s, [](QJsonObject &o) { setPhase(o, drover::core::VmiPhase::Failed); }).ok());
        QTRY_VERIFY(uidOf(c.vmi(u"rerun"_s)) != failedUid && c.phase(u"rerun"_s) == "Running"_L1);
        QCOMPARE(c.act(u"stop"_s, u"rerun"_s).code, 202);
        QTRY_COMPARE(c.printable(u"rerun"_s), u"Stopped"_s);
        QTest::qWait(20);
        QVERIFY(c.vmi(u"rerun"_s).isEmpty()); // a stopped RerunOnFailure VM stays stopped
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
