#pragma once
// The JSON the simulated KubeVirt writes: a VMI made from its VM, a VMI's status at each phase,
// conditions, and the VM status that follows its VMI. Field names and rules follow KubeVirt's
// staging/src/kubevirt.io/api/core/v1/types.go and pkg/virt-controller/watch/vm.go
// (setPrintableStatus, syncConditions). Pure functions: no store, no clock beyond "now".
#include "JsonFields.h"
#include "Lifecycle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace drover::sim {

using core::objectAt; // JsonFields.h: the one reader of a field, shared with the client
using core::stringAt;
QString nameOf(const QJsonObject &obj);
QString namespaceOf(const QJsonObject &obj);
QString uidOf(const QJsonObject &obj);
QString labelOf(const QJsonObject &obj, const QString &label);
// status.phase as written, of any object (a pod's, for one). A VMI's controllers decide on
// core::vmiPhaseOf, the client's own decoding.
QString phaseOf(const QJsonObject &obj);
// Succeeded or Failed: the VMI will not run again.
bool isFinal(const QJsonObject &vmi);
bool markedForDeletion(const QJsonObject &obj);

// The VM's run strategy as the client decodes it (core::runStrategyOfSpec).
core::RunStrategy runStrategyOf(const QJsonObject &vm);

// status.conditions[type], if present.
std::optional<QJsonObject> conditionOf(const QJsonObject &obj, const QString &type);
// The condition is present with status "True".
bool conditionTrue(const QJsonObject &obj, const QString &type);
// Sets status.conditions[type]. lastTransitionTime is kept when the status does not change, so
// setting the same condition twice leaves the object equal (no spurious watch events).
void setCondition(QJsonObject &obj, const QString &type, bool status, const QString &reason = {},
                  const QString &message = {});
void removeCondition(QJsonObject &obj, const QString &type);

// A new VMI for a VM (virt-controller's setupVMIFromVM): same name and namespace, owned by the
// VM, labels and annotations from spec.template.metadata, spec from spec.template.spec,
// status.phase Pending. startPaused sets spec.startStrategy Paused (a start request with
// paused=true).
QJsonObject vmiForVm(const QJsonObject &vm, bool startPaused);
// The VMI mutator's pod network (pkg/network/vmispec/defaults.go SetDefaultNetworkInterface): no
// interfaces, no networks and autoattachPodInterface not false → "default" on the pod network,
// bridge bound (the KubeVirt CR's defaultNetworkInterface unset).
void setDefaultNetworkInterface(QJsonObject &spec);
// status.phase, with an entry in status.phaseTransitionTimestamps.
void setPhase(QJsonObject &vmi, core::VmiPhase phase);
// Phase Scheduled on a node: status.nodeName and the kubevirt.io/nodeName label.
void markScheduled(QJsonObject &vmi, const QString &node);
// Phase Running as virt-handler reports it: interfaces with the pod IP and the MAC of
// spec.domain.devices.interfaces[0].macAddress (lower-cased, as libvirt reports it) or, when
// that is unset or empty, one derived from the IP; guestOSInfo from the
// drover.io/os label and drover.io/os-name annotation, conditions Ready, LiveMigratable (False
// with DisksNotLiveMigratable when labelled drover.io/not-migratable=true), AgentConnected, and
// Paused when spec.startStrategy is Paused. A VMI labelled drover.io/guest-agent=none
// (GuestAgentJson.h) runs without an agent: no AgentConnected, guestOSInfo {}, and its
// interface known from the domain only (infoSource "domain", no interfaceName).
void markRunning(QJsonObject &vmi, const QString &node, const QString &ip);
// virt-controller's verdict on a VMI whose node stopped reporting.
void markNodeUnresponsive(QJsonObject &vmi);
// status.interfaces[0].ipAddress, "" when the VMI reports no interface.
QString firstIp(const QJsonObject &vmi);
// Another address on the first interface, as a guest agent reports a lease renewed on a
// bridge-bound interface: status.interfaces[0].ipAddress and the first of its ipAddresses.
// Nothing changes when the VMI reports no interface. (Without an agent virt-handler knows only
// the pod IP, which a running pod keeps: callers leave such VMIs alone.)
void setGuestAddress(QJsonObject &vmi, const QString &ip);

// status.printableStatus for a VM and its VMI, with KubeVirt's precedence: Terminating,
// Stopping, Migrating, Paused, Running, ErrorUnschedulable, Starting, Stopped, else Unknown.
QString printableStatusFor(const QJsonObject &vm, const std::optional<QJsonObject> &vmi);
// The VM's whole status following its VMI: printableStatus, created, ready, runStrategy and
// conditions (Ready mirrored from the VMI or VMINotExists; the VMI's other conditions copied).
// status.stateChangeRequests and anything else already in vm.status are kept.
QJsonObject vmStatusFor(const QJsonObject &vm, const std::optional<QJsonObject> &vmi);

// status.stateChangeRequests helpers (KubeVirt's VirtualMachineStateChangeRequest).
QJsonObject startRequest(bool paused);
QJsonObject stopRequest(const QString &vmiUid);
// The first request is a Stop for this VMI uid.
bool hasStopRequestFor(const QJsonObject &vm, const QString &vmiUid);
// The first request is a Start; *paused tells whether it asks for a paused start.
bool hasStartRequest(const QJsonObject &vm, bool *paused = nullptr);

} // namespace drover::sim
