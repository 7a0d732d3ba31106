#include "LeanCaches.h"

#include "ApiResource.h"

namespace drover::ops {

namespace {

QList<QStringList> paths(std::initializer_list<const char *> dotted)
{
    QList<QStringList> out;
    for (const char *p : dotted)
        out << QString::fromLatin1(p).split(QLatin1Char('|'));
    return out;
}

} // namespace

QList<QStringList> daemonStripPaths(const QString &plural)
{
    // '|' separates keys (annotation keys contain dots).
    QList<QStringList> out = paths({"metadata|managedFields", "metadata|annotations|kubectl.kubernetes.io/last-applied-configuration"});
    if (plural == kube::ApiResource::virtualMachineInstances().plural)
        out << paths({"metadata|ownerReferences", "metadata|finalizers", "spec|networks", "spec|domain|devices|disks",
                      "spec|domain|devices|interfaces", "spec|domain|firmware", "spec|domain|features", "spec|domain|machine",
                      "status|interfaces", "status|guestOSInfo", "status|volumeStatus", "status|phaseTransitionTimestamps",
                      "status|activePods", "status|launcherContainerImageVersion", "status|currentCPUTopology", "status|memory",
                      "status|machine", "status|kernelBootStatus", "status|virtualMachineRevisionName", "status|selinuxContext",
                      "status|qosClass", "status|migrationMethod", "status|migrationTransport", "status|topologyHints",
                      "status|fsFreezeStatus"});
    else if (plural == kube::ApiResource::virtualMachines().plural)
        out << paths({"metadata|finalizers", "spec|dataVolumeTemplates", "spec|template|spec|volumes", "spec|template|spec|networks",
                      "spec|template|spec|domain|devices|disks", "spec|template|spec|domain|devices|interfaces",
                      "spec|template|spec|domain|firmware", "spec|template|spec|domain|features", "spec|template|spec|domain|machine",
                      "status|volumeSnapshotStatuses", "status|volumeRequests", "status|stateChangeRequests"});
    else if (plural == kube::ApiResource::nodes().plural)
        out << paths({"status|images"});
    else if (plural == kube::ApiResource::snapshots().plural)
        out << paths({"metadata|finalizers", "metadata|ownerReferences", "status|conditions", "status|indications", "status|sourceIndications",
                      "status|snapshotVolumes", "status|sourceUID", "status|virtualMachineSnapshotContentName"});
    else if (plural == kube::ApiResource::hostReports().plural)
        out << paths({"spec", "status"});
    return out;
}

QHash<QString, kube::FieldStrip> daemonStrips()
{
    QHash<QString, kube::FieldStrip> out;
    for (const kube::ApiResource &r : {kube::ApiResource::nodes(), kube::ApiResource::virtualMachines(),
                                       kube::ApiResource::virtualMachineInstances(), kube::ApiResource::migrations(),
                                       kube::ApiResource::snapshots(), kube::ApiResource::restores(), kube::ApiResource::hostReports(),
                                       kube::ApiResource::cephClusters(), kube::ApiResource::snapshotSchedules(),
                                       kube::ApiResource::hostMaintenances()})
        out.insert(r.plural, kube::FieldStrip(daemonStripPaths(r.plural)));
    return out;
}

} // namespace drover::ops
