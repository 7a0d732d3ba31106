#include "Catalog.h"

#include "VmiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::sim::catalog {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &NS = ApiResource::namespaces();
const ApiResource &SC = ApiResource::storageClasses();

void ensureNamespace(ObjectStore &store, const QString &ns)
{
    if (store.get(NS, {}, ns))
        return;
    const QJsonObject labels{{u"kubernetes.io/metadata.name"_s, ns}};
    (void)store.create(NS, {},
                       QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, ns}, {u"labels"_s, labels}}},
                                   {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                                   {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
}

void ensure(ObjectStore &store, const ApiResource &r, const QString &ns, const QJsonObject &obj)
{
    if (!store.get(r, ns, nameOf(obj)))
        (void)store.create(r, ns, obj);
}

// A Multus network for VMs on a Linux bridge of the hosts (the CNI "bridge" plugin; the
// resourceName annotation is the bridge marker's, as KubeVirt's user guide shows it).
QJsonObject bridgeNetwork(const QString &name, const QString &bridge, int vlan, int mtu)
{
    QJsonObject config{{u"cniVersion"_s, u"0.3.1"_s}, {u"name"_s, name}, {u"type"_s, u"bridge"_s},
                       {u"bridge"_s, bridge}, {u"vlan"_s, vlan}, {u"ipam"_s, QJsonObject()}};
    if (mtu > 0)
        config.insert("mtu"_L1, mtu);
    const QJsonObject annotations{{u"k8s.v1.cni.cncf.io/resourceName"_s, u"bridge.network.kubevirt.io/"_s + bridge}};
    return QJsonObject{
        {u"apiVersion"_s, u"k8s.cni.cncf.io/v1"_s},
        {u"kind"_s, u"NetworkAttachmentDefinition"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"annotations"_s, annotations}}},
        {u"spec"_s, QJsonObject{{u"config"_s, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}}}};
}

// An administrator's own size for a team's databases: the namespaced kind, beside the cluster's.
QJsonObject teamInstancetype()
{
    const QJsonObject annotations{{u"instancetype.kubevirt.io/displayName"_s, u"Database"_s},
                                  {u"instancetype.kubevirt.io/description"_s,
                                   u"Eight vCPUs and 64Gi for this namespace's database servers."_s}};
    return QJsonObject{
        {u"apiVersion"_s, u"instancetype.kubevirt.io/v1beta1"_s},
        {u"kind"_s, u"VirtualMachineInstancetype"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"db.2xlarge"_s},
                                    {u"labels"_s, QJsonObject{{u"instancetype.kubevirt.io/cpu"_s, u"8"_s},
                                                              {u"instancetype.kubevirt.io/memory"_s, u"64Gi"_s}}},
                                    {u"annotations"_s, annotations}}},
        {u"spec"_s, QJsonObject{{u"cpu"_s, QJsonObject{{u"guest"_s, 8}}},
                                {u"memory"_s, QJsonObject{{u"guest"_s, u"64Gi"_s}}}}}};
}

} // namespace

const ApiResource &storageProfiles()
{
    static const ApiResource r{u"cdi.kubevirt.io"_s, u"v1beta1"_s, u"storageprofiles"_s, u"StorageProfile"_s, false};
    return r;
}

void registerResources(ObjectStore &store)
{
    for (const ApiResource *r : {&ApiResource::secrets(), &SC, &storageProfiles(), &ApiResource::dataSources(),
                                 &ApiResource::clusterInstancetypes(), &ApiResource::instancetypes(),
                                 &ApiResource::clusterPreferences(), &ApiResource::preferences(),
                                 &ApiResource::networkAttachmentDefinitions(), &ApiResource::persistentVolumeClaims()})
        if (!store.find(r->group, r->version, r->plural))
            store.registerResource(*r);
}

void populate(ObjectStore &store, const QStringList &vmNamespaces)
{
    for (const QJsonObject &sc : storageClasses()) {
        ensure(store, SC, {}, sc);
        ensure(store, storageProfiles(), {}, storageProfileFor(sc));
    }
    ensureNamespace(store, osImagesNamespace());
    for (const GoldenImage &g : goldenImages()) {
        ensure(store, ApiResource::persistentVolumeClaims(), osImagesNamespace(), g.pvc);
        ensure(store, ApiResource::dataSources(), osImagesNamespace(), g.dataSource);
    }
    for (const QJsonObject &it : clusterInstancetypes())
        ensure(store, ApiResource::clusterInstancetypes(), {}, it);
    for (const QJsonObject &pref : clusterPreferences())
        ensure(store, ApiResource::clusterPreferences(), {}, pref);
    for (const QString &ns : vmNamespaces) {
        ensureNamespace(store, ns);
        ensure(store, ApiResource::networkAttachmentDefinitions(), ns, bridgeNetwork(u"vlan-100"_s, u"br1"_s, 100, 0));
        ensure(store, ApiResource::networkAttachmentDefinitions(), ns,
               bridgeNetwork(u"storage-net"_s, u"br-storage"_s, 200, 9000));
    }
    if (!vmNamespaces.isEmpty())
        ensure(store, ApiResource::instancetypes(), vmNamespaces.first(), teamInstancetype());
}

QString defaultVirtStorageClass(const ObjectStore &store)
{
    QString fallback;
    for (const QJsonObject &sc : store.list(SC)) {
        const QJsonObject annotations = objectAt(objectAt(sc, "metadata"_L1), "annotations"_L1);
        if (stringAt(annotations, "storageclass.kubevirt.io/is-default-virt-class"_L1) == "true"_L1)
            return nameOf(sc);
        if (fallback.isEmpty() && stringAt(annotations, "storageclass.kubernetes.io/is-default-class"_L1) == "true"_L1)
            fallback = nameOf(sc);
    }
    return fallback;
}

QJsonArray claimPropertySets(const ObjectStore &store, const QString &storageClass)
{
    const auto profile = store.get(storageProfiles(), {}, storageClass);
    return profile ? objectAt(*profile, "status"_L1).value("claimPropertySets"_L1).toArray() : QJsonArray();
}

} // namespace drover::sim::catalog
