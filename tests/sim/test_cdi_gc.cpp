// drover-sim's CDI and garbage collector, in-process on a real ObjectStore: a VM's
// dataVolumeTemplates become DataVolumes owned by the VM (label kubevirt.io/created-by) and
// claims owned by their DataVolume; an import walks ImportScheduled -> ImportInProgress (with
// progress) -> Succeeded, a clone the Clone phases; deleting the VM cascades VM -> DataVolume ->
// claim; a dependent with another living owner only loses the dangling reference; what was
// stored before the collector listened is collected after rebuild().
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
const ApiResource &DV = ApiResource::dataVolumes();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();

QJsonObject ownerOf(const QJsonObject &obj)
{
    return objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray().first().toObject();
}

QJsonObject vmWithTemplate(const QString &name, const QJsonObject &source)
{
    const QJsonObject storage{{u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, u"10Gi"_s}}}}}};
    const QJsonObject tmpl{{u"metadata"_s, QJsonObject{{u"name"_s, name + u"-disk"_s}}},
                           {u"spec"_s, QJsonObject{{u"source"_s, source}, {u"storage"_s, storage}}}};
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                       {u"spec"_s, QJsonObject{{u"runStrategy"_s, u"Halted"_s}, {u"dataVolumeTemplates"_s, QJsonArray{tmpl}},
                                               {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject()}}}}}};
}

struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    Cdi cdi{&store};
    std::unique_ptr<GarbageCollector> gc;
    QHash<QString, QStringList> dvPhases; // DataVolume name -> every phase it was stored with, in order

    explicit Cluster(bool gcFirst = true)
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &ApiResource::pods(), &VM,
                                     &ApiResource::virtualMachineInstances(), &ApiResource::configMaps()})
            store.registerResource(*r);
        Cdi::registerResources(store);
        controllers.setTimeScale(0);
        cdi.setTimeScale(0);
        if (gcFirst)
            gc = std::make_unique<GarbageCollector>(&store);
        QObject::connect(&store, &ObjectStore::changed, &store, [this](const ApiResource &r, const QString &, const QJsonObject &o) {
            if (r == DV)
                dvPhases[nameOf(o)] << stringAt(objectAt(o, "status"_L1), "phase"_L1);
        });
        Scenario s;
        HostSpec h;
        h.name = u"h1"_s;
        h.cpuCores = 16;
        h.memoryBytes = 64LL << 30;
        s.hosts << h;
        VmSpec v;
        v.name = u"web"_s;
        v.ns = u"prod"_s;
        v.memoryBytes = 4LL << 30;
        s.vms << v;
        populate(store, s, true);
        cdi.populate();
    }
};

} // namespace

class TestCdiGc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarioDisksAreMadeDone()
    {
        Cluster c;
        const auto vm = c.store.get(VM, u"prod"_s, u"web"_s);
        const auto dv = c.store.get(DV, u"prod"_s, u"web-root"_s);
        QVERIFY(vm && dv);
        QCOMPARE(stringAt(objectAt(*dv, "status"_L1), "phase"_L1), u"Succeeded"_s);
        QCOMPARE(stringAt(objectAt(*dv, "status"_L1), "progress"_L1), u"100.0%"_s);
        QVERIFY(conditionTrue(*dv, u"Ready"_s));
        QCOMPARE(ownerOf(*dv).value("uid"_L1).toString(), uidOf(*vm));
        QCOMPARE(ownerOf(*dv).value("kind"_L1).toString(), u"VirtualMachine"_s);
        QVERIFY(ownerOf(*dv).value("controller"_L1).toBool());
        QVERIFY(ownerOf(*dv).value("blockOwnerDeletion"_L1).toBool());
        QCOMPARE(labelOf(*dv, u"kubevirt.io/created-by"_s), uidOf(*vm));
        const auto pvc = c.store.get(PVC, u"prod"_s, u"web-root"_s);
        QVERIFY(pvc);
        QCOMPARE(ownerOf(*pvc).value("uid"_L1).toString(), uidOf(*dv));
        QCOMPARE(ownerOf(*pvc).value("kind"_L1).toString(), u"DataVolume"_s);
        QCOMPARE(stringAt(objectAt(*pvc, "status"_L1), "phase"_L1), u"Bound"_s);
        QCOMPARE(objectAt(objectAt(*pvc, "status"_L1), "capacity"_L1).value("storage"_L1).toString(), u"30Gi"_s);
    }

    void importWalksItsPhases()
    {
        Cluster c;
        c.cdi.setTimeScale(0.01); // a 10 ms tick
        QVERIFY(c.store.create(VM, u"prod"_s, vmWithTemplate(u"imp"_s, QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, u"http://images/x.qcow2"_s}}}})).ok());
        QTRY_VERIFY(c.dvPhases[u"imp-disk"_s].contains(u"Succeeded"_s));
        const QStringList phases = c.dvPhases[u"imp-disk"_s];
        QCOMPARE(phases.first(), u"ImportScheduled"_s);
        QVERIFY2(phases.count(u"ImportInProgress"_s) >= 4, qPrintable(phases.join(u' '))); // 0, 25, 50, 75 %
        QVERIFY(c.store.get(PVC, u"prod"_s, u"imp-disk"_s));
    }

    void cloneWalksTheClonePhases()
    {
        Cluster c;
        c.cdi.setTimeScale(0.01);
        QVERIFY(c.store.create(VM, u"prod"_s, vmWithTemplate(u"cl"_s, QJsonObject{{u"pvc"_s, QJsonObject{{u"namespace"_s, u"os-images"_s}, {u"name"_s, u"golden"_s}}}})).ok());
        QTRY_VERIFY(c.dvPhases[u"cl-disk"_s].contains(u"Succeeded"_s));
        QCOMPARE(c.dvPhases[u"cl-disk"_s].first(), u"CloneScheduled"_s);
        QVERIFY(c.dvPhases[u"cl-disk"_s].contains(u"CloneInProgress"_s));
    }

    void deletingTheVmCascades()
    {
        Cluster c;
        QVERIFY(c.store.remove(VM, u"prod"_s, u"web"_s).ok());
        QTRY_VERIFY(!c.store.get(DV, u"prod"_s, u"web-root"_s));
        QTRY_VERIFY(!c.store.get(PVC, u"prod"_s, u"web-root"_s));
    }

    void aLivingOwnerKeepsTheDependent()
    {
        Cluster c;
        const StoreResult cm = c.store.create(ApiResource::configMaps(), u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"keeper"_s}}}});
        QVERIFY(cm.ok());
        QVERIFY(c.store.mutate(PVC, u"prod"_s, u"web-root"_s, [&cm](QJsonObject &o) {
            QJsonObject meta = objectAt(o, "metadata"_L1);
            QJsonArray refs = meta.value("ownerReferences"_L1).toArray();
            refs << QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ConfigMap"_s}, {u"name"_s, u"keeper"_s}, {u"uid"_s, uidOf(cm.object)}};
            meta.insert("ownerReferences"_L1, refs);
            o.insert("metadata"_L1, meta);
        }).ok());
        QVERIFY(c.store.remove(VM, u"prod"_s, u"web"_s).ok());
        QTRY_VERIFY(!c.store.get(DV, u"prod"_s, u"web-root"_s));
        QTRY_COMPARE(objectAt(*c.store.get(PVC, u"prod"_s, u"web-root"_s), "metadata"_L1).value("ownerReferences"_L1).toArray().size(), 1);
        QCOMPARE(ownerOf(*c.store.get(PVC, u"prod"_s, u"web-root"_s)).value("name"_L1).toString(), u"keeper"_s);
    }

    void rebuildCollectsWhatWasThereBefore()
    {
        Cluster c(false); // the collector comes after the scenario was stored
        c.gc = std::make_unique<GarbageCollector>(&c.store);
        c.gc->rebuild();
        QVERIFY(c.store.remove(VM, u"prod"_s, u"web"_s).ok());
        QTRY_VERIFY(!c.store.get(PVC, u"prod"_s, u"web-root"_s));
    }
};

QTEST_GUILESS_MAIN(TestCdiGc)
#include "test_cdi_gc.moc"
