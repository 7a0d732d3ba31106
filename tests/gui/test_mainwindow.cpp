// The main window against the real drover-sim: the demo's 40 VMs arrive, Stop and Start on a
// selected VM (by toolbar action and by shortcut) reach Stopped and Running through the watch,
// a refused action is explained in plain words, and screenshots land in the build tree.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SimProcess.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>
#include <QTreeView>

using namespace drover;
using models::VmAction;
using models::VmTableModel;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    void shot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        const QString path = QDir(QStringLiteral(DROVER_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
        QVERIFY(m_win->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    QString statusOf(const QString &key) const
    {
        const int row = m_win->vmModel()->rowOf(key);
        return row < 0 ? QString() : m_win->vmModel()->index(row, VmTableModel::Status).data().toString();
    }
    // Select a VM in the table by clicking its row, as a user would.
    void selectInTable(const QString &key)
    {
        activate();
        QTableView *t = m_win->vmTable();
        const QModelIndex src = m_win->vmModel()->index(m_win->vmModel()->rowOf(key), VmTableModel::Name);
        const QModelIndex idx = m_win->vmProxy()->mapFromSource(src);
        QVERIFY(idx.isValid());
        t->scrollTo(idx);
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(idx).center());
        QCOMPARE(m_win->targetKeys(), QStringList{key});
    }
    // Shortcuts need the window active; a dialog that was open may have taken it.
    void activate()
    {
        m_win->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
    }
    // A running VM whose name sorts first: stable across runs.
    QString firstRunningVm() const
    {
        auto *p = m_win->vmProxy();
        for (int r = 0; r < p->rowCount(); ++r) {
            const QModelIndex i = p->index(r, VmTableModel::Status);
            if (i.data().toString() == QLatin1String("Running") &&
                i.data(models::KeyRole).toString().startsWith(QLatin1String("prod/")))
                return i.data(models::KeyRole).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.2")}), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 860);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QVERIFY(!m_win->showsConfigError());
        QTRY_COMPARE_WITH_TIMEOUT(m_win->vmModel()->rowCount(), 40, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QVERIFY(m_win->windowTitle().contains(QStringLiteral("drover-sim")));
    }

    void cleanupTestCase()
    {
        m_win.reset(); // the informers go before the simulator
        m_sim.stop();
    }

    void showsTheCluster()
    {
        QTRY_VERIFY(m_win->hostModel()->rowCount(m_win->hostModel()->clusterIndex()) >= 6);
        QVERIFY(m_win->hostModel()->hostIndex(QStringLiteral("nvme-a01")).isValid());
        for (VmAction a : models::allVmActions)
            QVERIFY(!m_win->vmAction(a)->isEnabled()); // nothing selected yet
        // The counters follow the model (they refresh on the next event-loop turn).
        auto *count = m_win->findChild<QLabel *>(QStringLiteral("vmCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("40 VM(s)"));
        shot(QStringLiteral("mainwindow-overview"));
    }

    void stopAndStartSelectedVm()
    {
        const QString key = firstRunningVm();
        QVERIFY(!key.isEmpty());
        selectInTable(key);
        QTRY_VERIFY(m_win->vmAction(VmAction::Stop)->isEnabled());
        QVERIFY(!m_win->vmAction(VmAction::Start)->isEnabled());
        QVERIFY(m_win->vmAction(VmAction::Pause)->isEnabled());

        // Stop by keyboard shortcut in the table.
        m_win->vmTable()->setFocus();
        QTest::keyClick(m_win->vmTable(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_win->actionBanner()->text().contains(key));
        shot(QStringLiteral("mainwindow-stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Stopped"), 30000);
        QTRY_VERIFY(m_win->actionBanner()->text().contains(QStringLiteral("stopped")));
        QTRY_VERIFY(m_win->vmAction(VmAction::Start)->isEnabled());
        QVERIFY(!m_win->vmAction(VmAction::Stop)->isEnabled());
        // In the tree the VM is now under "Not running".
        QTRY_COMPARE(m_win->hostModel()->vmIndex(key).parent(), m_win->hostModel()->hostIndex(QString()));
        shot(QStringLiteral("mainwindow-stopped"));

        // Start through the toolbar action.
        m_win->vmAction(VmAction::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Running"), 30000);
        QTRY_VERIFY(m_win->actionBanner()->text().contains(QStringLiteral("running")));
        QTRY_VERIFY(m_win->vmAction(VmAction::Stop)->isEnabled());
        QVERIFY(m_win->hostModel()->vmIndex(key).parent() != m_win->hostModel()->hostIndex(QString()));
    }

    void pauseAndResumeByShortcut()
    {
        const QString key = firstRunningVm();
        selectInTable(key);
        QTRY_VERIFY(m_win->vmAction(VmAction::Pause)->isEnabled());
        QTest::keyClick(m_win->vmTable(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Paused"), 20000);
        QTRY_VERIFY(m_win->vmAction(VmAction::Resume)->isEnabled());
        QTest::keyClick(m_win->vmTable(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Running"), 20000);
    }

    void refusedActionIsExplained()
    {
        // Starting a running VM: KubeVirt answers 409; the banner says so in words.
        const QString key = firstRunningVm();
        m_win->actionBanner()->clear();
        m_win->runVmAction(VmAction::Start, {key});
        QTRY_COMPARE(m_win->actionBanner()->severity(), ui::MessageBanner::Severity::Error);
        const QString text = m_win->actionBanner()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Could not start %1:").arg(key)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("KubeVirt refused it in the VM's current state: ")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Reload and try again")), qPrintable(text));
        QVERIFY(m_win->actionBanner()->isVisible());
        QCOMPARE(m_win->vmModel()->rowCount(), 40); // the window kept its state
        shot(QStringLiteral("mainwindow-error"));
    }

    void missingKubeVirtApiIsNamed()
    {
        // virt-api down: the banner names KubeVirt's API and what to check, not a bare 503.
        const QString key = firstRunningVm();
        const auto setVirtApi = [this](bool up) {
            int code = 0;
            m_win->connection()->client()->request("POST", QStringLiteral("/drover-sim/v1/virt-api"),
                                                   QUrlQuery(up ? QStringLiteral("up=true") : QStringLiteral("up=false")), {}, this,
                                                   [&code](const kube::Response &r) { code = r.httpStatus; });
            return QTest::qWaitFor([&code] { return code != 0; }, 10000) && code == 200;
        };
        QVERIFY(setVirtApi(false));
        m_win->actionBanner()->clear();
        m_win->runVmAction(VmAction::Stop, {key});
        QTRY_COMPARE(m_win->actionBanner()->severity(), ui::MessageBanner::Severity::Error);
        const QString text = m_win->actionBanner()->text();
        shot(QStringLiteral("mainwindow-virtapi-down"));
        QVERIFY(setVirtApi(true));
        QVERIFY2(text.startsWith(QStringLiteral("Could not stop %1: the cluster knows KubeVirt's API subresources.kubevirt.io/v1, "
                                                "but its server (virt-api) does not answer (503 service unavailable)").arg(key)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("kubectl -n kubevirt get pods -l kubevirt.io=virt-api")), qPrintable(text));
        QCOMPARE(statusOf(key), QStringLiteral("Running"));
    }

    void forceStopAsksFirst()
    {
        const QString key = firstRunningVm();
        selectInTable(key);
        QTRY_VERIFY(m_win->vmAction(VmAction::ForceStop)->isEnabled());
        m_win->vmAction(VmAction::ForceStop)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_win->findChild<QMessageBox *>(QStringLiteral("forceStopConfirmation"))));
        QVERIFY(box->text().contains(key));
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(box->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/forcestop-confirm.png")));
        box->button(QMessageBox::Cancel)->click(); // declined: nothing happens
        QTest::qWait(300);
        QCOMPARE(statusOf(key), QStringLiteral("Running"));
        m_win->vmAction(VmAction::ForceStop)->trigger();
        QTRY_VERIFY((box = m_win->findChild<QMessageBox *>(QStringLiteral("forceStopConfirmation"))));
        const auto buttons = box->buttons();
        for (QAbstractButton *b : buttons)
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Stopped"), 20000);
        m_win->runVmAction(VmAction::Start, {key});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(key), QStringLiteral("Running"), 30000);
    }

    void filterAndTree()
    {
        activate();
        QTest::keyClick(m_win.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_win->filterEdit()->hasFocus());
        QTest::keyClicks(m_win->filterEdit(), QStringLiteral("windows"));
        QTRY_VERIFY(m_win->vmProxy()->rowCount() > 0);
        QVERIFY(m_win->vmProxy()->rowCount() < 40);
        for (int r = 0; r < m_win->vmProxy()->rowCount(); ++r)
            QVERIFY(m_win->vmProxy()->index(r, VmTableModel::Os).data().toString().contains(QStringLiteral("Windows")));
        shot(QStringLiteral("mainwindow-filtered"));
        m_win->filterEdit()->clear();
        QCOMPARE(m_win->vmProxy()->rowCount(), 40);
        // A VM picked in the host tree becomes the actions' target.
        const QString key = firstRunningVm();
        const QModelIndex vm = m_win->hostModel()->vmIndex(key);
        m_win->hostTree()->scrollTo(vm);
        QTest::mouseClick(m_win->hostTree()->viewport(), Qt::LeftButton, {}, m_win->hostTree()->visualRect(vm).center());
        QCOMPARE(m_win->targetKeys(), QStringList{key});
        QVERIFY(m_win->vmAction(VmAction::Stop)->isEnabled());
    }

    void unreachableKeepsLastState()
    {
        // The cluster goes away: the window keeps its rows, says so, and the informers retry.
        m_win->actionBanner()->clear();
        m_sim.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Reconnecting, 20000);
        QCOMPARE(m_win->vmModel()->rowCount(), 40);
        QVERIFY(m_win->connectionBanner()->isVisible());
        QVERIFY2(m_win->connectionBanner()->text().contains(m_sim.serverUrl()), qPrintable(m_win->connectionBanner()->text()));
        shot(QStringLiteral("mainwindow-unreachable"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
