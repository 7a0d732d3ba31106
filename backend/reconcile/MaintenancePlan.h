#pragma once
// Host maintenance, planned the Kubernetes way (../shared/research/maintenance-facts.md):
// preflight (read-only) -> cordon -> Ceph gate (ok-to-stop on the host's OSDs) -> VMs that cannot
// live-migrate handled as the intent says -> every other pod evicted through the Eviction API
// (KubeVirt turns a virt-launcher eviction into a live migration) -> ready for maintenance.
// Leaving: uncordon, then restart the VMs the intent stopped.
//
// Pure: observed state + intent + now -> plan. No clocks or sockets. Deterministic: the same
// input gives the same plan (items and steps sorted by key). Done-ness is read from the observed
// state (the node is cordoned; a pod is gone from the node; a VM is Halted and carries the stop
// annotation), never from memory, so a pass after a crash continues where the cluster is and never
// repeats a finished action.
#include "MigrationTargets.h"
#include "KubeVirtConfig.h"
#include "Pod.h"

#include <QDateTime>

namespace drover::reconcile {

// What Ceph says about one host's OSDs (from `drover-agent ceph ok-to-stop --host H`, or the
// simulator's equivalent). Unknown until asked: the plan then waits on the gate.
struct OkToStop
{
    bool known = false;
    bool ok = false;           // ok_to_stop, and the command's exit status was 0
    int exitStatus = 0;        // 0; 16 EBUSY: unsafe; 11 EAGAIN: PGs unknown
    QList<int> osds;           // the ids asked about
    int numOkPgs = 0;
    int numNotOkPgs = 0;
    QStringList badBecomeInactive; // PG ids that would go inactive
    QString message;           // the command's stderr or error, for the UI
};

// Ceph gave a verdict: ok (0), unsafe (16 EBUSY) or not yet knowable (11 EAGAIN). Any other exit
// status (1 for a CLI that could not reach the monitors, 2 ENOENT, 22 EINVAL…) is no answer at all.
inline bool isOkToStopVerdict(int exitStatus)
{
    return exitStatus == 0 || exitStatus == 11 || exitStatus == 16;
}

struct CephState
{
    bool present = false;                  // a Rook CephCluster exists
    bool pgsClean = true;                  // every PG active+clean (Rook's regex)
    QString health;                        // HEALTH_OK, HEALTH_WARN, HEALTH_ERR
    QMap<QString, QList<int>> osdsByHost;  // host (CRUSH host = node name) -> OSD ids
    QMap<QString, OkToStop> okToStop;      // host -> the last answer for that host's OSDs
    QString drainingFailureDomain;         // Rook's rook-ceph-pdbstatemap draining-failure-domain
};

// Everything a maintenance plan reads.
struct MaintenanceState
{
    ClusterState cluster; // nodes, VMIs, migrations
    QList<core::Vm> vms;
    QList<core::Pod> pods;             // at least every pod on the hosts being planned
    QList<core::PodDisruptionBudget> pdbs;
    QList<core::PersistentVolumeClaim> pvcs; // optional: names RWO claims when known
    core::KubeVirtConfig kubevirt;
    CephState ceph;
};

// What to do with VMs that cannot live-migrate (Harvester: force drain = collective shutdown).
enum class VmPolicy {
    Refuse,              // block the maintenance while such a VM runs here
    Stop,                // stop it (runStrategy Halted) and leave it stopped
    StopAndRestartAfter, // stop it, and start it again when the host leaves maintenance
};

// The intent, as it is kept in the cluster (Node annotations, see maintenanceAnnotations()).
struct MaintenanceIntent
{
    QString node;
    VmPolicy policy = VmPolicy::Refuse;
    QString reason;       // the admin's words, e.g. "replace nvme2"
    bool leaving = false; // true: leave maintenance (uncordon, restart what we stopped)
};

// Why something blocks, as the anchors name it (KubeVirt's LiveMigratable reasons, Harvester's
// keys) so that admins can search for it.
enum class Block {
    None,
    NotLiveMigratable,            // key: the VMI's LiveMigratable reason (DisksNotLiveMigratable, ...)
    EvictionStrategyNone,         // effective strategy None: eviction kills the VM (needs Stop policy)
    LiveMigrateNotMigratable,     // LiveMigrate but not migratable: KubeVirt's webhook refuses forever
    NoTargetHost,                 // key NodeSchedulingRequirementsNotMet: no other host fits
    PdbNoDisruptions,             // a PDB with disruptionsAllowed 0 (key DisruptionBudget)
    PdbStale,                     // PDB observedGeneration < generation (the API answers 429)
                                  // (these two refuse before the cordon; once draining, our own
                                  // evictions spend budgets, so they make the Evict wait: Gate::Pdb)
    PdbMultiple,                  // more than one PDB matches (the API answers 500)
    CephNotOkToStop,              // ok-to-stop said no (with the PG counts)
    CephUnknown,                  // not asked yet / no answer: wait
    CephOtherDomainDraining,      // another failure domain drains while PGs are not clean
    SingleControlPlane,           // the only control-plane node
    SecondControlPlane,           // another control-plane node is already in maintenance
    BarePod,                      // no controller: eviction would lose it for good
    UnknownNode,
};

// One workload on the host and what will happen to it.
enum class ItemAction {
    LiveMigrate,   // virt-launcher pod evicted; KubeVirt migrates the VM to `target`
    Evict,         // a pod evicted; its controller recreates it elsewhere
    ShutDown,      // the VM is stopped (policy Stop, or eviction strategy None)
    StopAndRestart,// stopped now, restarted when the host leaves maintenance
    Restart,       // leaving: start a VM that entering stopped
    Stays,         // DaemonSet and mirror pods: not evicted (kubectl drain --ignore-daemonsets)
    Blocked,       // cannot proceed: see block
};

struct PlanItem
{
    QString kind;   // "VirtualMachine" or "Pod"
    QString key;    // "ns/name"
    ItemAction action = ItemAction::Stays;
    QString target; // LiveMigrate: the host KubeVirt is expected to pick (best fit, as placement ranks)
    QString reason; // why this action / why that host, in plain words
    Block block = Block::None;
    QString blockKey; // the anchors' reason key ("DisksNotLiveMigratable", "DisruptionBudget", ...)
    bool done = false; // observed done: the pod is gone from the node, the VM runs elsewhere or is stopped
};

// An ordered step of the executor. Steps are the same whether or not they are done yet.
enum class StepKind {
    Cordon,      // PATCH node spec.unschedulable=true
    CephGate,    // wait for ok-to-stop on the host's OSDs
    StopVm,      // set runStrategy Halted and annotate (subject: VM key)
    Evict,       // POST pods/{name}/eviction (subject: pod key)
    WaitDrained, // wait until only Stays pods remain and no VMI runs here
    Uncordon,    // leaving: PATCH spec.unschedulable=false
    StartVm,     // leaving: restore the VM's runStrategy (subject: VM key)
    WaitClean,   // leaving: wait for PGs clean before another host may drain
};

enum class Gate {
    None,            // can act now
    Blocked,         // a blocker must be resolved by a person
    CephOkToStop,    // waits on Ceph
    MigrationSlot,   // waits on KubeVirt's parallel-migration limits
    PreviousStep,    // waits on an earlier step
    Pdb,             // waits on a PodDisruptionBudget to allow a disruption
};

struct PlanStep
{
    StepKind kind = StepKind::Cordon;
    QString subject;  // node, VM or pod key
    QString reason;   // why, in words
    Gate gate = Gate::None;
    QString waitsOn;  // what it waits on, in words ("2 migrations running from this host (limit 2)")
    bool done = false;
};

enum class MaintenancePhase {
    Blocked,   // preflight found blockers (entering is refused as asked)
    Draining,  // steps remain
    Ready,     // drained: only DaemonSet/mirror pods remain; safe to power off
    Leaving,   // leaving steps remain
    Done,      // left: uncordoned and every stopped VM restarted
};

struct Blocker
{
    Block block = Block::None;
    QString key;     // anchors' reason key
    QString subject; // the VM/pod/host it concerns
    QString message; // plain words, e.g. "prod/db-01 cannot live-migrate: DisksNotLiveMigratable (PVC db-root is ReadWriteOnce)"
};

struct MaintenancePlan
{
    QString node;
    MaintenancePhase phase = MaintenancePhase::Blocked;
    QList<Blocker> blockers; // empty: the plan may be applied
    QList<PlanItem> items;   // every VM and pod on the host, blockers first, then by key
    QList<PlanStep> steps;   // in execution order
    int vmsLeft = 0;         // VMIs still on the host
    int podsLeft = 0;        // evictable pods still on the host (virt-launcher pods count as VMs)
    // Expected time to drain from now, by KubeVirt's limits: per migration, memory over
    // bandwidthPerMigration plus a fixed 15 s (target pod start, switch-over), spread over
    // min(parallelOutboundMigrationsPerNode, parallelMigrationsPerCluster) slots, the next one
    // starting when a slot frees; migrations under way count what is left of theirs. An
    // unlimited bandwidth (KubeVirt's default 0) is assumed to be 1 GiB/s. Plus 60 s when VMs
    // are still to be stopped. 0 when nothing remains, and when leaving.
    int etaSeconds = 0;
    bool canApply() const { return blockers.isEmpty(); }
};

// Annotations that keep the intent and its progress in the cluster (so a restarted client
// resumes): on the Node and on each VM that entering stopped.
namespace annotations {
inline const QString policy = QStringLiteral("drover.io/maintenance-policy");      // Node: Refuse|Stop|StopAndRestartAfter
inline const QString reason = QStringLiteral("drover.io/maintenance-reason");      // Node
inline const QString state = QStringLiteral("drover.io/maintenance");              // Node: draining|ready|leaving
inline const QString stoppedFor = QStringLiteral("drover.io/maintenance-stopped"); // VM: the node
inline const QString restartAfter = QStringLiteral("drover.io/maintenance-restart"); // VM: "true"
inline const QString runStrategyBefore = QStringLiteral("drover.io/maintenance-run-strategy"); // VM
} // namespace annotations

QString policyName(VmPolicy p);               // "Refuse", "Stop", "StopAndRestartAfter"
std::optional<VmPolicy> policyFromName(const QString &s);
// The names HostMaintenance's status uses (packaging/kubernetes/crds): "Cordon", "StopVM", …;
// "Blocked", "Draining", "InMaintenance", "Leaving", "Done".
QString stepName(StepKind k);
QString phaseName(MaintenancePhase p);
// The plan in words, one line each: the phase, every blocker, every step with what it waits on
// (`droverd plan`).
QStringList describe(const MaintenancePlan &plan);

// The maintenance intent a Node carries in its annotations, if any: the state or the policy
// annotation is set. state "leaving" means leaving; an unknown policy name reads as Refuse.
std::optional<MaintenanceIntent> intentOf(const core::Node &node);

// The plan for one host. now: for ages and ETAs only.
MaintenancePlan planMaintenance(const MaintenanceState &state, const MaintenanceIntent &intent,
                                const QDateTime &now);

} // namespace drover::reconcile
