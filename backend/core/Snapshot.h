#pragma once
// snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshot.
#include "ObjectMeta.h"
#include "Result.h"

#include <cstdint>
#include <optional>

namespace drover::core {

struct Snapshot
{
    ObjectMeta meta;
    QString sourceKind; // spec.source.kind (VirtualMachine)
    QString sourceName; // spec.source.name
    QString deletionPolicy; // spec.deletionPolicy
    QString phase;      // status.phase: InProgress, Succeeded, Failed, Deleting, Unknown
    bool readyToUse = false;
    QDateTime creationTime; // status.creationTime
    QString error;          // status.error.message
    QDateTime errorTime;    // status.error.time
    QString contentName;    // status.virtualMachineSnapshotContentName
    // status.indications (deprecated upstream), else status.sourceIndications[].indication:
    // Online, NoGuestAgent, GuestAgent, QuiesceTimeout, Paused, PartialSnapshot
    QStringList indications;
    QList<Condition> conditions;

    static Result<Snapshot> fromJson(const QJsonObject &obj);
};

// snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshotContent: the size of what a snapshot holds,
// the storage its volume backups' claims request (spec.volumeBackups[].persistentVolumeClaim
// .spec.resources.requests.storage), summed. nullopt when it names no volume, or a size is
// missing or unreadable: better no size than a wrong one.
std::optional<std::int64_t> snapshotContentBytes(const QJsonObject &content);

} // namespace drover::core
