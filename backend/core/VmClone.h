#pragma once
// clone.kubevirt.io/v1beta1 VirtualMachineClone: the body Drover creates, and what its status
// says. KubeVirt clones by snapshot and restore: the clone walks SnapshotInProgress ->
// RestoreInProgress -> CreatingTargetVM -> Succeeded (or Failed), and the new VM is made
// Halted; a start is a JSON patch the clone carries (spec.patches), as OpenShift's console
// sends it. Interfaces whose MAC is not given get "" (the cluster's MAC pool picks one).
#include "ObjectMeta.h"
#include "Result.h"

#include <QHash>
#include <QList>

namespace drover::core {

struct VmInterface
{
    QString name;       // spec.template.spec.domain.devices.interfaces[].name
    QString macAddress; // as set in the spec; empty when the cluster picks it
    QString binding;    // masquerade, bridge, sriov, … (the key that names it)
};

// The VM's interfaces, in spec order.
QList<VmInterface> vmInterfacesFromJson(const QJsonObject &vm);

struct CloneRequest
{
    QString ns;
    QString source; // the VM cloned
    QString target; // the new VM's name
    bool start = false;
    QHash<QString, QString> newMacAddresses; // interface name -> MAC; absent: the cluster picks
    // The source's spec says `running` (deprecated) instead of runStrategy: the start patch
    // must then set running, as a VM may not carry both.
    bool sourceUsesRunning = false;
};

// The VirtualMachineClone for request (generateName "<source>-clone-").
QJsonObject cloneFor(const CloneRequest &request);

// A MAC as KubeVirt's webhook accepts it: six hex pairs split by ':' or '-'. Empty when fine,
// else the problem in words. Multicast MACs (first octet odd) are refused too.
QString macAddressProblem(const QString &mac);

struct CloneState
{
    ObjectMeta meta;
    QString phase;        // status.phase; empty until the controller saw it
    QString snapshotName; // status.snapshotName: the clone's temporary snapshot
    QString restoreName;  // status.restoreName
    QString targetName;   // status.targetName, else spec.target.name
    QList<Condition> conditions;
    bool succeeded() const { return phase == QLatin1String("Succeeded"); }
    bool failed() const { return phase == QLatin1String("Failed"); }
    // Why it failed: the Ready condition's message, else its reason.
    QString failure() const;

    static Result<CloneState> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
