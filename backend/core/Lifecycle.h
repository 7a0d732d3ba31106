#pragma once
// The words KubeVirt's lifecycle is written in, parsed once: a VM's run strategy, a VMI's phase,
// a migration's phase (staging/src/kubevirt.io/api/core/v1/types.go), and a pod's phase
// (k8s.io/api/core/v1 PodPhase), the one its virt-launcher runs in.
// A word this list does not know (a newer KubeVirt) parses to Unknown rather than failing the
// object: the console still shows the VM.
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringView>

namespace drover::core {

enum class RunStrategy : quint8 { Halted, Always, RerunOnFailure, Manual, Once, WaitAsReceiver, Unknown };

enum class VmiPhase : quint8 {
    Unset, // "": not yet picked up by virt-controller
    Pending,
    Scheduling,
    Scheduled,
    Running,
    Succeeded,
    Failed,
    WaitingForSync, // the receiving side of a decentralized migration
    Unknown,
};

enum class MigrationPhase : quint8 {
    Unset, // "": just created
    Pending,
    Scheduling,
    Scheduled,
    PreparingTarget,
    TargetReady,
    WaitingForSync,
    Synchronizing,
    Running,
    Succeeded,
    Failed,
    Unknown, // a word KubeVirt does not use (yet)
};

enum class PodPhase : quint8 { Unset, Pending, Running, Succeeded, Failed, Unknown };

RunStrategy runStrategyFromName(QStringView name);
VmiPhase vmiPhaseFromName(QStringView name);
MigrationPhase migrationPhaseFromName(QStringView name);
PodPhase podPhaseFromName(QStringView name);

// The API's own word ("RerunOnFailure", "Scheduled"; "" for Unset; "Unknown").
QLatin1StringView nameOf(RunStrategy s);
QLatin1StringView nameOf(VmiPhase p);
QLatin1StringView nameOf(MigrationPhase p);
QLatin1StringView nameOf(PodPhase p);

// A VM spec's strategy: spec.runStrategy; else the deprecated spec.running (true: Always, false:
// Halted); else Halted, as VirtualMachine.RunStrategy() in KubeVirt does.
RunStrategy runStrategyOfSpec(const QJsonObject &vmSpec);
// The same from the two fields' values (undefined when absent).
RunStrategy runStrategyOf(const QJsonValue &runStrategy, const QJsonValue &running);
// A VMI's, a migration's or a pod's status.phase.
VmiPhase vmiPhaseOf(const QJsonObject &vmi);
MigrationPhase migrationPhaseOf(const QJsonObject &migration);
PodPhase podPhaseOf(const QJsonObject &pod);

// Succeeded or Failed: nothing runs any more and nothing will.
inline bool isFinal(VmiPhase p)
{
    return p == VmiPhase::Succeeded || p == VmiPhase::Failed;
}
inline bool isFinal(MigrationPhase p)
{
    return p == MigrationPhase::Succeeded || p == MigrationPhase::Failed;
}
inline bool isFinal(PodPhase p)
{
    return p == PodPhase::Succeeded || p == PodPhase::Failed;
}

} // namespace drover::core
