#pragma once
// What a KubeVirt cluster offers someone creating a VM, as drover-sim serves it from the start
// (stored unless already there, so a --state-file restart keeps what was changed):
//  - StorageClasses as Rook's rook-ceph-cluster chart makes them (deploy/charts/rook-ceph-cluster
//    templates/cephblockpool.yaml, cephfilesystem.yaml): ceph-block (rook-ceph.rbd.csi.ceph.com,
//    the default class and, annotated storageclass.kubevirt.io/is-default-virt-class, the one
//    CDI prefers for VM disks) and ceph-filesystem (rook-ceph.cephfs.csi.ceph.com); and
//    local-nvme (TopoLVM, topolvm.io, WaitForFirstConsumer);
//  - a CDI StorageProfile per class (cdi.kubevirt.io/v1beta1 storageprofiles, cluster-scoped,
//    named as the class): status.claimPropertySets are the access and volume modes CDI knows
//    for the provisioner (CDI pkg/storagecapabilities/storagecapabilities.go), which is how a
//    client learns that ceph-block does ReadWriteMany Block and local-nvme ReadWriteOnce only;
//  - golden images in kubevirt-os-images (the namespace common-templates' DATA_SOURCE_NAMESPACE
//    defaults to): a bound PVC and a Ready DataSource pointing at it for fedora, ubuntu,
//    centos-stream9, debian, win2k22 and win11, labelled with their default instancetype and
//    preference (CatalogImages.cpp says where each value comes from);
//  - common-instancetypes as virt-operator deploys them (the bundle KubeVirt embeds): the u1,
//    o1, cx1, m1 and n1 VirtualMachineClusterInstancetypes and the fedora, ubuntu, debian,
//    centos.stream9, rhel.9, windows.11 and windows.2k22 VirtualMachineClusterPreferences
//    (CatalogTypes.cpp);
//  - in the scenario's first VM namespace, a namespaced VirtualMachineInstancetype;
//  - in every namespace the scenario's VMs live in, two Multus NetworkAttachmentDefinitions
//    (k8s.cni.cncf.io/v1): vlan-100 and storage-net, Linux bridges with a CNI config;
//  - Secrets, stored and served like any object (an SSH key for cloud-init).
// Not played: DataImportCrons (the golden PVCs are there, nobody polls a registry), and
// StorageProfile conditions or snapshot classes.
#include "ObjectStore.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace drover::sim::catalog {

// cdi.kubevirt.io/v1beta1 StorageProfile (cluster-scoped); kube::ApiResource has no entry yet.
const kube::ApiResource &storageProfiles();
// Registers every kind above with the store (before anything is stored or reloaded).
void registerResources(ObjectStore &store);
// Stores what is missing. vmNamespaces: where the scenario's VMs live.
void populate(ObjectStore &store, const QStringList &vmNamespaces);

// The namespace golden images live in.
QString osImagesNamespace();
// The StorageClass CDI falls back to for a VM disk without storageClassName: the one annotated
// storageclass.kubevirt.io/is-default-virt-class "true", else the default class
// (CDI pkg/controller/common/util.go getFallbackStorageClass). Empty when there is none.
QString defaultVirtStorageClass(const ObjectStore &store);
// status.claimPropertySets of the StorageProfile named as the class (empty if none).
QJsonArray claimPropertySets(const ObjectStore &store, const QString &storageClass);

// The objects themselves (CatalogTypes.cpp, CatalogImages.cpp).
QList<QJsonObject> clusterInstancetypes();
QList<QJsonObject> clusterPreferences();
QList<QJsonObject> storageClasses();
QJsonObject storageProfileFor(const QJsonObject &storageClass);
// The golden images: each DataSource with the PVC it points at, in kubevirt-os-images.
struct GoldenImage
{
    QJsonObject dataSource;
    QJsonObject pvc;
};
QList<GoldenImage> goldenImages();

} // namespace drover::sim::catalog
