// core::VmEdit: a VM read for the Edit dialog, the merge patch a save sends (only what changed,
// lists kept whole, always the resourceVersion), what each change does to a running VM as
// KubeVirt v1.9 decides it (vm-lifecycle-facts.md §2), and a user's edits carried over a 409.
#include "../common/JsonPath.h"
#include "VmEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover::core;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    return drover::test::jsonAt(root, path);
}

QJsonObject webVm()
{
    return json(R"json({"metadata":{"name":"web","namespace":"prod","resourceVersion":"41",
      "labels":{"app":"web","tier":"front"},"annotations":{"description":"front end","owner":"ops"}},
     "spec":{"runStrategy":"Always","template":{"spec":{
      "domain":{"cpu":{"sockets":2,"cores":1,"threads":1},"memory":{"guest":"2Gi"},
       "devices":{"disks":[{"name":"rootdisk","bootOrder":1,"disk":{"bus":"virtio"}},
                           {"name":"cd","bootOrder":2,"cdrom":{"bus":"sata"}},
                           {"name":"data","disk":{"bus":"scsi"}}],
                  "interfaces":[{"name":"default","masquerade":{}}]}},
      "networks":[{"name":"default","pod":{}}],
      "volumes":[{"name":"rootdisk","dataVolume":{"name":"web-rootdisk"}},
                 {"name":"cd","containerDisk":{"image":"quay.io/iso"}},
                 {"name":"data","persistentVolumeClaim":{"claimName":"data-pvc","hotpluggable":true}}]}}}})json");
}

QJsonObject runningVmi(int maxSockets, const char *maxGuest)
{
    QJsonObject vmi = json(R"json({"spec":{"domain":{"cpu":{"sockets":2},"memory":{"guest":"2Gi"}}},
      "status":{"phase":"Running","currentCPUTopology":{"sockets":2,"cores":1,"threads":1},
                "memory":{"guestCurrent":"2Gi"},
                "conditions":[{"type":"HotVCPUChange","status":"True"}]}})json");
    QJsonObject spec = vmi.value("spec"_L1).toObject();
    QJsonObject domain = spec.value("domain"_L1).toObject();
    domain.insert("cpu"_L1, QJsonObject{{u"sockets"_s, 2}, {u"maxSockets"_s, maxSockets}});
    domain.insert("memory"_L1, QJsonObject{{u"guest"_s, u"2Gi"_s}, {u"maxGuest"_s, QString::fromLatin1(maxGuest)}});
    spec.insert("domain"_L1, domain);
    vmi.insert("spec"_L1, spec);
    return vmi;
}

VmLiveContext running()
{
    VmLiveContext c;
    c.running = true;
    c.maxSockets = 8;
    c.maxGuestBytes = 8LL << 30;
    return c;
}

} // namespace

class TestCoreVmEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheVm()
    {
        const VmEditable e = vmEditableFromJson(webVm());
        QCOMPARE(e.description, u"front end"_s);
        QCOMPARE(e.annotations, (QMap<QString, QString>{{u"owner"_s, u"ops"_s}})); // description apart
        QCOMPARE(e.labels.value(u"tier"_s), u"front"_s);
        QCOMPARE(e.sockets, 2);
        QCOMPARE(e.memory, u"2Gi"_s);
        QVERIFY(e.memoryInGuest);
        QCOMPARE(e.disks.size(), 3);
        QCOMPARE(e.disks[1].device, u"cdrom"_s);
        QCOMPARE(e.disks[1].bootOrder, 2);
        QVERIFY(e.disks[0].dataVolume);
        QCOMPARE(e.disks[0].claim, u"web-rootdisk"_s);
        QVERIFY(e.disks[2].hotpluggable);
        QCOMPARE(e.disks[2].claim, u"data-pvc"_s);
        QCOMPARE(e.nics.size(), 1);
        QCOMPARE(e.nics[0].binding, u"masquerade"_s);
        QVERIFY(e.nics[0].network.isEmpty());
    }

    void requestsMemoryIsNotGuestMemory()
    {
        const VmEditable e = vmEditableFromJson(json(R"json({"spec":{"template":{"spec":{"domain":
            {"resources":{"requests":{"memory":"1Gi"}}}}}}})json"));
        QCOMPARE(e.memory, u"1Gi"_s);
        QVERIFY(!e.memoryInGuest);
        QCOMPARE(e.sockets, 1); // absent counts as 1
    }

    void nothingChangedSendsNothing()
    {
        QVERIFY(vmEditPatch(webVm(), vmEditableFromJson(webVm())).isEmpty());
    }

    void metadataPatch()
    {
        VmEditable e = vmEditableFromJson(webVm());
        e.description.clear();
        e.labels.remove(u"tier"_s);
        e.labels.insert(u"env"_s, u"prod"_s);
        const QJsonObject p = vmEditPatch(webVm(), e);
        QCOMPARE(at(p, u"metadata.resourceVersion"_s).toString(), u"41"_s); // stale → 409, never overwritten
        QVERIFY(at(p, u"metadata.labels.tier"_s).isNull());
        QCOMPARE(at(p, u"metadata.labels.env"_s).toString(), u"prod"_s);
        QVERIFY(!at(p, u"metadata.labels"_s).toObject().contains("app"_L1)); // unchanged: not sent
        QVERIFY(at(p, u"metadata.annotations.description"_s).isNull());
        QVERIFY(!p.contains("spec"_L1));
    }

    void sizePatch()
    {
        VmEditable e = vmEditableFromJson(webVm());
        e.sockets = 4;
        e.memory = u"4Gi"_s;
        const QJsonObject p = vmEditPatch(webVm(), e);
        QCOMPARE(at(p, u"spec.template.spec.domain.cpu.sockets"_s).toInt(), 4);
        QCOMPARE(at(p, u"spec.template.spec.domain.memory.guest"_s).toString(), u"4Gi"_s);
        QVERIFY(!p.contains("metadata"_L1) || at(p, u"metadata"_s).toObject().keys() == QStringList{u"resourceVersion"_s});
    }

    void toAnInstancetypeDropsTheTemplateSize()
    {
        VmEditable e = vmEditableFromJson(webVm());
        e.instancetype = u"u1.large"_s;
        e.instancetypeKind = u"VirtualMachineClusterInstancetype"_s;
        const QJsonObject p = vmEditPatch(webVm(), e);
        QCOMPARE(at(p, u"spec.instancetype.name"_s).toString(), u"u1.large"_s);
        // What the instancetype owns is removed, field by field; the rest of cpu and memory stays.
        const QJsonObject cpu = at(p, u"spec.template.spec.domain.cpu"_s).toObject();
        QCOMPARE(cpu.keys(), (QStringList{u"cores"_s, u"sockets"_s, u"threads"_s}));
        for (const QJsonValue &v : cpu)
            QVERIFY(v.isNull());
        QVERIFY(at(p, u"spec.template.spec.domain.memory.guest"_s).isNull());
        QVERIFY(!at(p, u"spec.template.spec.domain.memory"_s).toObject().contains("maxGuest"_L1));
        QVERIFY(!at(p, u"spec.template.spec.domain"_s).toObject().contains("resources"_L1)); // the VM has none

        QJsonObject vm = webVm(); // a size as requests and limits, and a CPU model to keep
        QJsonObject spec = vm["spec"_L1].toObject(), tmpl = spec["template"_L1].toObject(), tspec = tmpl["spec"_L1].toObject();
        QJsonObject domain = tspec["domain"_L1].toObject();
        domain.insert("cpu"_L1, json(R"json({"model":"host-passthrough","cores":2})json"));
        domain.remove("memory"_L1);
        domain.insert("resources"_L1, json(R"json({"requests":{"memory":"2Gi","cpu":"2"},"limits":{"cpu":"2"}})json"));
        tspec.insert("domain"_L1, domain);
        tmpl.insert("spec"_L1, tspec);
        spec.insert("template"_L1, tmpl);
        vm.insert("spec"_L1, spec);
        VmEditable r = vmEditableFromJson(vm);
        r.instancetype = u"u1.large"_s;
        const QJsonObject q = vmEditPatch(vm, r);
        QCOMPARE(at(q, u"spec.template.spec.domain.cpu"_s).toObject().keys(), QStringList{u"cores"_s});
        QVERIFY(at(q, u"spec.template.spec.domain.resources.requests.memory"_s).isNull());
        QVERIFY(at(q, u"spec.template.spec.domain.resources.requests.cpu"_s).isNull());
        QVERIFY(at(q, u"spec.template.spec.domain.resources.limits.cpu"_s).isNull());
        QVERIFY(!at(q, u"spec.template.spec.domain.resources.limits"_s).toObject().contains("memory"_L1));
    }

    // A VM that lists no NIC runs with the pod NIC KubeVirt attaches: shown, and written out
    // (as the VMI has it) before a new NIC, so adding one never drops the pod network.
    void theAutoAttachedPodNic()
    {
        QJsonObject vm = json(R"json({"metadata":{"name":"bare","namespace":"prod","resourceVersion":"7"},
          "spec":{"template":{"spec":{"domain":{"devices":{"disks":[]}}}}}})json");
        VmEditable e = vmEditableFromJson(vm);
        QCOMPARE(e.nics.size(), 1);
        QCOMPARE(e.nics[0].name, u"default"_s);
        QVERIFY(e.nics[0].network.isEmpty());
        e.nics.append({u"nic-1"_s, u"vlan-100"_s, u"bridge"_s});

        const QJsonObject vmi = json(R"json({"spec":{"domain":{"devices":{"interfaces":[{"name":"default","masquerade":{}}]}},
          "networks":[{"name":"default","pod":{}}]},"status":{"phase":"Running"}})json");
        const VmLiveContext c = vmLiveContextFrom(vm, vmi, json(R"json({"spec":{"configuration":{}}})json"));
        QCOMPARE(interfaceBinding(c.podInterface), u"masquerade"_s); // the running VMI's own
        const QJsonObject p = vmEditPatch(vm, e, c.podInterface);
        const QJsonArray ifaces = at(p, u"spec.template.spec.domain.devices.interfaces"_s).toArray();
        QCOMPARE(ifaces.size(), 2);
        QCOMPARE(ifaces[0].toObject(), c.podInterface);
        QCOMPARE(at(p, u"spec.template.spec.networks"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"default"_s}, {u"pod"_s, QJsonObject{}}},
                             QJsonObject{{u"name"_s, u"nic-1"_s}, {u"multus"_s, QJsonObject{{u"networkName"_s, u"vlan-100"_s}}}}}));

        // Stopped: bound as the KubeVirt CR says, bridge when it says nothing.
        QCOMPARE(vmLiveContextFrom(vm, {}, json(R"json({"spec":{"configuration":{"network":{"defaultNetworkInterface":"masquerade"}}}})json"))
                     .podInterface,
                 (QJsonObject{{u"name"_s, u"default"_s}, {u"masquerade"_s, QJsonObject{}}}));
        QCOMPARE(at(vmEditPatch(vm, e), u"spec.template.spec.domain.devices.interfaces.0"_s).toObject(),
                 (QJsonObject{{u"name"_s, u"default"_s}, {u"bridge"_s, QJsonObject{}}}));

        // autoattachPodInterface: false — no NIC at all, and none invented.
        const QJsonObject off = json(R"json({"metadata":{"name":"bare","namespace":"prod","resourceVersion":"7"},
          "spec":{"template":{"spec":{"domain":{"devices":{"autoattachPodInterface":false}}}}}})json");
        QVERIFY(vmEditableFromJson(off).nics.isEmpty());
    }

    void bootOrderKeepsEachDiskWhole()
    {
        VmEditable e = vmEditableFromJson(webVm());
        e.disks[0].bootOrder = 2;
        e.disks[1].bootOrder = 1;
        const QJsonArray disks = at(vmEditPatch(webVm(), e), u"spec.template.spec.domain.devices.disks"_s).toArray();
        QCOMPARE(disks.size(), 3);
        QCOMPARE(at(disks, u"0.bootOrder"_s).toInt(), 2);
        QCOMPARE(at(disks, u"0.disk.bus"_s).toString(), u"virtio"_s);
        QCOMPARE(at(disks, u"1.bootOrder"_s).toInt(), 1);
        QVERIFY(!disks[2].toObject().contains("bootOrder"_L1));
    }

    void aNicOnAMultusNetwork()
    {
        VmEditable e = vmEditableFromJson(webVm());
        e.nics.append({u"nic-1"_s, u"vlan-100"_s, u"bridge"_s});
        const QJsonObject p = vmEditPatch(webVm(), e);
        const QJsonArray ifaces = at(p, u"spec.template.spec.domain.devices.interfaces"_s).toArray();
        QCOMPARE(ifaces.size(), 2);
        QVERIFY(at(ifaces, u"1.bridge"_s).isObject());
        QCOMPARE(at(p, u"spec.template.spec.networks.1.multus.networkName"_s).toString(), u"vlan-100"_s);
        QCOMPARE(at(p, u"spec.template.spec.networks.0.name"_s).toString(), u"default"_s); // kept
    }

    void liveContext()
    {
        QJsonObject vm = webVm();
        vm.insert("status"_L1, json(R"json({"conditions":[{"type":"RestartRequired","status":"True",
            "message":"a non-live-updatable field was changed in the template spec"}]})json"));
        const VmLiveContext c = vmLiveContextFrom(vm, runningVmi(8, "8Gi"), json(R"json({"spec":{"configuration":{}}})json"));
        QVERIFY(c.running);
        QVERIFY(c.liveUpdate); // nil is LiveUpdate (virt-config.go)
        QCOMPARE(c.maxSockets, 8);
        QCOMPARE(c.maxGuestBytes, 8LL << 30);
        QVERIFY(c.restartRequired);
        QVERIFY(c.restartMessage.startsWith(u"a non-live-updatable"_s));
        QVERIFY(c.cpuChanging);
        QVERIFY(!c.memoryChanging);
        QCOMPARE(c.currentSockets, 2);
        QCOMPARE(c.guestCurrentBytes, 2LL << 30);
        QVERIFY(!c.migratable); // no LiveMigratable condition: KubeVirt's conditionTrue is false
        QJsonObject vmi = runningVmi(8, "8Gi");
        QJsonObject st = vmi["status"_L1].toObject();
        st.insert("conditions"_L1, QJsonArray{json(R"json({"type":"LiveMigratable","status":"False","reason":"DisksNotLiveMigratable",
            "message":"cannot migrate VMI: PVC rootdisk is not shared, live migration requires that all PVCs must be shared (using ReadWriteMany access mode)"})json")});
        vmi.insert("status"_L1, st);
        const VmLiveContext pinned = vmLiveContextFrom(vm, vmi, {});
        QVERIFY(!pinned.migratable);
        QVERIFY(pinned.notMigratableReason.startsWith(u"cannot migrate VMI: PVC rootdisk"_s));
        st.insert("conditions"_L1, QJsonArray{json(R"json({"type":"LiveMigratable","status":"True"})json")});
        vmi.insert("status"_L1, st);
        QVERIFY(vmLiveContextFrom(vm, vmi, {}).migratable);
        const VmLiveContext stage = vmLiveContextFrom(webVm(), {}, json(R"json({"spec":{"configuration":{"vmRolloutStrategy":"Stage"}}})json"));
        QVERIFY(!stage.running);
        QVERIFY(!stage.liveUpdate);
    }

    void plan_data()
    {
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QString>("memory");
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("effect");
        QTest::addColumn<int>("why");
        const auto row = [](const char *name, int s, int c, const char *m, const char *ctx, VmEditEffect e, VmEditWhy w) {
            QTest::newRow(name) << s << c << QString::fromLatin1(m) << QString::fromLatin1(ctx) << int(e) << int(w);
        };
        row("sockets raised", 4, 1, "2Gi", "running", VmEditEffect::Live, VmEditWhy::LiveUpdate);
        row("above maxSockets", 10, 1, "2Gi", "running", VmEditEffect::Restart, VmEditWhy::AboveMaxSockets);
        row("fewer sockets", 1, 1, "2Gi", "running", VmEditEffect::Restart, VmEditWhy::FewerSockets);
        row("cores", 2, 2, "2Gi", "running", VmEditEffect::Restart, VmEditWhy::CoresOrThreads);
        row("stage", 4, 1, "2Gi", "stage", VmEditEffect::Restart, VmEditWhy::StageStrategy);
        row("restart pending", 4, 1, "2Gi", "pending", VmEditEffect::Restart, VmEditWhy::RestartPending);
        row("stopped", 16, 4, "2Gi", "stopped", VmEditEffect::NextStart, VmEditWhy::Stopped);
        row("migrating", 4, 1, "2Gi", "migrating", VmEditEffect::Live, VmEditWhy::Migrating);
        row("memory raised", 2, 1, "4Gi", "running", VmEditEffect::Live, VmEditWhy::LiveUpdate);
        row("memory lowered", 2, 1, "1Gi", "running", VmEditEffect::Restart, VmEditWhy::MemoryLowered);
        row("above maxGuest", 2, 1, "16Gi", "running", VmEditEffect::Restart, VmEditWhy::AboveMaxGuest);
        row("memory, not migratable", 2, 1, "4Gi", "not migratable", VmEditEffect::Restart, VmEditWhy::NotMigratable);
        row("sockets, not migratable", 4, 1, "2Gi", "not migratable", VmEditEffect::Live, VmEditWhy::LiveUpdate);
    }

    void plan()
    {
        QFETCH(int, sockets);
        QFETCH(int, cores);
        QFETCH(QString, memory);
        QFETCH(QString, context);
        const VmEditable before = vmEditableFromJson(webVm());
        VmEditable after = before;
        after.sockets = sockets;
        after.cores = cores;
        after.memory = memory;
        VmLiveContext c = running();
        c.running = context != "stopped"_L1;
        c.liveUpdate = context != "stage"_L1;
        c.restartRequired = context == "pending"_L1;
        c.migrating = context == "migrating"_L1;
        c.migratable = context != "not migratable"_L1;
        const QList<VmEditChange> changes = planVmEdit(before, after, c);
        QCOMPARE(changes.size(), 1);
        QFETCH(int, effect);
        QFETCH(int, why);
        QCOMPARE(int(changes[0].effect), effect);
        QCOMPARE(int(changes[0].why), why);
    }

    void planEverythingElse()
    {
        const VmEditable before = vmEditableFromJson(webVm());
        VmEditable after = before;
        after.labels.insert(u"env"_s, u"prod"_s);
        after.disks[0].bootOrder = 3;
        after.nics.append({u"nic-1"_s, u"vlan-100"_s, u"bridge"_s});
        after.disks.append({u"scratch"_s, 0, u"disk"_s, u"scsi"_s, true, u"scratch-dv"_s, true, u"10Gi"_s, {}});
        const QList<VmEditChange> changes = planVmEdit(before, after, running());
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes[0].field, VmEditField::Labels);
        QCOMPARE(changes[0].effect, VmEditEffect::Metadata); // only template.spec raises RestartRequired
        QCOMPARE(changes[1].field, VmEditField::BootOrder);
        QCOMPARE(changes[1].effect, VmEditEffect::Restart);
        QCOMPARE(changes[1].to, u"cd, rootdisk"_s);
        QCOMPARE(changes[2].field, VmEditField::Nics);
        QCOMPARE(changes[2].why, VmEditWhy::Hotplug);
        QCOMPARE(changes[3].field, VmEditField::Disks);
        QCOMPARE(changes[3].effect, VmEditEffect::Live);
    }

    void instancetypeSwap()
    {
        VmEditable before = vmEditableFromJson(webVm());
        before.instancetype = u"u1.medium"_s;
        before.instancetypeCpus = 1;
        before.instancetypeMemoryBytes = 4LL << 30;
        VmEditable after = before;
        after.instancetype = u"u1.large"_s;
        after.instancetypeCpus = 2;
        after.instancetypeMemoryBytes = 8LL << 30;
        QList<VmEditChange> changes = planVmEdit(before, after, running());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].field, VmEditField::Instancetype);
        QCOMPARE(changes[0].effect, VmEditEffect::Live);
        after.instancetypeMemoryBytes = 16LL << 30; // beyond maxGuest
        changes = planVmEdit(before, after, running());
        QCOMPARE(changes[0].why, VmEditWhy::AboveMaxGuest);
    }

    void aConflictKeepsTheUsersEdits()
    {
        const VmEditable base = vmEditableFromJson(webVm());
        VmEditable mine = base;
        mine.labels.insert(u"env"_s, u"prod"_s);
        mine.sockets = 4;
        VmEditable now = base; // someone else changed the description and a label meanwhile
        now.description = u"edited by alice"_s;
        now.labels.insert(u"team"_s, u"b"_s);
        const VmEditable r = rebaseEdit(base, mine, now);
        QCOMPARE(r.description, u"edited by alice"_s);
        QCOMPARE(r.labels.value(u"env"_s), u"prod"_s);
        QCOMPARE(r.labels.value(u"team"_s), u"b"_s);
        QCOMPARE(r.sockets, 4);
        QCOMPARE(changedFields(base, now), (QList<VmEditField>{VmEditField::Description, VmEditField::Labels}));
    }
};

QTEST_APPLESS_MAIN(TestCoreVmEdit)
#include "test_core_vmedit.moc"
