#pragma once
// drover-sim's snapshot controller (KubeVirt's, minus the CSI driver):
//  - a VirtualMachineSnapshot of an existing VM goes InProgress -> Succeeded (readyToUse, creationTime,
//    sourceUID, virtualMachineSnapshotContentName, indications Online/GuestAgent, conditions
//    Progressing and Ready, snapshotVolumes); the VM's spec at that moment is kept, and written as a
//    VirtualMachineSnapshotContent (vmsnapshot-content-<uid>) whose volumeBackups carry each
//    DataVolume's claim spec, so its storage request (the size); deleting the snapshot deletes it;
//  - a VM whose disk's storage class has no VolumeSnapshotClass (the scenarios' local-nvme) or a
//    snapshot annotated sim.drover.io/fail-snapshot: "<reason>" ends Failed with status.error;
//  - a VirtualMachineRestore of a ready snapshot onto a stopped VM puts the snapshot's spec back
//    (keeping the VM's current runStrategy) and ends complete; onto a running VM it does nothing
//    and says so in its Ready condition, as KubeVirt requires a stopped VM.
// Contents live in memory, as everything in the simulator does.
#include "ObjectStore.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

namespace drover::sim {

class Controllers;

class SnapshotController : public QObject
{
    Q_OBJECT
public:
    SnapshotController(ObjectStore *store, const Controllers *controllers, QObject *parent = nullptr);

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void later(int demoMs, std::function<void()> fn);
    void takeSnapshot(const QString &ns, const QString &name, const QString &uid);
    void finishSnapshot(const QString &ns, const QString &name, const QString &uid);
    void restore(const QString &ns, const QString &name, const QString &uid);

    ObjectStore *m_store;
    const Controllers *m_controllers;
    // The snapshot's VirtualMachineSnapshotContent; the VM's volumes it holds and leaves out.
    QJsonObject contentFor(const QJsonObject &snap, QJsonArray *included, QJsonArray *excluded) const;
    QHash<QString, QJsonObject> m_contents; // snapshot uid -> the VM's spec when it was taken
};

} // namespace drover::sim
