// ops::VmDeleter against a real kube-apiserver (KubeVirt's and CDI's CRDs with open schemas, a
// real RBAC authorizer): what a delete that keeps a disk sends — the JSON patch that takes the kept
// disk's template out of the VM (tested by name), the patch that strips the VM's ownerReference
// from the DataVolume (tested by uid), DELETE with DeleteOptions, the unowned claim's DELETE — is
// accepted as the real server reads it. A user who may not patch DataVolumes gets the 403 at
// that step and the VM stays. No kube-controller-manager runs here, so nothing cascades: the
// cascade itself is drover-sim's garbage collector's, tested in test_cdi_gc and test_ops_vmdelete.
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "VmDelete.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmDeleteResult;

class TestOpsVmDeleteApiServer : public QObject
{
    Q_OBJECT
    test::ApiServer m_server;

    QJsonObject kubectlJson(const QStringList &args, const QByteArray &in = {})
    {
        QString out;
        if (m_server.kubectl(args + QStringList{u"-o"_s, u"json"_s}, &out, in) != 0)
            return {};
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    QJsonObject create(const QJsonObject &obj) { return kubectlJson({u"create"_s, u"-f"_s, u"-"_s}, QJsonDocument(obj).toJson()); }
    QJsonObject get(const QString &kind, const QString &name) { return kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, kind, name}); }
    static QString uidOf(const QJsonObject &o) { return o.value("metadata"_L1).toObject().value("uid"_L1).toString(); }
    static QJsonArray ownersOf(const QJsonObject &o) { return o.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray(); }
    static QJsonObject ref(const QString &apiVersion, const QString &kind, const QJsonObject &owner)
    {
        return QJsonObject{{u"apiVersion"_s, apiVersion}, {u"kind"_s, kind}, {u"name"_s, owner.value("metadata"_L1).toObject().value("name"_L1)},
                           {u"uid"_s, uidOf(owner)}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
    }
    static QJsonObject claim(const QString &name, const QJsonArray &owners)
    {
        QJsonObject meta{{u"name"_s, name}, {u"namespace"_s, u"prod"_s}};
        if (!owners.isEmpty())
            meta.insert("ownerReferences"_L1, owners);
        return QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s}, {u"metadata"_s, meta},
                           {u"spec"_s, QJsonObject{{u"accessModes"_s, QJsonArray{u"ReadWriteOnce"_s}},
                                                   {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, u"5Gi"_s}}}}}}}};
    }
    // A VM named name with templates root and data and a volume on claim name-scratch; its
    // DataVolumes (owned by it) and their claims (owned by them), and the scratch claim.
    void makeVm(const QString &name)
    {
        QJsonArray templates, volumes;
        for (const QString &disk : {u"root"_s, u"data"_s}) {
            templates << QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name + u'-' + disk}}},
                                     {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"blank"_s, QJsonObject()}}},
                                                             {u"storage"_s, QJsonObject{{u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, u"10Gi"_s}}}}}}}}}};
            volumes << QJsonObject{{u"name"_s, disk}, {u"dataVolume"_s, QJsonObject{{u"name"_s, name + u'-' + disk}}}};
        }
        volumes << QJsonObject{{u"name"_s, u"scratch"_s}, {u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, name + u"-scratch"_s}}}};
        const QJsonObject vm = create(QJsonObject{
            {u"apiVersion"_s, u"kubevirt.io/v1"_s}, {u"kind"_s, u"VirtualMachine"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"prod"_s}}},
            {u"spec"_s, QJsonObject{{u"runStrategy"_s, u"Halted"_s}, {u"dataVolumeTemplates"_s, templates},
                                    {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"volumes"_s, volumes}}}}}}}});
        QVERIFY(!uidOf(vm).isEmpty());
        for (const QString &disk : {u"root"_s, u"data"_s}) {
            const QJsonObject dv = create(QJsonObject{
                {u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s}, {u"kind"_s, u"DataVolume"_s},
                {u"metadata"_s, QJsonObject{{u"name"_s, name + u'-' + disk}, {u"namespace"_s, u"prod"_s},
                                            {u"ownerReferences"_s, QJsonArray{ref(u"kubevirt.io/v1"_s, u"VirtualMachine"_s, vm)}}}},
                {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"blank"_s, QJsonObject()}}}}}});
            QVERIFY(!uidOf(dv).isEmpty());
            QVERIFY(!uidOf(create(claim(name + u'-' + disk, {ref(u"cdi.kubevirt.io/v1beta1"_s, u"DataVolume"_s, dv)}))).isEmpty());
        }
        QVERIFY(!uidOf(create(claim(name + u"-scratch"_s, {}))).isEmpty());
    }
    VmDeleteResult run(ops::ClusterConnection &c, const QString &vm)
    {
        ops::VmDeleter deleter(&c);
        QSignalSpy finished(&deleter, &ops::VmDeleter::finished);
        ops::VmDeleteRequest req;
        req.vmKey = u"prod/"_s + vm;
        req.choice.deleteVolumes = {u"root"_s, u"scratch"_s}; // keep data
        req.choice.gracePeriodSeconds = 5;
        deleter.run(req);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            return {};
        return finished.first().first().value<VmDeleteResult>();
    }
    bool open(ops::ClusterConnection &c, const QString &user)
    {
        auto config = kube::Kubeconfig::load({m_server.kubeconfig(user)});
        return config && c.open(*config) && c.client();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.installCrds());
        QCOMPARE(m_server.kubectl({u"create"_s, u"namespace"_s, u"prod"_s}), 0);
        // bob may read and patch VMs and read disks in prod, but not patch DataVolumes.
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"vm-deleter"_s,
                                   u"--verb=get,list,watch,patch,delete"_s, u"--resource=virtualmachines.kubevirt.io"_s}), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"disk-reader"_s, u"--verb=get,list,watch"_s,
                                   u"--resource=datavolumes.cdi.kubevirt.io,persistentvolumeclaims"_s}), 0);
        for (const QString &role : {u"vm-deleter"_s, u"disk-reader"_s})
            QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"rolebinding"_s, u"bob-"_s + role, u"--role"_s, role, u"--user=bob"_s}), 0);
    }

    void keepingADiskIsAcceptedAsSent()
    {
        makeVm(u"db-07"_s);
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        const VmDeleteResult r = run(admin, u"db-07"_s);
        QVERIFY2(r.status == VmDeleteResult::Succeeded, qPrintable(r.error.message));
        QCOMPARE(r.keptClaims, QStringList{u"db-07-data"_s});
        QVERIFY(get(u"vm"_s, u"db-07"_s).isEmpty()); // no finalizer on the CRD: gone at once
        const QJsonObject data = get(u"dv"_s, u"db-07-data"_s);
        QVERIFY(!data.isEmpty());
        QVERIFY(ownersOf(data).isEmpty()); // the test-then-remove patch took
        // The unowned claim was deleted: gone, or held by the pvc-protection finalizer that
        // kube-controller-manager would lift.
        const QJsonObject scratch = get(u"pvc"_s, u"db-07-scratch"_s);
        QVERIFY(scratch.isEmpty() || scratch.value("metadata"_L1).toObject().contains("deletionTimestamp"_L1));
        QVERIFY(!get(u"pvc"_s, u"db-07-data"_s).isEmpty());
        QCOMPARE(ownersOf(get(u"dv"_s, u"db-07-root"_s)).size(), 1); // no garbage collector here: nothing cascades
    }

    void forbiddenPatchStopsBeforeTheDelete()
    {
        makeVm(u"db-08"_s);
        ops::ClusterConnection bob;
        QVERIFY(open(bob, u"bob"_s));
        const VmDeleteResult r = run(bob, u"db-08"_s);
        QCOMPARE(r.status, VmDeleteResult::Failed);
        QVERIFY(r.failedStep);
        QCOMPARE(r.failedStep->kind, reconcile::DeleteStep::Kind::PatchDataVolume);
        QCOMPARE(r.error.httpStatus, 403);
        // The VM is still there (only the kept disk's template was taken out), and so are its disks.
        const QJsonObject vm = get(u"vm"_s, u"db-08"_s);
        QVERIFY(!vm.isEmpty());
        const QJsonArray templates = vm.value("spec"_L1).toObject().value("dataVolumeTemplates"_L1).toArray();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates[0].toObject().value("metadata"_L1).toObject().value("name"_L1).toString(), u"db-08-root"_s);
        QCOMPARE(ownersOf(get(u"dv"_s, u"db-08-data"_s)).size(), 1);
        QVERIFY(!get(u"pvc"_s, u"db-08-scratch"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpsVmDeleteApiServer)
#include "test_ops_vmdelete_apiserver.moc"
