#pragma once
// KubeVirt v1.9's instancetype and preference handling in the VM controller, as pure functions on
// JSON (no store writes):
//  - lookup (pkg/instancetype/find/spec.go, cluster_instancetype.go, instancetype.go and
//    preference/find): kind VirtualMachineInstancetype (singular or plural, any case) in the VM's
//    namespace; empty or VirtualMachineClusterInstancetype cluster-wide. What is missing is the
//    controller's sync error (pkg/instancetype/controller/vm/controller.go checkResourcesExist):
//    reason FailedFindInstancetype / FailedFindPreference, the API's NotFound message; written as
//    the VM's Failure condition (vm.go processFailureCondition) and the VM is neither started nor
//    stopped while it lasts (controller.Sync runs before syncRunStrategy);
//  - the expansion into a VMI spec (pkg/instancetype/apply/vmi.go ApplyToVMI: nodeselector.go,
//    scheduler.go, cpu.go applyCPU with the preference's preferredCPUTopology, Sockets when unset
//    (preference/apply/cpu.go GetPreferredTopology), memory.go applyMemory incl. overcommitPercent,
//    annotations.go) and the VMI annotations kubevirt.io/[cluster-]instancetype-name and
//    kubevirt.io/[cluster-]preference-name (pkg/instancetype/annotations, preference/annotations);
//  - status.instancetypeRef / preferenceRef {name, kind (only when the matcher has one),
//    controllerRevisionRef.name} (pkg/instancetype/revision/store.go syncStatusWithMatcher,
//    GenerateName "<vm>-<object>-v1beta1-<uid>-<generation>").
// Not played: ControllerRevisions themselves (none is served; the instancetype is read by name, so
// an instancetype edited in place reaches the VM, which KubeVirt's stored revision would prevent),
// revisionName matchers, inferFromVolume, referencePolicy Expand, the preference's device,
// firmware, clock, features and machine preferences, instancetype IO threads, GPUs, host devices
// and launch security.
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace drover::sim {

class ObjectStore;

namespace instancetype {

struct Found
{
    std::optional<QJsonObject> instancetype; // the object (metadata and spec), if the VM names one
    std::optional<QJsonObject> preference;
    QString reason; // FailedFindInstancetype / FailedFindPreference; empty when all was found
    QString message;
};
Found find(const ObjectStore &store, const QJsonObject &vm);

// preferredCPUTopology lower-cased without the deprecated "prefer" ("sockets" when unset), and
// GetSpreadOptions (ratio 2 across SocketsCores unless set). pref: a preference's spec.
QString preferredTopology(const QJsonObject &pref);
std::pair<int, QString> spreadOptions(const QJsonObject &pref);
// apply/vmi.go ApplyToVMI's spec part (conflicts are admission's business): it, pref are specs.
void applyToSpec(QJsonObject &vmiSpec, const QJsonObject &it, const QJsonObject &pref);
// The VM controller's ApplyToVMI on a VMI made from vm: annotations, then the spec.
void applyToVmi(QJsonObject &vmi, const QJsonObject &vm, const Found &found);
// The VM's spec.template.spec with its instancetype applied (apply/vm.go ApplyToVM, as vm.go's
// live update handlers and syncRestartRequired see the VM); as it is when there is none or it is
// missing.
QJsonObject expandedTemplateSpec(const QJsonObject &vm, const Found &found);
// The VM status with instancetypeRef / preferenceRef set as revision/store.go keeps them.
void applyStatusRefs(QJsonObject &vmStatus, const QJsonObject &vm, const Found &found);

} // namespace instancetype

} // namespace drover::sim
