#pragma once
// What dragging VMs onto hosts needs from the models: the drag payload (VM keys). The cluster as
// the migration planner reads it is ops::clusterStateFrom (backend/ops/ObservedState.h).
#include "ObservedState.h"

#include <QMimeData>
#include <QStringList>

namespace drover::models {

inline constexpr char kVmKeysMime[] = "application/x-drover-vm-keys";

// Keys ("namespace/name") of the dragged VMs; empty when the payload is not Drover's.
QStringList vmKeysFrom(const QMimeData *data);
QMimeData *vmKeysMime(const QStringList &keys);

} // namespace drover::models
