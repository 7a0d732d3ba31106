#pragma once
// kubevirt.io/v1 VirtualMachine and VirtualMachineInstance, the fields Drover shows and acts on.
// Field names follow staging/src/kubevirt.io/api/core/v1/types.go.
#include "Lifecycle.h"
#include "ObjectMeta.h"
#include "Result.h"

#include <cstdint>

namespace drover::core {

// What spec.template.spec.domain asks for.
struct DomainResources
{
    // vCPUs as virt-launcher computes them (GetCPUTopology): domain.cpu.cores * sockets * threads,
    // each 0/absent counting as 1; when no cpu block sets any of the three, resources.limits.cpu,
    // else resources.requests.cpu, rounded up; else 1.
    int cpuCores = 0;
    // domain.memory.guest, else domain.resources.requests.memory, else resources.limits.memory
    // (the VMI mutator copies limits into requests); 0 when none is set (e.g. an instancetype VM).
    std::int64_t memoryBytes = 0;
    QMap<QString, QString> nodeSelector; // spec.nodeSelector
    // spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms:
    // a node fits when any term matches; a term matches when all its expressions do.
    struct NodeSelectorRequirement
    {
        QString key, op; // In, NotIn, Exists, DoesNotExist, Gt, Lt
        QStringList values;
        bool matches(const QMap<QString, QString> &labels) const;
        QString text() const; // "kubernetes.io/hostname In [a, b]"
    };
    QList<QList<NodeSelectorRequirement>> requiredNodeTerms;
    // True when there are no terms or one matches these node labels.
    bool affinityMatches(const QMap<QString, QString> &labels) const;
    // The CPU a scheduler counts for it: one core (1000m) per vCPU, at least one.
    std::int64_t cpuMillis() const { return std::int64_t(cpuCores < 1 ? 1 : cpuCores) * 1000; }
    // spec.nodeSelector and the required node affinity both allow a node with these labels.
    bool nodeAllowed(const QMap<QString, QString> &labels) const;

    // From a VMI's spec or a VM's spec.template.spec; `where` names it in errors ("spec").
    // The one decoder of these rules: the client's planners and the simulator's scheduler.
    static Result<DomainResources> fromSpec(const QJsonObject &vmiSpec, const QString &where = QStringLiteral("spec"));
};

// The values a domain is sized from, as JSON values (undefined when absent; a value inside a
// field that is not an object counts as absent): what fromSpec() reads for cpuCores and
// memoryBytes, so a reader that walks the JSON its own way (models::VmFacts, from simdjson)
// applies the same rules. `where` names the spec in errors ("spec.template.spec").
struct DomainSizing
{
    QJsonValue cores, sockets, threads;      // domain.cpu.*
    QJsonValue limitsCpu, requestsCpu;       // domain.resources.{limits,requests}.cpu
    QJsonValue guestMemory;                  // domain.memory.guest
    QJsonValue requestsMemory, limitsMemory; // domain.resources.{requests,limits}.memory
    static DomainSizing of(const QJsonObject &domain);
    Result<int> vcpus(const QString &where) const;
    Result<std::int64_t> memory(const QString &where) const;
};

// The OS a VM says it runs: drover.io/os, kubevirt.io/os, vm.kubevirt.io/os (in the VM's labels,
// its annotations, its template's labels, its template's annotations, in that order), else a
// common template's os.template.kubevirt.io/<os>: "true" label; else empty.
QString osNameOf(const QMap<QString, QString> &labels, const QMap<QString, QString> &annotations,
                 const QMap<QString, QString> &templateLabels, const QMap<QString, QString> &templateAnnotations);

// What a node has for a new VMI: allocatable CPU and memory, and what is free of them after the
// VMIs already there (a migration's target counted too).
struct NodeRoom
{
    std::int64_t cpuAllocatableMillis = 0;
    std::int64_t memoryAllocatableBytes = 0;
    std::int64_t cpuFreeMillis = 0;
    std::int64_t memoryFreeBytes = 0;
};

// Whether a VMI fits on a node, and how well: kube-scheduler's NodeResourcesFit filter (requests
// against what is free) and its LeastAllocated score, the mean of the CPU and memory fractions left
// free after it. The one rule of the client's placement and the simulator's scheduler.
struct Fit
{
    bool cpu = false;
    bool memory = false;
    double score = 0;
    bool ok() const { return cpu && memory; }
};
Fit fitOn(const DomainResources &need, const NodeRoom &room);

struct Vm
{
    ObjectMeta meta;
    RunStrategy runStrategy = RunStrategy::Halted; // runStrategyOfSpec(spec)
    QString printableStatus; // status.printableStatus (Stopped, Running, Paused, Migrating, ...)
    bool ready = false;      // status.ready
    bool created = false;    // status.created
    DomainResources resources;
    // "drover.io/os", "kubevirt.io/os" or "vm.kubevirt.io/os" (common templates) in the VM's or
    // spec.template's labels/annotations, else X of a template label "os.template.kubevirt.io/X",
    // else "".
    QString osName;
    QString instancetype;       // spec.instancetype.name: then the template has no cpu/memory
    QString snapshotInProgress; // status.snapshotInProgress
    QString restoreInProgress;  // status.restoreInProgress
    QList<Condition> conditions;

    static Result<Vm> fromJson(const QJsonObject &obj);
};

struct VmiMigrationState
{
    QDateTime startTimestamp;
    QDateTime endTimestamp;
    QString sourceNode;
    QString targetNode;
    bool completed = false;
    bool failed = false;
    QString failureReason;
    bool abortRequested = false;
    QString abortStatus;
    QString mode; // PreCopy | PostCopy | Paused
    QString migrationUid;
};
// status.migrationState of a VMI or a VirtualMachineInstanceMigration. sourceNode, targetNode and
// migrationUid fall back to sourceState/targetState (decentralized migrations).
VmiMigrationState migrationStateFromJson(const QJsonObject &state);

struct VmiInterface
{
    QString name;
    QString ipAddress;
    QStringList ipAddresses;
    QString mac;
    QString interfaceName; // the guest's own name for it ("eth0"), from the guest agent
    QString infoSource;    // where KubeVirt learnt it: "domain, guest-agent, multus-status" (a subset)
};

struct Vmi
{
    ObjectMeta meta;
    VmiPhase phase = VmiPhase::Unset; // status.phase
    QString nodeName; // status.nodeName
    QString reason;   // status.reason, e.g. NodeUnresponsive
    QString evacuationNodeName; // status.evacuationNodeName: set while a drain evicts the VMI
    QList<Condition> conditions; // Ready, LiveMigratable, StorageLiveMigratable, Paused, ...
    QList<VmiInterface> interfaces;
    bool hasMigrationState = false;
    VmiMigrationState migrationState;
    DomainResources resources;
    QString guestOsName; // status.guestOSInfo.name when the guest agent reports it
    // spec.evictionStrategy (None, LiveMigrate, LiveMigrateIfPossible, External); empty when
    // unset: then the KubeVirt CR's spec.configuration.evictionStrategy applies.
    QString evictionStrategy;
    QStringList claimNames;     // spec.volumes[]: persistentVolumeClaim.claimName and dataVolume.name
    QStringList hostDiskVolumes; // spec.volumes[].hostDisk unless shared: true: volume names
    QStringList hostDevices;    // spec.domain.devices.hostDevices[] and gpus[]: their names

    QString firstIp() const;
    bool paused() const; // the Paused condition is True
    static Result<Vmi> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
