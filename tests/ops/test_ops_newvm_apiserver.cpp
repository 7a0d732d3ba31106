// ops::VmCreator against a real kube-apiserver (KubeVirt's and CDI's CRDs, a real RBAC
// authorizer, no Multus): the catalogue is read from the real lists, what is not installed or not
// allowed becomes a note; the VM kubectl reads back is the one Review showed (no KubeVirt runs
// here, so nothing mutates it); the SSH-key Secret is owned by the VM as the real server stores
// owner references; a user who may make Secrets but not VMs gets the 403 and the Secret made for
// the VM is withdrawn; a taken name is said on Basics before anything is made.
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "JsonYaml.h"
#include "Kubeconfig.h"
#include "VmCreator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmCreateResult;

class TestOpsNewVmApiServer : public QObject
{
    Q_OBJECT
    test::ApiServer m_server;

    QJsonObject kubectlJson(const QStringList &args)
    {
        QString out;
        if (m_server.kubectl(args + QStringList{u"-o"_s, u"json"_s}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    bool apply(const QJsonObject &obj)
    {
        QString out;
        const bool ok = m_server.kubectl({u"apply"_s, u"-f"_s, u"-"_s}, &out, QJsonDocument(obj).toJson()) == 0;
        if (!ok)
            qWarning("kubectl apply: %s", qPrintable(out));
        return ok;
    }
    bool open(ops::ClusterConnection &c, const QString &user)
    {
        auto config = kube::Kubeconfig::load({m_server.kubeconfig(user)});
        return config && c.open(*config) && c.client();
    }
    static core::NewVmRequest request(const QString &name)
    {
        core::NewVmRequest r;
        r.ns = u"prod"_s;
        r.name = name;
        r.instancetype = u"u1.medium"_s;
        core::NewVmDisk boot;
        boot.name = u"rootdisk"_s;
        boot.source = core::NewVmDisk::Source::DataSource;
        boot.ref = u"kubevirt-os-images/fedora"_s;
        boot.size = u"30Gi"_s;
        boot.storageClass = u"ceph-block"_s;
        r.disks = {boot};
        r.nics = {{u"default"_s, {}}};
        r.sshKeys = {u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOps ops@desk"_s};
        return r;
    }
    static VmCreateResult run(ops::VmCreator &creator, const core::NewVmRequest &r)
    {
        QSignalSpy finished(&creator, &ops::VmCreator::finished);
        creator.create(r);
        if (!finished.wait(15000))
            qFatal("no result");
        return finished.first().first().value<VmCreateResult>();
    }
    static ops::NewVmChoices choices(ops::VmCreator &creator)
    {
        QSignalSpy loaded(&creator, &ops::VmCreator::choicesLoaded);
        creator.loadChoices(u"prod"_s);
        if (!loaded.wait(15000))
            qFatal("no choices");
        return loaded.first().first().value<ops::NewVmChoices>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.installCrds());
        for (const QString &ns : {u"prod"_s, u"kubevirt-os-images"_s})
            QCOMPARE(m_server.kubectl({u"create"_s, u"namespace"_s, ns}), 0);
        QVERIFY(apply(QJsonObject{{u"apiVersion"_s, u"instancetype.kubevirt.io/v1beta1"_s},
                                  {u"kind"_s, u"VirtualMachineClusterInstancetype"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, u"u1.medium"_s}}},
                                  {u"spec"_s, QJsonObject{{u"cpu"_s, QJsonObject{{u"guest"_s, 1}}}, {u"memory"_s, QJsonObject{{u"guest"_s, u"4Gi"_s}}}}}}));
        QVERIFY(apply(QJsonObject{{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, u"ceph-block"_s},
                                                             {u"annotations"_s, QJsonObject{{u"storageclass.kubevirt.io/is-default-virt-class"_s, u"true"_s}}}}},
                                  {u"provisioner"_s, u"rook-ceph.rbd.csi.ceph.com"_s}}));
        const QJsonObject set{{u"accessModes"_s, QJsonArray{u"ReadWriteMany"_s}}, {u"volumeMode"_s, u"Block"_s}};
        QVERIFY(apply(QJsonObject{{u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s}, {u"kind"_s, u"StorageProfile"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, u"ceph-block"_s}}},
                                  {u"status"_s, QJsonObject{{u"claimPropertySets"_s, QJsonArray{set}}}}}));
        QVERIFY(apply(QJsonObject{{u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s}, {u"kind"_s, u"DataSource"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, u"fedora"_s}, {u"namespace"_s, u"kubevirt-os-images"_s},
                                                             {u"labels"_s, QJsonObject{{u"instancetype.kubevirt.io/default-instancetype"_s, u"u1.medium"_s}}}}},
                                  {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"pvc"_s, QJsonObject{{u"name"_s, u"fedora"_s}, {u"namespace"_s, u"kubevirt-os-images"_s}}}}}}}}));
        // bob may read VMs in prod, nothing else; alice may also make Secrets there, but no VMs.
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"vm-reader"_s, u"--verb=get,list,watch"_s,
                                   u"--resource=virtualmachines.kubevirt.io"_s}), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"secret-maker"_s, u"--verb=create,delete,patch"_s,
                                   u"--resource=secrets"_s}), 0);
        for (const QString &user : {u"bob"_s, u"alice"_s})
            QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"rolebinding"_s, user + u"-vm-reader"_s, u"--role=vm-reader"_s,
                                       u"--user="_s + user}), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"rolebinding"_s, u"alice-secrets"_s, u"--role=secret-maker"_s,
                                   u"--user=alice"_s}), 0);
    }

    void theCatalogueIsReadWithNotes()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmCreator creator(&admin);
        const ops::NewVmChoices c = choices(creator);
        QCOMPARE(c.instancetypes.size(), 1);
        QCOMPARE(c.instancetypes.first().name, u"u1.medium"_s);
        QCOMPARE(c.instancetypes.first().memoryBytes, 4LL << 30);
        QCOMPARE(c.storageClasses.size(), 1);
        QVERIFY(c.storageClasses.first().defaultVirt);
        QCOMPARE(c.storageClasses.first().accessModes, QStringList{u"ReadWriteMany"_s}); // from the StorageProfile
        QCOMPARE(c.dataSources.size(), 1);
        QCOMPARE(c.dataSources.first().defaultInstancetype, u"u1.medium"_s);
        QVERIFY(c.namespaces.contains(u"prod"_s) && c.namespaces.contains(u"kubevirt-os-images"_s));
        QCOMPARE(c.notes, QStringList{u"Not installed on this cluster: networks (NetworkAttachmentDefinitions)."_s});

        ops::ClusterConnection bob;
        QVERIFY(open(bob, u"bob"_s));
        ops::VmCreator asBob(&bob);
        const ops::NewVmChoices b = choices(asBob);
        QVERIFY(b.instancetypes.isEmpty() && b.storageClasses.isEmpty() && b.dataSources.isEmpty());
        QVERIFY2(b.notes.contains(u"This account may not list cluster instancetypes."_s), qPrintable(b.notes.join(u'|')));
        QVERIFY(b.notes.contains(u"This account may not list golden images (DataSources) in kubevirt-os-images."_s));
    }

    void kubectlSeesWhatReviewShowed()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmCreator creator(&admin);
        const core::NewVmRequest r = request(u"web-1"_s);
        const VmCreateResult res = run(creator, r);
        QCOMPARE(res.status, VmCreateResult::Created);
        QCOMPARE(res.vmKey, u"prod/web-1"_s);
        QVERIFY(res.warning.isEmpty());
        const QJsonObject vm = kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"vm"_s, u"web-1"_s});
        const core::NewVmObjects sent = core::newVmObjects(r);
        QCOMPARE(vm.value("spec"_L1).toObject(), sent.vm.value("spec"_L1).toObject());
        QString yaml;
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"get"_s, u"vm"_s, u"web-1"_s, u"-o"_s, u"yaml"_s}, &yaml), 0);
        const QString reviewSpec = core::jsonToYaml(sent.vm).section(u"spec:\n"_s, 1);
        QVERIFY2(yaml.section(u"\nspec:\n"_s, 1).startsWith(reviewSpec), qPrintable(yaml));
        const QJsonObject secret = kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"secret"_s, u"web-1-ssh-key"_s});
        const QJsonObject owner = secret.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray().first().toObject();
        QCOMPARE(owner.value("kind"_L1).toString(), u"VirtualMachine"_s);
        QCOMPARE(owner.value("uid"_L1).toString(), vm.value("metadata"_L1).toObject().value("uid"_L1).toString());
        QCOMPARE(QByteArray::fromBase64(secret.value("data"_L1).toObject().value("key1"_L1).toString().toLatin1()),
                 r.sshKeys.first().toUtf8());

        const VmCreateResult again = run(creator, r);
        QCOMPARE(again.status, VmCreateResult::Refused);
        QCOMPARE(again.problems.size(), 1);
        QCOMPARE(again.problems.first().page, core::NewVmPage::Basics);
        QCOMPARE(again.problems.first().message, u"A VM named web-1 already exists in prod."_s);
    }

    void aForbiddenVmWithdrawsItsSecret()
    {
        ops::ClusterConnection alice;
        QVERIFY(open(alice, u"alice"_s));
        ops::VmCreator creator(&alice);
        const VmCreateResult res = run(creator, request(u"web-2"_s));
        QCOMPARE(res.status, VmCreateResult::Failed);
        QCOMPARE(res.error.kind, kube::ErrorKind::Forbidden);
        QVERIFY2(res.error.userMessage().contains(u"create virtualmachines"_s), qPrintable(res.error.userMessage()));
        QVERIFY(QTest::qWaitFor([this] { return kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"secret"_s, u"web-2-ssh-key"_s}).isEmpty(); },
                                10000));
        QVERIFY(kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"vm"_s, u"web-2"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpsNewVmApiServer)
#include "test_ops_newvm_apiserver.moc"
