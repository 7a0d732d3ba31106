// drover: the desktop console. Uses the user's kubeconfig ($KUBECONFIG or ~/.kube/config) and
// its current context, or --kubeconfig/--context; `--demo` runs drover-sim and connects to it.
#include "DemoCluster.h"
#include "DroverVersion.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "MallocArena.h"
#include "MessageBanner.h"
#include "QuitOnSignals.h"
#include "StartupTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace drover;

// Drover holds cluster tokens, client keys, VNC passwords and SSH passphrases in memory; a core
// file would put them on disk. As ssh-agent does: not dumpable (no core, no ptrace by other
// processes of the user), and a core size limit of 0 for what it starts. DROVER_CORE_DUMPS=1
// keeps core files, for debugging.
static void noCoreFiles()
{
    if (qEnvironmentVariableIntValue("DROVER_CORE_DUMPS") == 1)
        return;
    rlimit none{};
    getrlimit(RLIMIT_CORE, &none);
    none.rlim_cur = 0;
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

// Settings live in ~/.config/drover/drover.conf ($XDG_CONFIG_HOME honoured). Earlier builds
// wrote ~/.config/drover.io/drover.conf (no organization name was set): carried over once.
static void carryOverOldSettings()
{
    QSettings now;
    if (!now.allKeys().isEmpty())
        return;
    const QSettings old(QStringLiteral("drover.io"), QStringLiteral("drover"));
    for (const QString &key : old.allKeys())
        now.setValue(key, old.value(key));
}

int main(int argc, char **argv)
{
    noCoreFiles();
    ui::useOneMallocArena(); // MallocArena.h
    ui::backTheHeapWithHugePages();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("drover"));
    QApplication::setApplicationDisplayName(QStringLiteral("Drover"));
    QApplication::setApplicationVersion(QStringLiteral(DROVER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("drover"));
    QApplication::setOrganizationDomain(QStringLiteral("drover.io"));
    QApplication::setDesktopFileName(QStringLiteral("drover"));

    // UI language from the locale (LANG/LC_*): embedded .qm files under :/i18n.
    QTranslator qtTr, droverTr;
    if (qtTr.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTr);
    // English is a translation too (plural forms: "1 VM", "40 VMs"): the fallback for "C" and
    // for languages Drover does not speak yet.
    if (droverTr.load(QLocale(), QStringLiteral("drover"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        droverTr.load(QStringLiteral("drover_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&droverTr);

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Console for KubeVirt private clouds."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"),
                            QApplication::translate("main", "Start a simulated demo cluster (drover-sim) and connect to it."));
    QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                  QApplication::translate("main", "Use this kubeconfig file instead of $KUBECONFIG or ~/.kube/config."),
                                  QStringLiteral("file"));
    QCommandLineOption context(QStringLiteral("context"),
                               QApplication::translate("main", "Use this kubeconfig context instead of the current one."),
                               QStringLiteral("name"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window once the cluster is listed, then quit."),
                                  QStringLiteral("png"));
    p.addOptions({demo, kubeconfig, context, screenshot});
    p.process(app);

    carryOverOldSettings();
    ui::applyAppearance(ui::appearanceFromString(QSettings().value(QStringLiteral("appearance")).toString()));
    ui::MainWindow window;
    window.restoreLayout(QSettings());
    app::StartupTrace::install(&window); // DROVER_STARTUP_TRACE=1 (bench_startup)
    // Start-up over (the cluster listed, what it showed built in the same turn): MallocArena.h.
    QObject::connect(window.connection(), &ops::ClusterConnection::stateChanged, &window, [](ops::ClusterConnection::State s) {
        if (s == ops::ClusterConnection::State::Synced)
            QTimer::singleShot(0, [] { ui::smallPagesFromNowOn(); });
    });
    app::DemoCluster sim;
    // SIGTERM/SIGHUP/SIGINT end the event loop, so `sim` stops and reaps drover-sim on the way out.
    app::QuitOnSignals quitOnSignals;
    // The window's informers talk to the simulator: close them before it is stopped.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] { window.connection()->close(); });
    // Kept for the next start; not from a --screenshot run, which only pictures the window.
    if (!p.isSet(screenshot))
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] {
            QSettings settings;
            window.saveLayout(settings);
        });

    if (p.isSet(screenshot)) {
        const QString out = p.value(screenshot);
        QObject::connect(window.connection(), &ops::ClusterConnection::stateChanged, &window,
                         [&window, out](ops::ClusterConnection::State s) {
                             if (s != ops::ClusterConnection::State::Synced)
                                 return;
                             QTimer::singleShot(1500, &window, [&window, out] {
                                 window.grab().save(out);
                                 QCoreApplication::quit();
                             });
                         });
        // A window that never syncs (broken kubeconfig) is pictured as it is.
        QTimer::singleShot(20000, &window, [&window, out] {
            window.grab().save(out);
            QCoreApplication::quit();
        });
    }

    if (p.isSet(demo)) {
        window.actionBanner()->showMessage(ui::MessageBanner::Severity::Info,
                                           QApplication::translate("main", "Starting the demo cluster…"));
        QObject::connect(&sim, &app::DemoCluster::ready, &window, [&window](const QString &kubeconfigFile) {
            window.actionBanner()->clear();
            window.openKubeconfig({kubeconfigFile});
        });
        QObject::connect(&sim, &app::DemoCluster::failed, &window, [&window](const QString &error) {
            window.actionBanner()->clear();
            window.showConfigError(QApplication::translate("main", "The demo cluster did not start"), error);
        });
        sim.start();
    } else {
        const QStringList files = p.isSet(kubeconfig) ? QStringList{p.value(kubeconfig)} : QStringList{};
        window.openKubeconfig(files, p.value(context));
    }
    window.show();
    return app.exec();
}
