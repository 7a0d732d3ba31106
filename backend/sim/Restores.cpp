// The VirtualMachineRestore half of SnapshotController (Snapshots.h says what is played), after
// KubeVirt's pkg/storage/snapshot/restore.go updateVMRestore.
#include "Snapshots.h"

#include "Controllers.h"
#include "Patch.h"
#include "RestoreJson.h"
#include "SnapshotUtil.h"
#include "VmiJson.h"

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

using snaputil::condition;
using snaputil::now;
using snaputil::setStatus;

const ApiResource &RESTORE = ApiResource::restores();
const ApiResource &VM = ApiResource::virtualMachines();

constexpr int kStepMs = 200; // between the steps of a restore into a new VM, at demo pace

QJsonObject vmOwnerRef(const QJsonObject &vm)
{
    return {{u"apiVersion"_s, u"kubevirt.io/v1"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, nameOf(vm)},
            {u"uid"_s, uidOf(vm)}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
}

// target.Own(restore) when the restore has no owner yet: the target VM becomes its controller.
void ownRestore(ObjectStore *store, const QJsonObject &res, const QJsonObject &vm)
{
    if (!objectAt(res, "metadata"_L1).value("ownerReferences"_L1).toArray().isEmpty())
        return;
    (void)store->mutate(RESTORE, namespaceOf(res), nameOf(res), [&](QJsonObject &o) {
        QJsonObject meta = objectAt(o, "metadata"_L1);
        meta.insert("ownerReferences"_L1, QJsonArray{vmOwnerRef(vm)});
        o.insert("metadata"_L1, meta);
    });
}

void annotateLastRestore(QJsonObject &vm, const QJsonObject &res)
{
    QJsonObject meta = objectAt(vm, "metadata"_L1), annotations = objectAt(meta, "annotations"_L1);
    annotations.insert("restore.kubevirt.io/lastRestoreUID"_L1, restore::lastRestoreValue(res));
    meta.insert("annotations"_L1, annotations);
    vm.insert("metadata"_L1, meta);
}

void setProgress(ObjectStore *store, const QJsonObject &res, const QString &progressing, const QString &ready)
{
    setStatus(store, RESTORE, namespaceOf(res), nameOf(res), [&](QJsonObject &st) {
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, true, progressing), condition(u"Ready"_s, false, ready)});
    });
}

} // namespace

void SnapshotController::restore(const QString &ns, const QString &name, const QString &uid)
{
    auto res = m_store->get(RESTORE, ns, name);
    if (!res || uidOf(*res) != uid || objectAt(*res, "status"_L1).value("complete"_L1).toBool())
        return;
    if (!res->contains("status"_L1) || objectAt(*res, "status"_L1).isEmpty()) {
        setStatus(m_store, RESTORE, ns, name, [&](QJsonObject &st) {
            st.insert("complete"_L1, false);
            st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, true, u"Initializing VirtualMachineRestore"_s),
                                                  condition(u"Ready"_s, false, u"Initializing VirtualMachineRestore"_s)});
        });
        res = m_store->get(RESTORE, ns, name);
    }
    const QJsonObject spec = objectAt(*res, "spec"_L1);
    const QString vmName = stringAt(objectAt(spec, "target"_L1), "name"_L1);
    const QString snapName = stringAt(spec, "virtualMachineSnapshotName"_L1);
    const auto snap = m_store->get(ApiResource::snapshots(), ns, snapName);
    const QString contentName = snap ? stringAt(objectAt(*snap, "status"_L1), "virtualMachineSnapshotContentName"_L1) : QString();
    const auto content = m_store->get(ApiResource::snapshotContents(), ns, contentName);
    auto refuse = [&](const QString &message) {
        setStatus(m_store, RESTORE, ns, name, [&](QJsonObject &st) {
            st.insert("complete"_L1, false);
            st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, u"Failed"_s, message),
                                                  condition(u"Ready"_s, false, u"Failed"_s, message)});
        });
    };
    if (!snap || !objectAt(*snap, "status"_L1).value("readyToUse"_L1).toBool() || !content) {
        refuse(QStringLiteral("VirtualMachineSnapshot %1 is not ready to use").arg(snapName));
        return;
    }
    const auto vm = m_store->get(VM, ns, vmName);
    if (!vm) {
        restoreNew(*res, *content);
        return;
    }
    if (const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, vmName); vmi && !isFinal(*vmi)) {
        refuse(QStringLiteral("VirtualMachine %1 is not stopped: stop it, then restore").arg(vmName));
        return;
    }
    const bool restoredByThis = objectAt(objectAt(*vm, "metadata"_L1), "annotations"_L1).value("restore.kubevirt.io/lastRestoreUID"_L1)
                                == restore::lastRestoreValue(*res);
    const QString sourceUid = stringAt(objectAt(*snap, "status"_L1), "sourceUID"_L1);
    if (!restoredByThis && !sourceUid.isEmpty() && sourceUid != uidOf(*vm)) {
        failRestore(*res, u"restore source and restore target are different but restore target already exists"_s);
        return;
    }
    restoreOnto(*res, *vm, *content);
}

void SnapshotController::restoreOnto(const QJsonObject &res, const QJsonObject &vm, const QJsonObject &content)
{
    ownRestore(m_store, res, vm);
    const QJsonObject snapshotVm = objectAt(objectAt(objectAt(content, "spec"_L1), "source"_L1), "virtualMachine"_L1);
    (void)m_store->mutate(VM, namespaceOf(vm), nameOf(vm), [&](QJsonObject &o) {
        QJsonObject restored = objectAt(snapshotVm, "spec"_L1);
        // A restore does not start or stop the VM: runStrategy stays (running false if it uses running).
        if (objectAt(o, "spec"_L1).contains("running"_L1)) {
            restored.remove("runStrategy"_L1);
            restored.insert("running"_L1, false);
        } else {
            restored.remove("running"_L1);
            restored.insert("runStrategy"_L1, core::nameOf(runStrategyOf(o)));
        }
        o.insert("spec"_L1, restored);
        annotateLastRestore(o, res);
    });
    completeRestore(res);
}

void SnapshotController::restoreNew(const QJsonObject &res, const QJsonObject &content)
{
    const QString ns = namespaceOf(res), name = nameOf(res), uid = uidOf(res);
    auto next = [=, this] { later(kStepMs, [=, this] { restore(ns, name, uid); }); };
    const QJsonObject status = objectAt(res, "status"_L1);
    if (!status.contains("restores"_L1) && !objectAt(content, "spec"_L1).value("volumeBackups"_L1).toArray().isEmpty()) {
        if (makeClaims(res, content))
            next();
        return;
    }
    const auto current = m_store->get(RESTORE, ns, name); // makeClaims wrote status.restores
    if (!current)
        return;
    if (makeDataVolumes(*current, content)) {
        next();
        return;
    }
    createTarget(*current, content);
}

bool SnapshotController::makeClaims(const QJsonObject &res, const QJsonObject &content)
{
    // reconcileVolumeRestores: status.restores, then a claim per backup from its VolumeSnapshot.
    const QJsonArray restores = restore::volumeRestores(res, content);
    const QJsonObject contentSpec = objectAt(content, "spec"_L1);
    const QJsonObject snapshotVm = objectAt(objectAt(contentSpec, "source"_L1), "virtualMachine"_L1);
    const QJsonArray backups = contentSpec.value("volumeBackups"_L1).toArray();
    for (qsizetype i = 0; i < restores.size(); ++i) {
        const QJsonObject vr = restores.at(i).toObject();
        if (m_store->get(ApiResource::persistentVolumeClaims(), namespaceOf(res), stringAt(vr, "persistentVolumeClaim"_L1)))
            continue;
        const QJsonObject claim = restore::claimFor(res, backups.at(i).toObject(), vr, snapshotVm);
        if (const StoreResult r = m_store->create(ApiResource::persistentVolumeClaims(), namespaceOf(res), claim); !r.ok()) {
            failRestore(res, r.message);
            return false;
        }
    }
    setStatus(m_store, RESTORE, namespaceOf(res), nameOf(res), [&](QJsonObject &st) {
        st.insert("restores"_L1, restores);
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, true, u"Creating new PVCs"_s),
                                              condition(u"Ready"_s, false, u"Waiting for new PVCs"_s)});
    });
    return true;
}

bool SnapshotController::makeDataVolumes(const QJsonObject &res, const QJsonObject &content)
{
    // reconcileDataVolumes: a DataVolume per template of the new VM, once its claim is ready for
    // it; then wait until each is Succeeded (or WaitForFirstConsumer, PendingPopulation).
    const QJsonObject snapshotVm = objectAt(objectAt(objectAt(content, "spec"_L1), "source"_L1), "virtualMachine"_L1);
    const QJsonObject vm = restore::newVm(res, snapshotVm);
    const QString ns = namespaceOf(res);
    bool waiting = false;
    for (const QJsonValue &t : objectAt(vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray()) {
        const QString dvName = stringAt(objectAt(t.toObject(), "metadata"_L1), "name"_L1);
        if (const auto dv = m_store->get(ApiResource::dataVolumes(), ns, dvName)) {
            const QString phase = stringAt(objectAt(*dv, "status"_L1), "phase"_L1);
            waiting = waiting || (phase != "Succeeded"_L1 && phase != "WaitForFirstConsumer"_L1 && phase != "PendingPopulation"_L1);
            continue;
        }
        const auto pvc = m_store->get(ApiResource::persistentVolumeClaims(), ns, dvName);
        if (!pvc) {
            failRestore(res, QStringLiteral("when creating restore dv pvc %1/%2 does not exist and should").arg(ns, dvName));
            return false;
        }
        const QJsonObject pvcMeta = objectAt(*pvc, "metadata"_L1);
        if (stringAt(objectAt(pvcMeta, "annotations"_L1), "cdi.kubevirt.io/storage.populatedFor"_L1) != dvName ||
            !pvcMeta.value("ownerReferences"_L1).toArray().isEmpty())
            continue;
        if (const StoreResult r = m_store->create(ApiResource::dataVolumes(), ns, restore::dataVolumeFor(res, t.toObject())); !r.ok()) {
            failRestore(res, QStringLiteral("Failed to create restore DataVolume: %1").arg(r.message));
            return false;
        }
        waiting = true;
    }
    if (waiting)
        setProgress(m_store, res, u"Updating target spec"_s, u"Waiting for target update"_s);
    return waiting;
}

void SnapshotController::createTarget(const QJsonObject &res, const QJsonObject &content)
{
    // reconcileSpec for a VM that does not exist: the spec, the restore's patches, create.
    const QJsonObject snapshotVm = objectAt(objectAt(objectAt(content, "spec"_L1), "source"_L1), "virtualMachine"_L1);
    QJsonObject vm = restore::newVm(res, snapshotVm);
    const QString vmName = nameOf(vm);
    const QStringList raw = objectAt(res, "spec"_L1).value("patches"_L1).toVariant().toStringList();
    const QString jsonPatch = u"[\n"_s + raw.join(u",\n"_s) + u"\n]"_s;
    const auto ops = restore::patches(res);
    if (!ops) {
        failRestore(res, QStringLiteral("error patching VM %1: cannot decode vm patches %2").arg(vmName, jsonPatch));
        return;
    }
    const Result<QJsonObject> patched = applyJsonPatch(vm, *ops, JsonPatchFlavour::EvanphxV4);
    if (!patched) {
        failRestore(res, QStringLiteral("error patching VM %1: failed to apply patch for VM %2: %3")
                             .arg(vmName, jsonPatch, patched.error().message));
        return;
    }
    const StoreResult made = m_store->create(VM, namespaceOf(res), *patched);
    if (!made.ok()) {
        failRestore(res, made.message);
        return;
    }
    // updateRestorePVCOwnership: claims the old VM owned go to the new one.
    for (const QJsonValue &v : snaputil::volumesOf(made.object)) {
        const QString claim = stringAt(objectAt(v.toObject(), "persistentVolumeClaim"_L1), "claimName"_L1);
        const auto pvc = claim.isEmpty() ? std::nullopt : m_store->get(ApiResource::persistentVolumeClaims(), namespaceOf(res), claim);
        const QJsonObject meta = pvc ? objectAt(*pvc, "metadata"_L1) : QJsonObject();
        if (!pvc || !meta.value("ownerReferences"_L1).toArray().isEmpty() ||
            stringAt(objectAt(meta, "annotations"_L1), "restore.kubevirt.io/owned-by-vm"_L1) != nameOf(res))
            continue;
        (void)m_store->mutate(ApiResource::persistentVolumeClaims(), namespaceOf(res), claim, [&](QJsonObject &o) {
            QJsonObject m = objectAt(o, "metadata"_L1), annotations = objectAt(m, "annotations"_L1);
            annotations.remove("restore.kubevirt.io/owned-by-vm"_L1);
            m.insert("annotations"_L1, annotations);
            m.insert("ownerReferences"_L1, QJsonArray{vmOwnerRef(made.object)});
            o.insert("metadata"_L1, m);
        });
    }
    ownRestore(m_store, res, made.object);
    completeRestore(res);
}

void SnapshotController::failRestore(const QJsonObject &res, const QString &message)
{
    // doUpdateError: both conditions False with the error as their reason.
    setStatus(m_store, RESTORE, namespaceOf(res), nameOf(res), [&](QJsonObject &st) {
        st.insert("complete"_L1, false);
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, message), condition(u"Ready"_s, false, message)});
    });
}

void SnapshotController::completeRestore(const QJsonObject &res)
{
    setStatus(m_store, RESTORE, namespaceOf(res), nameOf(res), [&](QJsonObject &st) {
        st.insert("complete"_L1, true);
        st.insert("restoreTime"_L1, now());
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, u"Operation complete"_s),
                                              condition(u"Ready"_s, true, u"Operation complete"_s)});
    });
}

} // namespace drover::sim
