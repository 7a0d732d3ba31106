// What the VM page reads through ops, against the real drover-sim (which answers the guest agent
// subresources as KubeVirt v1.9's virt-api does): a running VM's agent (OS, hostname, users and
// file systems from the three subresources), a guest without an agent (KubeVirt's words), a
// stopped VM (not asked), and the VM's events as watches deliver them.
#include "GuestAgentReader.h"
#include "OpsCluster.h"
#include "VmEvents.h"

#include <QJsonArray>
#include <QSignalSpy>

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

    void stoppedVmIsNotAsked()
    {
        const GuestAgentReport r = read(u"staging/ubuntu-dev-02"_s);
        QCOMPARE(r.status, GuestAgentReport::NotRunning);
        QVERIFY(r.error.ok()); // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestOpsVmPage)
#include "test_ops_vmpage.moc"
