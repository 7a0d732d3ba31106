// Host ▸ Enter Maintenance… as an admin uses it, against drover-sim's demo cluster (6 hosts) and
// a generated one (500 hosts, 10,000 VMs): the preflight plan before anything happens (blockers
// first, in red and in words, Apply greyed until the admin lets Drover stop what cannot move),
// Apply, the host's state in the tree and on the map, the Maintenance panel, and leaving; and a
// maintenance handed to droverd (a real droverd process), shown from its HostMaintenance's status.
// Screenshots: maintenance-*.png in the build tree.
#include "HostMap.h"
#include "MainWindow.h"
#include "MaintenanceDialog.h"
#include "MaintenancePanel.h"
#include "MaintenancePreview.h"
#include "SimProcess.h"
#include "MaintenanceHandoff.h"
#include "WindowParts.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QLineEdit>
#include <QJsonObject>
#include <QTreeView>

using namespace drover;

class TestMaintenanceGui : public QObject
{
    Q_OBJECT

    static QString shot(const QString &name) { return QStringLiteral(DROVER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png"); }

    static QString statusOf(ui::MainWindow &w, const QString &host)
    {
        return parts::hostModel(w)->hostIndex(host).siblingAtColumn(models::HostTreeModel::Status).data().toString();
    }

    // Opens the dialog for host through the Host menu's action, as a click would.
    static ui::MaintenanceDialog *openDialog(ui::MainWindow &w, const QString &host)
    {
        parts::hostTree(w)->setCurrentIndex(parts::hostModel(w)->hostIndex(host));
        if (w.currentHost() != host) {
            qWarning("current host is '%s', not '%s'", qPrintable(w.currentHost()), qPrintable(host));
            return nullptr;
        }
        parts::enterMaintenanceAction(w)->trigger();
        ui::MaintenanceDialog *d = parts::maintenanceDialog(w);
        if (!d)
            qWarning("no dialog (action enabled: %d)", parts::enterMaintenanceAction(w)->isEnabled());
        if (!d || !QTest::qWaitFor([d] { return d->preview()->synced() && d->table()->model()->rowCount() > 0; }, 30000))
            return nullptr;
        QTest::qWait(300); // Ceph's answer, then paint
        return d;
    }

    static bool connectTo(ui::MainWindow &w, test::SimProcess &sim)
    {
        w.resize(1440, 900);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openKubeconfig({sim.kubeconfig()}))
            return false;
        return QTest::qWaitFor(
            [&] { return w.connection()->state() == ops::ClusterConnection::State::Synced && parts::hostsShown(w); }, 60000);
    }

    static QString panelPhase(ui::MainWindow &w, const QString &host)
    {
        const QAbstractItemModel *m = parts::maintenancePanel(w)->hostTable()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == host)
                return m->index(r, 1).data().toString();
        return {};
    }

private Q_SLOTS:
    // Enter Maintenance… handed to droverd: the console writes the HostMaintenance and runs
    // nothing itself; droverd drains d1; the panel follows its status; Leave asks droverd.
    void handedToDroverd()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("1"), QStringLiteral("--scenario"),
                            QStringLiteral(DROVER_SCENARIOS "/drain.yaml")}), qPrintable(sim.error()));
        ui::MainWindow w;
        QVERIFY(connectTo(w, sim));
        for (const char *n : {"d2", "d3", "d4"})
            parts::maintenance(w)->setCordoned(QLatin1String(n), false);
        QVERIFY(QTest::qWaitFor([&] {
            for (const char *n : {"d2", "d3", "d4"})
                if (w.connection()->nodes()->get(QLatin1String(n)).value(QStringLiteral("spec")).toObject().value(QStringLiteral("unschedulable")).toBool())
                    return false;
            return true;
        }, 10000));
        ui::MaintenanceDialog *d = openDialog(w, QStringLiteral("d1"));
        QVERIFY(d);
        QVERIFY(QTest::qWaitFor([d] { return d->applyButton()->isEnabled(); }, 10000));
        QVERIFY2(d->droverdCheck()->isEnabled(), qPrintable(d->droverdCheck()->toolTip()));
        d->droverdCheck()->setChecked(true);
        d->findChild<QLineEdit *>()->setText(QStringLiteral("swap DIMM B2"));
        QVERIFY(d->grab().save(shot(QStringLiteral("maintenance-handoff-dialog"))));
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return ops::handledByDroverd(w.connection(), QStringLiteral("d1")); }, 10000));
        const QJsonObject spec = ops::hostMaintenanceFor(w.connection(), QStringLiteral("d1")).value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("reason")).toString(), QStringLiteral("swap DIMM B2"));
        QCOMPARE(spec.value(QStringLiteral("policy")).toString(), QStringLiteral("Refuse"));
        QVERIFY(QTest::qWaitFor([&] { return panelPhase(w, QStringLiteral("d1")) == QLatin1String("droverd: not started"); }, 5000));

        QProcess droverd;
        droverd.setProcessChannelMode(QProcess::MergedChannels);
        droverd.start(QStringLiteral(DROVERD_BIN), {QStringLiteral("--kubeconfig"), sim.kubeconfig(), QStringLiteral("--listen"),
                                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--pass-interval"), QStringLiteral("0.5")});
        QVERIFY(QTest::qWaitFor([&] { return panelPhase(w, QStringLiteral("d1")) == QLatin1String("droverd: Draining"); }, 20000));
        QTest::qWait(1000);
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-handoff-draining"))));
        QVERIFY2(QTest::qWaitFor([&] { return panelPhase(w, QStringLiteral("d1")) == QLatin1String("droverd: InMaintenance"); }, 90000),
                 qPrintable(panelPhase(w, QStringLiteral("d1")) + QString::fromUtf8(droverd.readAll())));
        // The console ran none of it: no session of its own for d1, one row in the panel.
        QVERIFY(!parts::maintenance(w)->progress(QStringLiteral("d1")));
        QCOMPARE(parts::maintenancePanel(w)->hostTable()->model()->rowCount(), 1);
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-handoff-ready"))));
        // Leave, from the panel's button: droverd brings it back.
        parts::maintenancePanel(w)->hostTable()->selectRow(0);
        QPushButton *leave = nullptr;
        for (QPushButton *b : parts::maintenancePanel(w)->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Leave Maintenance"))
                leave = b;
        QVERIFY(leave && leave->isEnabled());
        QTest::mouseClick(leave, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return panelPhase(w, QStringLiteral("d1")) == QLatin1String("droverd: Done"); }, 60000),
                 qPrintable(panelPhase(w, QStringLiteral("d1"))));
        QVERIFY(!w.connection()->nodes()->get(QStringLiteral("d1")).value(QStringLiteral("spec")).toObject().value(QStringLiteral("unschedulable")).toBool());
        QVERIFY(!parts::maintenance(w)->progress(QStringLiteral("d1")));
        droverd.terminate();
        QVERIFY(droverd.waitForFinished(10000));
    }

    void demoClusterBlockedThenStoppedThenDrained()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.1")}), qPrintable(sim.error()));
        ui::MainWindow w;
        QVERIFY(connectTo(w, sim));
        QVERIFY(QTest::qWaitFor([&] { return parts::vmModel(w)->rowCount() >= 40; }, 20000));
        // pg-archive-01 has a ReadWriteOnce disk and KubeVirt evicts with LiveMigrate: its host's
        // drain is refused until the admin lets Drover stop it.
        const QString archiveHost =
            parts::hostModel(w)->vmIndex(QStringLiteral("prod/pg-archive-01")).parent().siblingAtColumn(0).data(models::RawRole).toString();
        QVERIFY(!archiveHost.isEmpty());
        ui::MaintenanceDialog *d = openDialog(w, archiveHost);
        QVERIFY(d);
        QVERIFY(!d->applyButton()->isEnabled());
        auto *blockers = d->findChild<QLabel *>(QStringLiteral("maintenanceBlockers"));
        QVERIFY(blockers && blockers->isVisible());
        QVERIFY2(blockers->text().contains(QStringLiteral("prod/pg-archive-01")), qPrintable(blockers->text()));
        QVERIFY2(blockers->text().contains(QStringLiteral("DisksNotLiveMigratable")), qPrintable(blockers->text()));
        // Blockers first, in the table too.
        QCOMPARE(d->table()->model()->index(0, 0).data().toString(), QStringLiteral("prod/pg-archive-01"));
        QVERIFY(d->grab().save(shot(QStringLiteral("maintenance-preflight-blocked"))));
        d->stopCheck()->setChecked(true);
        d->restartCheck()->setChecked(true);
        QVERIFY(QTest::qWaitFor([d] { return d->applyButton()->isEnabled(); }, 10000));
        QVERIFY(!blockers->isVisible());
        QVERIFY(d->grab().save(shot(QStringLiteral("maintenance-preflight-stop"))));
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return parts::maintenanceDialog(w) == nullptr; }, 5000));
        QVERIFY(parts::maintenanceDock(w)->isVisible());
        // Draining: the tree and the panel say so while it happens.
        QVERIFY(QTest::qWaitFor([&] { return statusOf(w, archiveHost) == QLatin1String("Entering maintenance"); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return parts::maintenancePanel(w)->hostTable()->model()->rowCount() == 1; }, 10000));
        QTest::qWait(1500);
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-draining"))));
        QVERIFY(QTest::qWaitFor([&] { return statusOf(w, archiveHost) == QLatin1String("In maintenance"); }, 120000));
        QVERIFY(parts::hostModel(w)->rowCount(parts::hostModel(w)->hostIndex(archiveHost)) == 0); // no VM left there
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-ready"))));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("hostTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(parts::hostMap(w));
        QTest::qWait(300);
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-map"))));
        QVERIFY2(w.currentHost().isEmpty() || w.currentHost() == archiveHost, qPrintable(w.currentHost()));
        tabs->setCurrentIndex(0);
        // The VM Drover stopped is Stopped, and comes back when the host leaves.
        w.leaveMaintenance(archiveHost);
        QVERIFY(QTest::qWaitFor([&] { return statusOf(w, archiveHost).startsWith(QLatin1String("Ready")); }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return parts::maintenancePanel(w)->hostTable()->model()->rowCount() == 0; }, 10000));
        QVERIFY(QTest::qWaitFor([&] {
            const QModelIndex vm = parts::hostModel(w)->vmIndex(QStringLiteral("prod/pg-archive-01"));
            return vm.isValid() && vm.parent().isValid() &&
                   vm.parent().siblingAtColumn(0).data(models::RawRole).toString() != QString();
        }, 60000));
    }

    void fiveHundredHosts()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--generate"), QStringLiteral("500:10000"), QStringLiteral("--time-scale"), QStringLiteral("0")},
                           60000),
                 qPrintable(sim.error()));
        ui::MainWindow w;
        QVERIFY(connectTo(w, sim));
        QVERIFY(QTest::qWaitFor([&] { return parts::vmModel(w)->rowCount() == 10000; }, 60000));
        // A host with VMs on it, the first in the tree.
        QString host;
        for (int r = 0; r < parts::hostModel(w)->rowCount(parts::hostModel(w)->index(0, 0)) && host.isEmpty(); ++r) {
            const QModelIndex h = parts::hostModel(w)->index(r, 0, parts::hostModel(w)->index(0, 0));
            if (parts::hostModel(w)->rowCount(h) > 5)
                host = h.data(models::RawRole).toString();
        }
        QVERIFY(!host.isEmpty());
        ui::MaintenanceDialog *d = openDialog(w, host);
        QVERIFY(d);
        QVERIFY(d->grab().save(shot(QStringLiteral("maintenance-preflight-500"))));
        if (!d->applyButton()->isEnabled()) {
            d->stopCheck()->setChecked(true);
            QVERIFY(QTest::qWaitFor([d] { return d->applyButton()->isEnabled(); }, 10000));
        }
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return statusOf(w, host) == QLatin1String("In maintenance"); }, 120000));
        QVERIFY(w.grab().save(shot(QStringLiteral("maintenance-ready-500"))));
    }
};

QTEST_MAIN(TestMaintenanceGui)
#include "test_maintenancegui.moc"
