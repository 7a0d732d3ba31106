#pragma once
// Item data roles shared by Drover's models and views.
#include <Qt>

namespace drover::models {

enum Role {
    // The raw, sortable value of a cell (QString, int, qint64, double); DisplayRole is text only.
    RawRole = Qt::UserRole,
    // "namespace/name" of the VM a row or item stands for; empty for other items.
    KeyRole,
    // models::StatusKind as int, for delegates that paint a status pill or bar.
    StatusKindRole,
    // For allocation columns: the used fraction 0..1 (double), or an invalid QVariant.
    FractionRole,
    // HostTreeModel: models::TreeItemKind as int.
    ItemKindRole,
    // A QColor for a FractionRole bar that is progress, not load (load turns amber and red).
    BarColorRole,
    // HostTreeModel host rows, Cpu and Memory columns: the host's allocatable vCPU / bytes (double).
    CapacityRole,
};

} // namespace drover::models
