#pragma once
// Deleting a VM and choosing, disk by disk, what stays: a pure planner. Facts in (the VM, the
// DataVolumes and claims behind its volumes, its snapshots, which other VMs use the same
// claims), a person's choice in, the API calls out, in an order that loses nothing when one
// of them fails:
//   1. keep: remove the kept disks' dataVolumeTemplates from the VM (so nothing re-creates or
//      re-adopts them), then strip the VM's ownerReference from each kept DataVolume or claim
//      (the garbage collector then leaves it alone: OpenShift console's way);
//   2. a shorter grace period for a running VM: stop it first with that grace period (KubeVirt's
//      stop subresource; a VM's delete ignores DeleteOptions.gracePeriodSeconds, the reason for
//      KubeVirt's VEP 71, so DeleteOptions alone would not shorten anything);
//   3. delete the VM (DeleteOptions carry the grace period too, for a KubeVirt that honours it):
//      its owned disks go with it by cascade (VM -> DataVolume -> claim);
//   4. only when the VM is gone: its snapshots, and disks it uses but does not own that the
//      person chose to delete (a step that fails here leaves the rest and says which).
#include "VmDisks.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace drover::reconcile {

// What the cluster holds for one VM, read just before planning.
struct VmDeleteFacts
{
    QJsonObject vm;
    QHash<QString, QJsonObject> dataVolumes; // by name; absent: none of that name
    QHash<QString, QJsonObject> claims;      // PersistentVolumeClaims by name
    QStringList snapshots;                   // VirtualMachineSnapshots whose source is the VM
    QHash<QString, QStringList> otherUsers;  // claim/DataVolume name -> other VMs naming it
    bool running = false;                    // the VM has a VMI
};

// One persistent disk as the delete dialog offers it.
struct DiskOption
{
    core::VmDisk disk;
    bool exists = false;       // the DataVolume or claim is there
    bool ownedByVm = false;    // it would go with the VM unless kept
    QString size;              // the claim's capacity, else the template's request
    QString storageClass;
    QString phase;             // the DataVolume's phase, else the claim's
    QStringList alsoUsedBy;    // other VMs that use it: deleting it breaks them
    bool deleteByDefault = false; // owned and used by no other VM (OpenShift's default)
};

QList<DiskOption> diskOptions(const VmDeleteFacts &facts);

struct VmDeleteChoice
{
    QSet<QString> deleteVolumes;  // volume names whose disks go; the other persistent disks stay
    bool deleteSnapshots = true;
    std::optional<int> gracePeriodSeconds; // nullopt: the VM's own (terminationGracePeriodSeconds)
};

struct DeleteStep
{
    enum class Kind { PatchVm, PatchDataVolume, PatchClaim, StopVm, DeleteVm, DeleteSnapshot, DeleteDataVolume, DeleteClaim };
    Kind kind = Kind::DeleteVm;
    QString name;         // the object's name (namespace: the VM's)
    QByteArray patch;     // Patch*: an RFC 6902 JSON patch
    QJsonObject options;  // DeleteVm: DeleteOptions (empty: none sent); StopVm: the stop's body
};

QList<DeleteStep> planVmDelete(const VmDeleteFacts &facts, const VmDeleteChoice &choice);

// Names of the disks that outlive the VM under this choice (what to tell the person after).
QStringList keptClaims(const VmDeleteFacts &facts, const VmDeleteChoice &choice);

} // namespace drover::reconcile
