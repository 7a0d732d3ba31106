#pragma once
// snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshot and VirtualMachineRestore: decoding, and
// the bodies Drover creates (built here, next to the decoders, so that no caller writes the
// API's JSON by hand).
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

// The annotation that holds a snapshot's description (KubeVirt's spec has no such field).
inline constexpr char kSnapshotDescriptionAnnotation[] = "drover.io/description";

// The VirtualMachineSnapshot to create for VM vm in namespace ns, named name; description (when
// not empty) goes to the drover.io/description annotation.
QJsonObject snapshotFor(const QString &ns, const QString &vm, const QString &name, const QString &description = {});

// The VirtualMachineRestore that puts VM vm back to snapshot, named name. KubeVirt restores
// only a stopped VM (its webhook refuses a running one).
QJsonObject restoreFor(const QString &ns, const QString &vm, const QString &snapshot, const QString &name);

// A restore's outcome as its status says: complete, failed (condition Ready with reason Failed,
// its message), or still running.
struct RestoreState
{
    bool complete = false;
    bool failed = false;
    QString message; // why it failed
    QString snapshot; // spec.virtualMachineSnapshotName
};
RestoreState restoreStateFromJson(const QJsonObject &restore);

} // namespace drover::core
