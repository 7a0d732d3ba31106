#pragma once
// KubeVirt v1.9's rules for editing a running VM, as pure functions on JSON (no store writes, no
// clock). LiveUpdateController (LiveUpdateController.h) applies them.
//  - The KubeVirt CR's spec.configuration.vmRolloutStrategy (nil counts as LiveUpdate,
//    pkg/virt-config/virt-config.go IsVMRolloutStrategyLiveUpdate) and liveUpdateConfiguration
//    {maxHotplugRatio (default 4, pkg/virt-config/configuration.go), maxCpuSockets, maxGuest}.
//  - The VMI mutator's hotplug defaults (pkg/defaults/defaults.go SetDefaultVirtualMachineInstance:
//    SetDefaultGuestCPUTopology, setGuestMemory, setupCPUHotplug, setupMemoryHotplug,
//    setCurrentCPUTopologyStatus, setGuestMemoryStatus).
//  - virt-controller's verdicts (pkg/virt-controller/watch/vm/vm.go syncRestartRequired,
//    handleCPUChangeRequest, handleMemoryHotplugRequest) with their exact messages.
#include "ObjectStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace drover::sim::liveupdate {

struct Config
{
    bool liveUpdate = true;  // vmRolloutStrategy LiveUpdate (or unset); false: Stage
    int maxHotplugRatio = 4;
    int maxCpuSockets = 0;   // 0: unset
    qint64 maxGuest = 0;     // bytes; 0: unset
};
// The first KubeVirt CR's configuration (KubeVirt's defaults without one).
Config configOf(const ObjectStore &store);

// Entries of a named list (volumes, disks, interfaces, volumeStatus) by their name.
QHash<QString, QJsonObject> byName(const QJsonArray &items);
// spec.domain.devices.disks of a VM template's or a VMI's spec.
QJsonArray disksOf(const QJsonObject &spec);

// Bytes of a quantity ("4Gi", "4096Mi", a number); 0 when missing or garbage.
qint64 bytesOf(const QJsonValue &quantity);
// A BinarySI quantity as resource.NewQuantity(bytes, BinarySI) prints it ("16Gi", "1536Mi").
QString binaryQuantity(qint64 bytes);

// The VMI mutator's defaults on a VMI about to be created: the CPU topology and guest memory
// defaults, then (LiveUpdate, not arm64) spec.domain.cpu.maxSockets and spec.domain.memory.maxGuest
// where unset, and status.currentCPUTopology and status.memory {guestAtBoot, guestCurrent,
// guestRequested}.
void applyVmiDefaults(QJsonObject &vmi, const Config &cfg);
// vm.go startVMI: status.virtualMachineRevisionName "revision-start-vm-<vm uid>-<generation>"
// (getVMRevisionName). Nothing when the VM has no uid yet.
void setRevisionName(QJsonObject &vmi, const QJsonObject &vm);
QString revisionNameOf(const QJsonObject &vmi);

// syncRestartRequired: the template spec the VMI started from (the ControllerRevision's) against
// the VM's current one, after carrying over what may change live: hotplug volumes and their
// disks always; cpu.sockets, memory.guest, nodeSelector, affinity and tolerations under
// LiveUpdate; firmware.uuid when the VMI already has it. True: "a non-live-updatable field was
// changed in the template spec".
// migrationStrategy: the VM's spec.updateVolumesStrategy is Migration (claims may be swapped).
bool nonLiveChange(const QJsonObject &startSpec, const QJsonObject &currentSpec, const QJsonObject &vmi,
                   const Config &cfg, bool migrationStrategy = false);
// storagetypes.IsHotplugVolume: a dataVolume / persistentVolumeClaim (or memoryDump) with
// hotpluggable: true.
bool isHotplugVolume(const QJsonObject &volume);
// vm.go's message for it.
QString nonLiveMessage();

// What a live update asks of the VMI.
struct Verdict
{
    enum Kind { Nothing, Wait, Apply, RestartRequired } kind = Nothing;
    QString message; // RestartRequired: the condition's message
};
// handleCPUChangeRequest for a running VMI: sockets raised within maxSockets → Apply; another
// change in progress or a migration → Wait; otherwise RestartRequired with vm.go's message.
Verdict cpuVerdict(const QJsonObject &vmTemplateSpec, const QJsonObject &vmi);
// handleMemoryHotplugRequest, likewise, with pkg/liveupdate/memory/memory.go's checks.
Verdict memoryVerdict(const QJsonObject &vmTemplateSpec, const QJsonObject &vmi);
// VMICPUsPatch / the memory patch: the VMI spec with the VM's sockets, or its guest memory (and
// resources.requests/limits.memory moved by the same delta, as vm.go does).
void applyCpu(QJsonObject &vmi, const QJsonObject &vmTemplateSpec);
void applyMemory(QJsonObject &vmi, const QJsonObject &vmTemplateSpec);
// handleAffinityChangeRequest / handleTolerationsChangeRequest: nodeSelector, affinity and
// tolerations copied from the template. False when they already match.
// NICs added to the template (bridge/SR-IOV on Multus) plugged into the VMI; false when none.
bool applyNics(QJsonObject &vmi, const QJsonObject &vmTemplateSpec);
bool applyPlacement(QJsonObject &vmi, const QJsonObject &vmTemplateSpec);

// A migration of the VMI is under way (migrations.IsMigrating).
bool isMigrating(const QJsonObject &vmi);

} // namespace drover::sim::liveupdate
