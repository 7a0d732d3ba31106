#pragma once
// kubevirt.io/v1 VirtualMachine and VirtualMachineInstance, the fields Drover shows and acts on.
// Field names follow staging/src/kubevirt.io/api/core/v1/types.go.
#include "ObjectMeta.h"
#include "Result.h"

#include <cstdint>

namespace drover::core {

// What spec.template.spec.domain asks for.
struct DomainResources
{
    int cpuCores = 0;   // domain.cpu.cores * sockets * threads (or resources.requests.cpu)
    std::int64_t memoryBytes = 0; // domain.memory.guest, else domain.resources.requests.memory
    QMap<QString, QString> nodeSelector; // spec.nodeSelector
};

struct Vm
{
    ObjectMeta meta;
    QString runStrategy;    // spec.runStrategy; derived from the deprecated spec.running if absent
    QString printableStatus; // status.printableStatus (Stopped, Running, Paused, Migrating, ...)
    bool ready = false;      // status.ready
    bool created = false;    // status.created
    DomainResources resources;
    QString osName;          // label/annotation "drover.io/os" or "kubevirt.io/os", else ""
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

struct VmiInterface
{
    QString name;
    QString ipAddress;
    QStringList ipAddresses;
    QString mac;
};

struct Vmi
{
    ObjectMeta meta;
    QString phase;    // status.phase: Pending, Scheduling, Scheduled, Running, Succeeded, Failed, Unknown
    QString nodeName; // status.nodeName
    QList<Condition> conditions; // Ready, LiveMigratable, StorageLiveMigratable, Paused, ...
    QList<VmiInterface> interfaces;
    bool hasMigrationState = false;
    VmiMigrationState migrationState;
    DomainResources resources;
    QString guestOsName; // status.guestOSInfo.name when the guest agent reports it

    QString firstIp() const;
    bool paused() const; // the Paused condition is True
    static Result<Vmi> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
