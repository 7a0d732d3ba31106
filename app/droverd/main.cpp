// droverd: Drover's headless reconciler. Its replicas elect a leader on a Lease; the leader
// carries out HostMaintenance and SnapshotSchedule objects through backend/reconcile and
// backend/ops — the library the console runs, so what an admin previews is what happens.
#include "Daemon.h"
#include "DroverVersion.h"
#include "Log.h"
#include "PlanCommand.h"
#include "QuitOnSignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

using namespace drover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("droverd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DROVER_VERSION));
    auto options = app::parseOptions(app);
    app::setupLogging(options && options->jsonLogs, options && options->debugLogs);
    if (!options) {
        app::logLine(spdlog::level::err, options.error().message);
        return 2;
    }
    if (options->planOnly) {
        QTextStream out(stdout);
        return app::PlanCommand(*options, out).run();
    }
    app::Daemon daemon(*options);
    if (auto started = daemon.start(); !started) {
        app::logLine(spdlog::level::err, started.error().message);
        return 2;
    }
    QObject::connect(&daemon, &app::Daemon::lostLeadership, &app, [] { QCoreApplication::exit(1); });
    app::QuitOnSignals signals;
    const int code = app.exec();
    if (code < 128)
        return code;
    // SIGTERM (a rolling update, a drain): hand the Lease back so the next replica need not wait.
    QEventLoop wait;
    bool released = false;
    daemon.release([&] {
        released = true;
        wait.quit();
    });
    if (!released) // not leading: nothing to hand back, done at once
        wait.exec();
    app::logLine(spdlog::level::info, daemon.identity() + QStringLiteral(" released the lease and stops"));
    return 0;
}
