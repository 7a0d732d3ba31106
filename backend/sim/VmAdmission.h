#pragma once
// KubeVirt's admission for kubevirt.io VirtualMachines (v1.9.0; unchanged on main d923fdb), as
// kube-apiserver runs it in front of the store on every create and update (not /status):
//  1. virtualmachines-mutator.kubevirt.io (mutators/vm-mutator.go): the body against virt-api's
//     OpenAPI schema (webhookutils.ValidateSchema; here its required fields only), the instancetype
//     and preference matchers (instancetype/webhooks/vm/mutator.go), the preference's architecture,
//     machine type and storage class; on create a random firmware uuid and serial; then the
//     architecture (a DataSource's template.kubevirt.io/architecture label, else amd64) and the
//     machine type (q35 on amd64, pkg/defaults/defaults.go, virt-config.go); on create the template
//     annotation kubevirt.io/pci-topology-version "v3". Instancetype and preference kinds stay as
//     sent: an empty kind means the cluster-wide kind when looked up, nothing writes it.
//  2. kube-apiserver's own check of metadata.name (a DNS-1123 subdomain) on create: 422 Invalid
//     "VirtualMachine.kubevirt.io \"<name>\" is invalid: metadata.name: Invalid value: …".
//  3. virtualmachine-validator.kubevirt.io (admitters/vms-admitter.go), on a copy with the
//     instancetype applied and the VMI defaults set: instancetype conflicts, the preference's
//     requirements, discontinued bindings, then ValidateVirtualMachineSpec: the template's spec
//     (names, memory, machine type, networks and interfaces, disks against volumes, boot orders,
//     disks, volumes and cloud-init, access credentials), dataVolumeTemplates, runStrategy.
// Files: VmAdmission.cpp (entry, mutator, Status), VmAdmissionValidate.cpp (the validator's steps
// and the VM-level rules), VmAdmissionSpec.cpp and VmAdmissionStorage.cpp (the template's spec).
// A webhook's denial is 422 Invalid, "admission webhook \"<name>\" denied the request: " and the
// causes' messages joined by ", " (the first ten, then ", and N more validation errors"), those
// causes ({reason, message, field}) in details and nothing else there (webhooks.go
// ToAdmissionResponse; k8s.io/apiserver webhook/errors/statuserror.go ToStatusErr). virt-api down
// (failurePolicy Fail): 500, as CloneAdmission.h.
// Not refused at admission, as in KubeVirt: a VM without memory (the VMI's webhook refuses it when
// the VM starts: "no memory requested, …"), a volume without a disk (one is added at start), an
// instancetype or preference that does not exist (ignored here; the VM controller then sets the
// Failure condition, reason FailedFindInstancetype / FailedFindPreference).
// Not played: inferFromVolume, revisionName matchers and their update rule (the hook has no old
// object), feature gates, unknown or mistyped fields (a null is taken as missing), the KubeVirt
// CR's machineType/architecture/rollout settings, the preference applied to the checked copy
// (preferred buses, models), instancetype GPUs/host devices/IO threads/launch security, spread
// topology checks, DataVolume template namespaces, snapshot/restore status checks, reserved
// template labels, and the rarer device checks (ports, DHCP, PCI addresses, serials, probes, …).
#include "ApiServer.h"

#include <QStringList>

#include <initializer_list>
#include <optional>

namespace drover::sim {

class ObjectStore;

// obj: the VM as sent, changed in place by the mutator. Instancetypes, preferences and
// DataSources are read from store (the namespaced kinds in metadata.namespace).
std::optional<ApiServer::HookAnswer> admitVirtualMachine(const ObjectStore &store, QJsonObject &obj, bool create,
                                                         bool virtApiUp);

namespace vmadmission {

// A metav1.StatusCause: reason is its type (FieldValueInvalid, …); empty parts are left out.
struct Cause
{
    QString reason;
    QString message;
    QString field;
};
using Causes = QList<Cause>;

// o[path]: undefined when a step is missing. setAt makes the missing objects on the way.
QJsonValue valueAt(const QJsonObject &o, std::initializer_list<QLatin1StringView> path);
void setAt(QJsonObject &o, std::initializer_list<QLatin1StringView> path, const QJsonValue &v);
// Present and not null: a Go pointer that is set.
inline bool has(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return !v.isUndefined() && !v.isNull();
}

// The validator's denial, or the mutator's: ToAdmissionResponse then ToStatusErr (VmAdmission.cpp).
ApiServer::HookAnswer denial(QLatin1StringView webhook, const Causes &causes);
// The instancetype's (or the preference's) spec the VM names, as find/spec.go finds it.
std::optional<QJsonObject> findSpec(const ObjectStore &store, const QJsonObject &vm, bool preference);
// virtualmachine-validator.kubevirt.io on the mutated VM (VmAdmissionValidate.cpp).
std::optional<ApiServer::HookAnswer> validate(const ObjectStore &store, const QJsonObject &vm, bool create);
// ValidateVirtualMachineInstanceSpec (vmi-create-admitter.go), the parts played, on the
// defaulted copy's spec.template.spec (VmAdmissionSpec.cpp).
Causes validateVmiSpec(const QJsonObject &templateSpec);
// Its storage half (VmAdmissionStorage.cpp): disks, volumes and cloud-init, access credentials.
Causes diskCauses(const QJsonObject &templateSpec);
Causes volumeCauses(const QJsonObject &templateSpec);
Causes accessCredentialCauses(const QJsonObject &templateSpec);
// netadmitter ValidateCreation: the bindings removed in v1.3 (its field path lacks "template").
Causes validateDiscontinuedBindings(const QJsonObject &templateSpec);
// k8s.io/apimachinery validation.IsDNS1123Label / IsDNS1123Subdomain: their messages.
QStringList dns1123LabelErrors(const QString &value);
QStringList dns1123SubdomainErrors(const QString &value);
// A quantity's bytes (cpu: millicores), rounded up; 0 when absent or unparsable.
qint64 bytesOf(const QJsonValue &v);
qint64 cpuMillisOf(const QJsonValue &v);
// resource.Quantity's String() of a quantity as sent ("2048Mi" -> "2Gi"); v as it is if unparsable.
QString canonicalQuantity(const QJsonValue &v);

} // namespace vmadmission

} // namespace drover::sim
