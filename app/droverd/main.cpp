// droverd: Drover's headless reconciler. This first part: one replica of several leads, through
// a coordination.k8s.io/v1 Lease as client-go's leader election does it, with probes and metrics
// for Kubernetes. (The intents it will carry out — HostMaintenance, SnapshotSchedule — run through
// backend/reconcile and backend/ops, the library the console runs.)
#include "CephGate.h"
#include "ClusterConnection.h"
#include "DaemonHttp.h"
#include "InCluster.h"
#include "KubeClient.h"
#include "LeaderElector.h"
#include "Maintenance.h"
#include "MaintenanceIntents.h"
#include "QuitOnSignals.h"
#include "ScheduleRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

using namespace drover;

namespace {

bool g_json = false;

// One log line; JSON (one object per line) when asked: {"ts","level","msg"}.
void logLine(spdlog::level::level_enum level, const QString &msg)
{
    if (g_json)
        spdlog::log(level, "{}", QJsonDocument(QJsonObject{{QStringLiteral("msg"), msg}}).toJson(QJsonDocument::Compact).mid(1).chopped(1).toStdString());
    else
        spdlog::log(level, "{}", msg.toStdString());
}

Result<kube::ResolvedContext> clusterContext(const QString &kubeconfig, const QString &context, const QString &saDir)
{
    if (kubeconfig.isEmpty() && qEnvironmentVariableIsEmpty("KUBECONFIG") && kube::runningInCluster())
        return kube::inClusterContext(saDir);
    auto config = kubeconfig.isEmpty() ? kube::Kubeconfig::loadDefault() : kube::Kubeconfig::load({kubeconfig});
    if (!config)
        return Result<kube::ResolvedContext>::failure(config.error());
    return config->resolve(context);
}

QString defaultIdentity()
{
    if (!qEnvironmentVariableIsEmpty("POD_NAME")) // the Downward API
        return qEnvironmentVariable("POD_NAME");
    return QStringLiteral("%1_%2").arg(QHostInfo::localHostName()).arg(::getpid());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("droverd"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Drover's reconciler: one of its replicas leads (a Lease), with /healthz, /readyz and /metrics."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"), QStringLiteral("Kubeconfig file (else $KUBECONFIG, else in-cluster, else ~/.kube/config)."), QStringLiteral("file"));
    const QCommandLineOption context(QStringLiteral("context"), QStringLiteral("Kubeconfig context (default: the current one)."), QStringLiteral("name"));
    const QCommandLineOption ns(QStringLiteral("namespace"), QStringLiteral("Namespace of the Lease (default: the pod's, else drover-system)."), QStringLiteral("ns"));
    const QCommandLineOption leaseName(QStringLiteral("lease-name"), QStringLiteral("Name of the Lease."), QStringLiteral("name"), QStringLiteral("droverd"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Identity in the Lease (default: $POD_NAME, else hostname_pid)."), QStringLiteral("id"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port of /healthz, /readyz and /metrics (port 0: any)."), QStringLiteral("host:port"), QStringLiteral("0.0.0.0:8080"));
    const QCommandLineOption duration(QStringLiteral("lease-duration"), QStringLiteral("Seconds a silent leader is believed."), QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption deadline(QStringLiteral("renew-deadline"), QStringLiteral("Seconds a leader may fail to renew before it stops leading."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption retry(QStringLiteral("retry-period"), QStringLiteral("Seconds between attempts."), QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption logFormat(QStringLiteral("log-format"), QStringLiteral("text or json."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption passInterval(QStringLiteral("pass-interval"), QStringLiteral("Seconds between the leader's passes over the intents."), QStringLiteral("s"), QStringLiteral("10"));
    QCommandLineOption timeScale(QStringLiteral("time-scale"), QStringLiteral("Run the schedules' clock this many times faster (tests, demos)."), QStringLiteral("factor"), QStringLiteral("1"));
    timeScale.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption saDir(QStringLiteral("service-account-dir"), QStringLiteral("Where the in-cluster token and CA are."), QStringLiteral("dir"), QLatin1String(kube::kServiceAccountDir));
    p.addOptions({kubeconfig, context, ns, leaseName, id, listen, duration, deadline, retry, logFormat, passInterval, timeScale, saDir});
    p.process(app);

    g_json = p.value(logFormat) == QLatin1String("json");
    // Logs go to stderr, unbuffered, as Kubernetes components write theirs.
    spdlog::set_default_logger(g_json ? spdlog::stderr_logger_mt("droverd") : spdlog::stderr_color_mt("droverd"));
    spdlog::set_pattern(g_json ? R"({"ts":"%Y-%m-%dT%H:%M:%S.%fZ","level":"%l",%v})" : "%Y-%m-%dT%H:%M:%S.%f %l droverd: %v",
                        spdlog::pattern_time_type::utc);
    const auto fail = [](const QString &why) {
        logLine(spdlog::level::err, why);
        return 2;
    };
    reconcile::ElectionTimings timings;
    timings.leaseDurationMs = int(p.value(duration).toDouble() * 1000);
    timings.renewDeadlineMs = int(p.value(deadline).toDouble() * 1000);
    timings.retryPeriodMs = int(p.value(retry).toDouble() * 1000);
    if (const QString problem = timings.problem(); !problem.isEmpty())
        return fail(QStringLiteral("leader election: ") + problem);

    auto ctx = clusterContext(p.value(kubeconfig), p.value(context), p.value(saDir));
    if (!ctx)
        return fail(QStringLiteral("cannot reach the cluster: ") + ctx.error());
    // The cluster as the console sees it (informers on nodes, VMs, VMIs, migrations…): standbys
    // keep theirs warm, so a new leader acts on a current picture at once.
    ops::ClusterConnection connection;
    if (auto opened = connection.open(*ctx); !opened)
        return fail(QStringLiteral("cannot reach the cluster: ") + opened.error());
    kube::KubeClient *const client = connection.client();
    const QString leaseNs = p.isSet(ns) ? p.value(ns) : (ctx->contextName == QLatin1String("in-cluster") ? ctx->ns : QStringLiteral("drover-system"));
    const QString me = p.value(id).isEmpty() ? defaultIdentity() : p.value(id);

    ops::LeaderElector elector(client, leaseNs, p.value(leaseName), me, timings);
    app::DaemonHttp http(&elector, timings.leaseDurationMs);
    const QString l = p.value(listen);
    const qsizetype colon = l.lastIndexOf(QLatin1Char(':'));
    const quint16 port = http.listen(QHostAddress(l.left(colon)), quint16(l.mid(colon + 1).toUInt()));
    if (colon < 0 || port == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(l));
    logLine(spdlog::level::info, QStringLiteral("%1 serving /healthz /readyz /metrics on port %2; lease %3/%4 on %5")
                                     .arg(me).arg(port).arg(leaseNs, p.value(leaseName), client->server()));

    QObject::connect(&elector, &ops::LeaderElector::startedLeading, [&] { logLine(spdlog::level::info, me + QStringLiteral(" became leader")); });
    QObject::connect(&elector, &ops::LeaderElector::newLeader, [&](const QString &holder) {
        logLine(spdlog::level::info, holder.isEmpty() ? QStringLiteral("the lease is free") : holder + QStringLiteral(" leads"));
    });
    // A replica that lost the lease may still hold work in flight: it exits, and Kubernetes starts
    // it again as a candidate, as client-go's controllers do.
    QObject::connect(&elector, &ops::LeaderElector::stoppedLeading, [&](const QString &why) {
        logLine(spdlog::level::err, me + QStringLiteral(" stopped leading: ") + why);
        QCoreApplication::exit(1);
    });
    // The leader's passes: observe, plan (backend/reconcile), act (backend/ops).
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer sinceStart;
    sinceStart.start();
    const double scale = p.value(timeScale).toDouble() > 0 ? p.value(timeScale).toDouble() : 1.0;
    ops::ScheduleRunner schedules(client, [&] { return started.addMSecs(qint64(double(sinceStart.elapsed()) * scale)); });
    http.setRunner(&schedules);
    QObject::connect(&schedules, &ops::ScheduleRunner::acted, [](const QString &what) { logLine(spdlog::level::info, what); });
    // Host maintenance: the console's executor, the Ceph gate through the agents (or the sim's).
    ops::AgentCephGate agentGate;
    ops::AutoCephGate cephGate([&] { return connection.client(); }, &agentGate);
    ops::Maintenance maintenance(&connection, &cephGate);
    ops::MaintenanceIntents intents(&connection, &maintenance);
    QObject::connect(&maintenance, &ops::Maintenance::ready, [](const QString &node) { logLine(spdlog::level::info, node + QStringLiteral(" is drained: safe to power off")); });
    QObject::connect(&maintenance, &ops::Maintenance::left, [](const QString &node) { logLine(spdlog::level::info, node + QStringLiteral(" is back in service")); });
    QObject::connect(&maintenance, &ops::Maintenance::failed, [](const QString &node, const QString &why) { logLine(spdlog::level::warn, node + QStringLiteral(": ") + why); });
    // A drain under way when the last leader stopped goes on (its state is on the Node and VMs).
    const auto resumeWhenSynced = [&] {
        if (elector.isLeader() && connection.state() == ops::ClusterConnection::State::Synced)
            maintenance.resume();
    };
    QObject::connect(&connection, &ops::ClusterConnection::stateChanged, [&] { resumeWhenSynced(); });
    QObject::connect(&elector, &ops::LeaderElector::startedLeading, [&] { resumeWhenSynced(); });
    QTimer passes;
    passes.setInterval(int(p.value(passInterval).toDouble() * 1000));
    QObject::connect(&passes, &QTimer::timeout, [&] {
        if (!elector.isLeader())
            return;
        if (connection.state() == ops::ClusterConnection::State::Synced)
            intents.pass();
        if (schedules.running())
            return;
        QElapsedTimer took;
        took.start();
        schedules.pass([&http, took](const ops::SchedulePassResult &r) {
            http.recordPass(double(took.elapsed()) / 1000.0);
            for (const QString &e : r.errors)
                logLine(spdlog::level::warn, e);
        });
    });
    QObject::connect(&elector, &ops::LeaderElector::startedLeading, &passes, [&] { passes.start(); Q_EMIT passes.timeout({}); });

    QTimer errors; // an error that goes on is said once a retry period, not once per attempt
    app::QuitOnSignals signals;
    elector.start();
    QString lastSaid;
    QObject::connect(&errors, &QTimer::timeout, [&] {
        if (elector.lastError() != lastSaid && !(lastSaid = elector.lastError()).isEmpty())
            logLine(spdlog::level::warn, QStringLiteral("lease %1: %2").arg(elector.leaseKey(), lastSaid));
    });
    errors.start(timings.retryPeriodMs);
    const int code = app.exec();
    if (code < 128)
        return code;
    // SIGTERM (a rolling update, a drain): hand the Lease back so the next replica need not wait.
    QEventLoop wait;
    QTimer::singleShot(5000, &wait, &QEventLoop::quit);
    elector.release([&] { wait.quit(); });
    wait.exec();
    logLine(spdlog::level::info, me + QStringLiteral(" released the lease and stops"));
    return 0;
}
