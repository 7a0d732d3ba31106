// Hosts as their agents report them, against the real drover-sim: health badges on the tree,
// the host details (NVMe wear and errors, OSDs, searchable inventory), and faults injected in
// the simulator — a failing drive, a down OSD — showing up without opening anything; and a report
// a real drover-agent published (`publish`, the DaemonSet's mode) shown like the others.
#include "HostDetails.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace drover;

class TestHostHealth : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    void admin(const QString &what, const QString &query)
    {
        bool done = false, ok = false;
        m_win->connection()->client()->request("POST", QStringLiteral("/drover-sim/v1/") + what, QUrlQuery(query), {}, this,
                                               [&](const kube::Response &r) {
                                                   ok = r.ok();
                                                   done = true;
                                               });
        QTRY_VERIFY(done);
        QVERIFY(ok);
    }
    QString statusOf(const QString &host) const
    {
        return parts::hostModel(*m_win)->hostIndex(host).siblingAtColumn(models::HostTreeModel::Status).data().toString();
    }
    QString tipOf(const QString &host) const
    {
        return parts::hostModel(*m_win)->hostIndex(host).siblingAtColumn(models::HostTreeModel::Status).data(Qt::ToolTipRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 900);
        m_win->show();
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_COMPARE(parts::health(*m_win)->hosts().size(), 6);
    }
    void cleanupTestCase() { m_win.reset(); }

    void wornDriveIsAWarningOnTheTree()
    {
        QTRY_VERIFY(statusOf(QStringLiteral("nvme-a04")).endsWith(QStringLiteral("warning")));
        QVERIFY(tipOf(QStringLiteral("nvme-a04")).contains(QStringLiteral("nvme1: 84 % of rated endurance used")));
        QCOMPARE(statusOf(QStringLiteral("nvme-a01")), QStringLiteral("Ready"));
        QVERIFY(m_win->findChild<QLabel *>(QStringLiteral("cephLabel"))->text().startsWith(QStringLiteral("Ceph HEALTH_OK · ")));
    }

    void detailsShowDrivesOsdsAndInventory()
    {
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a01")));
        ui::HostDetails *d = parts::hostDetails(*m_win);
        QCOMPARE(d->host(), QStringLiteral("nvme-a01"));
        QVERIFY(d->headline().contains(QStringLiteral("healthy")));
        QCOMPARE(d->drives()->rowCount(), 2);
        QCOMPARE(d->drives()->item(0, 1)->text(), QStringLiteral("SAMSUNG MZQL27T6HBLA-00A07"));
        QCOMPARE(d->osds()->rowCount(), 2);
        QCOMPARE(d->osds()->item(0, 0)->text(), QStringLiteral("osd.0"));
        QCOMPARE(d->osds()->item(0, 3)->text(), QStringLiteral("up"));
        QVERIFY(d->inventoryText().contains(QStringLiteral("CPU › Model: AMD EPYC 9354 32-Core Processor")));
        d->inventoryFilter()->setText(QStringLiteral("mlx5"));
        const QStringList lines = d->inventoryText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // the ConnectX-6 in PCI and its two ports
        for (const QString &l : lines)
            QVERIFY2(l.contains(QStringLiteral("mlx5")), qPrintable(l));
        d->inventoryFilter()->clear();
    }

    void aFailingDriveTurnsTheHostCritical()
    {
        admin(QStringLiteral("fail-drive"), QStringLiteral("host=nvme-a01&drive=nvme1"));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("nvme-a01")).endsWith(QStringLiteral("critical")), 10000);
        QVERIFY(tipOf(QStringLiteral("nvme-a01")).contains(QStringLiteral("nvme1: critical warning (spare below threshold, reliability degraded)")));
        QVERIFY(tipOf(QStringLiteral("nvme-a01")).contains(QStringLiteral("nvme1: 17 new media errors")));
        ui::HostDetails *d = parts::hostDetails(*m_win);
        QTRY_VERIFY(d->headline().contains(QStringLiteral("critical")));
        QVERIFY(d->drives()->item(1, 11)->text().contains(QStringLiteral("SMART self-assessment failed")));
        parts::hostDock(*m_win)->raise();
        QTest::qWait(200);
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(m_win->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/host-health.png")));
    }

    void aDownOsdReachesTheBannerAndTheHost()
    {
        QVERIFY(parts::storageBanner(*m_win)->text().isEmpty());
        admin(QStringLiteral("osd-down"), QStringLiteral("id=2")); // the second host's first OSD
        QTRY_VERIFY_WITH_TIMEOUT(parts::storageBanner(*m_win)->text().contains(QStringLiteral("HEALTH_WARN: 1 osds down")), 10000);
        QVERIFY(m_win->findChild<QLabel *>(QStringLiteral("cephLabel"))->text().startsWith(QStringLiteral("Ceph HEALTH_WARN")));
        QTRY_VERIFY(statusOf(QStringLiteral("nvme-a02")).endsWith(QStringLiteral("critical")));
        QVERIFY(tipOf(QStringLiteral("nvme-a02")).contains(QStringLiteral("osd.2 is down")));
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a02")));
        parts::hostDetails(*m_win)->tabs()->setCurrentIndex(1);
        QCOMPARE(parts::hostDetails(*m_win)->osds()->item(0, 3)->text(), QStringLiteral("down"));
        QVERIFY(m_win->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/host-osd-down.png")));
        admin(QStringLiteral("osd-up"), QStringLiteral("id=2"));
        QTRY_VERIFY_WITH_TIMEOUT(parts::storageBanner(*m_win)->text().isEmpty(), 10000);
    }

    // A real drover-agent publishes a captured server's report (two Micron 7450, one failing) for
    // nvme-a06, as the DaemonSet would: the console shows that machine, read from the cluster.
    void aReportARealAgentPublishedIsShown()
    {
        QProcess agent;
        agent.setProcessChannelMode(QProcess::MergedChannels);
        agent.start(QStringLiteral(DROVER_AGENT_BIN), {QStringLiteral("publish"), QStringLiteral("--once"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig(),
                                                       QStringLiteral("--node"), QStringLiteral("nvme-a06"), QStringLiteral("--root"),
                                                       qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/agent/xeon-micron-failing")});
        QTRY_VERIFY_WITH_TIMEOUT(agent.state() == QProcess::NotRunning, 20000); // the event loop keeps the window's watches alive
        QVERIFY2(agent.exitCode() == 0, agent.readAll().constData());
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("nvme-a06")).endsWith(QStringLiteral("critical")), 10000);
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a06")));
        ui::HostDetails *d = parts::hostDetails(*m_win);
        d->tabs()->setCurrentIndex(0);
        QTRY_COMPARE(d->drives()->rowCount(), 2);
        QCOMPARE(d->drives()->item(0, 1)->text(), QStringLiteral("Micron_7450_MTFDKCC7T6TFR"));
        QVERIFY(d->inventoryText().contains(QStringLiteral("SYS-121C-TN10R")));
        parts::hostDock(*m_win)->raise();
        QTest::qWait(200);
        QVERIFY(m_win->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/host-published.png")));
    }

    void aGarbledReportIsSaidNotHidden()
    {
        const models::HostHealth h = models::HostHealth::fromReport(QJsonObject{{QStringLiteral("schema"), QStringLiteral("something/else")}});
        QCOMPARE(h.level, models::Health::Unknown);
        QCOMPARE(h.error, QStringLiteral("unknown report schema \"something/else\""));
        QCOMPARE(models::HostHealth::fromReport({}).error, QStringLiteral("no report yet"));
    }
};

QTEST_MAIN(TestHostHealth)
#include "test_hosthealth.moc"
