// drover-sim's VirtualMachineClone, in-process on a real ObjectStore with the real controllers
// (VM, snapshot and restore, CDI, garbage collector, clone), as KubeVirt v1.9 plays it: a clone
// of a stopped Ceph-backed VM walks SnapshotInProgress -> RestoreInProgress -> Succeeded and
// leaves a new stopped VM whose disks are restored claims (restore-<restore uid>-<volume>)
// adopted by DataVolumes the VM owns, its temporary snapshot and restore gone; a new MAC and a
// runStrategy patch reach the running copy; a missing source or a disk without snapshot support
// makes the clone wait with KubeVirt's reasons; a restore onto another existing VM fails with
// KubeVirt's message; the webhooks default the target and refuse what virt-api refuses.
#include "Cdi.h"
#include "CloneAdmission.h"
#include "CloneJson.h"
#include "Clones.h"
#include "Controllers.h"
#include "GarbageCollector.h"
#include "Scenario.h"
#include "Snapshots.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();
const ApiResource &SNAP = ApiResource::snapshots();
const ApiResource &RESTORE = ApiResource::restores();
const ApiResource &CONTENT = ApiResource::snapshotContents();
const ApiResource &CLONES = ApiResource::virtualMachineClones();
const ApiResource &DV = ApiResource::dataVolumes();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();
const ApiResource &EVENTS = ApiResource::events();

QJsonObject vmRef(const QString &name)
{
    return {{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, name}};
}

QJsonObject controllerOf(const QJsonObject &obj)
{
    for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (ref.toObject().value("controller"_L1).toBool())
            return ref.toObject();
    return {};
}

QJsonObject conditionIn(const QJsonObject &obj, const QString &type)
{
    for (const QJsonValue &c : objectAt(obj, "status"_L1).value("conditions"_L1).toArray())
        if (stringAt(c.toObject(), "type"_L1) == type)
            return c.toObject();
    return {};
}

struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    SnapshotController snapshots{&store, &controllers};
    Cdi cdi{&store};
    GarbageCollector gc{&store};
    CloneController clones{&store, &controllers};
    QHash<QString, QStringList> phases; // clone name -> the phases it was stored with, in order
    QHash<QString, QJsonObject> restores; // restore name -> as last stored

    Cluster()
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &ApiResource::pods(), &VM, &VMI,
                                     &ApiResource::migrations(), &SNAP, &CONTENT, &RESTORE, &EVENTS})
            store.registerResource(*r);
        Cdi::registerResources(store);
        CloneController::registerResources(store);
        controllers.setTimeScale(0);
        cdi.setTimeScale(0);
        QObject::connect(&store, &ObjectStore::changed, &store, [this](const ApiResource &r, const QString &type, const QJsonObject &o) {
            if (r == CLONES && type != "DELETED"_L1) {
                const QString phase = stringAt(objectAt(o, "status"_L1), "phase"_L1);
                if (phases[nameOf(o)].value(phases[nameOf(o)].size() - 1, u"-"_s) != phase)
                    phases[nameOf(o)] << phase;
            } else if (r == RESTORE && type != "DELETED"_L1) {
                restores.insert(nameOf(o), o);
            }
        });
        Scenario s;
        HostSpec h;
        h.name = u"h1"_s;
        h.cpuCores = 16;
        h.memoryBytes = 64LL << 30;
        s.hosts << h;
        for (const char *name : {"web", "local", "other"}) {
            VmSpec v;
            v.name = QLatin1String(name);
            v.ns = u"prod"_s;
            v.running = false;
            v.migratable = v.name != "local"_L1; // local: a local-nvme disk, no VolumeSnapshotClass
            s.vms << v;
        }
        populate(store, s, true);
        cdi.populate();
        snapshots.populate();
    }
    std::optional<QJsonObject> get(const ApiResource &r, const QString &name) const { return store.get(r, u"prod"_s, name); }
    QJsonObject status(const ApiResource &r, const QString &name) const
    {
        return objectAt(get(r, name).value_or(QJsonObject()), "status"_L1);
    }
    QString clone(const QString &name, const QString &source, const QString &target, const QJsonObject &more = {})
    {
        QJsonObject spec = more;
        spec.insert("source"_L1, vmRef(source));
        spec.insert("target"_L1, vmRef(target));
        const StoreResult r = store.create(CLONES, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}, {u"spec"_s, spec}});
        return r.ok() ? uidOf(r.object) : QString();
    }
    QStringList eventReasons(const QString &cloneName) const
    {
        QStringList reasons;
        for (const QJsonObject &e : store.list(EVENTS))
            if (stringAt(objectAt(e, "involvedObject"_L1), "name"_L1) == cloneName)
                reasons << stringAt(e, "reason"_L1);
        return reasons;
    }
};

} // namespace

class TestClones : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloneOfAStoppedVm();
    void newMacAndPatchReachTheCopy();
    void missingSourceWaitsForIt();
    void diskWithoutSnapshotSupportWaits();
    void restoreOntoAnotherExistingVmFails();
    void patches_data();
    void patches();
    void admission_data();
    void admission();
};

void TestClones::cloneOfAStoppedVm()
{
    Cluster c;
    const QString uid = c.clone(u"copy"_s, u"web"_s, u"web-copy"_s);
    QVERIFY(!uid.isEmpty());
    QTRY_COMPARE(stringAt(c.status(CLONES, u"copy"_s), "phase"_L1), u"Succeeded"_s);
    QCOMPARE(c.phases[u"copy"_s], (QStringList{u""_s, u"SnapshotInProgress"_s, u"RestoreInProgress"_s, u"Succeeded"_s}));
    QTRY_VERIFY(!c.status(CLONES, u"copy"_s).contains("restoreName"_L1)); // the claims are Bound: cleaned up
    const QJsonObject st = c.status(CLONES, u"copy"_s);
    QCOMPARE(stringAt(st, "targetName"_L1), u"web-copy"_s);
    QVERIFY(!st.contains("snapshotName"_L1));
    QVERIFY(!st.contains("creationTime"_L1));
    const auto cloneObj = c.get(CLONES, u"copy"_s).value();
    QCOMPARE(stringAt(conditionIn(cloneObj, u"Ready"_s), "status"_L1), u"True"_s);
    QCOMPARE(stringAt(conditionIn(cloneObj, u"Ready"_s), "reason"_L1), u"Ready"_s);
    QCOMPARE(stringAt(conditionIn(cloneObj, u"Progressing"_s), "status"_L1), u"False"_s);
    QTRY_VERIFY(!c.get(SNAP, u"tmp-snapshot-"_s + uid) && !c.get(RESTORE, u"tmp-restore-"_s + uid));
    QCOMPARE(c.store.count(CONTENT), 0);
    // The temporary objects were owned by the clone.
    const QJsonObject restore = c.restores.value(u"tmp-restore-"_s + uid);
    QCOMPARE(stringAt(controllerOf(restore), "kind"_L1), u"VirtualMachineClone"_s);
    QCOMPARE(stringAt(controllerOf(restore), "apiVersion"_L1), u"clone.kubevirt.io/v1beta1"_s);
    QVERIFY(controllerOf(restore).value("blockOwnerDeletion"_L1).toBool());
    QCOMPARE(objectAt(objectAt(restore, "spec"_L1), "target"_L1), vmRef(u"web-copy"_s));

    // The new VM: stopped, the source's labels, its disk a restored claim under a new name.
    const QJsonObject vm = c.get(VM, u"web-copy"_s).value();
    QCOMPARE(drover::core::nameOf(runStrategyOf(vm)), "Halted"_L1);
    QCOMPARE(labelOf(vm, u"drover.io/os"_s), u"linux"_s);
    const QString last = stringAt(objectAt(objectAt(vm, "metadata"_L1), "annotations"_L1), "restore.kubevirt.io/lastRestoreUID"_L1);
    QVERIFY2(last.startsWith(u"tmp-restore-"_s + uid + u'-'), qPrintable(last));
    const QString restoreUid = last.mid(QStringLiteral("tmp-restore-%1-").arg(uid).size());
    QCOMPARE(restoreUid, uidOf(restore));
    const QString disk = u"restore-"_s + restoreUid + u"-rootdisk"_s;
    const QJsonObject spec = objectAt(vm, "spec"_L1);
    QCOMPARE(stringAt(objectAt(spec.value("dataVolumeTemplates"_L1).toArray().first().toObject(), "metadata"_L1), "name"_L1), disk);
    const QJsonObject volume = objectAt(objectAt(spec, "template"_L1), "spec"_L1).value("volumes"_L1).toArray().first().toObject();
    QCOMPARE(stringAt(objectAt(volume, "dataVolume"_L1), "name"_L1), disk);
    QTRY_COMPARE(stringAt(controllerOf(c.get(DV, disk).value_or(QJsonObject())), "uid"_L1), uidOf(vm));
    const QJsonObject dv = c.get(DV, disk).value();
    QCOMPARE(stringAt(objectAt(dv, "status"_L1), "phase"_L1), u"Succeeded"_s);
    QCOMPARE(stringAt(objectAt(objectAt(dv, "metadata"_L1), "annotations"_L1), "cdi.kubevirt.io/storage.prePopulated"_L1), u"true"_s);
    const QJsonObject pvc = c.get(PVC, disk).value();
    QCOMPARE(stringAt(controllerOf(pvc), "uid"_L1), uidOf(dv));
    QCOMPARE(stringAt(objectAt(pvc, "status"_L1), "phase"_L1), u"Bound"_s);
    QCOMPARE(labelOf(pvc, u"restore.kubevirt.io/source-vm-name"_s), u"web"_s);
    QCOMPARE(stringAt(objectAt(objectAt(pvc, "spec"_L1), "dataSource"_L1), "kind"_L1), u"VolumeSnapshot"_s);
    QCOMPARE(stringAt(objectAt(pvc, "spec"_L1), "storageClassName"_L1), u"ceph-block"_s);
    QVERIFY(c.get(DV, u"web-root"_s).has_value()); // the source keeps its disk
    QCOMPARE(c.eventReasons(u"copy"_s), (QStringList{u"SnapshotCreated"_s, u"SnapshotReady"_s, u"RestoreCreated"_s, u"RestoreReady"_s,
                                                     u"TargetVMCreated"_s, u"PVCBound"_s}));

    // Deleting the copy takes its disks along, and the clone with it.
    QVERIFY(c.store.remove(VM, u"prod"_s, u"web-copy"_s).ok());
    QTRY_VERIFY(!c.get(CLONES, u"copy"_s));
    QTRY_VERIFY(!c.get(PVC, disk));
}

void TestClones::newMacAndPatchReachTheCopy()
{
    Cluster c;
    const QJsonObject more{{u"newMacAddresses"_s, QJsonObject{{u"default"_s, u"02:00:00:AA:BB:CC"_s}}},
                           {u"patches"_s, QJsonArray{uR"({"op":"replace","path":"/spec/runStrategy","value":"Always"})"_s}}};
    const QString uid = c.clone(u"mac"_s, u"web"_s, u"web-mac"_s, more);
    QTRY_COMPARE(stringAt(c.status(CLONES, u"mac"_s), "phase"_L1), u"Succeeded"_s);
    const QJsonArray patches = objectAt(c.restores.value(u"tmp-restore-"_s + uid), "spec"_L1).value("patches"_L1).toArray();
    QCOMPARE(patches, (QJsonArray{uR"({"op":"replace","path":"/spec/template/spec/domain/devices/interfaces/0/macAddress","value":"02:00:00:AA:BB:CC"})"_s,
                                  uR"({"op":"replace","path":"/spec/runStrategy","value":"Always"})"_s}));
    const QJsonObject vm = c.get(VM, u"web-mac"_s).value();
    QCOMPARE(drover::core::nameOf(runStrategyOf(vm)), "Always"_L1);
    QTRY_COMPARE(phaseOf(c.get(VMI, u"web-mac"_s).value_or(QJsonObject())), u"Running"_s);
    const QJsonObject iface = objectAt(c.get(VMI, u"web-mac"_s).value(), "status"_L1).value("interfaces"_L1).toArray().first().toObject();
    QCOMPARE(stringAt(iface, "mac"_L1), u"02:00:00:aa:bb:cc"_s);
}

void TestClones::missingSourceWaitsForIt()
{
    Cluster c;
    QVERIFY(!c.clone(u"early"_s, u"ghost"_s, u"ghost-copy"_s).isEmpty());
    QTRY_COMPARE(stringAt(conditionIn(c.get(CLONES, u"early"_s).value(), u"Ready"_s), "reason"_L1),
                 u"Source doesnt exist: VirtualMachine prod/ghost"_s);
    const QJsonObject cloneObj = c.get(CLONES, u"early"_s).value();
    QCOMPARE(stringAt(conditionIn(cloneObj, u"Progressing"_s), "reason"_L1), u"Pending"_s);
    QCOMPARE(stringAt(conditionIn(cloneObj, u"Progressing"_s), "status"_L1), u"False"_s);
    QVERIFY(!objectAt(cloneObj, "status"_L1).contains("phase"_L1));
    QCOMPARE(c.eventReasons(u"early"_s), QStringList{u"SourceDoesNotExist"_s});
    QCOMPARE(c.store.count(SNAP), 0);
    // The source appears: the clone carries on.
    QJsonObject ghost = c.get(VM, u"web"_s).value();
    QJsonObject spec = objectAt(ghost, "spec"_L1);
    QJsonArray templates = spec.value("dataVolumeTemplates"_L1).toArray();
    QJsonObject t = templates.first().toObject();
    t.insert("metadata"_L1, QJsonObject{{u"name"_s, u"ghost-root"_s}});
    templates.replace(0, t);
    spec.insert("dataVolumeTemplates"_L1, templates);
    QJsonObject tmpl = objectAt(spec, "template"_L1), tmplSpec = objectAt(tmpl, "spec"_L1);
    QJsonArray volumes = tmplSpec.value("volumes"_L1).toArray();
    volumes.replace(0, QJsonObject{{u"name"_s, u"rootdisk"_s}, {u"dataVolume"_s, QJsonObject{{u"name"_s, u"ghost-root"_s}}}});
    tmplSpec.insert("volumes"_L1, volumes);
    tmpl.insert("spec"_L1, tmplSpec);
    spec.insert("template"_L1, tmpl);
    QVERIFY(c.store.create(VM, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"ghost"_s}}}, {u"spec"_s, spec}}).ok());
    QTRY_COMPARE(stringAt(c.status(CLONES, u"early"_s), "phase"_L1), u"Succeeded"_s);
    QVERIFY(c.get(VM, u"ghost-copy"_s).has_value());
}

void TestClones::diskWithoutSnapshotSupportWaits()
{
    Cluster c;
    // What the snapshot controller says of each volume of the local-nvme VM.
    const QJsonArray statuses = c.status(VM, u"local"_s).value("volumeSnapshotStatuses"_L1).toArray();
    QCOMPARE(statuses, (QJsonArray{QJsonObject{{u"name"_s, u"rootdisk"_s}, {u"enabled"_s, false},
                                               {u"reason"_s, u"No VolumeSnapshotClass: Volume snapshots are not configured for this StorageClass [local-nvme] [rootdisk]"_s}},
                                   QJsonObject{{u"name"_s, u"cloudinitdisk"_s}, {u"enabled"_s, false},
                                               {u"reason"_s, u"Snapshot is not supported for this volumeSource type [cloudinitdisk]"_s}}}));
    QCOMPARE(c.status(VM, u"web"_s).value("volumeSnapshotStatuses"_L1).toArray().first().toObject(),
             (QJsonObject{{u"name"_s, u"rootdisk"_s}, {u"enabled"_s, true}}));
    QVERIFY(!c.clone(u"nvme"_s, u"local"_s, u"local-copy"_s).isEmpty());
    QTRY_COMPARE(stringAt(conditionIn(c.get(CLONES, u"nvme"_s).value(), u"Ready"_s), "reason"_L1),
                 u"Virtual Machine volume rootdisk does not support snapshots"_s);
    QCOMPARE(stringAt(conditionIn(c.get(CLONES, u"nvme"_s).value(), u"Progressing"_s), "reason"_L1), u"Pending"_s);
    QVERIFY(!c.status(CLONES, u"nvme"_s).contains("phase"_L1));
    QCOMPARE(c.eventReasons(u"nvme"_s), QStringList{u"VMVolumeSnapshotsInvalid"_s});
    QCOMPARE(c.store.count(SNAP), 0); // no snapshot is even tried
}

void TestClones::restoreOntoAnotherExistingVmFails()
{
    Cluster c;
    const QJsonObject snapSpec{{u"source"_s, vmRef(u"web"_s)}};
    QVERIFY(c.store.create(SNAP, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"web-snap"_s}}}, {u"spec"_s, snapSpec}}).ok());
    QTRY_COMPARE(stringAt(c.status(SNAP, u"web-snap"_s), "phase"_L1), u"Succeeded"_s);
    const QJsonObject before = objectAt(c.get(VM, u"other"_s).value(), "spec"_L1);
    const QJsonObject spec{{u"target"_s, vmRef(u"other"_s)}, {u"virtualMachineSnapshotName"_s, u"web-snap"_s}};
    QVERIFY(c.store.create(RESTORE, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"wrong"_s}}}, {u"spec"_s, spec}}).ok());
    const QString message = u"restore source and restore target are different but restore target already exists"_s;
    QTRY_COMPARE(stringAt(conditionIn(c.get(RESTORE, u"wrong"_s).value(), u"Ready"_s), "reason"_L1), message);
    const QJsonObject res = c.get(RESTORE, u"wrong"_s).value();
    QCOMPARE(stringAt(conditionIn(res, u"Ready"_s), "status"_L1), u"False"_s);
    QCOMPARE(stringAt(conditionIn(res, u"Progressing"_s), "reason"_L1), message);
    QCOMPARE(stringAt(conditionIn(res, u"Progressing"_s), "status"_L1), u"False"_s);
    QVERIFY(!objectAt(res, "status"_L1).value("complete"_L1).toBool());
    QCOMPARE(objectAt(c.get(VM, u"other"_s).value(), "spec"_L1), before);
}

void TestClones::patches_data()
{
    QTest::addColumn<QByteArray>("spec");     // the clone's spec (beyond source and target)
    QTest::addColumn<bool>("firmware");       // the VM has a firmware section
    QTest::addColumn<QStringList>("expected");
    const QString mac = uR"({"op":"replace","path":"/spec/template/spec/domain/devices/interfaces/0/macAddress","value":""})"_s;
    QTest::newRow("no filters: labels kept") << QByteArray("{}") << false << QStringList{mac};
    QTest::newRow("only a negation: every label goes")
        << QByteArray(R"({"labelFilters":["!drover.io/os"]})") << false
        << QStringList{mac, uR"({"op":"remove","path":"/metadata/labels/drover.io~1os","value":null})"_s,
                       uR"({"op":"remove","path":"/metadata/labels/team","value":null})"_s};
    QTest::newRow("all but one label")
        << QByteArray(R"({"labelFilters":["*","!team"]})") << false
        << QStringList{mac, uR"({"op":"remove","path":"/metadata/labels/team","value":null})"_s};
    QTest::newRow("annotations: lastRestoreUID stays")
        << QByteArray(R"({"annotationFilters":["!drover.io/.*"]})") << false
        << QStringList{mac, uR"({"op":"remove","path":"/metadata/annotations/drover.io~1os-name","value":null})"_s};
    QTest::newRow("firmware: serial and uuid")
        << QByteArray(R"({"newSMBiosSerial":"S1","patches":["{\"op\":\"add\",\"path\":\"/metadata/labels/x\",\"value\":\"y\"}"]})") << true
        << QStringList{mac, uR"({"op":"replace","path":"/spec/template/spec/domain/firmware/serial","value":"S1"})"_s,
                       uR"({"op":"replace","path":"/spec/template/spec/domain/firmware/uuid","value":""})"_s,
                       uR"({"op":"add","path":"/metadata/labels/x","value":"y"})"_s};
}

void TestClones::patches()
{
    QFETCH(QByteArray, spec);
    QFETCH(bool, firmware);
    QFETCH(QStringList, expected);
    QJsonObject domain{{u"devices"_s, QJsonObject{{u"interfaces"_s, QJsonArray{QJsonObject{{u"name"_s, u"default"_s}}}}}}};
    if (firmware)
        domain.insert("firmware"_L1, QJsonObject{{u"uuid"_s, u"0d8e3c1c-0000-4000-8000-000000000001"_s}});
    const QJsonObject vm{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s},
                                    {u"labels"_s, QJsonObject{{u"drover.io/os"_s, u"linux"_s}, {u"team"_s, u"a"_s}}},
                                    {u"annotations"_s, QJsonObject{{u"drover.io/os-name"_s, u"Fedora 40"_s},
                                                                   {u"restore.kubevirt.io/lastRestoreUID"_s, u"r-1"_s}}}}},
        {u"spec"_s, QJsonObject{{u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"domain"_s, domain}}}}}}}};
    QCOMPARE(clone::generatePatches(vm, QJsonDocument::fromJson(spec).object()), expected);
}

void TestClones::admission_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<bool>("virtApiUp");
    QTest::addColumn<int>("code");       // 0: admitted
    QTest::addColumn<QString>("message");
    const QString denied = uR"(admission webhook "vm-clone-validator.kubevirt.io" denied the request: )"_s;
    const QByteArray web = R"("source":{"apiGroup":"kubevirt.io","kind":"VirtualMachine","name":"web"})";
    QTest::newRow("admitted, target named") << "{" + web + "}" << true << 0 << QString();
    QTest::newRow("target is the source")
        << "{" + web + R"(,"target":{"apiGroup":"kubevirt.io","kind":"VirtualMachine","name":"web"}})" << true << 422
        << denied + u"Target name cannot be equal to source name when both are VirtualMachines"_s;
    QTest::newRow("malformed MAC") << "{" + web + R"(,"newMacAddresses":{"default":"02:00:00:zz"}})" << true << 422
                                   << denied + u"interface default has malformed MAC address (02:00:00:zz)."_s;
    QTest::newRow("wildcard inside a filter")
        << "{" + web + R"(,"labelFilters":["a*b"]})" << true << 422
        << denied + u"spec.labels filter a*b is invalid: cannot contain a wildcard character (*); FilterRules: WildcardChar can be only at the end of the filter"_s;
    QTest::newRow("patch not JSON") << "{" + web + R"(,"patches":["{nope"]})" << true << 422
                                    << denied + u"patch is not valid JSON ({nope)"_s;
    QTest::newRow("source without group and name") << QByteArray(R"({"source":{"kind":"VirtualMachine"}})") << true << 422
                                                   << denied + u"Source's APIGroup cannot be empty, Source's name cannot be empty"_s;
    QTest::newRow("virt-api down") << "{" + web + "}" << false << 500
                                   << uR"(Internal error occurred: failed calling webhook "virtualmachineclones-mutator.kubevirt.io": failed to call webhook: Post "https://virt-api.kubevirt.svc:443/vm-clone-mutate-create?timeout=10s": dial tcp 10.96.0.115:443: connect: connection refused)"_s;
}

void TestClones::admission()
{
    QFETCH(QByteArray, spec);
    QFETCH(bool, virtApiUp);
    QFETCH(int, code);
    QFETCH(QString, message);
    QJsonObject obj{{u"metadata"_s, QJsonObject{{u"name"_s, u"c"_s}}}, {u"spec"_s, QJsonDocument::fromJson(spec).object()}};
    const auto answer = admitVirtualMachineClone(obj, true, virtApiUp);
    QCOMPARE(answer ? answer->code : 0, code);
    if (answer) {
        QCOMPARE(stringAt(answer->body, "message"_L1), message);
        QCOMPARE(stringAt(answer->body, "reason"_L1), code == 422 ? u"Invalid"_s : u"InternalError"_s);
        return;
    }
    // The mutator named the target clone-<source>-<5 random>.
    const QJsonObject target = objectAt(objectAt(obj, "spec"_L1), "target"_L1);
    QCOMPARE(stringAt(target, "kind"_L1), u"VirtualMachine"_s);
    QCOMPARE(stringAt(target, "apiGroup"_L1), u"kubevirt.io"_s);
    QVERIFY2(QRegularExpression(u"^clone-web-[bcdfghjklmnpqrstvwxz2456789]{5}$"_s).match(stringAt(target, "name"_L1)).hasMatch(),
             qPrintable(stringAt(target, "name"_L1)));
}

QTEST_GUILESS_MAIN(TestClones)
#include "test_clones.moc"
