// Desktop conventions (issue 16, item 4): the window's layout survives a restart (geometry, docks,
// splitter, the VM table's column order, widths and hidden columns), View ▸ Reset Layout goes
// back to the first-start layout, the appearance can be dark, Help ▸ About names the versions,
// and the real drover keeps its settings under $XDG_CONFIG_HOME/drover/drover.conf, carrying
// over what earlier builds wrote to drover.io/drover.conf.
#include "Appearance.h"
#include "ChartsPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTimer>

#include <csignal>

using namespace drover;

class TestDesktop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // True once `pid` has a handler for SIGTERM (QuitOnSignals installed: a SIGTERM now quits
    // through the event loop and aboutToQuit instead of killing the process).
    static bool catchesSigterm(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("SigCgt:"))
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGTERM - 1)) & 1;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void layoutSurvivesARestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("layout.conf"));
        QByteArray firstStart;
        {
            ui::MainWindow w;
            w.resize(1200, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QHeaderView *h = parts::vmTable(w)->horizontalHeader();
            firstStart = h->saveState();
            QVERIFY(h->sectionsMovable());
            // Hide a column from View ▸ Columns, move another, widen Name, hide a dock.
            QAction *hostColumn = parts::columnMenu(w)->actions().at(models::VmTableModel::Host);
            QVERIFY(hostColumn->isChecked());
            hostColumn->trigger();
            QVERIFY(parts::vmTable(w)->isColumnHidden(models::VmTableModel::Host));
            h->moveSection(h->visualIndex(models::VmTableModel::Namespace), h->count() - 1);
            h->resizeSection(models::VmTableModel::Name, 333);
            parts::planDock(w)->hide();
            QSettings s(file, QSettings::IniFormat);
            w.saveLayout(s);
        }
        ui::MainWindow again;
        again.restoreLayout(QSettings(file, QSettings::IniFormat));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QHeaderView *h = parts::vmTable(again)->horizontalHeader();
        QVERIFY(parts::vmTable(again)->isColumnHidden(models::VmTableModel::Host));
        QVERIFY(!parts::columnMenu(again)->actions().at(models::VmTableModel::Host)->isChecked());
        QCOMPARE(h->visualIndex(models::VmTableModel::Namespace), h->count() - 1);
        QCOMPARE(h->sectionSize(models::VmTableModel::Name), 333);
        QVERIFY(parts::planDock(again)->isHidden());
        QCOMPARE(again.size(), QSize(1200, 700));

        // View ▸ Reset Layout: the first start's columns and docks again.
        QAction *reset = again.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
        QVERIFY(reset);
        reset->trigger();
        QVERIFY(!parts::vmTable(again)->isColumnHidden(models::VmTableModel::Host));
        QVERIFY(parts::columnMenu(again)->actions().at(models::VmTableModel::Host)->isChecked());
        QCOMPARE(h->visualIndex(models::VmTableModel::Namespace), models::VmTableModel::Namespace);
        QCOMPARE(h->saveState(), firstStart);
        QVERIFY(!parts::planDock(again)->isHidden());
        // Name cannot be hidden: a table of VMs without names says nothing.
        QVERIFY(!parts::columnMenu(again)->actions().at(models::VmTableModel::Name)->isEnabled());
    }

    void darkAppearanceAndBack()
    {
        const QPalette before = QApplication::palette();
        QVERIFY(!ui::isDark(before));
        ui::MainWindow w;
        parts::actionBanner(w)->showMessage(ui::MessageBanner::Severity::Error, QStringLiteral("refused"));
        const QString lightBanner = parts::actionBanner(w)->styleSheet();
        // Switched while the window is open, as from View ▸ Appearance: banners and charts follow.
        ui::applyAppearance(ui::Appearance::Dark);
        QVERIFY(ui::isDark(QApplication::palette()));
        QCOMPARE(ui::currentAppearance(), ui::Appearance::Dark);
        QTRY_VERIFY(ui::isDark(parts::vmTable(w)->palette()));
        QTRY_VERIFY(parts::actionBanner(w)->styleSheet() != lightBanner);
        QVERIFY(parts::actionBanner(w)->styleSheet().contains(ui::toneColors(ui::Tone::Error, QApplication::palette()).background.name()));
        QTRY_COMPARE(parts::chartsPanel(w)->allocationChart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        QSettings s(m_dir.filePath(QStringLiteral("look.conf")), QSettings::IniFormat);
        w.saveLayout(s);
        QCOMPARE(s.value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        ui::applyAppearance(ui::Appearance::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
        QCOMPARE(ui::appearanceFromString(QStringLiteral("nonsense")), ui::Appearance::System);
    }

    // Every pane under the dark palette, pictured (dark-*.png) for a person to look at: the
    // widgets that paint their own colours must take them from the palette.
    void darkScreens()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")}), qPrintable(sim.error()));
        ui::applyAppearance(ui::Appearance::Dark);
        ui::MainWindow w;
        w.resize(1440, 900);
        w.show();
        QVERIFY(w.openKubeconfig({sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(w.connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        parts::actionBanner(w)->showMessage(ui::MessageBanner::Severity::Error, QStringLiteral("A banner in the dark"));
        const QString dir = QStringLiteral(DROVER_SCREENSHOT_DIR);
        auto picture = [&](const QString &name) {
            QCoreApplication::processEvents();
            if (!dir.isEmpty())
                w.grab().save(dir + QStringLiteral("/dark-") + name + QStringLiteral(".png"));
        };
        picture(QStringLiteral("main"));
        w.findChild<QTabWidget *>(QStringLiteral("hostTabs"))->setCurrentIndex(1);
        parts::chartsDock(w)->raise();
        picture(QStringLiteral("map-charts"));
        parts::hostDock(w)->raise();
        picture(QStringLiteral("hostdetails"));
        for (QDockWidget *dock : {parts::chartsDock(w), parts::hostDock(w), parts::maintenanceDock(w), parts::schedulesDock(w), parts::planDock(w)})
            QVERIFY2(ui::isDark(dock->widget()->palette()), qPrintable(dock->objectName()));
        ui::applyAppearance(ui::Appearance::System);
    }

    void aboutNamesTheVersions()
    {
        const auto versions = ui::MainWindow::libraryVersions();
        QStringList names;
        for (const auto &[name, version] : versions) {
            names << name;
            QVERIFY2(!version.trimmed().isEmpty(), qPrintable(name));
        }
        QCOMPARE(names.mid(0, 6), (QStringList{QStringLiteral("Qt"), QStringLiteral("OpenSSL"), QStringLiteral("libssh2"),
                                               QStringLiteral("libvncclient"), QStringLiteral("spice-client-glib"),
                                               QStringLiteral("libvterm")}));
        QVERIFY(versions.first().second.startsWith(QString::fromLatin1(qVersion())));

        ui::MainWindow w;
        w.show();
        QString shown;
        QTimer::singleShot(0, &w, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            const QString dir = QStringLiteral(DROVER_SCREENSHOT_DIR);
            if (!dir.isEmpty())
                box->grab().save(dir + QStringLiteral("/about.png"));
            box->accept();
        });
        w.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Drover")) && shown.contains(QStringLiteral("libssh2")), qPrintable(shown));
    }

    // The real drover at scale 2 (QT_SCALE_FACTOR, as a HiDPI screen): the picture has twice the
    // pixels of the window's logical size (1440 x 860), so it is drawn sharp, not scaled up.
    void hiDpiScreenshot()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")}), qPrintable(sim.error()));
        const QString png = m_dir.filePath(QStringLiteral("hidpi.png"));
        QProcess drover;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-hidpi")));
        drover.setProcessEnvironment(env);
        drover.start(QStringLiteral(DROVER_APP_BIN), {QStringLiteral("--kubeconfig"), sim.kubeconfig(), QStringLiteral("--screenshot"), png});
        QVERIFY(drover.waitForFinished(60000));
        QCOMPARE(drover.exitCode(), 0);
        const QImage picture(png);
        QCOMPARE(picture.size(), QSize(2880, 1720));
        const QString dir = QStringLiteral(DROVER_SCREENSHOT_DIR);
        if (!dir.isEmpty())
            picture.save(dir + QStringLiteral("/hidpi.png"));
    }

    // The real drover: settings in $XDG_CONFIG_HOME/drover/drover.conf, old ones carried over,
    // the layout written on quit.
    void realDroverKeepsItsSettings()
    {
        const QString config = m_dir.filePath(QStringLiteral("xdg"));
        {
            QSettings old(config + QStringLiteral("/drover.io/drover.conf"), QSettings::IniFormat);
            old.setValue(QStringLiteral("agent/path"), QStringLiteral("/opt/agent/drover-agent"));
        }
        QProcess drover;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("no-such-kubeconfig")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        drover.setProcessEnvironment(env);
        drover.start(QStringLiteral(DROVER_APP_BIN), {});
        QVERIFY(drover.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catchesSigterm(drover.processId()), 30000);
        ::kill(pid_t(drover.processId()), SIGTERM);
        QVERIFY(drover.waitForFinished(30000));
        QCOMPARE(drover.exitStatus(), QProcess::NormalExit);

        const QSettings now(config + QStringLiteral("/drover/drover.conf"), QSettings::IniFormat);
        QCOMPARE(now.value(QStringLiteral("agent/path")).toString(), QStringLiteral("/opt/agent/drover-agent"));
        QVERIFY(!now.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        QVERIFY(!now.value(QStringLiteral("window/vmColumns")).toByteArray().isEmpty());
        QCOMPARE(now.value(QStringLiteral("appearance")).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
