// The charts dock against the real drover-sim: VMs on hosts over time follows a stop, the
// allocation chart follows the host clicked in the tree and matches its bars, and a live
// migration draws its transfer rate and remaining data down to zero.
#include "ChartsPanel.h"
#include "MainWindow.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QChart>
#include <QDir>
#include <QDockWidget>
#include <QLineSeries>
#include <QTest>
#include <QTreeView>

using namespace drover;

class TestCharts : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    ui::ChartsPanel *charts() const { return parts::chartsPanel(*m_win); }
    static double lastY(const QLineSeries *s) { return s->count() ? s->at(s->count() - 1).y() : -1; }
    // VMs under real hosts, counted from the tree as the user sees it.
    int vmsOnHosts() const
    {
        auto *m = parts::hostModel(*m_win);
        int n = 0;
        for (int r = 0; r < m->rowCount(m->clusterIndex()); ++r) {
            const QModelIndex h = m->index(r, 0, m->clusterIndex());
            if (!h.data(models::RawRole).toString().isEmpty())
                n += m->rowCount(h);
        }
        return n;
    }
    QString hostOf(const QString &key) const
    {
        return parts::hostModel(*m_win)->vmIndex(key).parent().data(models::RawRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.5")}), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 900);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(parts::hostModel(*m_win)->vmIndex(QStringLiteral("prod/shop-web-01")).isValid(), 20000);
        parts::metrics(*m_win)->setInterval(150);
        parts::prompter(*m_win)->setAnswer(QStringLiteral("migrate.confirm"), true);
        parts::chartsDock(*m_win)->raise();
    }
    void cleanupTestCase() { m_win.reset(); }

    void vmsOnHostsFollowsTheCluster()
    {
        QTRY_VERIFY(charts()->vmSeries()->count() >= 3);
        QTRY_COMPARE(int(lastY(charts()->vmSeries())), vmsOnHosts());
        const int before = vmsOnHosts();
        QVERIFY(before > 10);
        const QString key = QStringLiteral("prod/shop-web-01");
        QVERIFY(!hostOf(key).isEmpty());
        m_win->runVmAction(models::VmAction::Stop, {key});
        QTRY_VERIFY_WITH_TIMEOUT(hostOf(key).isEmpty(), 15000);
        QTRY_COMPARE(int(lastY(charts()->vmSeries())), before - 1);
        // The history keeps the earlier level: the line steps down, it is not redrawn flat.
        bool sawBefore = false;
        for (int i = 0; i < charts()->vmSeries()->count(); ++i)
            sawBefore = sawBefore || int(charts()->vmSeries()->at(i).y()) == before;
        QVERIFY(sawBefore);
    }

    void allocationFollowsTheSelectedHost()
    {
        QCOMPARE(charts()->allocationChart()->title(), QStringLiteral("Allocation — cluster"));
        const QModelIndex host = parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a02"));
        QVERIFY(host.isValid());
        parts::hostTree(*m_win)->setCurrentIndex(host);
        QCOMPARE(charts()->host(), QStringLiteral("nvme-a02"));
        QCOMPARE(charts()->allocationChart()->title(), QStringLiteral("Allocation — nvme-a02"));
        const auto pct = [&](int col) { return 100 * host.siblingAtColumn(col).data(models::FractionRole).toDouble(); };
        QTRY_VERIFY(charts()->cpuSeries()->count() >= 2);
        QTRY_COMPARE(qRound(lastY(charts()->cpuSeries())), qRound(pct(models::HostTreeModel::Cpu)));
        QTRY_COMPARE(qRound(lastY(charts()->memorySeries())), qRound(pct(models::HostTreeModel::Memory)));
        QVERIFY(lastY(charts()->memorySeries()) > 0);
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->clusterIndex());
        QCOMPARE(charts()->host(), QString());
    }

    void migrationTransferIsDrawnLive()
    {
        const QString key = QStringLiteral("prod/kafka-01");
        const QString from = hostOf(key);
        QVERIFY(!from.isEmpty());
        QCOMPARE(charts()->migrationChart()->title(), QStringLiteral("Migration — none yet"));
        m_win->migrateVms({key}, QString()); // the best host
        QTRY_VERIFY_WITH_TIMEOUT(!hostOf(key).isEmpty() && hostOf(key) != from, 30000);
        QVERIFY(charts()->migration().startsWith(QStringLiteral("prod/")));
        const QLineSeries *rem = charts()->remainingSeries();
        const QLineSeries *rate = charts()->rateSeries();
        QTRY_VERIFY(rem->count() >= 3);
        QCOMPARE(lastY(rem), 0.0); // done: nothing left to copy
        for (int i = 1; i < rem->count(); ++i)
            QVERIFY2(rem->at(i).y() <= rem->at(i - 1).y(), "remaining data never grows for a converging guest");
        QVERIFY(rem->at(0).y() >= 1024); // kafka-01 has GiBs of memory to copy
        double maxRate = 0;
        for (int i = 0; i < rate->count(); ++i)
            maxRate = qMax(maxRate, rate->at(i).y());
        QVERIFY2(maxRate > 100, qPrintable(QString::number(maxRate))); // MiB/s
        QCOMPARE(charts()->migrationChart()->title(), QStringLiteral("Migration of kafka-01"));
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(m_win->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/charts-window.png")));
        QVERIFY(charts()->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/charts-panel.png")));
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
