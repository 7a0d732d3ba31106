#pragma once
// droverd's lean caches: the fields its informers drop before keeping an object, because no code
// droverd runs reads them (ClusterConnection::setStrips; the console keeps everything, it shows
// these fields). At 10,000 VMs this is ~20 MB of the ~45 MB the VM and VMI bytes took.
// What reads each kind in droverd, and so what must stay:
//  - VirtualMachineInstances: core::Vmi only (MaintenanceObserver, clusterStateFrom, observeVm);
//    droverd never uses Vmi::interfaces or guestOsName, so status.interfaces and guestOSInfo go too.
//  - VirtualMachines: core::Vm (ScheduleRunner, MaintenanceObserver, observeVm) and
//    status.printableStatus (VmActions).
//  - Nodes: core::Node and metadata.annotations (Maintenance::resume).
//  - VirtualMachineSnapshots: what reconcile::scheduledFrom reads (metadata, phase, readyToUse,
//    creationTime, error) and spec.source; at a nightly firing over 10,000 VMs they are 10,000
//    new objects at once, so conditions, indications and volume lists go.
//  - HostReports: nothing (the agents' reports are the console's): only metadata stays.
//  - every kind: metadata.managedFields and kubectl's last-applied-configuration annotation.
// Adding a reader of a dropped field to droverd's code paths means taking it off these lists
// (test_leancaches decodes stripped objects against the originals).
#include "FieldStrip.h"

#include <QHash>

namespace drover::ops {

// By ApiResource::plural.
QHash<QString, kube::FieldStrip> daemonStrips();
// The paths behind daemonStrips() for one kind (plural), common ones included.
QList<QStringList> daemonStripPaths(const QString &plural);

} // namespace drover::ops
