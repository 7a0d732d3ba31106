// CloneController's sync (KubeVirt v1.9 pkg/virt-controller/watch/clone/clone.go sync,
// syncTargetVM and their steps), step for step: what each step finds goes into SyncInfo, which
// updateStatus (Clones.cpp) turns into the clone's status.
#include "Clones.h"

#include "CloneJson.h"
#include "SnapshotUtil.h"
#include "VmiJson.h"

#include <algorithm>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &SNAP = ApiResource::snapshots();
const ApiResource &RESTORE = ApiResource::restores();

QJsonObject statusOf(const QJsonObject &o)
{
    return objectAt(o, "status"_L1);
}

// backendstorage.IsBackendStorageNeeded: a persistent TPM or EFI.
bool needsBackendStorage(const QJsonObject &vm)
{
    const QJsonObject domain = objectAt(objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1), "domain"_L1);
    const QJsonObject efi = objectAt(objectAt(objectAt(domain, "firmware"_L1), "bootloader"_L1), "efi"_L1);
    return objectAt(objectAt(domain, "devices"_L1), "tpm"_L1).value("persistent"_L1).toBool() || efi.value("persistent"_L1).toBool();
}

// validateVolumeSnapshotStatus: every claim volume must say it can be snapshotted.
QString volumeSnapshotProblems(const QJsonObject &vm)
{
    QStringList problems; // errors.Join: one per line
    const QJsonArray statuses = statusOf(vm).value("volumeSnapshotStatuses"_L1).toArray();
    for (const QJsonValue &v : snaputil::volumesOf(vm)) {
        if (!v.toObject().contains("dataVolume"_L1) && !v.toObject().contains("persistentVolumeClaim"_L1))
            continue;
        const QString name = stringAt(v.toObject(), "name"_L1);
        const auto it = std::find_if(statuses.cbegin(), statuses.cend(),
                                     [&](const QJsonValue &s) { return stringAt(s.toObject(), "name"_L1) == name; });
        if (it == statuses.cend())
            problems << QStringLiteral("Virtual Machine volume %1 snapshot support unknown").arg(name);
        else if (!(*it).toObject().value("enabled"_L1).toBool())
            problems << QStringLiteral("Virtual Machine volume %1 does not support snapshots").arg(name);
    }
    return problems.join(u'\n');
}

QString contentNameOf(const QJsonObject &snapshot)
{
    const QString named = stringAt(statusOf(snapshot), "virtualMachineSnapshotContentName"_L1);
    return named.isEmpty() ? u"vmsnapshot-content-"_s + uidOf(snapshot) : named; // GetVMSnapshotContentName
}

// verifySnapshotContent: "" when the content backs up every claim volume of its VM.
QString contentProblems(const ObjectStore &store, const QJsonObject &snapshot)
{
    const QString name = contentNameOf(snapshot);
    const auto content = store.get(ApiResource::snapshotContents(), namespaceOf(snapshot), name);
    if (!content)
        return QStringLiteral("snapshot content %1 in namespace %2 does not exist").arg(name, namespaceOf(snapshot));
    const QJsonObject spec = objectAt(*content, "spec"_L1);
    const QString snapshotName = stringAt(spec, "virtualMachineSnapshotName"_L1);
    if (snapshotName.isEmpty())
        return QStringLiteral("cannot get snapshot name from content %1").arg(name);
    QStringList backedUp, problems;
    for (const QJsonValue &b : spec.value("volumeBackups"_L1).toArray())
        backedUp << stringAt(b.toObject(), "volumeName"_L1);
    for (const QJsonValue &v : snaputil::volumesOf(objectAt(objectAt(spec, "source"_L1), "virtualMachine"_L1)))
        if (!snaputil::claimOf(v.toObject()).isEmpty() && !backedUp.contains(stringAt(v.toObject(), "name"_L1)))
            problems << QStringLiteral("volume %1 is not backed up in snapshot %2").arg(stringAt(v.toObject(), "name"_L1), snapshotName);
    return problems.join(u'\n');
}

} // namespace

std::optional<CloneController::SyncInfo> CloneController::sync(const QJsonObject &vmClone)
{
    const QString ns = namespaceOf(vmClone);
    const QJsonObject source = objectAt(objectAt(vmClone, "spec"_L1), "source"_L1);
    const QString kind = stringAt(source, "kind"_L1), name = stringAt(source, "name"_L1);
    SyncInfo missing;
    missing.pending = true;
    missing.event = u"SourceDoesNotExist"_s;
    missing.reason = QStringLiteral("Source doesnt exist: %1 %2/%3").arg(kind, ns, name);
    std::optional<QJsonObject> sourceVm, snapshot;
    if (kind == "VirtualMachine"_L1) {
        sourceVm = m_store->get(VM, ns, name);
        if (!sourceVm)
            return missing;
        if (needsBackendStorage(*sourceVm)) {
            SyncInfo failing;
            failing.failing = true;
            failing.event = u"SourceVMWithBackendStorageInvalid"_s;
            failing.reason = QStringLiteral("Clone of source with backendstorage is not supported: VM %1/%2").arg(ns, name);
            return failing;
        }
    } else if (kind == "VirtualMachineSnapshot"_L1) {
        snapshot = m_store->get(SNAP, ns, name);
        if (!snapshot)
            return missing;
    } else {
        return std::nullopt; // "clone %s is defined with an unknown source type %s": no status update
    }
    const QString snapshotName = snapshot ? nameOf(*snapshot) : stringAt(statusOf(vmClone), "snapshotName"_L1);
    const QJsonObject target = objectAt(objectAt(vmClone, "spec"_L1), "target"_L1);
    if (!target.isEmpty() && stringAt(target, "kind"_L1) != "VirtualMachine"_L1) {
        SyncInfo unknown; // "target type is unknown": conditions only
        unknown.error = true;
        return unknown;
    }
    return syncTarget(vmClone, sourceVm, snapshot, snapshotName);
}

CloneController::SyncInfo CloneController::syncTarget(const QJsonObject &vmClone, const std::optional<QJsonObject> &sourceVm,
                                                      std::optional<QJsonObject> snapshot, const QString &snapshotName)
{
    SyncInfo info;
    const QJsonObject status = statusOf(vmClone);
    const QString phase = stringAt(status, "phase"_L1);
    const int step = phase.isEmpty() || phase == "SnapshotInProgress"_L1 ? 0
                     : phase == "RestoreInProgress"_L1                   ? 1
                     : phase == "CreatingTargetVM"_L1                    ? 2
                     : phase == "Succeeded"_L1                           ? 3
                                                                         : 4; // Failed, Unknown: nothing to do
    switch (step) {
    case 0:
        if (sourceVm && stringAt(status, "snapshotName"_L1).isEmpty())
            return createSnapshot(vmClone, *sourceVm, info);
        snapshot = verifySnapshotReady(vmClone, snapshotName, info);
        if (info.stop() || !info.snapshotReady)
            return info;
        [[fallthrough]];
    case 1:
        if (!snapshot) {
            snapshot = m_store->get(SNAP, namespaceOf(vmClone), snapshotName);
            if (!snapshot) { // deleted for some reason: the clone fails
                info.failing = true;
                info.event = u"SnapshotDeleted"_s;
                info.reason = QStringLiteral("snapshot %1 does not exist anymore").arg(snapshotName);
                return info;
            }
        }
        if (stringAt(status, "restoreName"_L1).isEmpty()) {
            createRestore(vmClone, *snapshot, info);
            return info;
        }
        verifyRestoreReady(vmClone, info);
        if (info.stop() || !info.restoreReady)
            return info;
        [[fallthrough]];
    case 2:
        verifyVmReady(vmClone, info);
        if (info.stop())
            return info;
        [[fallthrough]];
    case 3:
        if (!stringAt(status, "restoreName"_L1).isEmpty()) {
            verifyPvcBound(vmClone, info);
            if (info.stop() || !info.pvcBound)
                return info;
            (void)m_store->remove(RESTORE, namespaceOf(vmClone), stringAt(status, "restoreName"_L1)); // cleanupRestore
            if (sourceVm)
                (void)m_store->remove(SNAP, namespaceOf(vmClone), stringAt(status, "snapshotName"_L1)); // cleanupSnapshot
        }
        break;
    default:
        break;
    }
    return info;
}

CloneController::SyncInfo CloneController::createSnapshot(const QJsonObject &vmClone, const QJsonObject &vm, SyncInfo info)
{
    if (const QString problems = volumeSnapshotProblems(vm); !problems.isEmpty()) {
        SyncInfo pending; // a fresh syncInfo, as createSnapshotFromVm returns
        pending.pending = true;
        pending.event = u"VMVolumeSnapshotsInvalid"_s;
        pending.reason = problems;
        return pending;
    }
    const QJsonObject snapshot = clone::snapshotFor(vmClone, nameOf(vm));
    const StoreResult made = m_store->create(SNAP, namespaceOf(vm), snapshot);
    if (made.code == 409) {
        info.snapshotName = nameOf(snapshot);
        return info;
    }
    if (!made.ok()) {
        info.error = true;
        return info;
    }
    record(vmClone, u"Normal"_s, u"SnapshotCreated"_s,
           QStringLiteral("created snapshot %1 for clone %2").arg(nameOf(made.object), nameOf(vmClone)));
    info.snapshotName = nameOf(made.object);
    return info;
}

std::optional<QJsonObject> CloneController::verifySnapshotReady(const QJsonObject &vmClone, const QString &name, SyncInfo &info)
{
    const auto snapshot = m_store->get(SNAP, namespaceOf(vmClone), name);
    if (!snapshot) { // "snapshot %s is not created yet for clone %s"
        info.error = true;
        return std::nullopt;
    }
    if (!statusOf(*snapshot).value("readyToUse"_L1).toBool()) // VmSnapshotReady
        return snapshot;
    if (const QString problems = contentProblems(*m_store, *snapshot); !problems.isEmpty()) {
        info.failing = true;
        info.event = u"SnapshotContentInvalid"_s;
        info.reason = problems;
        return std::nullopt;
    }
    record(vmClone, u"Normal"_s, u"SnapshotReady"_s, QStringLiteral("snapshot %1 for clone %2 is ready to use").arg(name, nameOf(vmClone)));
    info.snapshotReady = true;
    return snapshot;
}

void CloneController::createRestore(const QJsonObject &vmClone, const QJsonObject &snapshot, SyncInfo &info)
{
    // getVmFromSnapshot: the VM as its content holds it.
    const auto content = m_store->get(ApiResource::snapshotContents(), namespaceOf(snapshot), contentNameOf(snapshot));
    if (!content) { // "cannot get VM manifest from snapshot: ..."
        info.error = true;
        return;
    }
    const QJsonObject vm = objectAt(objectAt(objectAt(*content, "spec"_L1), "source"_L1), "virtualMachine"_L1);
    const QStringList patches = clone::generatePatches(vm, objectAt(vmClone, "spec"_L1));
    const QJsonObject restore = clone::restoreFor(vmClone, nameOf(vm), nameOf(snapshot), patches);
    const StoreResult made = m_store->create(RESTORE, namespaceOf(vmClone), restore);
    if (made.code == 409) {
        info.restoreName = nameOf(restore);
        return;
    }
    if (!made.ok()) {
        record(vmClone, u"Warning"_s, u"RestoreCreationFailed"_s,
               QStringLiteral("failed creating restore %1 for clone %2: %3").arg(nameOf(restore), nameOf(vmClone), made.message));
        info.error = true;
        return;
    }
    record(vmClone, u"Normal"_s, u"RestoreCreated"_s, QStringLiteral("created restore %1 for clone %2").arg(nameOf(made.object), nameOf(vmClone)));
    info.restoreName = nameOf(made.object);
}

void CloneController::verifyRestoreReady(const QJsonObject &vmClone, SyncInfo &info)
{
    const QString name = stringAt(statusOf(vmClone), "restoreName"_L1);
    const auto restore = m_store->get(RESTORE, namespaceOf(vmClone), name);
    if (!restore) { // "restore %s is not created yet for clone %s"
        info.error = true;
        return;
    }
    const QJsonObject st = statusOf(*restore);
    const bool failed = snaputil::hasFailure(st);
    if (!st.value("complete"_L1).toBool() && !failed) // VmRestoreProgressing
        return;
    record(vmClone, u"Normal"_s, u"RestoreReady"_s, QStringLiteral("restore %1 for clone %2 is ready to use").arg(name, nameOf(vmClone)));
    info.restoreReady = true;
    info.targetVmName = stringAt(objectAt(objectAt(*restore, "spec"_L1), "target"_L1), "name"_L1);
}

void CloneController::verifyVmReady(const QJsonObject &vmClone, SyncInfo &info)
{
    // spec.target.name (the real controller dereferences it: its webhook always sets it); a
    // clone stored without one falls back on the restore's target.
    QString target = stringAt(objectAt(objectAt(vmClone, "spec"_L1), "target"_L1), "name"_L1);
    if (target.isEmpty())
        target = info.targetVmName.isEmpty() ? stringAt(statusOf(vmClone), "targetName"_L1) : info.targetVmName;
    if (!m_store->get(VM, namespaceOf(vmClone), target)) { // "target VM %s is not created yet for clone %s"
        info.error = true;
        return;
    }
    record(vmClone, u"Normal"_s, u"TargetVMCreated"_s, QStringLiteral("created target VM %1 for clone %2").arg(target, nameOf(vmClone)));
    info.targetVmCreated = true;
}

void CloneController::verifyPvcBound(const QJsonObject &vmClone, SyncInfo &info)
{
    const auto restore = m_store->get(RESTORE, namespaceOf(vmClone), stringAt(statusOf(vmClone), "restoreName"_L1));
    if (!restore) {
        info.error = true;
        return;
    }
    for (const QJsonValue &vr : statusOf(*restore).value("restores"_L1).toArray()) {
        const auto pvc = m_store->get(ApiResource::persistentVolumeClaims(), namespaceOf(vmClone),
                                      stringAt(vr.toObject(), "persistentVolumeClaim"_L1));
        if (!pvc) {
            info.error = true;
            return;
        }
        if (stringAt(statusOf(*pvc), "phase"_L1) != "Bound"_L1)
            return;
    }
    record(vmClone, u"Normal"_s, u"PVCBound"_s, QStringLiteral("all PVC for clone %1 are bound").arg(nameOf(vmClone)));
    info.pvcBound = true;
}

} // namespace drover::sim
