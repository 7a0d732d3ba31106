// reconcile::planVmDelete and diskOptions, pure: which disks a delete offers and with what
// default, and the steps (and their order) for each choice — keep by stripping the owner
// reference and the template, delete owned disks by cascade and unowned ones after the VM.
#include "VmDeletePlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using reconcile::DeleteStep;
using K = reconcile::DeleteStep::Kind;

namespace {

const QString kVmUid = u"vm-uid-1"_s;

QJsonObject meta(const QString &name, const QString &uid, const QStringList &owners = {})
{
    QJsonArray refs;
    for (const QString &o : owners)
        refs << QJsonObject{{u"uid"_s, o}, {u"kind"_s, u"VirtualMachine"_s}, {u"controller"_s, true}};
    QJsonObject m{{u"name"_s, name}, {u"namespace"_s, u"prod"_s}, {u"uid"_s, uid}};
    if (!refs.isEmpty())
        m.insert("ownerReferences"_L1, refs);
    return m;
}

QJsonObject dvTemplate(const QString &name, const QString &size)
{
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                       {u"spec"_s, QJsonObject{{u"storage"_s, QJsonObject{{u"storageClassName"_s, u"ceph-block"_s},
                                                                          {u"accessModes"_s, QJsonArray{u"ReadWriteMany"_s}},
                                                                          {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, size}}}}}}}}}};
}

// A VM with volumes root (DataVolume "web-root", template 0), data (DataVolume "web-data",
// template 1), shared (a claim "shared-iso" it does not own), a container disk and cloud-init.
reconcile::VmDeleteFacts facts()
{
    const QJsonArray volumes{
        QJsonObject{{u"name"_s, u"root"_s}, {u"dataVolume"_s, QJsonObject{{u"name"_s, u"web-root"_s}}}},
        QJsonObject{{u"name"_s, u"data"_s}, {u"dataVolume"_s, QJsonObject{{u"name"_s, u"web-data"_s}}}},
        QJsonObject{{u"name"_s, u"shared"_s}, {u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, u"shared-iso"_s}}}},
        QJsonObject{{u"name"_s, u"tools"_s}, {u"containerDisk"_s, QJsonObject{{u"image"_s, u"quay.io/x/tools"_s}}}},
        QJsonObject{{u"name"_s, u"cloudinit"_s}, {u"cloudInitNoCloud"_s, QJsonObject{{u"userData"_s, u"#cloud-config"_s}}}}};
    reconcile::VmDeleteFacts f;
    f.vm = QJsonObject{{u"metadata"_s, meta(u"web"_s, kVmUid)},
                       {u"spec"_s, QJsonObject{{u"dataVolumeTemplates"_s, QJsonArray{dvTemplate(u"web-root"_s, u"30Gi"_s), dvTemplate(u"web-data"_s, u"100Gi"_s)}},
                                               {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"volumes"_s, volumes}}}}}}}};
    for (const QString &dv : {u"web-root"_s, u"web-data"_s}) {
        f.dataVolumes.insert(dv, QJsonObject{{u"metadata"_s, meta(dv, dv + u"-uid"_s, {kVmUid})},
                                             {u"status"_s, QJsonObject{{u"phase"_s, u"Succeeded"_s}}}});
        f.claims.insert(dv, QJsonObject{{u"metadata"_s, meta(dv, dv + u"-pvc"_s, {dv + u"-uid"_s})},
                                        {u"status"_s, QJsonObject{{u"phase"_s, u"Bound"_s},
                                                                  {u"capacity"_s, QJsonObject{{u"storage"_s, u"32Gi"_s}}}}}});
    }
    f.claims.insert(u"shared-iso"_s, QJsonObject{{u"metadata"_s, meta(u"shared-iso"_s, u"iso-uid"_s)}});
    f.snapshots = QStringList{u"web-before-upgrade"_s};
    return f;
}

QJsonArray patchOf(const DeleteStep &s)
{
    return QJsonDocument::fromJson(s.patch).array();
}

QList<K> kinds(const QList<DeleteStep> &steps)
{
    QList<K> k;
    for (const DeleteStep &s : steps)
        k << s.kind;
    return k;
}

} // namespace

class TestVmDeletePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersPersistentDisksWithDefaults()
    {
        auto f = facts();
        f.otherUsers.insert(u"web-data"_s, {u"web-2"_s});
        const auto options = reconcile::diskOptions(f);
        QCOMPARE(options.size(), 3); // the container disk and cloud-init leave nothing behind
        QCOMPARE(options[0].disk.volume, u"root"_s);
        QVERIFY(options[0].ownedByVm);
        QVERIFY(options[0].deleteByDefault);
        QCOMPARE(options[0].size, u"32Gi"_s); // the claim's capacity wins over the template's request
        QCOMPARE(options[0].storageClass, u"ceph-block"_s);
        QCOMPARE(options[0].phase, u"Succeeded"_s);
        QVERIFY(options[1].ownedByVm);
        QVERIFY(!options[1].deleteByDefault); // another VM uses it
        QCOMPARE(options[1].alsoUsedBy, QStringList{u"web-2"_s});
        QCOMPARE(options[2].disk.kind, core::VmDisk::Kind::Claim);
        QVERIFY(!options[2].ownedByVm);
        QVERIFY(!options[2].deleteByDefault);
    }

    void keepOneDiskDeleteTheRest()
    {
        const auto f = facts();
        reconcile::VmDeleteChoice c;
        c.deleteVolumes = {u"root"_s, u"shared"_s};
        c.gracePeriodSeconds = 30;
        const auto steps = reconcile::planVmDelete(f, c);
        QCOMPARE(kinds(steps), (QList<K>{K::PatchVm, K::PatchDataVolume, K::DeleteVm, K::DeleteSnapshot, K::DeleteClaim}));
        // The kept disk's template leaves the VM, tested by name first.
        const QJsonArray vmPatch = patchOf(steps[0]);
        QCOMPARE(vmPatch.size(), 2);
        QCOMPARE(vmPatch[0][u"op"_s].toString(), u"test"_s);
        QCOMPARE(vmPatch[0][u"path"_s].toString(), u"/spec/dataVolumeTemplates/1/metadata/name"_s);
        QCOMPARE(vmPatch[0][u"value"_s].toString(), u"web-data"_s);
        QCOMPARE(vmPatch[1][u"op"_s].toString(), u"remove"_s);
        // Its DataVolume loses the VM as owner (the claim is the DataVolume's: it stays with it).
        QCOMPARE(steps[1].name, u"web-data"_s);
        const QJsonArray dvPatch = patchOf(steps[1]);
        QCOMPARE(dvPatch[0][u"path"_s].toString(), u"/metadata/ownerReferences/0/uid"_s);
        QCOMPARE(dvPatch[0][u"value"_s].toString(), kVmUid);
        QCOMPARE(dvPatch[1][u"op"_s].toString(), u"remove"_s);
        // The VM goes with the grace period chosen; root goes by cascade (no step of its own);
        // the unowned claim only after the VM.
        QCOMPARE(steps[2].options.value("gracePeriodSeconds"_L1).toInt(), 30);
        QCOMPARE(steps[2].options.value("kind"_L1).toString(), u"DeleteOptions"_s);
        QCOMPARE(steps[3].name, u"web-before-upgrade"_s);
        QCOMPARE(steps[4].name, u"shared-iso"_s);
        QCOMPARE(reconcile::keptClaims(f, c), QStringList{u"web-data"_s});
    }

    void shorterGraceStopsARunningVmFirst()
    {
        auto f = facts();
        f.running = true;
        reconcile::VmDeleteChoice c;
        c.deleteVolumes = {u"root"_s, u"data"_s};
        c.deleteSnapshots = false;
        c.gracePeriodSeconds = 10;
        const auto steps = reconcile::planVmDelete(f, c);
        QCOMPARE(kinds(steps), (QList<K>{K::StopVm, K::DeleteVm}));
        QCOMPARE(steps[0].options.value("gracePeriod"_L1).toInt(), 10);
        QCOMPARE(steps[1].options.value("gracePeriodSeconds"_L1).toInt(), 10);
        c.gracePeriodSeconds.reset(); // its own grace period: no stop of ours
        QCOMPARE(kinds(reconcile::planVmDelete(f, c)), (QList<K>{K::DeleteVm}));
    }

    void keepEverythingRemovesTemplatesHighestFirst()
    {
        reconcile::VmDeleteChoice c;
        c.deleteSnapshots = false;
        const auto steps = reconcile::planVmDelete(facts(), c);
        QCOMPARE(kinds(steps), (QList<K>{K::PatchVm, K::PatchDataVolume, K::PatchDataVolume, K::DeleteVm}));
        const QJsonArray vmPatch = patchOf(steps[0]);
        QCOMPARE(vmPatch.size(), 4);
        QCOMPARE(vmPatch[1][u"path"_s].toString(), u"/spec/dataVolumeTemplates/1"_s);
        QCOMPARE(vmPatch[3][u"path"_s].toString(), u"/spec/dataVolumeTemplates/0"_s);
        QVERIFY(steps[3].options.isEmpty()); // no grace period chosen: no body, the VM's own
        QCOMPARE(reconcile::keptClaims(facts(), c), (QStringList{u"web-root"_s, u"web-data"_s, u"shared-iso"_s}));
    }

    void deleteEverything()
    {
        reconcile::VmDeleteChoice c;
        c.deleteVolumes = {u"root"_s, u"data"_s, u"shared"_s};
        const auto steps = reconcile::planVmDelete(facts(), c);
        QCOMPARE(kinds(steps), (QList<K>{K::DeleteVm, K::DeleteSnapshot, K::DeleteClaim}));
        QVERIFY(reconcile::keptClaims(facts(), c).isEmpty());
    }

    void claimOwnedByVmWithoutDataVolume()
    {
        // CDI's old DataVolume garbage collection: the DataVolume is gone and its claim carries
        // the VM as owner. Keeping it strips that reference from the claim.
        auto f = facts();
        f.dataVolumes.remove(u"web-data"_s);
        f.claims.insert(u"web-data"_s, QJsonObject{{u"metadata"_s, meta(u"web-data"_s, u"c-uid"_s, {u"other"_s, kVmUid})}});
        reconcile::VmDeleteChoice c;
        c.deleteVolumes = {u"root"_s};
        const auto steps = reconcile::planVmDelete(f, c);
        QCOMPARE(kinds(steps), (QList<K>{K::PatchVm, K::PatchClaim, K::DeleteVm, K::DeleteSnapshot}));
        QCOMPARE(patchOf(steps[1]).at(0)[u"path"_s].toString(), u"/metadata/ownerReferences/1/uid"_s);
    }

    void missingDiskIsNotTouched()
    {
        auto f = facts();
        f.dataVolumes.remove(u"web-root"_s);
        f.claims.remove(u"web-root"_s);
        const auto options = reconcile::diskOptions(f);
        QVERIFY(!options[0].exists);
        QVERIFY(!options[0].deleteByDefault);
        reconcile::VmDeleteChoice c;
        c.deleteVolumes = {u"root"_s, u"data"_s, u"shared"_s};
        QCOMPARE(kinds(reconcile::planVmDelete(f, c)), (QList<K>{K::DeleteVm, K::DeleteSnapshot, K::DeleteClaim}));
    }
};

QTEST_GUILESS_MAIN(TestVmDeletePlan)
#include "test_vmdeleteplan.moc"
