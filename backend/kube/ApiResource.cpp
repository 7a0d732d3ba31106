#include "ApiResource.h"

namespace drover::kube {

QString ApiResource::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version
                           : QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
}

QString ApiResource::collectionPath(const QString &ns) const
{
    if (namespaced && !ns.isEmpty())
        return groupVersionPath() + QStringLiteral("/namespaces/") + ns + QLatin1Char('/') + plural;
    return groupVersionPath() + QLatin1Char('/') + plural;
}

QString ApiResource::objectPath(const QString &ns, const QString &name, const QString &sub) const
{
    QString p = collectionPath(ns) + QLatin1Char('/') + name;
    if (!sub.isEmpty())
        p += QLatin1Char('/') + sub;
    return p;
}

#define DROVER_RESOURCE(fn, g, v, p, k, nsd)                                                       \
    const ApiResource &ApiResource::fn()                                                           \
    {                                                                                              \
        static const ApiResource r{QStringLiteral(g), QStringLiteral(v), QStringLiteral(p),        \
                                   QStringLiteral(k), nsd};                                        \
        return r;                                                                                  \
    }
DROVER_RESOURCE(nodes, "", "v1", "nodes", "Node", false)
DROVER_RESOURCE(namespaces, "", "v1", "namespaces", "Namespace", false)
DROVER_RESOURCE(pods, "", "v1", "pods", "Pod", true)
DROVER_RESOURCE(events, "", "v1", "events", "Event", true)
DROVER_RESOURCE(virtualMachines, "kubevirt.io", "v1", "virtualmachines", "VirtualMachine", true)
DROVER_RESOURCE(virtualMachineInstances, "kubevirt.io", "v1", "virtualmachineinstances",
                "VirtualMachineInstance", true)
DROVER_RESOURCE(migrations, "kubevirt.io", "v1", "virtualmachineinstancemigrations",
                "VirtualMachineInstanceMigration", true)
DROVER_RESOURCE(snapshots, "snapshot.kubevirt.io", "v1beta1", "virtualmachinesnapshots",
                "VirtualMachineSnapshot", true)
DROVER_RESOURCE(snapshotContents, "snapshot.kubevirt.io", "v1beta1", "virtualmachinesnapshotcontents",
                "VirtualMachineSnapshotContent", true)
DROVER_RESOURCE(restores, "snapshot.kubevirt.io", "v1beta1", "virtualmachinerestores",
                "VirtualMachineRestore", true)
DROVER_RESOURCE(hostReports, "drover.io", "v1alpha1", "hostreports", "HostReport", false)
DROVER_RESOURCE(cephClusters, "ceph.rook.io", "v1", "cephclusters", "CephCluster", true)
DROVER_RESOURCE(podDisruptionBudgets, "policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true)
DROVER_RESOURCE(configMaps, "", "v1", "configmaps", "ConfigMap", true)
DROVER_RESOURCE(persistentVolumeClaims, "", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true)
DROVER_RESOURCE(kubevirts, "kubevirt.io", "v1", "kubevirts", "KubeVirt", true)
#undef DROVER_RESOURCE

QString kubevirtSubresourcePath(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb)
{
    return QStringLiteral("/apis/subresources.kubevirt.io/v1/namespaces/") + ns + QLatin1Char('/') +
           plural + QLatin1Char('/') + name + QLatin1Char('/') + verb;
}

} // namespace drover::kube
