// ops::VmEditor against a real kube-apiserver (KubeVirt's CRDs, a real RBAC authorizer; no
// KubeVirt runs here, so nothing but the server touches the VM): the edit is read from the VM
// as stored, a save changes exactly the edited fields (kubectl reads the rest back unchanged), a
// VM changed by someone else meanwhile is refused by the server's own resourceVersion check (409)
// and the second save after the reload keeps both people's changes, a read-only user gets the
// 403 in words, and nothing edited sends nothing.
#include "JsonPath.h"
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "VmEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmEditResult;

namespace {

const char *kVm = R"json({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
 "metadata":{"name":"web","namespace":"prod","labels":{"app":"web"},"annotations":{"description":"front end"}},
 "spec":{"runStrategy":"Halted","template":{"spec":{
  "domain":{"cpu":{"sockets":2,"cores":1,"threads":1},"memory":{"guest":"2Gi"},
   "devices":{"disks":[{"name":"rootdisk","bootOrder":1,"disk":{"bus":"virtio"}},{"name":"cd","bootOrder":2,"cdrom":{"bus":"sata"}}],
              "interfaces":[{"name":"default","masquerade":{}}]}},
  "networks":[{"name":"default","pod":{}}],
  "volumes":[{"name":"rootdisk","containerDisk":{"image":"quay.io/containerdisks/fedora:40"}},
             {"name":"cd","containerDisk":{"image":"quay.io/iso"}}]}}}})json";

QJsonValue at(const QJsonValue &root, const QString &path)
{
    return drover::test::jsonAt(root, path);
}

} // namespace

class TestOpsVmEditApiServer : public QObject
{
    Q_OBJECT
    test::ApiServer m_server;

    QJsonObject vmNow()
    {
        QString out;
        if (m_server.kubectl({u"-n"_s, u"prod"_s, u"get"_s, u"vm"_s, u"web"_s, u"-o"_s, u"json"_s}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    bool open(ops::ClusterConnection &c, const QString &user)
    {
        auto config = kube::Kubeconfig::load({m_server.kubeconfig(user)});
        return config && c.open(*config) && c.client();
    }
    static ops::VmEditSource load(ops::VmEditor &editor)
    {
        QSignalSpy loaded(&editor, &ops::VmEditor::loaded);
        editor.load(u"prod/web"_s);
        if (loaded.isEmpty() && !loaded.wait(15000))
            qFatal("not loaded");
        return loaded.first().first().value<ops::VmEditSource>();
    }
    static VmEditResult save(ops::VmEditor &editor, const ops::VmEditSource &s, const core::VmEditable &edited)
    {
        QSignalSpy finished(&editor, &ops::VmEditor::finished);
        editor.save({s.vmKey, s.vm, edited, s.live});
        if (finished.isEmpty() && !finished.wait(15000)) // Unchanged and NotConnected come at once
            qFatal("no result");
        return finished.first().first().value<VmEditResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.installCrds());
        QCOMPARE(m_server.kubectl({u"create"_s, u"namespace"_s, u"prod"_s}), 0);
        QString out;
        QCOMPARE(m_server.kubectl({u"apply"_s, u"-f"_s, u"-"_s}, &out, QByteArray(kVm)), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"role"_s, u"vm-reader"_s, u"--verb=get,list,watch"_s,
                                   u"--resource=virtualmachines.kubevirt.io,virtualmachineinstances.kubevirt.io"_s}), 0);
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"create"_s, u"rolebinding"_s, u"bob-vm-reader"_s, u"--role=vm-reader"_s,
                                   u"--user=bob"_s}), 0);
    }

    void aSaveChangesExactlyTheEditedFields()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmEditor editor(&admin);
        const ops::VmEditSource s = load(editor);
        QVERIFY2(s.error.ok(), qPrintable(s.error.userMessage()));
        QCOMPARE(s.editable.description, u"front end"_s);
        QCOMPARE(s.editable.sockets, 2);
        QVERIFY(!s.live.running); // Halted: no VMI
        const QJsonObject before = vmNow();

        core::VmEditable e = s.editable;
        e.description = u"the shop's front end"_s;
        e.labels.insert(u"tier"_s, u"front"_s);
        e.sockets = 4;
        e.memory = u"4Gi"_s;
        e.disks[0].bootOrder = 2;
        e.disks[1].bootOrder = 1; // boot the ISO first
        const VmEditResult r = save(editor, s, e);
        QCOMPARE(r.status, VmEditResult::Saved);
        QCOMPARE(r.changes.size(), 5); // description, labels, CPU, memory, boot order
        for (const core::VmEditChange &c : r.changes)
            QVERIFY(c.effect == core::VmEditEffect::Metadata || c.effect == core::VmEditEffect::NextStart);

        const QJsonObject after = vmNow();
        QCOMPARE(at(after, u"metadata.annotations.description"_s).toString(), u"the shop's front end"_s);
        QCOMPARE(at(after, u"metadata.labels"_s).toObject(), (QJsonObject{{u"app"_s, u"web"_s}, {u"tier"_s, u"front"_s}}));
        QCOMPARE(at(after, u"spec.template.spec.domain.cpu.sockets"_s).toInt(), 4);
        QCOMPARE(at(after, u"spec.template.spec.domain.memory.guest"_s).toString(), u"4Gi"_s);
        QCOMPARE(at(after, u"spec.template.spec.domain.devices.disks.1.bootOrder"_s).toInt(), 1);
        QCOMPARE(at(after, u"spec.template.spec.domain.devices.disks.1.cdrom.bus"_s).toString(), u"sata"_s); // kept whole
        // Everything not edited is as it was.
        for (const QString &path : {u"spec.template.spec.volumes"_s, u"spec.template.spec.networks"_s,
                                    u"spec.template.spec.domain.devices.interfaces"_s, u"spec.runStrategy"_s})
            QCOMPARE(at(after, path), at(before, path));

        // Nothing edited: nothing sent.
        const ops::VmEditSource again = load(editor);
        QCOMPARE(save(editor, again, again.editable).status, VmEditResult::Unchanged);
        QCOMPARE(at(vmNow(), u"metadata.resourceVersion"_s), at(after, u"metadata.resourceVersion"_s));
    }

    void aConflictReloadsAndKeepsBothChanges()
    {
        ops::ClusterConnection admin;
        QVERIFY(open(admin, u"admin"_s));
        ops::VmEditor editor(&admin);
        const ops::VmEditSource s = load(editor);
        core::VmEditable mine = s.editable;
        mine.labels.insert(u"env"_s, u"prod"_s);
        mine.sockets = 6;
        // Someone else, meanwhile.
        QCOMPARE(m_server.kubectl({u"-n"_s, u"prod"_s, u"annotate"_s, u"--overwrite"_s, u"vm"_s, u"web"_s, u"description=edited by alice"_s}), 0);

        const VmEditResult r = save(editor, s, mine);
        QCOMPARE(r.status, VmEditResult::Conflict);
        QCOMPARE(r.changedMeanwhile, QList<core::VmEditField>{core::VmEditField::Description});
        QCOMPARE(r.rebased.description, u"edited by alice"_s);
        QCOMPARE(r.rebased.sockets, 6);
        QCOMPARE(at(vmNow(), u"spec.template.spec.domain.cpu.sockets"_s).toInt(), 4); // nothing overwritten

        ops::VmEditSource reloaded = s;
        reloaded.vm = r.current;
        QCOMPARE(save(editor, reloaded, r.rebased).status, VmEditResult::Saved);
        const QJsonObject now = vmNow();
        QCOMPARE(at(now, u"metadata.annotations.description"_s).toString(), u"edited by alice"_s);
        QCOMPARE(at(now, u"metadata.labels.env"_s).toString(), u"prod"_s);
        QCOMPARE(at(now, u"spec.template.spec.domain.cpu.sockets"_s).toInt(), 6);
    }

    void aReaderMayNotSave()
    {
        ops::ClusterConnection bob;
        QVERIFY(open(bob, u"bob"_s));
        ops::VmEditor editor(&bob);
        const ops::VmEditSource s = load(editor);
        QVERIFY2(s.error.ok(), qPrintable(s.error.userMessage()));
        core::VmEditable e = s.editable;
        e.labels.insert(u"owner"_s, u"bob"_s);
        const VmEditResult r = save(editor, s, e);
        QCOMPARE(r.status, VmEditResult::Failed);
        QCOMPARE(r.error.kind, kube::ErrorKind::Forbidden);
        QVERIFY2(r.error.userMessage().contains(u"bob"_s), qPrintable(r.error.userMessage()));
        QVERIFY(!at(vmNow(), u"metadata.labels"_s).toObject().contains("owner"_L1));
    }
};

QTEST_GUILESS_MAIN(TestOpsVmEditApiServer)
#include "test_ops_vmedit_apiserver.moc"
