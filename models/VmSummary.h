#pragma once
// One VirtualMachine joined with its VirtualMachineInstance (same namespace/name): the values
// Drover's VM views show. Built from the cached JSON on demand and shared by the views through
// VmSummaryStore, once per version of the VM and VMI.
#include "VmFacts.h"
#include "VmStatus.h"

#include <QString>
#include <cstdint>

namespace drover::models {

struct VmSummary
{
    QString key;  // "ns/name"
    QString name;
    QString ns;
    QString status;      // VM status.printableStatus ("Unknown" when absent)
    StatusKind kind = StatusKind::Error;
    core::RunStrategy runStrategy = core::RunStrategy::Unknown; // no VM read: nothing assumed
    QString host;        // VMI status.nodeName; empty when not scheduled
    QString migratingTo; // the target of a live migration in progress, else empty
    QString os;          // drover.io/os-name, else the guest agent's name, else the os label
    QString ip;          // the VMI's first interface address
    // The tenant cluster the VM is a node of: Cluster API's cluster.x-k8s.io/cluster-name label
    // (on the VM, else its template), as CAPI's KubeVirt provider (CAPK) sets it; else empty.
    QString tenantCluster;
    int vcpu = 0;
    std::int64_t memoryBytes = 0;
    bool hasVmi = false;
    bool vmiRunning = false; // VMI phase Running
    bool paused = false;     // VMI Paused condition
    QString vmiUid;
    bool valid = false;      // false when the VM JSON could not be read

    // vmi may be empty (no instance).
    static VmSummary fromJson(const QString &key, const kube::LazyObject &vm, const kube::LazyObject &vmi)
    {
        return combine(key, VmFacts::fromJson(vm), VmiFacts::fromJson(vmi));
    }
    // The VM's and its instance's facts joined (cheap: no JSON is read).
    static VmSummary combine(const QString &key, const VmFacts &vm, const VmiFacts &vmi);
};

} // namespace drover::models
