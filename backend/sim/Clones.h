#pragma once
// drover-sim's VirtualMachineClone controller (clone.kubevirt.io/v1beta1), after KubeVirt v1.9's
// pkg/virt-controller/watch/clone/clone.go: every change of a clone, of the objects it made, or
// of its source or target VM runs the same sync and status update as the real one:
//  - source missing (VirtualMachine or VirtualMachineSnapshot): the clone waits (no phase),
//    conditions Progressing False "Pending" and Ready False "Source doesnt exist: <Kind> <ns>/<name>",
//    event SourceDoesNotExist; it carries on when the source appears;
//  - a source VM with a claim volume whose status.volumeSnapshotStatuses is not enabled (a
//    local-nvme disk; SnapshotVolumes.cpp) or not known yet waits the same way with Ready's
//    reason "Virtual Machine volume <v> does not support snapshots" (or "... snapshot support
//    unknown"), event VMVolumeSnapshotsInvalid; no snapshot is made;
//  - otherwise phase SnapshotInProgress with status.snapshotName, conditions Progressing True
//    "Still processing" and Ready False "Still processing", and a VirtualMachineSnapshot
//    tmp-snapshot-<clone uid> owned by the clone (the snapshot controller takes it; a snapshot
//    that fails leaves the clone in SnapshotInProgress);
//  - the snapshot ready (its content naming a backup for every claim volume, else Failed with
//    SnapshotContentInvalid): a VirtualMachineRestore tmp-restore-<clone uid> owned by the
//    clone, onto spec.target with the generated patches (CloneJson.h), phase RestoreInProgress
//    with status.restoreName;
//  - the restore complete: status.targetName; the target VM there: phase Succeeded (passing
//    CreatingTargetVM in the same update, as the real one does when its caches agree),
//    conditions Progressing False "Ready" and Ready True "Ready"; once the restored claims are
//    Bound the restore and the snapshot are deleted and snapshotName/restoreName cleared;
//  - a Succeeded clone whose target VM is deleted is deleted;
//  - events as the clone-controller records them (SnapshotCreated, SnapshotReady, RestoreCreated,
//    RestoreReady, TargetVMCreated, PVCBound, SourceDoesNotExist, ...), each at most once.
// The snapshot deleted under a clone in progress fails it (SnapshotDeleted); like the real one
// the next sync then sets "Still processing" conditions again on the Failed clone.
// status.creationTime is never written (the real controller does not). Not played: sources that
// need backend storage, retries of a sync that errs (the next change of a watched object retries).
// Writes happen on a later event-loop turn, never inside ObjectStore::changed.
#include "ObjectStore.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace drover::sim {

class Controllers;

class CloneController : public QObject
{
    Q_OBJECT
public:
    // store and controllers must outlive this object.
    CloneController(ObjectStore *store, const Controllers *controllers, QObject *parent = nullptr);
    // Registers clone.kubevirt.io/v1beta1 virtualmachineclones with the store.
    static void registerResources(ObjectStore &store);

private:
    // clone.go syncInfoType.
    struct SyncInfo
    {
        bool error = false; // setError: the real controller requeues
        QString snapshotName;
        bool snapshotReady = false;
        QString restoreName;
        bool restoreReady = false;
        QString targetVmName;
        bool targetVmCreated = false;
        bool pvcBound = false;
        QString event, reason;
        bool failing = false, pending = false;
        bool stop() const { return error || failing; } // isFailingOrError
    };

    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void enqueueFor(const QString &ns, const std::function<bool(const QJsonObject &vmClone)> &wants);
    void enqueue(const QString &ns, const QString &name);
    void drain();
    void execute(const QString &ns, const QString &name);
    std::optional<SyncInfo> sync(const QJsonObject &vmClone);
    SyncInfo syncTarget(const QJsonObject &vmClone, const std::optional<QJsonObject> &sourceVm,
                        std::optional<QJsonObject> snapshot, const QString &snapshotName);
    SyncInfo createSnapshot(const QJsonObject &vmClone, const QJsonObject &vm, SyncInfo info);
    std::optional<QJsonObject> verifySnapshotReady(const QJsonObject &vmClone, const QString &name, SyncInfo &info);
    void createRestore(const QJsonObject &vmClone, const QJsonObject &snapshot, SyncInfo &info);
    void verifyRestoreReady(const QJsonObject &vmClone, SyncInfo &info);
    void verifyVmReady(const QJsonObject &vmClone, SyncInfo &info);
    void verifyPvcBound(const QJsonObject &vmClone, SyncInfo &info);
    void updateStatus(const QJsonObject &vmClone, const SyncInfo &info);
    void record(const QJsonObject &vmClone, const QString &type, const QString &reason, const QString &message);

    ObjectStore *m_store;
    const Controllers *m_controllers;
    QSet<QString> m_queue; // "ns/name" of clones to sync
    bool m_drainQueued = false;
    QSet<QString> m_recorded; // "uid|reason|message" of events recorded
};

} // namespace drover::sim
