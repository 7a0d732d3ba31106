// ops::VmCloner against the real drover-sim, which plays KubeVirt's clone controller (snapshot,
// then a restore into a new VM): the source read for the dialog; requests refused before
// anything is sent (a bad name, a taken name, a bad or foreign MAC); a running VM on Ceph cloned
// with a start and a new MAC — phases in KubeVirt's order, the new VM runs with that MAC and its
// own disks, the temporary snapshot is gone; a VM on local NVMe, whose disk cannot be
// snapshotted, fails with KubeVirt's words and the clone is withdrawn; a missing source is a 404.
#include "OpsCluster.h"
#include "VmCloner.h"
#include "VmDisks.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::VmCloneResult;
using R = kube::ApiResource;

class TestOpsVmClone : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    std::unique_ptr<ops::VmCloner> m_cloner;

    QJsonObject fetch(const R &r, const QString &name)
    {
        std::optional<kube::Response> got;
        QObject ctx;
        m_cluster.connection.client()->get(r, u"prod"_s, name, &ctx, [&got](const kube::Response &resp) { got = resp; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            qFatal("no answer to GET %s", qPrintable(name));
        if (!got->ok() && got->httpStatus != 404)
            qFatal("GET %s: %s", qPrintable(name), qPrintable(got->error.message));
        return got->ok() ? got->object : QJsonObject();
    }
    VmCloneResult run(const core::CloneRequest &request, QStringList *phases = nullptr, int timeoutMs = 60000)
    {
        QSignalSpy done(m_cloner.get(), &ops::VmCloner::finished);
        QSignalSpy progress(m_cloner.get(), &ops::VmCloner::progressed);
        m_cloner->run(request);
        if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, timeoutMs))
            return {};
        for (const QList<QVariant> &p : std::as_const(progress))
            if (phases)
                *phases << p.first().value<ops::VmCloneProgress>().phase;
        return done.first().first().value<VmCloneResult>();
    }
    static core::CloneRequest request(const QString &source, const QString &target)
    {
        core::CloneRequest r;
        r.ns = u"prod"_s;
        r.source = source;
        r.target = target;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        m_cloner = std::make_unique<ops::VmCloner>(&m_cluster.connection);
    }

    void inspectReadsTheSource()
    {
        QSignalSpy spy(m_cloner.get(), &ops::VmCloner::inspected);
        m_cloner->inspect(u"prod/shop-web-01"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        const auto s = spy.first().first().value<ops::VmCloneSource>();
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QCOMPARE(s.interfaces.size(), 1);
        QCOMPARE(s.interfaces.first().name, u"default"_s);
        QCOMPARE(s.interfaces.first().binding, u"masquerade"_s);
        QVERIFY(s.running);
        QCOMPARE(s.suggestedName, u"shop-web-01-clone"_s);
    }

    void refusedBeforeAnythingIsSent()
    {
        const int before = m_cluster.connection.vms()->size();
        VmCloneResult r = run(request(u"shop-web-01"_s, u"Shop_Copy"_s));
        QCOMPARE(r.status, VmCloneResult::Invalid);
        QVERIFY2(r.reason.contains(u"not a valid VM name"_s), qPrintable(r.reason));
        r = run(request(u"shop-web-01"_s, u"shop-web-02"_s));
        QCOMPARE(r.status, VmCloneResult::Invalid);
        QCOMPARE(r.reason, u"A VM named shop-web-02 already exists in prod."_s);
        core::CloneRequest bad = request(u"shop-web-01"_s, u"shop-web-01-x"_s);
        bad.newMacAddresses.insert(u"default"_s, u"52:54:00:zz:00:01"_s);
        r = run(bad);
        QCOMPARE(r.status, VmCloneResult::Invalid);
        QVERIFY2(r.reason.startsWith(u"Interface default: "_s) && r.reason.contains(u"is not a MAC address"_s), qPrintable(r.reason));
        bad.newMacAddresses = {{u"eth7"_s, u"02:00:00:00:00:07"_s}};
        r = run(bad);
        QCOMPARE(r.reason, u"shop-web-01 has no interface named eth7."_s);
        bad.newMacAddresses = {{u"default"_s, u"03:00:00:00:00:07"_s}};
        QVERIFY(run(bad).reason.contains(u"multicast"_s));
        QCOMPARE(m_cluster.connection.vms()->size(), before);
        QVERIFY(fetch(R::virtualMachines(), u"shop-web-01-x"_s).isEmpty());
    }

    void cloneARunningVmAndStartIt()
    {
        core::CloneRequest req = request(u"shop-web-01"_s, u"shop-web-01-copy"_s);
        req.start = true;
        req.newMacAddresses.insert(u"default"_s, u"02:00:00:aa:bb:01"_s);
        QStringList phases;
        const VmCloneResult r = run(req, &phases);
        QVERIFY2(r.status == VmCloneResult::Succeeded, qPrintable(r.reason + r.error.message));
        QVERIFY(r.cloneName.startsWith(u"shop-web-01-clone-"_s));
        QCOMPARE(phases.value(0), QString()); // created, before KubeVirt's first word
        QCOMPARE(phases.value(1), u"SnapshotInProgress"_s);
        QVERIFY2(phases.indexOf(u"RestoreInProgress"_s) > 0, qPrintable(phases.join(u',')));
        const QJsonObject clone = fetch(R::virtualMachineClones(), r.cloneName);
        QCOMPARE(clone.value("status"_L1).toObject().value("phase"_L1).toString(), u"Succeeded"_s);
        QVERIFY(fetch(R::snapshots(), u"tmp-snapshot-"_s + clone.value("metadata"_L1).toObject().value("uid"_L1).toString()).isEmpty());
        // The new VM runs, with the MAC asked for and its own disks, owned by it.
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.printableStatus(u"prod/shop-web-01-copy"_s), u"Running"_s, 30000);
        const QJsonArray ifaces = m_cluster.vmi(u"prod/shop-web-01-copy"_s).value("status"_L1).toObject().value("interfaces"_L1).toArray();
        QCOMPARE(ifaces.first().toObject().value("mac"_L1).toString(), u"02:00:00:aa:bb:01"_s);
        const QJsonObject copy = fetch(R::virtualMachines(), u"shop-web-01-copy"_s);
        const QList<core::VmDisk> disks = core::vmDisksFromJson(copy);
        const QList<core::VmDisk> sourceDisks = core::vmDisksFromJson(fetch(R::virtualMachines(), u"shop-web-01"_s));
        QVERIFY(!disks.isEmpty());
        for (const core::VmDisk &d : disks) {
            if (!d.persistent())
                continue;
            for (const core::VmDisk &s : sourceDisks)
                QVERIFY2(s.claim != d.claim, qPrintable(d.claim));
            const QJsonObject dv = fetch(R::dataVolumes(), d.claim);
            QVERIFY2(!dv.isEmpty(), qPrintable(d.claim));
            QVERIFY(core::isOwnedBy(dv, copy.value("metadata"_L1).toObject().value("uid"_L1).toString()));
        }
        QCOMPARE(m_cluster.printableStatus(u"prod/shop-web-01"_s), u"Running"_s);
    }

    void aDiskThatCannotBeSnapshottedFailsInWords()
    {
        const VmCloneResult r = run(request(u"pg-archive-01"_s, u"pg-archive-02"_s));
        QCOMPARE(r.status, VmCloneResult::Failed);
        QCOMPARE(r.reason, u"KubeVirt cannot clone pg-archive-01: Virtual Machine volume rootdisk does not support snapshots. "
                           "The clone was withdrawn."_s);
        QTRY_VERIFY_WITH_TIMEOUT(fetch(R::virtualMachineClones(), r.cloneName).isEmpty(), 10000);
        QVERIFY(fetch(R::virtualMachines(), u"pg-archive-02"_s).isEmpty());
    }

    void aMissingSourceIsNotFound()
    {
        const VmCloneResult r = run(request(u"no-such-vm"_s, u"no-such-vm-clone"_s));
        QCOMPARE(r.status, VmCloneResult::Failed);
        QCOMPARE(r.error.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestOpsVmClone)
#include "test_ops_vmclone.moc"
