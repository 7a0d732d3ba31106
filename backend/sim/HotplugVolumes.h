#pragma once
// KubeVirt v1.9's volume hotplug with DeclarativeHotplugVolumes (Beta, on by default; the older
// HotplugVolumes gate off):
//  - PUT .../virtualmachines/{name}/addvolume and /removevolume (pkg/virt-api/rest/volumes.go
//    vmVolumePatch): check the request, then JSON-patch the VM's spec.template.spec volumes and
//    disks (pkg/controller/controller.go ApplyVolumeRequestOnVMISpec: hotpluggable forced true,
//    the disk named after the volume) through the VM admission webhook; 202 with no body.
//    The same verbs on virtualmachineinstances patch a VMI nobody owns; a VM's VMI gets 400.
//  - virt-controller then mirrors the VM's hotplug volumes onto the running VMI
//    (pkg/storage/hotplug/hotplug.go patchHotplugVolumes), the VMI update webhook refusing a disk
//    whose bus is not scsi/virtio (pkg/storage/admitters/storagehotplug.go).
//  - status.volumeStatus[] follows (pkg/virt-controller/watch/vmi/storage.go updateVolumeStatus,
//    pkg/virt-handler/vm.go updateHotplugVolumeStatus): Pending (FailedPvcNotFound "PVC x not
//    found" / PVCNotReady), Bound, AttachedToNode (SuccessfulCreate, the attachment pod
//    hp-volume-xxxxx), MountedToPod (VolumeMountedToPod), Ready (VolumeReady, with its target);
//    a removed volume goes Detaching (SuccessfulDelete) and then leaves the list. The simulator
//    names the attachment pod but does not create it.
#include "ObjectStore.h"
#include "Result.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace drover::sim::hotplug {

// The VM admission webhook as SimCluster wires it: nullopt admits (obj may be mutated); else the
// Status body and code it answers.
using Admit = std::function<std::optional<std::pair<int, QJsonObject>>(QJsonObject &vm)>;

// addvolume / removevolume on plural (virtualmachines or virtualmachineinstances); nullopt for
// any other verb. body: AddVolumeOptions {name, disk, volumeSource, dryRun} or
// RemoveVolumeOptions {name, dryRun}.
std::optional<StoreResult> volumeAction(ObjectStore &store, const QString &plural, const QString &ns,
                                        const QString &name, const QString &verb, const QJsonObject &body,
                                        const Admit &admit);

// patchHotplugVolumes: the running VMI's volumes and disks with the VM template's hotplug ones
// added and the ones gone from it removed: whether anything changed, or (Invalid) the VMI update
// webhook's message when it would refuse the patch (then vmi is left alone).
Result<bool> syncVmiVolumes(QJsonObject &vmi, const QJsonObject &vmTemplateSpec);

// One step of status.volumeStatus for a VMI with hotplug volumes (or statuses of ones removed):
// each volume moves at most one phase. Returns true while a volume is on its way (another step
// is due); false when all are Ready, gone, or waiting for their claim (a claim change brings the
// next step).
bool advanceVolumeStatus(QJsonObject &vmi, const ObjectStore &store);
// The VMI has hotplug volumes or statuses of removed ones: advanceVolumeStatus has work.
bool hasHotplugState(const QJsonObject &vmi);

} // namespace drover::sim::hotplug
