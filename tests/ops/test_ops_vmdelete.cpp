// ops::VmDeleter against the real drover-sim (whose CDI makes a DataVolume and a claim per
// template, and whose garbage collector cascades by owner references): delete a VM keeping one
// of its disks — that DataVolume and claim survive without the VM as owner, the other disk goes
// by cascade, an unowned claim chosen for deletion goes after the VM, its snapshot goes too;
// a demo VM deleted with the defaults takes its disk along, one deleted keeping its disk leaves
// it unowned; an unknown VM fails before anything is sent.
#include "OpsCluster.h"
#include "VmDelete.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmDeleteResult;
using R = kube::ApiResource;

namespace {

QJsonObject blankTemplate(const QString &name, const QString &size)
{
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                       {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"blank"_s, QJsonObject()}}},
                                               {u"storage"_s, QJsonObject{{u"accessModes"_s, QJsonArray{u"ReadWriteMany"_s}},
                                                                          {u"storageClassName"_s, u"ceph-block"_s},
                                                                          {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, size}}}}}}}}}};
}

// db-07: root and data from templates, scratch a claim made beforehand (owned by no one).
QJsonObject vmWithDisks()
{
    const QJsonArray volumes{
        QJsonObject{{u"name"_s, u"root"_s}, {u"dataVolume"_s, QJsonObject{{u"name"_s, u"db-07-root"_s}}}},
        QJsonObject{{u"name"_s, u"data"_s}, {u"dataVolume"_s, QJsonObject{{u"name"_s, u"db-07-data"_s}}}},
        QJsonObject{{u"name"_s, u"scratch"_s}, {u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, u"db-07-scratch"_s}}}}};
    const QJsonArray disks{QJsonObject{{u"name"_s, u"root"_s}, {u"disk"_s, QJsonObject{{u"bus"_s, u"virtio"_s}}}},
                           QJsonObject{{u"name"_s, u"data"_s}, {u"disk"_s, QJsonObject{{u"bus"_s, u"virtio"_s}}}},
                           QJsonObject{{u"name"_s, u"scratch"_s}, {u"disk"_s, QJsonObject{{u"bus"_s, u"virtio"_s}}}}};
    const QJsonObject domain{{u"cpu"_s, QJsonObject{{u"cores"_s, 1}}},
                             {u"memory"_s, QJsonObject{{u"guest"_s, u"1Gi"_s}}},
                             {u"devices"_s, QJsonObject{{u"disks"_s, disks}}}};
    return QJsonObject{
        {u"apiVersion"_s, u"kubevirt.io/v1"_s}, {u"kind"_s, u"VirtualMachine"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"db-07"_s}, {u"namespace"_s, u"prod"_s}}},
        {u"spec"_s, QJsonObject{{u"runStrategy"_s, u"Always"_s},
                                {u"dataVolumeTemplates"_s, QJsonArray{blankTemplate(u"db-07-root"_s, u"20Gi"_s), blankTemplate(u"db-07-data"_s, u"50Gi"_s)}},
                                {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"domain"_s, domain}, {u"volumes"_s, volumes},
                                                                                   {u"terminationGracePeriodSeconds"_s, 45}}}}}}}};
}

} // namespace

class TestOpsVmDelete : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    std::unique_ptr<ops::VmDeleter> m_deleter;

    // The object as the API has it now; empty when it answers 404 (fails on other errors).
    QJsonObject fetch(const R &r, const QString &name, const QString &ns = u"prod"_s)
    {
        std::optional<kube::Response> got;
        QObject ctx;
        m_cluster.connection.client()->get(r, ns, name, &ctx, [&got](const kube::Response &resp) { got = resp; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            qFatal("no answer to GET %s", qPrintable(name));
        if (!got->ok() && got->httpStatus != 404)
            qFatal("GET %s: %s", qPrintable(name), qPrintable(got->error.message));
        return got->object.value("metadata"_L1).isObject() ? got->object : QJsonObject();
    }
    bool post(const R &r, const QJsonObject &obj)
    {
        int ok = -1;
        QObject ctx;
        m_cluster.connection.client()->create(r, u"prod"_s, obj, &ctx, [&ok](const kube::Response &resp) { ok = resp.ok(); });
        return QTest::qWaitFor([&ok] { return ok >= 0; }, 10000) && ok == 1;
    }
    QString phaseOf(const QJsonObject &o) const { return o.value("status"_L1).toObject().value("phase"_L1).toString(); }
    ops::VmDeleteCandidate inspect(const QString &key)
    {
        QSignalSpy spy(m_deleter.get(), &ops::VmDeleter::inspected);
        m_deleter->inspect(key);
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 20000))
            return {};
        return spy.first().first().value<ops::VmDeleteCandidate>();
    }
    VmDeleteResult run(const ops::VmDeleteRequest &request)
    {
        QSignalSpy spy(m_deleter.get(), &ops::VmDeleter::finished);
        m_deleter->run(request);
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 30000))
            return {};
        return spy.first().first().value<VmDeleteResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        m_deleter = std::make_unique<ops::VmDeleter>(&m_cluster.connection);
        const QJsonObject scratch{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"db-07-scratch"_s}}},
            {u"spec"_s, QJsonObject{{u"accessModes"_s, QJsonArray{u"ReadWriteOnce"_s}},
                                    {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, u"5Gi"_s}}}}}}}};
        QVERIFY(post(R::persistentVolumeClaims(), scratch));
        QVERIFY(post(R::virtualMachines(), vmWithDisks()));
        // CDI imports the blank disks: DataVolumes walk their phases to Succeeded, claims bound.
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(fetch(R::dataVolumes(), u"db-07-data"_s)), u"Succeeded"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(fetch(R::dataVolumes(), u"db-07-root"_s)), u"Succeeded"_s, 30000);
        QCOMPARE(phaseOf(fetch(R::persistentVolumeClaims(), u"db-07-data"_s)), u"Bound"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.printableStatus(u"prod/db-07"_s), u"Running"_s, 30000);
        const QJsonObject snapshot{{u"metadata"_s, QJsonObject{{u"name"_s, u"db-07-before"_s}}},
                                   {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s},
                                                                                      {u"kind"_s, u"VirtualMachine"_s},
                                                                                      {u"name"_s, u"db-07"_s}}}}}};
        QVERIFY(post(R::snapshots(), snapshot));
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster.connection.snapshots()->contains(u"prod/db-07-before"_s), 20000);
    }

    void inspectOffersTheDisks()
    {
        const ops::VmDeleteCandidate c = inspect(u"prod/db-07"_s);
        QVERIFY2(c.error.ok(), qPrintable(c.error.message));
        QCOMPARE(c.disks.size(), 3);
        QCOMPARE(c.disks[0].disk.claim, u"db-07-root"_s);
        QVERIFY(c.disks[0].ownedByVm);
        QVERIFY(c.disks[0].deleteByDefault);
        QCOMPARE(c.disks[1].size, u"50Gi"_s);
        QCOMPARE(c.disks[1].storageClass, u"ceph-block"_s);
        QCOMPARE(c.disks[1].phase, u"Succeeded"_s);
        QVERIFY(!c.disks[2].ownedByVm);
        QVERIFY(!c.disks[2].deleteByDefault);
        QCOMPARE(c.snapshots, QStringList{u"db-07-before"_s});
        QCOMPARE(c.gracePeriodSeconds, 45);
        QVERIFY(c.running);
    }

    void deleteKeepingOneDisk()
    {
        ops::VmDeleteRequest req;
        req.vmKey = u"prod/db-07"_s;
        req.choice.deleteVolumes = {u"root"_s, u"scratch"_s};
        req.choice.gracePeriodSeconds = 0;
        const VmDeleteResult r = run(req);
        QCOMPARE(r.status, VmDeleteResult::Succeeded);
        QCOMPARE(r.keptClaims, QStringList{u"db-07-data"_s});
        // The VM and its VMI are gone; root went by cascade (VM -> DataVolume -> claim).
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::virtualMachines(), u"db-07"_s).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.connection.vmis()->contains(u"prod/db-07"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::dataVolumes(), u"db-07-root"_s).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::persistentVolumeClaims(), u"db-07-root"_s).isEmpty(), 20000);
        QVERIFY(fetch(R::persistentVolumeClaims(), u"db-07-scratch"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.connection.snapshots()->contains(u"prod/db-07-before"_s), 20000);
        // The kept disk stays, owned by no VM; its claim stays with it.
        const QJsonObject data = fetch(R::dataVolumes(), u"db-07-data"_s);
        QVERIFY(!data.isEmpty());
        QVERIFY(data.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray().isEmpty());
        QCOMPARE(phaseOf(fetch(R::persistentVolumeClaims(), u"db-07-data"_s)), u"Bound"_s);
    }

    void defaultsTakeTheDiskAlong()
    {
        const QString key = u"prod/shop-web-02"_s;
        const ops::VmDeleteCandidate c = inspect(key);
        QVERIFY2(c.error.ok(), qPrintable(c.error.message));
        QCOMPARE(c.disks.size(), 1);
        QVERIFY(c.disks[0].deleteByDefault);
        const QString claim = c.disks[0].disk.claim;
        QVERIFY(!fetch(R::persistentVolumeClaims(), claim).isEmpty());
        ops::VmDeleteRequest req;
        req.vmKey = key;
        req.choice.deleteVolumes = {c.disks[0].disk.volume};
        QCOMPARE(run(req).status, VmDeleteResult::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::dataVolumes(), claim).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::persistentVolumeClaims(), claim).isEmpty(), 20000);
    }

    void keepingTheDiskLeavesItUnowned()
    {
        const QString key = u"prod/shop-web-03"_s;
        const ops::VmDeleteCandidate c = inspect(key);
        QCOMPARE(c.disks.size(), 1);
        const QString claim = c.disks[0].disk.claim;
        ops::VmDeleteRequest req;
        req.vmKey = key; // no volume chosen: every disk stays
        const VmDeleteResult r = run(req);
        QCOMPARE(r.status, VmDeleteResult::Succeeded);
        QCOMPARE(r.keptClaims, QStringList{claim});
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::virtualMachines(), u"shop-web-03"_s).isEmpty(), 20000);
        // Give the garbage collector its turn: a VM-owned disk would be gone by now.
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.connection.vms()->contains(key), 20000);
        const QJsonObject dv = fetch(R::dataVolumes(), claim);
        QVERIFY(!dv.isEmpty());
        QVERIFY(dv.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray().isEmpty());
        QVERIFY(!fetch(R::persistentVolumeClaims(), claim).isEmpty());
    }

    void unknownVmSaysSo()
    {
        const VmDeleteResult r = run(ops::VmDeleteRequest{u"prod/no-such-vm"_s, {}});
        QCOMPARE(r.status, VmDeleteResult::Failed);
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(!r.failedStep); // reading failed: nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestOpsVmDelete)
#include "test_ops_vmdelete.moc"
