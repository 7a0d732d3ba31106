// The main window as a tenant of one namespace, against a real kube-apiserver (RbacCluster.h:
// alice may read KubeVirt objects in team-a, start VMs and open VNC there, nothing else): the VM
// list shows team-a's VMs, the host pane says the account may not see hosts, the Ceph status says
// it may not read Ceph clusters, no red banner, and Stop is greyed with the reason in its tooltip.
#include "HostDetails.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "RbacCluster.h"
#include "WindowParts.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace drover;
using models::VmAction;
using models::VmTableModel;

class TestRbacGui : public QObject
{
    Q_OBJECT
    test::RbacCluster m_cluster;
    std::unique_ptr<ui::MainWindow> m_win;

    void shot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        const QString path = QDir(QStringLiteral(DROVER_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
        QVERIFY(m_win->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    void select(const QString &key)
    {
        QTableView *t = parts::vmTable(*m_win);
        const QModelIndex idx = parts::tableIndexOf(*m_win, key, VmTableModel::Name);
        QVERIFY(idx.isValid());
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(idx).center());
        QCOMPARE(parts::targets(*m_win), QStringList{key});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.server.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 860);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        const QString kubeconfig = m_cluster.kubeconfig(QStringLiteral("alice"), QStringLiteral("team-a"));
        QVERIFY(!kubeconfig.isEmpty());
        QVERIFY(m_win->openKubeconfig({kubeconfig}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
    }

    void cleanupTestCase()
    {
        m_win.reset();
        m_cluster.server.stop();
    }

    void showsTheTenantsVms()
    {
        QTRY_COMPARE_WITH_TIMEOUT(parts::vmModel(*m_win)->rowCount(), 3, 10000);
        for (const char *k : {"team-a/web-01", "team-a/web-02", "team-a/db-01"})
            QVERIFY2(parts::vmModel(*m_win)->rowOf(QString::fromLatin1(k)) >= 0, k);
        QTRY_COMPARE(parts::vmModel(*m_win)->index(parts::vmModel(*m_win)->rowOf(QStringLiteral("team-a/web-01")), VmTableModel::Status).data().toString(),
                     QStringLiteral("Running"));
        auto *scope = m_win->findChild<QLabel *>(QStringLiteral("scopeLabel"));
        QVERIFY(scope);
        QTRY_VERIFY(scope->isVisible());
        QCOMPARE(scope->text(), QStringLiteral("Namespace team-a"));
        QVERIFY(scope->toolTip().contains(QLatin1String("may not list VMs in every namespace")));
    }

    void saysWhatItMayNotSee()
    {
        auto *stack = m_win->findChild<QStackedWidget *>(QStringLiteral("hostStack"));
        auto *note = m_win->findChild<QLabel *>(QStringLiteral("hostAccessNote"));
        QVERIFY(stack && note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY(!parts::hostTree(*m_win)->isVisible());
        QVERIFY(note->text().startsWith(QLatin1String("Your account may not see hosts (nodes are forbidden at the cluster scope)")));
        auto *ceph = m_win->findChild<QLabel *>(QStringLiteral("cephLabel"));
        QVERIFY(ceph);
        QTRY_COMPARE(ceph->text(), QStringLiteral("Ceph: your account may not read Ceph clusters"));
        // The host details of a host known from a VM's instance: no report, and why.
        parts::hostDetails(*m_win)->showHost(QStringLiteral("worker-1"));
        QTRY_VERIFY(parts::hostDetails(*m_win)->headline().contains(QLatin1String("your account may not read the agents' reports")));
        // Nothing it may not read is an error: no red banner, the state stays Synced.
        QVERIFY(!(parts::connectionBanner(*m_win)->isVisible() &&
                  parts::connectionBanner(*m_win)->severity() == ui::MessageBanner::Severity::Error));
        QCOMPARE(m_win->connection()->state(), ops::ClusterConnection::State::Synced);
    }

    void greysWhatItMayNotDo()
    {
        select(QStringLiteral("team-a/web-01"));
        QAction *stop = parts::vmAction(*m_win, VmAction::Stop);
        QAction *pause = parts::vmAction(*m_win, VmAction::Pause);
        // The rights come back asynchronously; then Stop is greyed and says why.
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), 10000);
        QCOMPARE(stop->toolTip(), QStringLiteral("Your account may not stop VMs in namespace team-a."));
        QVERIFY(!pause->isEnabled());
        QCOMPARE(pause->toolTip(), QStringLiteral("Your account may not pause VMs in namespace team-a."));
        QVERIFY(!parts::vmAction(*m_win, VmAction::ForceStop)->isEnabled());
        QVERIFY(!parts::vmAction(*m_win, VmAction::Restart)->isEnabled());
        QTRY_VERIFY(!parts::editVmAction(*m_win)->isEnabled()); // Edit (Ctrl+E) is a patch she may not send
        QCOMPARE(parts::editVmAction(*m_win)->toolTip(), QStringLiteral("Your account may not change VMs in namespace team-a (patch virtualmachines)."));
        // VNC is hers in team-a: the console stays available.
        QVERIFY(parts::consoleAction(*m_win)->isEnabled());
        QVERIFY(!parts::consoleAction(*m_win)->toolTip().contains(QLatin1String("may not")));
        // The host actions have no host to act on, and the account may not patch nodes.
        QVERIFY(!parts::enterMaintenanceAction(*m_win)->isEnabled());
        shot(QStringLiteral("rbac-tenant"));
    }
};

QTEST_MAIN(TestRbacGui)
#include "test_rbac_gui.moc"
