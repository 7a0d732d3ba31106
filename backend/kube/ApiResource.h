#pragma once
// One REST resource of the Kubernetes API: where it lives and whether it is namespaced.
#include <QByteArray>
#include <QString>

namespace drover::kube {

struct ApiResource
{
    QString group;   // "" for the core group
    QString version; // "v1", "v1beta1"
    QString plural;  // "virtualmachines"
    QString kind;    // "VirtualMachine"
    bool namespaced = true;

    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    // "/api/v1" or "/apis/kubevirt.io/v1".
    QString groupVersionPath() const;
    // The collection: ".../namespaces/{ns}/{plural}" or ".../{plural}" when ns is empty
    // (all namespaces) or the resource is cluster-scoped.
    QString collectionPath(const QString &ns) const;
    // One object, optionally one of its subresources.
    QString objectPath(const QString &ns, const QString &name, const QString &sub = {}) const;
    bool operator==(const ApiResource &o) const { return group == o.group && version == o.version && plural == o.plural; }

    static const ApiResource &nodes();
    static const ApiResource &namespaces();
    static const ApiResource &pods();
    static const ApiResource &events();
    static const ApiResource &virtualMachines();
    static const ApiResource &virtualMachineInstances();
    static const ApiResource &migrations();
    static const ApiResource &snapshots();
    static const ApiResource &snapshotContents(); // what a snapshot holds: its volume backups
    static const ApiResource &restores();
    static const ApiResource &hostReports();  // drover.io/v1alpha1 HostReport (cluster-scoped, one per node)
    static const ApiResource &cephClusters(); // ceph.rook.io/v1 CephCluster
    static const ApiResource &podDisruptionBudgets(); // policy/v1
    static const ApiResource &configMaps();
    static const ApiResource &persistentVolumeClaims();
    static const ApiResource &dataVolumes(); // cdi.kubevirt.io/v1beta1 DataVolume: a disk CDI imports or clones
    static const ApiResource &virtualMachineClones(); // clone.kubevirt.io/v1beta1 VirtualMachineClone
    static const ApiResource &kubevirts(); // kubevirt.io/v1 KubeVirt: the CR that configures KubeVirt
    static const ApiResource &leases();    // coordination.k8s.io/v1 Lease: leader election
    static const ApiResource &hostMaintenances();  // drover.io/v1alpha1 (cluster-scoped): droverd's intents
    static const ApiResource &snapshotSchedules(); // drover.io/v1alpha1
    // What creating a VM chooses from, and what it makes besides the VM.
    static const ApiResource &secrets();
    static const ApiResource &storageClasses();       // storage.k8s.io/v1 (cluster-scoped)
    static const ApiResource &dataSources();          // cdi.kubevirt.io/v1beta1: golden images to clone
    static const ApiResource &clusterInstancetypes(); // instancetype.kubevirt.io/v1beta1 (cluster-scoped)
    static const ApiResource &instancetypes();        // the namespaced kind
    static const ApiResource &clusterPreferences();   // instancetype.kubevirt.io/v1beta1 (cluster-scoped)
    static const ApiResource &preferences();          // the namespaced kind
    static const ApiResource &networkAttachmentDefinitions(); // k8s.cni.cncf.io/v1: Multus networks
    static const ApiResource &storageProfiles(); // cdi.kubevirt.io/v1beta1 (cluster-scoped): what a class offers
};

// One question for the authorizer, in RBAC's terms. An empty namespace asks about the cluster
// scope (every namespace, or a cluster-scoped resource).
struct ResourceAttributes
{
    QString verb;        // get, list, watch, create, update, patch, delete
    QString group;       // "" for the core group
    QString resource;    // the plural: "virtualmachines"
    QString subresource; // "stop", "vnc", "eviction"; empty for the resource itself
    QString ns;
    QString name;        // empty: any object

    bool operator==(const ResourceAttributes &o) const = default;
    // "update virtualmachines/stop.subresources.kubevirt.io in prod": for logs and test output.
    QString describe() const;
};
size_t qHash(const ResourceAttributes &a, size_t seed = 0);

// What a REST request asks for, in RBAC's terms: GET on a collection is list (watch with
// ?watch=true), on an object get; POST create, PUT update, PATCH patch, DELETE delete (on a
// collection: deletecollection). Paths that are not API resources give an empty resource.
ResourceAttributes requestAttributes(const QByteArray &httpVerb, const QString &path, bool watch = false);

// KubeVirt's subresource API: /apis/subresources.kubevirt.io/v1/namespaces/{ns}/{plural}/{name}/{verb}.
QString kubevirtSubresourcePath(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb);

} // namespace drover::kube
