// The Plan panel ("droverd's plan") of the real MainWindow against drover-sim (the drain
// scenario): a HostMaintenance for d1 (policy Stop) and a SnapshotSchedule are both listed, each
// with the lines of the plan droverd would follow — compared line for line with what a real
// `droverd plan` process prints for the same cluster (ops::IntentPlans is the one home of both).
// The header names the cluster and says droverd's CRDs are served. Screenshots: plan-*.png in the
// build tree and /tmp.
#include "MainWindow.h"
#include "MaintenanceHandoff.h"
#include "PlanPanel.h"
#include "PlanTreeModel.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QTest>
#include <QTreeView>

using namespace drover;

namespace {
using Plans = QList<QPair<QString, QStringList>>; // title -> lines, in order

// `droverd plan` output as titles and their lines ("SnapshotSchedule: none" and the like aside).
Plans parse(const QString &out)
{
    Plans plans;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("  ")) && !plans.isEmpty())
            plans.last().second << line.mid(2);
        else if (line.endsWith(QLatin1Char(':')))
            plans.append({line.chopped(1), {}});
    }
    return plans;
}
} // namespace

class TestPlanGui : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    ui::PlanPanel *panel() const { return parts::planPanel(*m_win); }
    Plans shown() const
    {
        Plans plans;
        const models::PlanTreeModel *m = panel()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            plans.append({m->item(r)->text(), m->linesOf(r)});
        return plans;
    }
    QString droverdPlan() const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DROVERD_BIN), {QStringLiteral("plan"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig()});
        if (!p.waitForFinished(60000))
            return QStringLiteral("<droverd plan did not finish>");
        return QString::fromUtf8(p.readAll());
    }
    static void shot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
        QVERIFY(w->grab().save(QStringLiteral("/tmp/") + name + QStringLiteral(".png")));
    }
    static QString text(const Plans &plans)
    {
        QStringList out;
        for (const auto &p : plans)
            out << p.first + QLatin1Char(':') << p.second.join(QLatin1String("\n  ")).prepend(QLatin1String("  "));
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("1"), QStringLiteral("--scenario"),
                              QStringLiteral(DROVER_SCENARIOS "/drain.yaml")}), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 900);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 30000);
        parts::planDock(*m_win)->show();
        parts::planDock(*m_win)->raise();
        m_win->resizeDocks({parts::planDock(*m_win)}, {360}, Qt::Vertical);
    }
    void cleanupTestCase()
    {
        m_win.reset();
        m_sim.stop();
    }

    void emptyAtFirst()
    {
        // The panel says "Listing the cluster…" until its first plan after the sync: wait for it.
        QTRY_COMPARE(panel()->model()->rowCount(), 1);
        QTRY_COMPARE(panel()->model()->item(0)->text(), QStringLiteral("No SnapshotSchedule or HostMaintenance: droverd has nothing to do."));
        QVERIFY2(panel()->header()->text().contains(QStringLiteral("droverd's CRDs are served")), qPrintable(panel()->header()->text()));
        QVERIFY(panel()->header()->text().contains(m_win->connection()->server()));
    }

    void bothIntentsAsDroverdPlansThem()
    {
        bool handed = false;
        QObject ctx;
        ops::handToDroverd(m_win->connection(), {QStringLiteral("d1"), reconcile::VmPolicy::Stop, QStringLiteral("swap DIMM B2")}, &ctx,
                           [&handed](const Result<void> &r) { handed = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(handed, 10000);
        core::SnapshotScheduleObject s;
        s.meta.ns = QStringLiteral("prod");
        s.meta.name = QStringLiteral("db-nightly");
        s.schedule = QStringLiteral("30 2 * * *");
        s.timeZone = QStringLiteral("Europe/Berlin");
        s.vmNames = {QStringLiteral("db-01"), QStringLiteral("web-01")};
        s.keepLast = 7;
        bool created = false;
        connect(parts::schedules(*m_win), &ops::Schedules::finished, &ctx, [&created](const ops::ScheduleResult &r) { created = r.ok(); });
        parts::schedules(*m_win)->submit({ops::ScheduleRequest::Create, s});
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);

        QTRY_VERIFY_WITH_TIMEOUT(panel()->model()->rowCount() == 2 && parts::intentPlans(*m_win)->settled(), 30000);
        const Plans gui = shown();
        QCOMPARE(gui.at(0).first, QStringLiteral("SnapshotSchedule prod/db-nightly"));
        QCOMPARE(gui.at(1).first, QStringLiteral("Node d1 — HostMaintenance d1"));
        for (const auto &p : gui) {
            QVERIFY2(!p.second.isEmpty(), qPrintable(p.first));
            QVERIFY2(!p.second.contains(QStringLiteral("planning…")), qPrintable(text(gui)));
        }
        // droverd's own words for the same cluster (a second or so later: compare again when a
        // line that tells the time moved on meanwhile).
        QString printed;
        const bool same = QTest::qWaitFor([&] {
            printed = droverdPlan();
            return parse(printed) == shown();
        }, 30000);
        QVERIFY2(same, qPrintable(QStringLiteral("droverd plan:\n%1\npanel:\n%2").arg(printed, text(shown()))));
        parts::planPanel(*m_win)->tree()->setCurrentIndex(panel()->model()->index(1, 0));
        QTest::qWait(300);
        shot(parts::planDock(*m_win), QStringLiteral("plan-panel"));
        shot(m_win.get(), QStringLiteral("plan-window"));
    }

    void viewMenuEntry()
    {
        QAction *toggle = parts::planDock(*m_win)->toggleViewAction();
        QCOMPARE(toggle->text(), QStringLiteral("droverd's Plan"));
        toggle->trigger();
        QVERIFY(!parts::planDock(*m_win)->isVisible());
        toggle->trigger();
        QVERIFY(parts::planDock(*m_win)->isVisible());
    }
};

QTEST_MAIN(TestPlanGui)
#include "test_plangui.moc"
