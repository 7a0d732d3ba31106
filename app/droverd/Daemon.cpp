#include "Daemon.h"

#include "InCluster.h"
#include "KubeClient.h"
#include "LeanCaches.h"
#include "Log.h"
#include "MaintenanceHandoff.h"

#include <QHostInfo>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace drover::app {

using spdlog::level::err;
using spdlog::level::info;
using spdlog::level::warn;

Result<kube::ResolvedContext> clusterContext(const DaemonOptions &o)
{
    const QString dir = o.serviceAccountDir.isEmpty() ? QLatin1String(kube::kServiceAccountDir) : o.serviceAccountDir;
    return kube::unattendedContext(o.kubeconfig, o.context, dir);
}

namespace {

// Hands the heap's free pages back to the system. After a list of 10,000 objects (or a firing's
// 10,000 creates, or a pass's plans) glibc keeps the pages they freed, ~18 MB of RSS at idle,
// until asked; a walk of the heap costs a few ms, so passes ask at most every kTrimEveryMs.
constexpr qint64 kTrimEveryMs = 10000;

void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QString defaultIdentity()
{
    if (!qEnvironmentVariableIsEmpty("POD_NAME")) // the Downward API
        return qEnvironmentVariable("POD_NAME");
    return QStringLiteral("%1_%2").arg(QHostInfo::localHostName()).arg(::getpid());
}

} // namespace

Daemon::Daemon(const DaemonOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_identity(options.identity.isEmpty() ? defaultIdentity() : options.identity),
      m_started(QDateTime::currentDateTimeUtc())
{
    m_sinceStart.start();
}

QDateTime Daemon::scheduleClock() const
{
    return m_started.addMSecs(qint64(double(m_sinceStart.elapsed()) * m_options.timeScale));
}

Result<void> Daemon::start()
{
    auto ctx = clusterContext(m_options);
    if (!ctx)
        return Result<void>::failure(QStringLiteral("cannot reach the cluster: ") + ctx.error().message);
    m_connection.setStrips(ops::daemonStrips()); // keeps only what droverd reads (LeanCaches.h)
    if (auto opened = m_connection.open(*ctx); !opened)
        return Result<void>::failure(QStringLiteral("cannot reach the cluster: ") + opened.error().message);
    kube::KubeClient *client = m_connection.client();
    const QString ns = !m_options.leaseNamespace.isEmpty()                 ? m_options.leaseNamespace
                       : ctx->contextName == QLatin1String("in-cluster") ? ctx->ns
                                                                         : QStringLiteral("drover-system");
    m_elector = std::make_unique<ops::LeaderElector>(client, ns, m_options.leaseName, m_identity, m_options.timings);
    m_http = std::make_unique<DaemonHttp>(m_elector.get(), m_options.timings.leaseDurationMs);
    const quint16 port = m_http->listen(m_options.address, m_options.port);
    if (port == 0)
        return Result<void>::failure(QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port));
    logLine(info, QStringLiteral("%1 serving /healthz /readyz /metrics on port %2; lease %3/%4 on %5")
                      .arg(m_identity).arg(port).arg(ns, m_options.leaseName, client->server()));
    m_events = std::make_unique<ops::EventRecorder>([this] { return m_connection.client(); }, QStringLiteral("droverd"), m_identity);
    m_schedules = std::make_unique<ops::ScheduleRunner>(&m_connection, [this] { return scheduleClock(); });
    m_schedules->setEvents(m_events.get());
    m_http->setRunner(m_schedules.get());
    connect(m_schedules.get(), &ops::ScheduleRunner::acted, this, [](const QString &what) { logLine(info, what); });
    wireMaintenance();
    wireElection();
    m_elector->start();
    return {};
}

void Daemon::wireElection()
{
    connect(m_elector.get(), &ops::LeaderElector::startedLeading, this, [this] {
        logLine(info, m_identity + QStringLiteral(" became leader"));
        if (m_connection.state() == ops::ClusterConnection::State::Synced)
            m_maintenance->resume();
        m_passes.start(m_options.passIntervalMs);
        pass();
    });
    connect(m_elector.get(), &ops::LeaderElector::newLeader, this, [](const QString &holder) {
        logLine(info, holder.isEmpty() ? QStringLiteral("the lease is free") : holder + QStringLiteral(" leads"));
    });
    // A replica that lost the lease may still have work in flight: it exits, and Kubernetes starts
    // it again as a candidate, as client-go's controllers do.
    connect(m_elector.get(), &ops::LeaderElector::stoppedLeading, this, [this](const QString &why) {
        logLine(err, m_identity + QStringLiteral(" stopped leading: ") + why);
        Q_EMIT lostLeadership();
    });
    connect(&m_passes, &QTimer::timeout, this, &Daemon::pass);
    // An error that goes on is said once, not once per attempt.
    connect(&m_errors, &QTimer::timeout, this, [this] {
        const QString now = m_elector->lastError();
        if (now != m_lastErrorSaid && !(m_lastErrorSaid = now).isEmpty())
            logLine(warn, QStringLiteral("lease %1: %2").arg(m_elector->leaseKey(), now));
    });
    m_errors.start(m_options.timings.retryPeriodMs);
}

void Daemon::wireMaintenance()
{
    m_cephGate = std::make_unique<ops::AutoCephGate>([this] { return m_connection.client(); }, &m_agentGate);
    m_maintenance = std::make_unique<ops::Maintenance>(&m_connection, m_cephGate.get());
    // droverd takes up the drains of its intents only; one a console started stays the console's.
    m_maintenance->setResumeFilter([this](const QString &node) { return ops::handledByDroverd(&m_connection, node); });
    m_intents = std::make_unique<ops::MaintenanceIntents>(&m_connection, m_maintenance.get());
    m_intents->setEvents(m_events.get());
    connect(m_intents.get(), &ops::MaintenanceIntents::statusRefused, this, [](const QString &why) { logLine(warn, why); });
    connect(m_maintenance.get(), &ops::Maintenance::ready, this, [](const QString &node) { logLine(info, node + QStringLiteral(" is drained: safe to power off")); });
    connect(m_maintenance.get(), &ops::Maintenance::left, this, [](const QString &node) { logLine(info, node + QStringLiteral(" is back in service")); });
    connect(m_maintenance.get(), &ops::Maintenance::failed, this, [](const QString &node, const QString &why) { logLine(warn, node + QStringLiteral(": ") + why); });
    // A drain under way when the last leader stopped goes on: its state is on the Node and VMs.
    connect(&m_connection, &ops::ClusterConnection::stateChanged, this, [this](ops::ClusterConnection::State s) {
        if (s == ops::ClusterConnection::State::Synced)
            QTimer::singleShot(0, this, &releaseFreeMemory); // once the lists' pages are gone
        if (m_elector && m_elector->isLeader() && s == ops::ClusterConnection::State::Synced) {
            m_maintenance->resume();
            pass(); // the first pass as soon as the cluster is listed, not a pass interval later
        }
    });
}

// One leader's pass: observe, plan (backend/reconcile), act (backend/ops).
void Daemon::pass()
{
    if (!m_elector->isLeader())
        return;
    if (m_connection.state() != ops::ClusterConnection::State::Synced)
        return; // the informers list first; a pass on half a cluster could take or prune wrongly
    m_intents->pass();
    if (m_schedules->running())
        return;
    QElapsedTimer took;
    took.start();
    m_schedules->pass([this, took](const ops::SchedulePassResult &r) {
        m_http->recordPass(double(took.elapsed()) / 1000.0);
        logLine(spdlog::level::debug, QStringLiteral("pass: %1 schedules, %2 taken, %3 pruned, %4 errors in %5 ms")
                                      .arg(r.schedules).arg(r.taken).arg(r.pruned).arg(r.errors.size())
                                      .arg(double(took.nsecsElapsed()) / 1e6, 0, 'f', 2));
        for (const QString &e : r.errors)
            logLine(warn, e);
        // What the pass planned and sent is freed now (a firing's 10,000 requests and replies too).
        if (r.taken + r.pruned > 0 || !m_sinceTrim.isValid() || m_sinceTrim.elapsed() >= kTrimEveryMs) {
            m_sinceTrim.start();
            QTimer::singleShot(0, this, &releaseFreeMemory);
        }
    });
}

void Daemon::release(std::function<void()> done)
{
    m_passes.stop();
    if (!m_elector) {
        done();
        return;
    }
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    const auto finish = [once] {
        if (*once)
            std::exchange(*once, nullptr)();
    };
    QTimer::singleShot(5000, this, finish);
    m_elector->release(finish);
}

} // namespace drover::app
