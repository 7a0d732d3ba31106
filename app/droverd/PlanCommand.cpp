#include "PlanCommand.h"

#include "Daemon.h"
#include "IntentPlans.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace drover::app {

namespace {
constexpr int kListTimeoutMs = 30000;
constexpr int kCephTimeoutMs = 15000;

bool hasKind(const QList<ops::IntentPlan> &entries, ops::IntentPlan::Kind kind)
{
    return std::any_of(entries.cbegin(), entries.cend(), [kind](const ops::IntentPlan &p) { return p.kind == kind; });
}

// Runs the event loop until done() or timeoutMs; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}
} // namespace

PlanCommand::PlanCommand(const DaemonOptions &options, QTextStream &out, QObject *parent) : QObject(parent), m_options(options), m_out(out) {}

int PlanCommand::run()
{
    auto ctx = clusterContext(m_options);
    if (!ctx) {
        m_out << "droverd plan: cannot reach the cluster: " << ctx.error().message << Qt::endl;
        return 1;
    }
    if (auto opened = m_connection.open(*ctx); !opened) {
        m_out << "droverd plan: cannot reach the cluster: " << opened.error().message << Qt::endl;
        return 1;
    }
    if (!waitSynced())
        return 1;
    printPlans();
    // Streams closed and their sockets deleted before main returns (none is left to leak).
    m_connection.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}

bool PlanCommand::waitSynced()
{
    const bool synced = waitUntil([this] { return m_connection.state() == ops::ClusterConnection::State::Synced; }, kListTimeoutMs);
    if (!synced) {
        const QString why = m_connection.lastError().userMessage();
        m_out << "droverd plan: the cluster did not list within " << kListTimeoutMs / 1000 << " s"
              << (why.isEmpty() ? QString() : QStringLiteral(": ") + why) << Qt::endl;
    }
    return synced;
}

// The plans as ops::IntentPlans gives them (the console's Plan view shows the same): once every
// one listed, and once Ceph answered for the hosts' OSDs (or did not in time: then the plan says
// it waits on Ceph).
void PlanCommand::printPlans()
{
    ops::AutoCephGate gate([this] { return m_connection.client(); }, &m_agentGate);
    ops::IntentPlans plans(&m_connection, &gate);
    plans.setNodeFilter(m_options.planNode);
    bool refreshed = false;
    QObject::connect(&plans, &ops::IntentPlans::changed, &plans, [&refreshed] { refreshed = true; });
    const auto entries = [&] { return plans.entries(); };
    const auto allSynced = [&] {
        const auto e = entries();
        return refreshed && std::all_of(e.cbegin(), e.cend(), [](const ops::IntentPlan &p) { return p.synced; });
    };
    waitUntil(allSynced, kListTimeoutMs);
    waitUntil([&] { return plans.settled(); }, kCephTimeoutMs);
    if (m_options.planNode.isEmpty() && !m_connection.installed(m_connection.snapshotSchedules()))
        m_out << "SnapshotSchedule: the CRD is not installed (kubectl apply -k packaging/kubernetes)" << Qt::endl;
    else if (m_options.planNode.isEmpty() && !hasKind(entries(), ops::IntentPlan::Kind::Schedule))
        m_out << "SnapshotSchedule: none" << Qt::endl;
    for (const ops::IntentPlan &p : entries()) {
        m_out << p.title << ':' << Qt::endl;
        for (const QString &line : p.lines)
            m_out << "  " << line << Qt::endl;
    }
    if (!hasKind(entries(), ops::IntentPlan::Kind::Maintenance))
        m_out << "HostMaintenance: none" << Qt::endl;
}

} // namespace drover::app
