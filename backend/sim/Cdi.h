#pragma once
// drover-sim's stand-in for the controllers behind a VM's disks:
//  - KubeVirt's virt-controller makes a DataVolume for each of a VM's spec.dataVolumeTemplates
//    that does not exist yet, controller-owned by the VM (controller and blockOwnerDeletion true)
//    and labelled kubevirt.io/created-by=<VM uid> (KubeVirt pkg/virt-controller/watch/util/util.go
//    CreateDataVolumeManifest);
//  - CDI binds a PersistentVolumeClaim of the DataVolume's name, controller-owned by the
//    DataVolume (CDI pkg/controller/datavolume/controller-base.go), Bound at once (the sim has no
//    provisioner to wait for), and walks the DataVolume's phases: ImportScheduled or
//    CloneScheduled, ImportInProgress or CloneInProgress with status.progress "N.NN%", then
//    Succeeded with "100.0%" and the Ready condition (CDI types.go DataVolumePhase).
//  - a claim that already exists, ownerless and annotated cdi.kubevirt.io/storage.populatedFor:
//    <DataVolume> (a VirtualMachineRestore makes those), is adopted (controller-owned by the
//    DataVolume) and the DataVolume is Succeeded at once, nothing imported;
//  - an ownerless DataVolume named by a VM's template is adopted by the VM (virt-controller's
//    ClaimMatchedDataVolumes), as a restore's DataVolumes are once it creates their VM.
// At time scale 0 (and for the scenario's own VMs) a DataVolume is Succeeded when made.
// Writes happen on a later event-loop turn, never inside ObjectStore::changed.
#include "ObjectStore.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace drover::sim {

class Cdi : public QObject
{
    Q_OBJECT
public:
    explicit Cdi(ObjectStore *store, QObject *parent = nullptr);
    // Registers DataVolumes and PersistentVolumeClaims with the store (before anything is stored).
    static void registerResources(ObjectStore &store);
    void setTimeScale(double scale) { m_scale = scale < 0 ? 0 : scale; }
    // The DataVolumes (and claims) of every stored VM, made Succeeded: the scenario's disks.
    void populate();

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void drain();
    void ensureDataVolumes(const QJsonObject &vm, bool done);
    // Makes the DataVolume's claim, or adopts one annotated cdi.kubevirt.io/storage.populatedFor
    // it that has no owner yet: then true (the DataVolume is populated already).
    bool ensureClaim(const QJsonObject &dv);
    void advance();

    ObjectStore *m_store;
    QTimer *m_tick;
    double m_scale = 1.0;
    QSet<QString> m_vmQueue; // "ns/name" of VMs to look at on the next turn
    QSet<QString> m_dvQueue; // "ns/name" of new DataVolumes that need a claim
    QSet<QString> m_active;  // "ns/name" of DataVolumes still importing or cloning
    bool m_drainQueued = false;
};

} // namespace drover::sim
