// ops::VmCloner against a real kube-apiserver (KubeVirt's CRDs, a real RBAC authorizer): the
// VirtualMachineClone it sends is accepted as the real server reads it, and kubectl sees exactly
// that (the generated name, source, target, the new MAC, the start patch); the clone is followed
// through a real watch with a field selector, so a status KubeVirt would write (played here with
// a PATCH of the status subresource) ends the run; a name already taken is refused before anything is sent;
// a user who may read VMs but not create clones gets the 403 in words. No KubeVirt runs here:
// the clone's phases themselves are drover-sim's, tested in test_ops_vmclone and test_clones.
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "VmCloner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmCloneResult;

class TestOpsVmCloneApiServer : public QObject
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
    void makeVm(const QString &name)
    {
        const QJsonObject iface{{u"name"_s, u"default"_s}, {u"masquerade"_s, QJsonObject()}, {u"macAddress"_s, u"02:00:00:00:00:01"_s}};
        const QJsonObject vm{{u"apiVersion"_s, u"kubevirt.io/v1"_s}, {u"kind"_s, u"VirtualMachine"_s},
                             {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"prod"_s}}},
                             {u"spec"_s, QJsonObject{{u"runStrategy"_s, u"Halted"_s},
                                                     {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"domain"_s, QJsonObject{
                                                         {u"devices"_s, QJsonObject{{u"interfaces"_s, QJsonArray{iface}}}}}}}}}}}}};
        QVERIFY(!kubectlJson({u"create"_s, u"-f"_s, u"-"_s}, QJsonDocument(vm).toJson()).isEmpty());
    }
    bool open(ops::ClusterConnection &c, const QString &user)
    {
        auto config = kube::Kubeconfig::load({m_server.kubeconfig(user)});
        return config && c.open(*config) && c.client();
    }
    static core::CloneRequest request(const QString &target)
    {
        core::CloneRequest r;
        r.ns = u"prod"_s;
        r.source = u"web-01"_s;
        r.target = target;
        r.start = true;
        r.newMacAddresses.insert(u"default"_s, u"02:00:00:00:00:42"_s);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.installCrds());
        QCOMPARE(m_server.kubectl({u"create"_s, u"namespace"_s, u"prod"_s}), 0);
        // bob may read VMs in prod, nothing else.
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"vm-reader"_s, u"--verb=get,list,watch"_s,
                                   u"--resource=virtualmachines.kubevirt.io"_s}), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"rolebinding"_s, u"bob-vm-reader"_s, u"--role=vm-reader"_s,
                                   u"--user=bob"_s}), 0);
        makeVm(u"web-01"_s);
        makeVm(u"web-02"_s);
    }

    void theCloneIsSentAndFollowed()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmCloner cloner(&admin);
        QSignalSpy finished(&cloner, &ops::VmCloner::finished);
        cloner.run(request(u"web-01-copy"_s));
        // Sent: kubectl sees it as built, with the name the server generated.
        QJsonArray items;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(items = kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"virtualmachineclones.clone.kubevirt.io"_s}).value("items"_L1).toArray()).isEmpty(),
            20000);
        const QJsonObject clone = items.first().toObject();
        const QString name = clone.value("metadata"_L1).toObject().value("name"_L1).toString();
        QVERIFY2(name.startsWith(u"web-01-clone-"_s) && name.size() == 18, qPrintable(name));
        const QJsonObject spec = clone.value("spec"_L1).toObject();
        QCOMPARE(spec.value("source"_L1).toObject().value("name"_L1).toString(), u"web-01"_s);
        QCOMPARE(spec.value("target"_L1).toObject().value("name"_L1).toString(), u"web-01-copy"_s);
        QCOMPARE(spec.value("newMacAddresses"_L1).toObject().value("default"_L1).toString(), u"02:00:00:00:00:42"_s);
        QCOMPARE(spec.value("patches"_L1).toArray().size(), 1);
        QVERIFY(finished.isEmpty()); // no KubeVirt: nothing moves until a status is written
        // KubeVirt's word, written as its controller would: the watch brings it, the run ends.
        // (Debian's kubectl 1.20 has no --subresource: the status is patched through the API.)
        int patched = -1;
        admin.client()->request("PATCH", u"/apis/clone.kubevirt.io/v1beta1/namespaces/prod/virtualmachineclones/"_s + name + u"/status"_s, {},
                                R"({"status":{"phase":"Succeeded","targetName":"web-01-copy"}})", this,
                                [&patched](const kube::Response &resp) { patched = resp.httpStatus; }, "application/merge-patch+json");
        QTRY_COMPARE_WITH_TIMEOUT(patched, 200, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const auto r = finished.first().first().value<VmCloneResult>();
        QCOMPARE(r.status, VmCloneResult::Succeeded);
        QCOMPARE(r.cloneName, name);
    }

    void aTakenNameIsRefusedFirst()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmCloner cloner(&admin);
        QSignalSpy finished(&cloner, &ops::VmCloner::finished);
        cloner.run(request(u"web-02"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const auto r = finished.first().first().value<VmCloneResult>();
        QCOMPARE(r.status, VmCloneResult::Invalid);
        QCOMPARE(r.reason, u"A VM named web-02 already exists in prod."_s);
        QCOMPARE(kubectlJson({u"-n"_s, u"prod"_s, u"get"_s, u"virtualmachineclones.clone.kubevirt.io"_s}).value("items"_L1).toArray().size(), 1);
    }

    void withoutTheRightTheServerSaysNo()
    {
        ops::ClusterConnection bob;
        QVERIFY(open(bob, u"bob"_s));
        ops::VmCloner cloner(&bob);
        QSignalSpy finished(&cloner, &ops::VmCloner::finished);
        cloner.run(request(u"web-01-bob"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const auto r = finished.first().first().value<VmCloneResult>();
        QCOMPARE(r.status, VmCloneResult::Failed);
        QCOMPARE(r.error.httpStatus, 403);
        QVERIFY2(r.error.userMessage().contains(u"create virtualmachineclones"_s), qPrintable(r.error.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestOpsVmCloneApiServer)
#include "test_ops_vmclone_apiserver.moc"
