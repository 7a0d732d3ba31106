// The storage side of the catalog (Catalog.h): StorageClasses, CDI's StorageProfiles for them,
// and the golden images in kubevirt-os-images.
#include "Catalog.h"

#include "ObjectStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace drover::sim::catalog {

using namespace Qt::StringLiterals;

namespace {

QJsonObject cephSecrets(const QString &driver)
{
    // Rook's chart: the CSI secrets rook-csi-<driver>-provisioner / -node in rook-ceph.
    const QString provisioner = u"rook-csi-"_s + driver + u"-provisioner"_s;
    return QJsonObject{{u"csi.storage.k8s.io/provisioner-secret-name"_s, provisioner},
                       {u"csi.storage.k8s.io/provisioner-secret-namespace"_s, u"rook-ceph"_s},
                       {u"csi.storage.k8s.io/controller-expand-secret-name"_s, provisioner},
                       {u"csi.storage.k8s.io/controller-expand-secret-namespace"_s, u"rook-ceph"_s},
                       {u"csi.storage.k8s.io/node-stage-secret-name"_s, u"rook-csi-"_s + driver + u"-node"_s},
                       {u"csi.storage.k8s.io/node-stage-secret-namespace"_s, u"rook-ceph"_s},
                       {u"csi.storage.k8s.io/fstype"_s, u"ext4"_s}};
}

QJsonObject storageClass(const QString &name, const QJsonObject &annotations, const QString &provisioner,
                         const QJsonObject &parameters, const QString &bindingMode)
{
    return QJsonObject{{u"apiVersion"_s, u"storage.k8s.io/v1"_s},
                       {u"kind"_s, u"StorageClass"_s},
                       {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"annotations"_s, annotations}}},
                       {u"provisioner"_s, provisioner},
                       {u"parameters"_s, parameters},
                       {u"reclaimPolicy"_s, u"Delete"_s},
                       {u"allowVolumeExpansion"_s, true},
                       {u"volumeBindingMode"_s, bindingMode}};
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

QJsonArray propertySets(std::initializer_list<std::pair<const char *, const char *>> sets)
{
    QJsonArray out;
    for (const auto &[mode, volumeMode] : sets)
        out.append(QJsonObject{{u"accessModes"_s, QJsonArray{QLatin1StringView(mode)}},
                               {u"volumeMode"_s, QLatin1StringView(volumeMode)}});
    return out;
}

struct Image
{
    const char *name;         // the DataSource and its PVC
    const char *source;       // the PVC's cdi.kubevirt.io/storage.import.source
    const char *endpoint;     // ... and storage.import.endpoint (none for an upload)
    const char *size;
    const char *instancetype; // instancetype.kubevirt.io/default-instancetype
    const char *preference;   // instancetype.kubevirt.io/default-preference
};

// Linux: the containerdisks the DataImportCrons import (HCO assets/dataImportCronTemplates:
// fedora 5Gi, centos-stream9 10Gi); their images carry INSTANCETYPE_KUBEVIRT_IO_DEFAULT_* env
// variables (kubevirt/containerdisks cmd/medius/common/registry.go: u1.medium and fedora,
// centos.stream9, ubuntu, debian), which CDI's importer turns into the PVC's labels (CDI
// pkg/importer/util.go envsToLabels) and its DataSource controller copies onto the DataSource
// (pkg/controller/datasource-controller.go handlePvcSource). ubuntu and debian have no cron in
// HCO; their 10Gi is the simulator's. Windows: no public image and no cron; an administrator
// uploads one (common-templates' DATA_SOURCE_NAME win2k22, win11) and labels it. Their size and
// default instancetype (u1.large) are the simulator's choice, the preferences the bundle's names.
const Image kImages[] = {
    {"fedora", "registry", "docker://quay.io/containerdisks/fedora:latest", "5Gi", "u1.medium", "fedora"},
    {"centos-stream9", "registry", "docker://quay.io/containerdisks/centos-stream:9", "10Gi", "u1.medium",
     "centos.stream9"},
    {"ubuntu", "registry", "docker://quay.io/containerdisks/ubuntu:24.04", "10Gi", "u1.medium", "ubuntu"},
    {"debian", "registry", "docker://quay.io/containerdisks/debian:13", "10Gi", "u1.medium", "debian"},
    {"win2k22", "upload", nullptr, "60Gi", "u1.large", "windows.2k22"},
    {"win11", "upload", nullptr, "60Gi", "u1.large", "windows.11"},
};

QJsonObject goldenPvc(const Image &i, const QJsonObject &defaults)
{
    QJsonObject annotations{{u"cdi.kubevirt.io/storage.import.source"_s, QLatin1StringView(i.source)},
                            {u"cdi.kubevirt.io/storage.pod.phase"_s, u"Succeeded"_s}};
    if (i.endpoint)
        annotations.insert("cdi.kubevirt.io/storage.import.endpoint"_L1, QLatin1StringView(i.endpoint));
    const QJsonObject labels = merged(defaults, QJsonObject{{u"app"_s, u"containerized-data-importer"_s},
                                                            {u"app.kubernetes.io/component"_s, u"storage"_s},
                                                            {u"app.kubernetes.io/managed-by"_s, u"cdi-controller"_s}});
    const QJsonArray modes{u"ReadWriteMany"_s};
    const QJsonObject requests{{u"storage"_s, QLatin1StringView(i.size)}};
    return QJsonObject{
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(i.name)}, {u"namespace"_s, osImagesNamespace()},
                                    {u"labels"_s, labels}, {u"annotations"_s, annotations}}},
        {u"spec"_s, QJsonObject{{u"accessModes"_s, modes},
                                {u"volumeMode"_s, u"Block"_s},
                                {u"storageClassName"_s, u"ceph-block"_s},
                                {u"resources"_s, QJsonObject{{u"requests"_s, requests}}}}},
        {u"status"_s, QJsonObject{{u"phase"_s, u"Bound"_s},
                                  {u"accessModes"_s, modes},
                                  {u"capacity"_s, QJsonObject{{u"storage"_s, QLatin1StringView(i.size)}}}}}};
}

QJsonObject goldenDataSource(const Image &i, const QJsonObject &defaults)
{
    const QJsonObject pvc{{u"name"_s, QLatin1StringView(i.name)}, {u"namespace"_s, osImagesNamespace()}};
    const QJsonObject source{{u"pvc"_s, pvc}};
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    // datasource-controller.go: Ready with reason "Ready" once the PVC is there (and its
    // DataVolume, if any, Succeeded); status.source is the resolved spec.source.
    const QJsonObject ready{{u"type"_s, u"Ready"_s}, {u"status"_s, u"True"_s}, {u"reason"_s, u"Ready"_s},
                            {u"message"_s, u"DataSource is ready to be consumed"_s},
                            {u"lastHeartbeatTime"_s, now}, {u"lastTransitionTime"_s, now}};
    return QJsonObject{
        {u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s},
        {u"kind"_s, u"DataSource"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(i.name)}, {u"namespace"_s, osImagesNamespace()},
                                    {u"labels"_s, defaults}}},
        {u"spec"_s, QJsonObject{{u"source"_s, source}}},
        {u"status"_s, QJsonObject{{u"source"_s, source}, {u"conditions"_s, QJsonArray{ready}}}}};
}

} // namespace

QString osImagesNamespace()
{
    return u"kubevirt-os-images"_s;
}

QList<QJsonObject> storageClasses()
{
    // deploy/charts/rook-ceph-cluster: cephBlockPools[0] (ceph-blockpool, class ceph-block, the
    // default) and cephFileSystems[0] (ceph-filesystem, data pool data0), as its templates render
    // them (helm's hook annotations left out). KubeVirt's default-virt-class annotation is the
    // administrator's (CDI pkg/controller/common/util.go AnnDefaultVirtStorageClass).
    const QJsonObject block = merged(QJsonObject{{u"pool"_s, u"ceph-blockpool"_s}, {u"clusterID"_s, u"rook-ceph"_s},
                                                 {u"imageFormat"_s, u"2"_s}, {u"imageFeatures"_s, u"layering"_s}},
                                     cephSecrets(u"rbd"_s));
    const QJsonObject fs = merged(QJsonObject{{u"fsName"_s, u"ceph-filesystem"_s},
                                              {u"pool"_s, u"ceph-filesystem-data0"_s}, {u"clusterID"_s, u"rook-ceph"_s}},
                                  cephSecrets(u"cephfs"_s));
    // TopoLVM on the hosts' NVMe drives: its provisioner binds where the pod lands.
    const QJsonObject lvm{{u"csi.storage.k8s.io/fstype"_s, u"xfs"_s}, {u"topolvm.io/device-class"_s, u"nvme"_s}};
    return {storageClass(u"ceph-block"_s,
                         QJsonObject{{u"storageclass.kubernetes.io/is-default-class"_s, u"true"_s},
                                     {u"storageclass.kubevirt.io/is-default-virt-class"_s, u"true"_s}},
                         u"rook-ceph.rbd.csi.ceph.com"_s, block, u"Immediate"_s),
            storageClass(u"ceph-filesystem"_s, QJsonObject{{u"storageclass.kubernetes.io/is-default-class"_s, u"false"_s}},
                         u"rook-ceph.cephfs.csi.ceph.com"_s, fs, u"Immediate"_s),
            storageClass(u"local-nvme"_s, QJsonObject(), u"topolvm.io"_s, lvm, u"WaitForFirstConsumer"_s)};
}

QJsonObject storageProfileFor(const QJsonObject &sc)
{
    // CDI pkg/controller/storageprofile-controller.go reconcileStorageProfile; the capabilities
    // and clone strategies of pkg/storagecapabilities/storagecapabilities.go. No
    // VolumeSnapshotClass in the simulator: DataImportCron sources fall back to "pvc".
    const QString provisioner = sc.value("provisioner"_L1).toString();
    QJsonArray sets;
    QString clone = u"copy"_s; // CloneStrategyHostAssisted
    if (provisioner.endsWith(".rbd.csi.ceph.com"_L1)) {
        sets = propertySets({{"ReadWriteMany", "Block"}, {"ReadWriteOnce", "Block"}, {"ReadWriteOnce", "Filesystem"}});
        clone = u"csi-clone"_s;
    } else if (provisioner.endsWith(".cephfs.csi.ceph.com"_L1)) {
        sets = propertySets({{"ReadWriteMany", "Filesystem"}, {"ReadWriteOnce", "Filesystem"}});
        clone = u"csi-clone"_s;
    } else if (provisioner == "topolvm.io"_L1) {
        sets = propertySets({{"ReadWriteOnce", "Block"}, {"ReadWriteOnce", "Filesystem"}});
    }
    const QString name = sc.value("metadata"_L1).toObject().value("name"_L1).toString();
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    const QJsonObject recognized{{u"type"_s, u"Recognized"_s}, {u"status"_s, u"True"_s},
                                 {u"reason"_s, u"RecognizedProvisioner"_s}, {u"message"_s, u"Provisioner is recognized"_s},
                                 {u"lastHeartbeatTime"_s, now}, {u"lastTransitionTime"_s, now}};
    return QJsonObject{
        {u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s},
        {u"kind"_s, u"StorageProfile"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                    {u"labels"_s, QJsonObject{{u"app.kubernetes.io/component"_s, u"storage"_s},
                                                              {u"app.kubernetes.io/managed-by"_s, u"cdi-controller"_s}}}}},
        {u"spec"_s, QJsonObject()},
        {u"status"_s, QJsonObject{{u"storageClass"_s, name},
                                  {u"provisioner"_s, provisioner},
                                  {u"claimPropertySets"_s, sets},
                                  {u"cloneStrategy"_s, clone},
                                  {u"dataImportCronSourceFormat"_s, u"pvc"_s},
                                  {u"conditions"_s, QJsonArray{recognized}}}}};
}

QList<GoldenImage> goldenImages()
{
    QList<GoldenImage> out;
    for (const Image &i : kImages) {
        const QJsonObject defaults{{u"instancetype.kubevirt.io/default-instancetype"_s, QLatin1StringView(i.instancetype)},
                                   {u"instancetype.kubevirt.io/default-preference"_s, QLatin1StringView(i.preference)}};
        out.append(GoldenImage{goldenDataSource(i, defaults), goldenPvc(i, defaults)});
    }
    return out;
}

} // namespace drover::sim::catalog
