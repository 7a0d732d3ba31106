#include "ApiResource.h"

#include <QHash>
#include <QStringList>

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
DROVER_RESOURCE(dataVolumes, "cdi.kubevirt.io", "v1beta1", "datavolumes", "DataVolume", true)
DROVER_RESOURCE(virtualMachineClones, "clone.kubevirt.io", "v1beta1", "virtualmachineclones", "VirtualMachineClone", true)
DROVER_RESOURCE(kubevirts, "kubevirt.io", "v1", "kubevirts", "KubeVirt", true)
DROVER_RESOURCE(leases, "coordination.k8s.io", "v1", "leases", "Lease", true)
DROVER_RESOURCE(hostMaintenances, "drover.io", "v1alpha1", "hostmaintenances", "HostMaintenance", false)
DROVER_RESOURCE(snapshotSchedules, "drover.io", "v1alpha1", "snapshotschedules", "SnapshotSchedule", true)
DROVER_RESOURCE(secrets, "", "v1", "secrets", "Secret", true)
DROVER_RESOURCE(storageClasses, "storage.k8s.io", "v1", "storageclasses", "StorageClass", false)
DROVER_RESOURCE(dataSources, "cdi.kubevirt.io", "v1beta1", "datasources", "DataSource", true)
DROVER_RESOURCE(clusterInstancetypes, "instancetype.kubevirt.io", "v1beta1", "virtualmachineclusterinstancetypes",
                "VirtualMachineClusterInstancetype", false)
DROVER_RESOURCE(instancetypes, "instancetype.kubevirt.io", "v1beta1", "virtualmachineinstancetypes",
                "VirtualMachineInstancetype", true)
DROVER_RESOURCE(clusterPreferences, "instancetype.kubevirt.io", "v1beta1", "virtualmachineclusterpreferences",
                "VirtualMachineClusterPreference", false)
DROVER_RESOURCE(preferences, "instancetype.kubevirt.io", "v1beta1", "virtualmachinepreferences",
                "VirtualMachinePreference", true)
DROVER_RESOURCE(networkAttachmentDefinitions, "k8s.cni.cncf.io", "v1", "network-attachment-definitions",
                "NetworkAttachmentDefinition", true)
DROVER_RESOURCE(storageProfiles, "cdi.kubevirt.io", "v1beta1", "storageprofiles", "StorageProfile", false)
#undef DROVER_RESOURCE

QString ResourceAttributes::describe() const
{
    QString what = subresource.isEmpty() ? resource : resource + QLatin1Char('/') + subresource;
    if (!group.isEmpty())
        what += QLatin1Char('.') + group;
    if (!name.isEmpty())
        what += QStringLiteral(" \"%1\"").arg(name);
    return QStringLiteral("%1 %2 %3").arg(verb, what, ns.isEmpty() ? QStringLiteral("at the cluster scope") : QStringLiteral("in ") + ns);
}

size_t qHash(const ResourceAttributes &a, size_t seed)
{
    return qHashMulti(seed, a.verb, a.group, a.resource, a.subresource, a.ns, a.name);
}

ResourceAttributes requestAttributes(const QByteArray &httpVerb, const QString &path, bool watch)
{
    ResourceAttributes a;
    QStringList segs = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segs.size() >= 2 && segs[0] == QLatin1String("api"))
        segs = segs.mid(2);
    else if (segs.size() >= 3 && segs[0] == QLatin1String("apis")) {
        a.group = segs[1];
        segs = segs.mid(3);
    } else
        return a;
    // namespaces/NS/RES[/NAME[/SUB]]; namespaces[/NS] alone is the Namespace resource itself.
    if (segs.size() >= 3 && segs[0] == QLatin1String("namespaces")) {
        a.ns = segs[1];
        segs = segs.mid(2);
    }
    if (segs.isEmpty())
        return a;
    a.resource = segs.value(0);
    a.name = segs.value(1);
    a.subresource = segs.mid(2).join(QLatin1Char('/'));
    const QByteArray v = httpVerb.toUpper();
    const bool collection = a.name.isEmpty();
    if (v == "GET" || v == "HEAD")
        a.verb = collection ? (watch ? QStringLiteral("watch") : QStringLiteral("list")) : QStringLiteral("get");
    else if (v == "POST")
        a.verb = QStringLiteral("create");
    else if (v == "PUT")
        a.verb = QStringLiteral("update");
    else if (v == "PATCH")
        a.verb = QStringLiteral("patch");
    else if (v == "DELETE")
        a.verb = collection ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    else
        a.verb = QString::fromLatin1(v).toLower();
    return a;
}

QString kubevirtSubresourcePath(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb)
{
    return QStringLiteral("/apis/subresources.kubevirt.io/v1/namespaces/") + ns + QLatin1Char('/') +
           plural + QLatin1Char('/') + name + QLatin1Char('/') + verb;
}

} // namespace drover::kube
