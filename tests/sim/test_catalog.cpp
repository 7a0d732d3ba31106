// What drover-sim offers someone creating a VM (Catalog.h), and CDI and virt-controller around a
// new VM's disks (Cdi.h), in-process on a real ObjectStore with the real controllers:
// common-instancetypes' sizes and preferences, storage classes with their StorageProfiles, golden
// images with Ready DataSources, Multus networks; a DataVolume from a DataSource clones its PVC;
// an import from a URL that answers 404 (or a host that does not resolve) fails as CDI's importer
// does; a RerunOnFailure VM is Provisioning until its disk is cloned, then runs; a failed import
// makes it DataVolumeError; a missing DataSource leaves it Stopped with virt-controller's
// Failure, and CDI's webhook refuses such a DataVolume.
#include "Catalog.h"
#include "Cdi.h"
#include "Controllers.h"
#include "GarbageCollector.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();
const ApiResource &DV = ApiResource::dataVolumes();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();
const ApiResource &DS = ApiResource::dataSources();
const QString kImages = u"kubevirt-os-images"_s;

QJsonObject conditionIn(const QJsonObject &obj, const QString &type)
{
    return conditionOf(obj, type).value_or(QJsonObject());
}

QJsonObject sourceRef(const QString &name)
{
    return QJsonObject{{u"kind"_s, u"DataSource"_s}, {u"name"_s, name}, {u"namespace"_s, kImages}};
}

QJsonObject dataVolume(const QString &name, const QJsonObject &spec)
{
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}, {u"spec"_s, spec}};
}

// The VM the console's New VM dialog posts (vm-lifecycle-facts.md §1c), its disk from dvSpec.
QJsonObject newVm(const QString &name, const QJsonObject &dvSpec)
{
    const QJsonArray disks{QJsonObject{{u"name"_s, u"rootdisk"_s}}};
    const QJsonObject tmplSpec{
        {u"domain"_s, QJsonObject{{u"devices"_s, QJsonObject{{u"disks"_s, disks}}}}},
        {u"volumes"_s, QJsonArray{QJsonObject{{u"name"_s, u"rootdisk"_s},
                                              {u"dataVolume"_s, QJsonObject{{u"name"_s, name + u"-volume"_s}}}}}}};
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"name"_s, name}}},
        {u"spec"_s, QJsonObject{{u"runStrategy"_s, u"RerunOnFailure"_s},
                                {u"instancetype"_s, QJsonObject{{u"name"_s, u"u1.medium"_s}}},
                                {u"preference"_s, QJsonObject{{u"name"_s, u"fedora"_s}}},
                                {u"dataVolumeTemplates"_s, QJsonArray{dataVolume(name + u"-volume"_s, dvSpec)}},
                                {u"template"_s, QJsonObject{{u"spec"_s, tmplSpec}}}}}};
}

QJsonObject storage(const QString &size = {})
{
    return size.isEmpty() ? QJsonObject()
                          : QJsonObject{{u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, size}}}}}};
}

QJsonObject httpSource(const QString &url)
{
    return QJsonObject{{u"source"_s, QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, url}}}}}, {u"storage"_s, storage(u"20Gi"_s)}};
}

struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    Cdi cdi{&store};
    GarbageCollector gc{&store};
    QHash<QString, QStringList> dvPhases;  // DataVolume name -> every phase it was stored with
    QHash<QString, QStringList> vmStatuses; // VM name -> every printableStatus it was stored with
    QStringList vmisMadeBeforeDisk;         // VMIs created while their VM's disk was not Succeeded

    Cluster()
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &ApiResource::pods(), &VM, &VMI,
                                     &ApiResource::events()})
            store.registerResource(*r);
        Cdi::registerResources(store);
        catalog::registerResources(store);
        controllers.setTimeScale(0);
        cdi.setTimeScale(0.01); // a 10 ms tick
        QObject::connect(&store, &ObjectStore::changed, &store,
                         [this](const ApiResource &r, const QString &type, const QJsonObject &o) {
            if (r == DV)
                dvPhases[nameOf(o)] << stringAt(objectAt(o, "status"_L1), "phase"_L1);
            if (r == VM)
                vmStatuses[nameOf(o)] << stringAt(objectAt(o, "status"_L1), "printableStatus"_L1);
            if (r == VMI && type == "ADDED"_L1 && nameOf(o).startsWith("vm"_L1)) { // the tests' VMs
                const auto dv = store.get(DV, namespaceOf(o), nameOf(o) + u"-volume"_s);
                if (!dv || stringAt(objectAt(*dv, "status"_L1), "phase"_L1) != "Succeeded"_L1)
                    vmisMadeBeforeDisk << nameOf(o);
            }
        });
        Scenario s;
        HostSpec h;
        h.name = u"h1"_s;
        s.hosts << h;
        VmSpec v;
        v.name = u"web"_s;
        v.ns = u"prod"_s;
        s.vms << v;
        populate(store, s, true);
        catalog::populate(store, {u"prod"_s});
        cdi.populate();
    }
    QJsonObject get(const ApiResource &r, const QString &ns, const QString &name) const
    {
        return store.get(r, ns, name).value_or(QJsonObject());
    }
};

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instancetypesAndPreferencesAreCommonInstancetypes()
    {
        Cluster c;
        QCOMPARE(c.store.count(ApiResource::clusterInstancetypes()), 10 + 9 + 12 + 10 + 6); // u1 o1 cx1 m1 n1
        const QJsonObject u1 = c.get(ApiResource::clusterInstancetypes(), {}, u"u1.medium"_s);
        QCOMPARE(objectAt(objectAt(u1, "spec"_L1), "cpu"_L1).value("guest"_L1).toInt(), 1);
        QCOMPARE(stringAt(objectAt(objectAt(u1, "spec"_L1), "memory"_L1), "guest"_L1), u"4Gi"_s);
        QCOMPARE(labelOf(u1, u"instancetype.kubevirt.io/class"_s), u"general.purpose"_s);
        QCOMPARE(labelOf(u1, u"instancetype.kubevirt.io/cpu"_s), u"1"_s);
        QCOMPARE(labelOf(u1, u"instancetype.kubevirt.io/memory"_s), u"4Gi"_s);
        QCOMPARE(labelOf(u1, u"instancetype.kubevirt.io/vendor"_s), u"kubevirt.io"_s);
        QCOMPARE(stringAt(objectAt(objectAt(u1, "metadata"_L1), "annotations"_L1), "instancetype.kubevirt.io/displayName"_L1),
                 u"General Purpose"_s);
        const QJsonObject cx = objectAt(c.get(ApiResource::clusterInstancetypes(), {}, u"cx1.large1gi"_s), "spec"_L1);
        QCOMPARE(objectAt(cx, "cpu"_L1).value("maxSockets"_L1).toInt(), 2);
        QVERIFY(objectAt(cx, "cpu"_L1).value("dedicatedCPUPlacement"_L1).toBool());
        QCOMPARE(stringAt(objectAt(objectAt(cx, "memory"_L1), "hugepages"_L1), "pageSize"_L1), u"1Gi"_s);
        QCOMPARE(stringAt(cx, "ioThreadsPolicy"_L1), u"auto"_s);
        QCOMPARE(objectAt(objectAt(c.get(ApiResource::clusterInstancetypes(), {}, u"o1.nano"_s), "spec"_L1), "memory"_L1)
                     .value("overcommitPercent"_L1).toInt(), 50);
        QCOMPARE(objectAt(objectAt(c.get(ApiResource::clusterInstancetypes(), {}, u"n1.medium"_s), "spec"_L1), "cpu"_L1)
                     .value("guest"_L1).toInt(), 4);
        QCOMPARE(objectAt(objectAt(c.get(ApiResource::clusterInstancetypes(), {}, u"m1.8xlarge"_s), "spec"_L1), "memory"_L1)
                     .value("guest"_L1).toString(), u"256Gi"_s);
        QVERIFY(!c.store.get(ApiResource::clusterInstancetypes(), {}, u"u1.3xlarge"_s));

        QCOMPARE(c.store.count(ApiResource::clusterPreferences()), 7);
        const QJsonObject req = objectAt(objectAt(c.get(ApiResource::clusterPreferences(), {}, u"windows.11"_s), "spec"_L1),
                                         "requirements"_L1);
        QCOMPARE(objectAt(req, "cpu"_L1).value("guest"_L1).toInt(), 2);
        QCOMPARE(stringAt(objectAt(req, "memory"_L1), "guest"_L1), u"4Gi"_s);
        const QJsonObject win22 = c.get(ApiResource::clusterPreferences(), {}, u"windows.2k22"_s);
        QCOMPARE(stringAt(objectAt(objectAt(win22, "spec"_L1), "devices"_L1), "preferredDiskBus"_L1), u"sata"_s);
        QCOMPARE(stringAt(objectAt(objectAt(win22, "metadata"_L1), "annotations"_L1), "openshift.io/display-name"_L1),
                 u"Microsoft Windows Server 2022"_s);
        for (const char *name : {"fedora", "ubuntu", "debian", "centos.stream9", "rhel.9"})
            QVERIFY2(c.store.get(ApiResource::clusterPreferences(), {}, QLatin1StringView(name)), name);
        const QJsonObject own = c.get(ApiResource::instancetypes(), u"prod"_s, u"db.2xlarge"_s);
        QCOMPARE(stringAt(own, "kind"_L1), u"VirtualMachineInstancetype"_s);
    }

    void storageNetworksAndImages()
    {
        Cluster c;
        QCOMPARE(catalog::defaultVirtStorageClass(c.store), u"ceph-block"_s);
        const QJsonObject nvme = c.get(ApiResource::storageClasses(), {}, u"local-nvme"_s);
        QCOMPARE(stringAt(nvme, "volumeBindingMode"_L1), u"WaitForFirstConsumer"_s);
        const QJsonArray rbd = catalog::claimPropertySets(c.store, u"ceph-block"_s);
        QCOMPARE(rbd.first().toObject().value("accessModes"_L1).toArray().first().toString(), u"ReadWriteMany"_s);
        QCOMPARE(rbd.first().toObject().value("volumeMode"_L1).toString(), u"Block"_s);
        for (const QJsonValue &set : catalog::claimPropertySets(c.store, u"local-nvme"_s))
            QCOMPARE(set.toObject().value("accessModes"_L1).toArray(), QJsonArray{u"ReadWriteOnce"_s});
        const QJsonArray fs = catalog::claimPropertySets(c.store, u"ceph-filesystem"_s);
        QCOMPARE(fs.first().toObject().value("volumeMode"_L1).toString(), u"Filesystem"_s);
        QCOMPARE(fs.first().toObject().value("accessModes"_L1).toArray().first().toString(), u"ReadWriteMany"_s);

        WatchFilter images;
        images.ns = kImages;
        QCOMPARE(c.store.list(DS, images).size(), 6);
        const QJsonObject fedora = c.get(DS, kImages, u"fedora"_s);
        QCOMPARE(labelOf(fedora, u"instancetype.kubevirt.io/default-instancetype"_s), u"u1.medium"_s);
        QCOMPARE(labelOf(fedora, u"instancetype.kubevirt.io/default-preference"_s), u"fedora"_s);
        QCOMPARE(stringAt(conditionIn(fedora, u"Ready"_s), "message"_L1), u"DataSource is ready to be consumed"_s);
        const QJsonObject pvcRef = objectAt(objectAt(objectAt(fedora, "spec"_L1), "source"_L1), "pvc"_L1);
        QCOMPARE(stringAt(objectAt(c.get(PVC, stringAt(pvcRef, "namespace"_L1), stringAt(pvcRef, "name"_L1)), "status"_L1),
                          "phase"_L1), u"Bound"_s);
        QCOMPARE(labelOf(c.get(DS, kImages, u"win2k22"_s), u"instancetype.kubevirt.io/default-preference"_s), u"windows.2k22"_s);

        const QJsonObject vlan = c.get(ApiResource::networkAttachmentDefinitions(), u"prod"_s, u"vlan-100"_s);
        QCOMPARE(stringAt(objectAt(vlan, "spec"_L1), "config"_L1),
                 uR"({"bridge":"br1","cniVersion":"0.3.1","ipam":{},"name":"vlan-100","type":"bridge","vlan":100})"_s);
        QVERIFY(c.store.get(ApiResource::networkAttachmentDefinitions(), u"prod"_s, u"storage-net"_s));
        QVERIFY(c.store.find(QString(), u"v1"_s, u"secrets"_s));
        QVERIFY(c.store.create(ApiResource::secrets(), u"prod"_s,
                               QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"vm1-ssh-key"_s}}},
                                           {u"stringData"_s, QJsonObject{{u"key"_s, u"ssh-ed25519 AAAA"_s}}}}).ok());
    }

    void populateKeepsWhatIsThere()
    {
        // A --state-file restart: what was changed stays changed, nothing is made twice.
        Cluster c;
        QVERIFY(c.store.mutate(ApiResource::clusterPreferences(), {}, u"fedora"_s, [](QJsonObject &o) {
            QJsonObject meta = objectAt(o, "metadata"_L1);
            meta.insert("labels"_L1, QJsonObject{{u"mine"_s, u"yes"_s}});
            o.insert("metadata"_L1, meta);
        }).ok());
        const int before = c.store.count(ApiResource::clusterInstancetypes());
        catalog::populate(c.store, {u"prod"_s});
        QCOMPARE(c.store.count(ApiResource::clusterInstancetypes()), before);
        QCOMPARE(labelOf(c.get(ApiResource::clusterPreferences(), {}, u"fedora"_s), u"mine"_s), u"yes"_s);
    }

    void dataVolumeFromDataSourceClonesItsPvc()
    {
        Cluster c;
        const QJsonObject spec{{u"sourceRef"_s, sourceRef(u"fedora"_s)}, {u"storage"_s, storage()}};
        QVERIFY(!cdi::admitDataVolume(c.store, QJsonObject{{u"metadata"_s, QJsonObject{{u"namespace"_s, u"prod"_s}}},
                                                           {u"spec"_s, spec}}));
        QVERIFY(c.store.create(DV, u"prod"_s, dataVolume(u"root"_s, spec)).ok());
        QTRY_VERIFY(c.dvPhases[u"root"_s].contains(u"Succeeded"_s));
        const QStringList phases = c.dvPhases[u"root"_s];
        QCOMPARE(phases.mid(0, 2), (QStringList{QString(), u"CloneScheduled"_s})); // as posted, then CDI's
        QVERIFY2(phases.contains(u"CloneInProgress"_s), qPrintable(phases.join(u' ')));
        const QJsonObject dv = c.get(DV, u"prod"_s, u"root"_s);
        QVERIFY(objectAt(dv, "spec"_L1).contains("sourceRef"_L1)); // CDI keeps it
        QCOMPARE(labelOf(dv, u"instancetype.kubevirt.io/default-preference"_s), u"fedora"_s);
        QCOMPARE(stringAt(conditionIn(dv, u"Bound"_s), "message"_L1), u"PVC root Bound"_s);
        const QJsonObject pvc = c.get(PVC, u"prod"_s, u"root"_s);
        QCOMPARE(stringAt(objectAt(pvc, "status"_L1), "phase"_L1), u"Bound"_s);
        const QJsonObject claim = objectAt(pvc, "spec"_L1);
        QCOMPARE(stringAt(claim, "storageClassName"_L1), u"ceph-block"_s);    // the default virt class
        QCOMPARE(claim.value("accessModes"_L1).toArray(), QJsonArray{u"ReadWriteMany"_s}); // its profile's first set
        QCOMPARE(stringAt(claim, "volumeMode"_L1), u"Block"_s);
        QCOMPARE(stringAt(objectAt(objectAt(claim, "resources"_L1), "requests"_L1), "storage"_L1), u"5Gi"_s); // the source's
    }

    void failingImportShowsTheImportersMessage()
    {
        Cluster c;
        QVERIFY(c.store.create(DV, u"prod"_s, dataVolume(u"bad"_s, httpSource(u"https://images.example.com/f42/404"_s))).ok());
        QVERIFY(c.store.create(DV, u"prod"_s, dataVolume(u"nohost"_s, httpSource(u"http://mirror.invalid/f42.qcow2"_s))).ok());
        QTRY_VERIFY(objectAt(c.get(DV, u"prod"_s, u"bad"_s), "status"_L1).value("restartCount"_L1).toInt() >= 3);
        const QJsonObject bad = c.get(DV, u"prod"_s, u"bad"_s);
        QCOMPARE(stringAt(objectAt(bad, "status"_L1), "phase"_L1), u"ImportInProgress"_s);
        const QJsonObject running = conditionIn(bad, u"Running"_s);
        QCOMPARE(stringAt(running, "status"_L1), u"False"_s);
        QCOMPARE(stringAt(running, "reason"_L1), u"Error"_s);
        QCOMPARE(stringAt(running, "message"_L1),
                 u"Unable to connect to http data source: expected status code 200, got 404. Status: 404 Not Found"_s);
        QCOMPARE(stringAt(conditionIn(bad, u"Ready"_s), "status"_L1), u"False"_s);
        QCOMPARE(stringAt(conditionIn(c.get(DV, u"prod"_s, u"nohost"_s), u"Running"_s), "message"_L1),
                 u"Unable to connect to http data source: HTTP request errored: Get \"http://mirror.invalid/f42.qcow2\": "
                 "dial tcp: lookup mirror.invalid on 10.96.0.10:53: no such host"_s);
        QVERIFY(!c.dvPhases[u"bad"_s].contains(u"Succeeded"_s));
    }

    void newVmIsProvisioningThenRuns()
    {
        Cluster c;
        QVERIFY(c.store.create(VM, u"prod"_s, newVm(u"vm1"_s, QJsonObject{{u"sourceRef"_s, sourceRef(u"fedora"_s)},
                                                                        {u"storage"_s, storage(u"30Gi"_s)}})).ok());
        QTRY_COMPARE(stringAt(objectAt(c.get(VM, u"prod"_s, u"vm1"_s), "status"_L1), "printableStatus"_L1), u"Running"_s);
        const QStringList statuses = c.vmStatuses[u"vm1"_s];
        QVERIFY2(statuses.contains(u"Provisioning"_s), qPrintable(statuses.join(u' ')));
        QVERIFY(statuses.indexOf(u"Provisioning"_s) < statuses.indexOf(u"Running"_s));
        QVERIFY2(c.vmisMadeBeforeDisk.isEmpty(), qPrintable(c.vmisMadeBeforeDisk.join(u' ')));
        // virt-controller posted the DataVolume with the DataSource resolved.
        const QJsonObject dvSpec = objectAt(c.get(DV, u"prod"_s, u"vm1-volume"_s), "spec"_L1);
        QVERIFY(!dvSpec.contains("sourceRef"_L1));
        QCOMPARE(stringAt(objectAt(objectAt(dvSpec, "source"_L1), "pvc"_L1), "namespace"_L1), kImages);
        const QJsonObject vm = c.get(VM, u"prod"_s, u"vm1"_s);
        QCOMPARE(stringAt(conditionIn(vm, u"DataVolumesReady"_s), "reason"_L1), u"AllDVsReady"_s);
        QCOMPARE(stringAt(objectAt(vm, "status"_L1), "runStrategy"_L1), u"RerunOnFailure"_s);
    }

    void failedImportMakesTheVmDataVolumeError()
    {
        Cluster c;
        QVERIFY(c.store.create(VM, u"prod"_s, newVm(u"vm2"_s, httpSource(u"https://images.example.com/404"_s))).ok());
        QTRY_COMPARE(stringAt(objectAt(c.get(VM, u"prod"_s, u"vm2"_s), "status"_L1), "printableStatus"_L1), u"DataVolumeError"_s);
        QVERIFY(c.vmStatuses[u"vm2"_s].contains(u"Provisioning"_s)); // while the importer still ran
        QTest::qWait(100);
        QVERIFY(!c.store.get(VMI, u"prod"_s, u"vm2"_s));
        QVERIFY(!objectAt(c.get(VM, u"prod"_s, u"vm2"_s), "status"_L1).contains("runStrategy"_L1)); // never created
    }

    void missingDataSourceIsVirtControllersFailure()
    {
        Cluster c;
        QVERIFY(c.store.create(VM, u"prod"_s, newVm(u"vm3"_s, QJsonObject{{u"sourceRef"_s, sourceRef(u"rocky9"_s)},
                                                                        {u"storage"_s, storage(u"30Gi"_s)}})).ok());
        QTRY_VERIFY(!conditionIn(c.get(VM, u"prod"_s, u"vm3"_s), u"Failure"_s).isEmpty());
        const QJsonObject vm = c.get(VM, u"prod"_s, u"vm3"_s);
        const QJsonObject failure = conditionIn(vm, u"Failure"_s);
        QCOMPARE(stringAt(failure, "status"_L1), u"True"_s);
        QCOMPARE(stringAt(failure, "reason"_L1), u"FailedCreate"_s);
        QCOMPARE(stringAt(failure, "message"_L1),
                 u"Error encountered while creating DataVolumes: unable to create DataVolume manifest: "
                 "datasources.cdi.kubevirt.io \"rocky9\" not found"_s);
        QCOMPARE(stringAt(objectAt(vm, "status"_L1), "printableStatus"_L1), u"Stopped"_s);
        QVERIFY(!c.store.get(DV, u"prod"_s, u"vm3-volume"_s));

        // CDI's webhook refuses the same reference on a DataVolume of its own.
        const auto denied = cdi::admitDataVolume(
            c.store, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"d"_s}, {u"namespace"_s, u"prod"_s}}},
                                 {u"spec"_s, QJsonObject{{u"sourceRef"_s, sourceRef(u"rocky9"_s)}}}});
        QVERIFY(denied);
        QCOMPARE(denied->code, 400);
        QCOMPARE(denied->body.value("message"_L1).toString(),
                 u"admission webhook \"datavolume-mutate.cdi.kubevirt.io\" denied the request: "
                 "datasources.cdi.kubevirt.io \"rocky9\" not found"_s);

        // The administrator adds it (pointing at the fedora image): CDI makes it Ready, the VM runs.
        QVERIFY(c.store.create(DS, kImages, QJsonObject{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"rocky9"_s}}},
            {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"pvc"_s, QJsonObject{{u"name"_s, u"fedora"_s},
                                                                                      {u"namespace"_s, kImages}}}}}}}}).ok());
        QTRY_COMPARE(stringAt(conditionIn(c.get(DS, kImages, u"rocky9"_s), u"Ready"_s), "status"_L1), u"True"_s);
        QTRY_COMPARE(stringAt(objectAt(c.get(VM, u"prod"_s, u"vm3"_s), "status"_L1), "printableStatus"_L1), u"Running"_s);
        QVERIFY(conditionIn(c.get(VM, u"prod"_s, u"vm3"_s), u"Failure"_s).isEmpty());
    }

    void dataSourceWithoutItsPvcIsNotReady()
    {
        Cluster c;
        QVERIFY(c.store.create(DS, kImages, QJsonObject{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"gone"_s}}},
            {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"pvc"_s, QJsonObject{{u"name"_s, u"nope"_s}}}}}}}}).ok());
        QTRY_COMPARE(stringAt(conditionIn(c.get(DS, kImages, u"gone"_s), u"Ready"_s), "message"_L1), u"PVC not found"_s);
        QCOMPARE(stringAt(conditionIn(c.get(DS, kImages, u"gone"_s), u"Ready"_s), "reason"_L1), u"NotFound"_s);
        QCOMPARE(stringAt(conditionIn(c.get(DS, kImages, u"gone"_s), u"Ready"_s), "status"_L1), u"False"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
