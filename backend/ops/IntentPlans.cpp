#include "IntentPlans.h"

#include "MaintenancePreview.h"
#include "ScheduleRunner.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace drover::ops {

namespace {
constexpr int kTickMs = 30000;

bool sameIntent(const reconcile::MaintenanceIntent &a, const reconcile::MaintenanceIntent &b)
{
    return a.node == b.node && a.policy == b.policy && a.leaving == b.leaving && a.reason == b.reason;
}

bool waitsOnCeph(const MaintenancePreview &p)
{
    const auto steps = p.plan().steps;
    return !p.ceph().known && std::any_of(steps.cbegin(), steps.cend(), [](const reconcile::PlanStep &s) {
        return s.kind == reconcile::StepKind::CephGate && !s.done;
    });
}
} // namespace

IntentPlans::IntentPlans(ClusterConnection *connection, CephGate *gate, QObject *parent, std::function<QDateTime()> clock)
    : QObject(parent), m_connection(connection), m_gate(gate), m_coalesce(new QTimer(this)), m_tick(new QTimer(this))
{
    if (!clock)
        clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_runner = new ScheduleRunner(connection, std::move(clock), this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &IntentPlans::refresh);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &IntentPlans::poke);
    m_tick->start();
    connect(connection, &ClusterConnection::cachesReplaced, this, &IntentPlans::rebind);
    connect(connection, &ClusterConnection::stateChanged, this, &IntentPlans::poke);
    connect(connection, &ClusterConnection::sourcesChanged, this, &IntentPlans::poke);
    rebind();
}

IntentPlans::~IntentPlans() = default;

void IntentPlans::setNodeFilter(const QString &node)
{
    m_node = node;
    poke();
}

bool IntentPlans::schedulesServed() const
{
    kube::ObjectCache *c = m_connection->snapshotSchedules();
    return c && m_connection->installed(c) && !m_connection->forbidden(c);
}

bool IntentPlans::maintenanceServed() const
{
    kube::ObjectCache *c = m_connection->hostMaintenances();
    return c && m_connection->installed(c) && !m_connection->forbidden(c);
}

bool IntentPlans::settled() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(), [](const IntentPlan &e) { return e.synced && !e.waitsOnCeph; });
}

// New caches (another context): previews watch the old client's informers, so they go too.
void IntentPlans::rebind()
{
    for (const auto &c : std::as_const(m_cacheConnections))
        disconnect(c);
    m_cacheConnections.clear();
    qDeleteAll(m_previews);
    m_previews.clear();
    m_previewIntents.clear();
    for (kube::ObjectCache *c : {m_connection->snapshotSchedules(), m_connection->hostMaintenances(), m_connection->vms(),
                                 m_connection->snapshots(), m_connection->nodes()})
        if (c)
            m_cacheConnections << connect(c, &kube::ObjectCache::changed, this, &IntentPlans::poke);
    poke();
}

void IntentPlans::poke()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

QList<IntentPlans::Intent> IntentPlans::intents() const
{
    QList<Intent> out;
    if (kube::ObjectCache *cache = m_connection->hostMaintenances()) {
        for (const kube::LazyObject &o : cache->objects()) {
            const QJsonObject json = o.json();
            const QJsonObject spec = json.value(QLatin1String("spec")).toObject();
            Intent in;
            in.name = json.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            in.node = spec.value(QLatin1String("nodeName")).toString();
            if (!m_node.isEmpty() && in.node != m_node)
                continue;
            const auto policy = reconcile::policyFromName(spec.value(QLatin1String("policy")).toString());
            const bool leave = spec.value(QLatin1String("leave")).toBool();
            in.intent = {in.node, policy.value_or(reconcile::VmPolicy::Refuse), {}, leave};
            in.title = leave ? tr("Node %1 — HostMaintenance %2 (leave)").arg(in.node, in.name)
                             : tr("Node %1 — HostMaintenance %2").arg(in.node, in.name);
            out << in;
        }
    }
    std::sort(out.begin(), out.end(), [](const Intent &a, const Intent &b) { return a.name < b.name; });
    return out;
}

// One preview per intent whose node exists, made anew when the intent's node or policy changed.
void IntentPlans::syncPreviews(const QList<Intent> &wanted)
{
    QSet<QString> keep;
    for (const Intent &in : wanted) {
        if (!m_connection->nodes() || !m_connection->nodes()->contains(in.node))
            continue;
        keep.insert(in.name);
        MaintenancePreview *p = m_previews.value(in.name);
        if (p && m_previewIntents.value(in.name).node == in.node) {
            if (!sameIntent(m_previewIntents.value(in.name), in.intent))
                p->setIntent(in.intent);
        } else {
            delete p;
            p = new MaintenancePreview(m_connection, m_gate, in.node, this);
            p->setIntent(in.intent);
            connect(p, &MaintenancePreview::planned, this, &IntentPlans::poke);
            m_previews.insert(in.name, p);
        }
        m_previewIntents.insert(in.name, in.intent);
    }
    for (auto it = m_previews.begin(); it != m_previews.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        m_previewIntents.remove(it.key());
        it = m_previews.erase(it);
    }
}

IntentPlan IntentPlans::maintenanceEntry(const Intent &in) const
{
    IntentPlan e;
    e.kind = IntentPlan::Kind::Maintenance;
    e.title = in.title;
    const MaintenancePreview *p = m_previews.value(in.name);
    if (!p) {
        const bool listed = m_connection->state() == ClusterConnection::State::Synced;
        e.lines << tr("there is no node named %1").arg(in.node);
        e.synced = listed;
        return e;
    }
    e.lines = reconcile::describe(p->plan());
    e.synced = p->synced();
    e.waitsOnCeph = waitsOnCeph(*p);
    return e;
}

void IntentPlans::addSchedules(QList<IntentPlan> &out) const
{
    if (!m_node.isEmpty() || !schedulesServed())
        return;
    const bool listed = m_connection->state() == ClusterConnection::State::Synced
                        || m_connection->state() == ClusterConnection::State::Reconnecting;
    for (const reconcile::SchedulePlan &p : m_runner->plans()) {
        IntentPlan e;
        e.title = tr("SnapshotSchedule %1/%2").arg(p.ns, p.name);
        e.lines = reconcile::describe(p);
        e.synced = listed;
        out << e;
    }
}

void IntentPlans::refresh()
{
    QList<Intent> wanted = intents();
    m_hasIntents = !wanted.isEmpty();
    if (wanted.isEmpty() && !m_node.isEmpty()) {
        Intent whatIf;
        whatIf.name = QStringLiteral("\x1f") + m_node; // no object name is this
        whatIf.node = m_node;
        whatIf.intent = {m_node, reconcile::VmPolicy::Refuse, {}, false};
        whatIf.title = tr("Node %1 — no HostMaintenance: what entering maintenance with policy Refuse would do").arg(m_node);
        wanted << whatIf;
    }
    syncPreviews(wanted);
    QList<IntentPlan> out;
    addSchedules(out);
    for (const Intent &in : std::as_const(wanted))
        out << maintenanceEntry(in);
    m_entries = out;
    Q_EMIT changed();
}

} // namespace drover::ops
