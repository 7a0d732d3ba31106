#pragma once
// drover-sim's snapshot and restore controllers (KubeVirt's pkg/storage/snapshot, minus the CSI
// driver):
//  - a VirtualMachineSnapshot of an existing VM goes InProgress -> Succeeded (readyToUse, creationTime,
//    sourceUID, virtualMachineSnapshotContentName, indications Online/GuestAgent, conditions
//    Progressing and Ready, snapshotVolumes); the VM (metadata and spec) at that moment is kept
//    and written as a VirtualMachineSnapshotContent (vmsnapshot-content-<uid>) whose volumeBackups
//    carry each claim's metadata and spec (the stored claim, else the DataVolume template's), so
//    its storage request (the size); deleting the snapshot deletes it;
//  - a VM whose disk's storage class has no VolumeSnapshotClass (the scenarios' local-nvme) or a
//    snapshot annotated sim.drover.io/fail-snapshot: "<reason>" ends Failed with status.error;
//  - every VM's status.volumeSnapshotStatuses says, per volume, whether it can be snapshotted and
//    why not (snapshot.go updateVolumeSnapshotStatuses), as a VirtualMachineClone requires;
//  - a VirtualMachineRestore (Restores.cpp) starts with status complete false and conditions
//    "Initializing VirtualMachineRestore", then:
//     - onto the snapshot's own stopped VM: puts the snapshot's spec back (keeping the VM's
//       runStrategy) and ends complete; onto a running VM it does nothing and says so in its
//       Ready condition, as KubeVirt requires a stopped VM; onto another existing VM it fails
//       with KubeVirt's "restore source and restore target are different but restore target
//       already exists";
//     - onto a VM that does not exist (restore.go generateRestoredVMSpec/reconcileSpec): restores
//       each volume backup into a new Bound claim restore-<restore uid>-<volume> (or
//       <target>-<volume> for volumeRestorePolicy PrefixTargetName), makes the DataVolumes of the
//       renamed templates (CDI adopts the claims, Cdi.h), then creates the VM with the snapshot's
//       labels, annotations and spec, runStrategy Halted (running false if it used running),
//       restore.spec.patches applied, annotated restore.kubevirt.io/lastRestoreUID;
//    and a restore with no owner becomes owned by its target VM, as KubeVirt's does.
// Not played: volume snapshots themselves, volumeRestoreOverrides, InPlace, the restore of an
// existing VM's volumes into new claims (its spec comes back as it was), targetReadinessPolicy,
// instancetype revisions, backend storage, the restore finalizer.
// Writes happen on a later event-loop turn, never inside ObjectStore::changed.
#include "ObjectStore.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>

namespace drover::sim {

class Controllers;

class SnapshotController : public QObject
{
    Q_OBJECT
public:
    SnapshotController(ObjectStore *store, const Controllers *controllers, QObject *parent = nullptr);
    // Writes status.volumeSnapshotStatuses of every stored VM now (the scenario's, while populating).
    void populate();

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void later(int demoMs, std::function<void()> fn);
    void takeSnapshot(const QString &ns, const QString &name, const QString &uid);
    void finishSnapshot(const QString &ns, const QString &name, const QString &uid);
    // The snapshot's VirtualMachineSnapshotContent; the VM's volumes it holds and leaves out.
    QJsonObject contentFor(const QJsonObject &snap, QJsonArray *included, QJsonArray *excluded) const;

    // status.volumeSnapshotStatuses (SnapshotVolumes.cpp).
    void queueVolumeStatuses(const kube::ApiResource &r, const QJsonObject &obj);
    void drainVolumeStatuses();
    void updateVolumeStatuses(const QJsonObject &vm);

    // Restores (Restores.cpp; the objects they make: RestoreJson.h).
    void restore(const QString &ns, const QString &name, const QString &uid);
    void restoreOnto(const QJsonObject &res, const QJsonObject &vm, const QJsonObject &content);
    // One step towards a new VM; schedules the next one itself.
    void restoreNew(const QJsonObject &res, const QJsonObject &content);
    bool makeClaims(const QJsonObject &res, const QJsonObject &content);
    bool makeDataVolumes(const QJsonObject &res, const QJsonObject &content);
    void createTarget(const QJsonObject &res, const QJsonObject &content);
    void failRestore(const QJsonObject &res, const QString &message);
    void completeRestore(const QJsonObject &res);

    ObjectStore *m_store;
    const Controllers *m_controllers;
    QHash<QString, QJsonObject> m_contents; // snapshot uid -> the VM (metadata, spec) when it was taken
    QSet<QString> m_vmQueue;                // "ns/name" of VMs whose volume statuses to look at
    bool m_vmDrainQueued = false;
};

} // namespace drover::sim
