// drover-sim's snapshots and restores, in-process on a real ObjectStore with the real controllers:
// take -> ready with its content (volume backups with their claims' sizes, gone with the snapshot),
// restore onto a stopped VM brings its old spec back, a running VM is refused, a disk without
// snapshot support and a failure on request end Failed with the reason and no content.
#include "Controllers.h"
#include "Scenario.h"
#include "Snapshot.h"
#include "Snapshots.h"
#include "VmiJson.h"

#include <QJsonArray>
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

struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    SnapshotController snapshots{&store, &controllers};

    Cluster()
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &ApiResource::pods(), &VM, &VMI,
                                     &ApiResource::migrations(), &SNAP, &CONTENT, &RESTORE})
            store.registerResource(*r);
        controllers.setTimeScale(0);
        Scenario s;
        HostSpec h;
        h.name = u"h1"_s;
        h.cpuCores = 16;
        h.memoryBytes = 64LL << 30;
        s.hosts << h;
        for (const char *name : {"web", "local"}) {
            VmSpec v;
            v.name = QLatin1String(name);
            v.ns = u"prod"_s;
            v.memoryBytes = 4LL << 30;
            v.migratable = v.name == "web"_L1; // local: a local-nvme disk, no VolumeSnapshotClass
            s.vms << v;
        }
        populate(store, s, true);
    }
    QString snapshot(const QString &vm, const QJsonObject &annotations = {})
    {
        QJsonObject meta{{u"name"_s, vm + u"-snap"_s}};
        if (!annotations.isEmpty())
            meta.insert("annotations"_L1, annotations);
        const QJsonObject spec{{u"source"_s, QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, vm}}}};
        const StoreResult r = store.create(SNAP, u"prod"_s, QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}});
        return r.ok() ? nameOf(r.object) : QString();
    }
    QString restore(const QString &vm, const QString &snap, const QString &name)
    {
        const QJsonObject spec{{u"target"_s, QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, vm}}},
                               {u"virtualMachineSnapshotName"_s, snap}};
        const StoreResult r = store.create(RESTORE, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}, {u"spec"_s, spec}});
        return r.ok() ? nameOf(r.object) : QString();
    }
    QJsonObject status(const ApiResource &r, const QString &name)
    {
        return objectAt(store.get(r, u"prod"_s, name).value_or(QJsonObject()), "status"_L1);
    }
    QString readyMessage(const ApiResource &r, const QString &name)
    {
        for (const QJsonValue &c : status(r, name).value("conditions"_L1).toArray())
            if (c.toObject().value("type"_L1).toString() == "Ready"_L1)
                return c.toObject().value("message"_L1).toString();
        return {};
    }
    QString memoryOf(const QString &vm)
    {
        const QJsonObject tmpl = objectAt(objectAt(store.get(VM, u"prod"_s, vm).value_or(QJsonObject()), "spec"_L1), "template"_L1);
        return stringAt(objectAt(objectAt(objectAt(tmpl, "spec"_L1), "domain"_L1), "memory"_L1), "guest"_L1);
    }
    void setMemory(const QString &vm, const QString &guest)
    {
        (void)store.mutate(VM, u"prod"_s, vm, [&](QJsonObject &o) {
            QJsonObject spec = objectAt(o, "spec"_L1), tmpl = objectAt(spec, "template"_L1), ts = objectAt(tmpl, "spec"_L1),
                        domain = objectAt(ts, "domain"_L1), mem = objectAt(domain, "memory"_L1);
            mem.insert("guest"_L1, guest);
            domain.insert("memory"_L1, mem);
            ts.insert("domain"_L1, domain);
            tmpl.insert("spec"_L1, ts);
            spec.insert("template"_L1, tmpl);
            o.insert("spec"_L1, spec);
        });
    }
};

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeThenRestore()
    {
        Cluster c;
        QTRY_VERIFY(c.store.get(VMI, u"prod"_s, u"web"_s).has_value());
        QCOMPARE(c.memoryOf(u"web"_s), u"4Gi"_s);
        const QString snap = c.snapshot(u"web"_s);
        QTRY_COMPARE(stringAt(c.status(SNAP, snap), "phase"_L1), u"Succeeded"_s);
        const QJsonObject st = c.status(SNAP, snap);
        QVERIFY(st.value("readyToUse"_L1).toBool());
        QVERIFY(!stringAt(st, "creationTime"_L1).isEmpty());
        QVERIFY(stringAt(st, "virtualMachineSnapshotContentName"_L1).startsWith(u"vmsnapshot-content-"_s));
        QCOMPARE(st.value("indications"_L1).toArray().first().toString(), u"Online"_s);
        QCOMPARE(stringAt(st, "sourceUID"_L1), uidOf(c.store.get(VM, u"prod"_s, u"web"_s).value()));
        // What it holds, as KubeVirt writes it: the root disk's DataVolume claim (30 Gi), not the
        // cloud-init disk.
        QCOMPARE(objectAt(st, "snapshotVolumes"_L1).value("includedVolumes"_L1).toArray(), QJsonArray{u"rootdisk"_s});
        QCOMPARE(objectAt(st, "snapshotVolumes"_L1).value("excludedVolumes"_L1).toArray(), QJsonArray{u"cloudinitdisk"_s});
        const QString contentName = stringAt(st, "virtualMachineSnapshotContentName"_L1);
        const auto content = c.store.get(CONTENT, u"prod"_s, contentName);
        QVERIFY(content.has_value());
        QCOMPARE(stringAt(objectAt(*content, "spec"_L1), "virtualMachineSnapshotName"_L1), snap);
        const QJsonArray backups = objectAt(*content, "spec"_L1).value("volumeBackups"_L1).toArray();
        QCOMPARE(backups.size(), 1);
        const QJsonObject b = backups.first().toObject();
        QCOMPARE(stringAt(b, "volumeName"_L1), u"rootdisk"_s);
        QCOMPARE(stringAt(b, "volumeSnapshotName"_L1), u"vmsnapshot-%1-volume-rootdisk"_s.arg(uidOf(c.store.get(SNAP, u"prod"_s, snap).value())));
        QCOMPARE(stringAt(objectAt(objectAt(objectAt(b, "persistentVolumeClaim"_L1), "spec"_L1), "resources"_L1).value("requests"_L1).toObject(),
                          "storage"_L1),
                 u"30Gi"_s);
        QCOMPARE(drover::core::snapshotContentBytes(*content), std::optional<std::int64_t>(30LL << 30));

        c.setMemory(u"web"_s, u"8Gi"_s); // the VM changes after the snapshot
        // A running VM is not restored.
        const QString early = c.restore(u"web"_s, snap, u"too-early"_s);
        QTRY_COMPARE(c.readyMessage(RESTORE, early), u"VirtualMachine web is not stopped: stop it, then restore"_s);
        QVERIFY(!c.status(RESTORE, early).value("complete"_L1).toBool());
        QCOMPARE(c.memoryOf(u"web"_s), u"8Gi"_s);

        QCOMPARE(c.controllers.action(u"virtualmachines"_s, u"prod"_s, u"web"_s, u"stop"_s, {}).code, 202);
        QTRY_VERIFY(!c.store.get(VMI, u"prod"_s, u"web"_s).has_value());
        const QString res = c.restore(u"web"_s, snap, u"back"_s);
        QTRY_VERIFY(c.status(RESTORE, res).value("complete"_L1).toBool());
        QVERIFY(!stringAt(c.status(RESTORE, res), "restoreTime"_L1).isEmpty());
        QCOMPARE(c.memoryOf(u"web"_s), u"4Gi"_s); // the snapshot's spec is back
        QCOMPARE(drover::core::nameOf(runStrategyOf(c.store.get(VM, u"prod"_s, u"web"_s).value())),
                 "Halted"_L1); // and it stays stopped

        QVERIFY(c.store.remove(SNAP, u"prod"_s, snap).ok()); // deletionPolicy Delete: its content goes too
        QVERIFY(!c.store.get(CONTENT, u"prod"_s, contentName).has_value());
    }

    void diskWithoutSnapshotSupportFails()
    {
        Cluster c;
        const QString snap = c.snapshot(u"local"_s);
        QTRY_COMPARE(stringAt(c.status(SNAP, snap), "phase"_L1), u"Failed"_s);
        QCOMPARE(stringAt(objectAt(c.status(SNAP, snap), "error"_L1), "message"_L1),
                 u"no VolumeSnapshotClass found for storage class local-nvme (the disk of local cannot be snapshotted)"_s);
        QVERIFY(!c.status(SNAP, snap).value("readyToUse"_L1).toBool());
        QVERIFY((c.store.count(CONTENT) == 0));
    }

    void failureOnRequestAndDeletedSnapshots()
    {
        Cluster c;
        const QString snap = c.snapshot(u"web"_s, QJsonObject{{u"sim.drover.io/fail-snapshot"_s, u"CSI driver timed out"_s}});
        QTRY_COMPARE(stringAt(c.status(SNAP, snap), "phase"_L1), u"Failed"_s);
        QCOMPARE(c.readyMessage(SNAP, snap), u"CSI driver timed out"_s);
        QVERIFY((c.store.count(CONTENT) == 0)); // nothing was kept
        // A restore from a failed (or deleted) snapshot does nothing and says why.
        QVERIFY(c.store.remove(SNAP, u"prod"_s, snap).ok());
        const QString res = c.restore(u"web"_s, snap, u"from-nothing"_s);
        QTRY_COMPARE(c.readyMessage(RESTORE, res), u"VirtualMachineSnapshot web-snap is not ready to use"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "test_snapshots.moc"
