#pragma once
// Where a running VM may live-migrate to, and why not: the check behind drag-a-VM-onto-a-host and
// the target choice of a host drain. Pure: the cluster is an input, nothing is read or written.
//
// A target fits when it is a known, Ready, uncordoned node other than the VM's own; its labels
// match the VMI's nodeSelector; and its allocatable CPU and memory, minus what the VMIs on it and
// the migrations already heading to it request, leave room (a vCPU requests 1000m, as drover-sim
// schedules). The VM must be Running, LiveMigratable and not migrating already, and KubeVirt's
// parallel-migration limits (per cluster, and outbound per source node) must leave a slot.
#include "Migration.h"
#include "Node.h"
#include "Vm.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace drover::reconcile {

struct ClusterState
{
    QList<core::Node> nodes;
    QList<core::Vmi> vmis;
    QList<core::Migration> migrations; // VirtualMachineInstanceMigrations, finished or not
};

// KubeVirt's MigrationConfiguration defaults (parallelMigrationsPerCluster,
// parallelOutboundMigrationsPerNode).
struct MigrationLimits
{
    int perCluster = 5;
    int outboundPerNode = 2;
};

enum class Refusal {
    None,
    UnknownVm,
    NotRunning,
    NotLiveMigratable,
    AlreadyMigrating,
    UnknownHost,
    SameHost,
    HostNotReady,
    HostCordoned,
    SelectorMismatch,
    NotEnoughCpu,
    NotEnoughMemory,
    ClusterLimit,
    NodeLimit,
};

struct TargetCheck
{
    Refusal refusal = Refusal::None;
    QString reason; // plain words for the UI when refused, e.g. "nvme-a02 is cordoned"
    bool ok() const { return refusal == Refusal::None; }
};

struct TargetChoice
{
    QString node;
    double score = 0; // mean of free CPU and free memory fractions after the move; higher is better
};

// Can the VMI with this key ("namespace/name") move to targetNode now?
TargetCheck checkTarget(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                        const MigrationLimits &limits = {});

// Every node the VMI could move to, best first (most room left after the move, then by name).
// Empty when the VMI itself cannot migrate (see checkTarget with any node for why).
QList<TargetChoice> rankTargets(const ClusterState &state, const QString &vmiKey,
                                const MigrationLimits &limits = {});

// The VirtualMachineInstanceMigration to create for a move to targetNode (spec.vmiName and
// spec.addedNodeSelector kubernetes.io/hostname; generateName, so repeated moves never clash).
QJsonObject migrationFor(const QString &ns, const QString &vmiName, const QString &targetNode);

struct MigrationPlan
{
    TargetCheck check;     // refused when !check.ok()
    QString target;        // the chosen host
    QString reason;        // why this host, for the confirmation dialog
    QJsonObject migration; // what to create when accepted
};

// A drop of the VMI on targetNode, or on the cluster (targetNode empty: the best target).
MigrationPlan planMigration(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                            const MigrationLimits &limits = {});

} // namespace drover::reconcile
