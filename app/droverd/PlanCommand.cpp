#include "PlanCommand.h"

#include "Daemon.h"
#include "MaintenancePreview.h"
#include "ScheduleRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace drover::app {

namespace {
constexpr int kListTimeoutMs = 30000;
constexpr int kCephTimeoutMs = 15000;

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
        m_out << "droverd plan: cannot reach the cluster: " << ctx.error() << Qt::endl;
        return 1;
    }
    if (auto opened = m_connection.open(*ctx); !opened) {
        m_out << "droverd plan: cannot reach the cluster: " << opened.error() << Qt::endl;
        return 1;
    }
    if (!waitSynced())
        return 1;
    if (m_options.planNode.isEmpty())
        printSchedules();
    bool any = false;
    for (const QJsonObject &o : intents()) {
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        const QString node = spec.value(QLatin1String("nodeName")).toString();
        if (!m_options.planNode.isEmpty() && node != m_options.planNode)
            continue;
        any = true;
        const QString name = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const auto policy = reconcile::policyFromName(spec.value(QLatin1String("policy")).toString()).value_or(reconcile::VmPolicy::Refuse);
        const bool leave = spec.value(QLatin1String("leave")).toBool();
        printMaintenance(node, QStringLiteral("HostMaintenance %1%2").arg(name, leave ? QStringLiteral(" (leave)") : QString()), {node, policy, {}, leave});
    }
    if (!any && !m_options.planNode.isEmpty())
        printMaintenance(m_options.planNode, QStringLiteral("no HostMaintenance: what entering maintenance with policy Refuse would do"),
                         {m_options.planNode, reconcile::VmPolicy::Refuse, {}, false});
    else if (!any)
        m_out << "HostMaintenance: none" << Qt::endl;
    // Streams closed and their sockets deleted before main returns (none is left to leak).
    m_connection.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}

QList<QJsonObject> PlanCommand::intents() const
{
    QList<QJsonObject> out;
    for (const kube::LazyObject &o : m_connection.hostMaintenances()->objects())
        out << o.json();
    const auto name = [](const QJsonObject &o) { return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(); };
    std::sort(out.begin(), out.end(), [&](const QJsonObject &a, const QJsonObject &b) { return name(a) < name(b); });
    return out;
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

void PlanCommand::printSchedules()
{
    if (!m_connection.installed(m_connection.snapshotSchedules())) {
        m_out << "SnapshotSchedule: the CRD is not installed (kubectl apply -k packaging/kubernetes)" << Qt::endl;
        return;
    }
    ops::ScheduleRunner runner(&m_connection, [] { return QDateTime::currentDateTimeUtc(); });
    const QList<reconcile::SchedulePlan> plans = runner.plans();
    if (plans.isEmpty())
        m_out << "SnapshotSchedule: none" << Qt::endl;
    for (const reconcile::SchedulePlan &p : plans) {
        m_out << "SnapshotSchedule " << p.ns << '/' << p.name << ':' << Qt::endl;
        for (const QString &line : reconcile::describe(p))
            m_out << "  " << line << Qt::endl;
    }
}

void PlanCommand::printMaintenance(const QString &node, const QString &what, const reconcile::MaintenanceIntent &intent)
{
    m_out << "Node " << node << " — " << what << ':' << Qt::endl;
    if (!m_connection.nodes()->contains(node)) {
        m_out << "  there is no node named " << node << Qt::endl;
        return;
    }
    ops::AutoCephGate gate([this] { return m_connection.client(); }, &m_agentGate);
    ops::MaintenancePreview preview(&m_connection, &gate, node);
    preview.setIntent(intent);
    // The plan once listed, and once Ceph answered for the host's OSDs (or did not in time: then
    // the plan says it waits on Ceph).
    waitUntil([&] { return preview.synced(); }, kListTimeoutMs);
    const auto waitsOnCeph = [&] {
        const auto steps = preview.plan().steps;
        return !preview.ceph().known && std::any_of(steps.cbegin(), steps.cend(), [](const reconcile::PlanStep &s) {
            return s.kind == reconcile::StepKind::CephGate && !s.done;
        });
    };
    waitUntil([&] { return !waitsOnCeph(); }, kCephTimeoutMs);
    for (const QString &line : reconcile::describe(preview.plan()))
        m_out << "  " << line << Qt::endl;
}

} // namespace drover::app
