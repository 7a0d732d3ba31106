// What the VM page reads through ops, against the real drover-sim (which answers the guest agent
// subresources as KubeVirt v1.9's virt-api does): a running VM's agent (OS, hostname, users and
// file systems from the three subresources), a guest without an agent (KubeVirt's words), a
// stopped VM (not asked), and a start's events (the VM's, the VMI's, the launcher pod's) as the
// watches deliver them.
#include "GuestAgentReader.h"
#include "OpsCluster.h"
#include "VmEvents.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <algorithm>

using namespace drover;
using namespace Qt::StringLiterals;
using ops::GuestAgentReport;

class TestOpsVmPage : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;

    GuestAgentReport read(const QString &key)
    {
        ops::GuestAgentReader reader(&m_cluster.connection);
        QSignalSpy spy(&reader, &ops::GuestAgentReader::reported);
        reader.read(key);
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 10000))
            qFatal("no report for %s", qPrintable(key));
        if (spy.size() != 1)
            qFatal("%lld reports for one read", qlonglong(spy.size()));
        return spy.first().first().value<GuestAgentReport>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_cluster.start()); }

    void runningGuestWithAnAgent()
    {
        const GuestAgentReport r = read(u"prod/shop-web-01"_s);
        QCOMPARE(r.status, GuestAgentReport::Connected);
        QCOMPARE(r.info.hostname, u"shop-web-01"_s);
        QVERIFY(!r.info.agentVersion.isEmpty());
        // The OS is the one the VMI's status names.
        const QJsonObject vmiOs = m_cluster.connection.vmis()->get(u"prod/shop-web-01"_s)["status"_L1]["guestOSInfo"_L1].toObject();
        QCOMPARE(r.info.os.name, vmiOs.value("name"_L1).toString());
        QVERIFY(!r.info.users.isEmpty());
        QVERIFY(r.info.users.first().loginTime.isValid());
        QVERIFY(!r.info.filesystems.isEmpty());
        QCOMPARE(r.info.filesystems.first().mountPoint, u"/"_s);
        QVERIFY(r.info.filesystems.first().usedFraction() > 0);
    }

    void guestWithoutAnAgent()
    {
        const GuestAgentReport r = read(u"ci/cross-arm-01"_s);
        QCOMPARE(r.status, GuestAgentReport::NoAgent);
        QCOMPARE(r.error.httpStatus, 500); // virt-api's way: see GuestAgentReader.cpp
        QVERIFY2(r.error.message.contains(u"VMI does not have guest agent connected"_s), qPrintable(r.error.message));
        QVERIFY(r.info.hostname.isEmpty());
    }

    // A stopped VM started while its events are followed: the VM's, the VMI's and the new
    // launcher pod's events arrive by themselves (watches), newest first.
    void eventsOfAStart()
    {
        const QString key = u"staging/rhel-test-01"_s;
        ops::VmEvents events(&m_cluster.connection);
        events.follow(key);
        QTRY_VERIFY_WITH_TIMEOUT(events.synced(), 10000);
        QVERIFY(events.error().ok());
        QVERIFY(events.events().isEmpty()); // it has not run since the cluster came up
        std::optional<kube::Response> started;
        QObject ctx;
        m_cluster.connection.client()->kubevirtAction(u"virtualmachines"_s, u"staging"_s, u"rhel-test-01"_s, u"start"_s, {}, &ctx,
                                                      [&started](const kube::Response &r) { started = r; });
        QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 10000);
        QVERIFY2(started->ok(), qPrintable(started->error.message));
        auto has = [&events](const QString &kind, const QString &reason) {
            const QList<core::KubeEvent> all = events.events();
            return std::any_of(all.begin(), all.end(), [&](const core::KubeEvent &e) { return e.objectKind == kind && e.reason == reason; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(u"VirtualMachine"_s, u"SuccessfulCreate"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(has(u"VirtualMachineInstance"_s, u"Started"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(has(u"Pod"_s, u"Scheduled"_s), 20000); // the launcher pod's, by uid
        const QList<core::KubeEvent> all = events.events();
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].lastSeen >= all[i].lastSeen);
        for (const core::KubeEvent &e : all)
            QVERIFY2(e.objectName == u"rhel-test-01"_s || (e.objectKind == u"Pod"_s && e.objectName.startsWith(u"virt-launcher-rhel-test-01-"_s)),
                     qPrintable(e.objectKind + u' ' + e.objectName));
        events.follow({});
        QVERIFY(events.events().isEmpty());
    }

    void stoppedVmIsNotAsked()
    {
        const GuestAgentReport r = read(u"staging/ubuntu-dev-02"_s);
        QCOMPARE(r.status, GuestAgentReport::NotRunning);
        QVERIFY(r.error.ok()); // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestOpsVmPage)
#include "test_ops_vmpage.moc"
