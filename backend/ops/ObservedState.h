#pragma once
// What the operations read from one cluster's informer caches, decoded with core's views: the
// cluster as the migration planner sees it, and one VM's lifecycle state. Reads only.
#include "ClusterConnection.h"
#include "MigrationTargets.h"

namespace drover::ops {

// Nodes, VMIs and migrations decoded with core's views; objects that do not decode are left out.
// Decoding 10,000 VMIs takes tens of milliseconds: build it once per plan, not per mouse move.
reconcile::ClusterState clusterStateFrom(const kube::ObjectCache *nodes, const kube::ObjectCache *vmis,
                                         const kube::ObjectCache *migrations);
reconcile::ClusterState clusterStateFrom(const ClusterConnection &connection);

// One VM ("namespace/name") as the lifecycle actions judge it.
struct VmObserved
{
    bool exists = false;  // the VM is in the cache
    QString status;       // status.printableStatus; without one, Running/Paused from the VMI, else Unknown
    bool hasVmi = false;
    QString vmiUid;       // a restart is done when a VMI with another uid runs
};
VmObserved observeVm(const ClusterConnection &connection, const QString &key);

} // namespace drover::ops
