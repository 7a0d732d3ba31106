#pragma once
// What dragging VMs onto hosts needs from the models: the drag payload (VM keys) and the
// cluster as the migration planner reads it, decoded from the informer caches.
#include "MigrationTargets.h"
#include "ObjectCache.h"

#include <QMimeData>
#include <QStringList>

namespace drover::models {

inline constexpr char kVmKeysMime[] = "application/x-drover-vm-keys";

// Keys ("namespace/name") of the dragged VMs; empty when the payload is not Drover's.
QStringList vmKeysFrom(const QMimeData *data);
QMimeData *vmKeysMime(const QStringList &keys);

// Nodes, VMIs and migrations decoded with core's views; objects that do not decode are left out.
// Built once per drag (decoding 10,000 VMIs takes tens of milliseconds), not per mouse move.
reconcile::ClusterState clusterStateFrom(const kube::ObjectCache *nodes, const kube::ObjectCache *vmis,
                                         const kube::ObjectCache *migrations);

} // namespace drover::models
