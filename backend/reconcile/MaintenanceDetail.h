#pragma once
// Internal to the maintenance planner (not part of the contract): what one pass collects about
// the host, and the per-workload decisions the preflight makes, shared by MaintenancePlan.cpp
// (assembly, leaving), MaintenanceVms.cpp, MaintenancePreflight.cpp (pods, PDBs, Ceph, control
// plane) and MaintenanceSteps.cpp (steps, gates, ETA).
#include "MaintenancePlan.h"

#include <QHash>

namespace drover::reconcile::detail {

// The host and what runs on it, collected once per pass (lists sorted by key: no input order
// leaks into the plan).
struct Host
{
    Host(const MaintenanceState &state, const MaintenanceIntent &in, const QDateTime &at)
        : s(state), intent(in), now(at)
    {
    }
    const MaintenanceState &s;
    const MaintenanceIntent &intent;
    QDateTime now;
    const core::Node *node = nullptr;
    bool cordoned = false;
    QList<const core::Pod *> pods;              // unfinished pods with spec.nodeName == host
    QList<const core::Vmi *> vmis;              // unfinished VMIs with status.nodeName == host
    QHash<QString, const core::Vm *> vms;       // "ns/name" -> the VM of a VMI here
    QHash<QString, const core::Pod *> launchers; // key of a VMI here -> its virt-launcher pod
    QList<const core::Vm *> stoppedHere;        // VMs annotated drover.io/maintenance-stopped=host
};

Host collect(const MaintenanceState &s, const MaintenanceIntent &intent, const QDateTime &now);

struct VmDecision
{
    const core::Vmi *vmi = nullptr;
    const core::Vm *vm = nullptr;        // nullptr: a VMI no VirtualMachine owns
    const core::Pod *launcher = nullptr; // its virt-launcher pod on this host, if observed
    QString key;
    ItemAction action = ItemAction::LiveMigrate;
    QString target, reason;
    Block block = Block::None;
    QString blockKey;
    bool migrating = false; // KubeVirt already moves it off this host (evacuation or migration)
    std::int64_t memoryBytes = 0;
    bool stops() const { return action == ItemAction::ShutDown || action == ItemAction::StopAndRestart; }
    // Stopped through the VM's runStrategy (StopVm); a VMI without a VM can only be evicted.
    bool stopsViaVm() const { return stops() && vm; }
};

struct PodDecision
{
    const core::Pod *pod = nullptr;
    QString key;
    ItemAction action = ItemAction::Evict;
    QString reason;
    Block block = Block::None;
    QString blockKey;
    bool osd = false;         // a Rook OSD pod (label app=rook-ceph-osd)
    bool terminating = false; // deletionTimestamp set: its eviction was accepted
    Gate gate = Gate::None;   // Gate::Pdb while a budget makes it wait
    QString waitsOn;
};

struct CephVerdict
{
    bool wanted = false; // Ceph present and the host has OSDs: a CephGate step
    bool done = false;   // ok-to-stop said yes, or the OSD pods already left a cordoned host
    Gate gate = Gate::None;
    QString waitsOn;
    QString osdList;              // "osd.3, osd.4"
    bool otherDomainBlocks = false; // a host-level CephOtherDomainDraining blocker was raised
};

struct Preflight
{
    QList<Blocker> blockers;
    QList<VmDecision> vms; // in placement order (largest first)
    QList<PodDecision> pods;
    CephVerdict ceph;
    int migrationsInCluster = 0; // unfinished migrations, for KubeVirt's limits
    int migrationsFromHere = 0;  // ... of them leaving this host, plus evacuations not started yet
};

void checkControlPlane(const Host &h, QList<Blocker> *blockers);
CephVerdict checkCeph(const Host &h, QList<Blocker> *blockers);
// Decides every VMI on the host; fills the migration counts of pre.
void decideVms(const Host &h, Preflight *pre);
QList<PodDecision> decidePods(const Host &h, const CephVerdict &ceph, QList<Blocker> *blockers);

QList<PlanStep> enteringSteps(const Host &h, const Preflight &pre);
bool drained(const Host &h);
int etaSeconds(const Host &h, const Preflight &pre);

// Shared words and predicates.
bool isOsdPod(const core::Pod &p);
bool stoppedFor(const core::Vm &vm, const QString &node); // Halted and annotated for node
QString gib(std::int64_t bytes);                            // "40 GiB", "3.5 GiB"

} // namespace drover::reconcile::detail
