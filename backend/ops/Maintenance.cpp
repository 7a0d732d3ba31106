#include "Maintenance.h"

#include "MaintenanceBodies.h"
#include "MaintenanceSession.h"

#include <QTimer>

namespace drover::ops {

namespace a = reconcile::annotations;
using reconcile::StepKind;


EvictionStatus::Kind classifyEviction(int httpStatus, const QString &message)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return EvictionStatus::Evicted;
    // KubeVirt's pod-eviction-admitter words; the API server's disruption-budget refusal.
    if (message.contains(QLatin1String("Eviction triggered evacuation")) || message.contains(QLatin1String("Evacuation in progress")))
        return EvictionStatus::Migrating;
    if (message.contains(QLatin1String("not live-migratable")))
        return EvictionStatus::NotMigratable;
    if (httpStatus == 429 && message.contains(QLatin1String("disruption budget")))
        return EvictionStatus::Budget;
    return EvictionStatus::Failed;
}

Maintenance::Maintenance(ClusterConnection *connection, CephGate *gate, QObject *parent)
    : QObject(parent), m_connection(connection), m_gate(gate), m_tick(new QTimer(this))
{
    qRegisterMetaType<MaintenanceProgress>();
    // Retries and Ceph re-asks fall due with time, not with events.
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (Session *s : std::as_const(m_sessions))
            schedulePass(s);
    });
    connect(connection, &ClusterConnection::cachesReplaced, this, [this] {
        const QStringList nodes = m_sessions.keys();
        for (const QString &n : nodes)
            endSession(n); // another cluster now; resume() picks up this one's
    });
}

Maintenance::~Maintenance()
{
    qDeleteAll(m_sessions);
}

Maintenance::Session *Maintenance::session(const QString &node, bool create)
{
    if (Session *s = m_sessions.value(node); s || !create)
        return s;
    auto *s = new Session;
    s->node = node;
    s->intent.node = node;
    s->startedAt = QDateTime::currentDateTimeUtc();
    s->observer = new MaintenanceObserver(m_connection, node, this);
    connect(s->observer, &MaintenanceObserver::changed, this, [this, node] {
        if (Session *x = m_sessions.value(node))
            schedulePass(x);
    });
    m_sessions.insert(node, s);
    if (!m_tick->isActive())
        m_tick->start();
    return s;
}

void Maintenance::enter(const MaintenanceRequest &request)
{
    Session *s = session(request.node, true);
    s->intent.policy = request.policy;
    s->intent.reason = request.reason;
    s->intent.leaving = false;
    s->notBefore.remove(QStringLiteral("enter:") + request.node);
    schedulePass(s); // the pass records the intent on the Node first
}

void Maintenance::leave(const QString &node)
{
    Session *s = session(node, true);
    s->intent.leaving = true;
    s->notBefore.remove(QStringLiteral("leave:") + node);
    schedulePass(s);
}

void Maintenance::setCordoned(const QString &node, bool cordoned)
{
    if (!m_connection->client())
        return;
    m_connection->client()->patch(kube::ApiResource::nodes(), {}, node, kube::PatchType::Merge, bodies::cordonPatch(cordoned), this,
                                  [this, node, cordoned](const kube::Response &r) {
                                      Q_EMIT cordonChanged(node, cordoned, r.ok() ? QString() : r.error.userMessage());
                                  });
}

void Maintenance::resume()
{
    kube::ObjectCache *nodes = m_connection->nodes();
    if (!nodes)
        return;
    for (auto it = nodes->objects().cbegin(); it != nodes->objects().cend(); ++it) {
        const QString state = it.value().value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"))
                                  .toObject().value(a::state).toString();
        if ((state == QLatin1String("draining") || state == QLatin1String("leaving")) && !m_sessions.contains(it.key()) &&
            (!m_resumes || m_resumes(it.key())))
            schedulePass(session(it.key(), true));
    }
}

std::optional<MaintenanceProgress> Maintenance::progress(const QString &node) const
{
    if (const Session *s = m_sessions.value(node))
        return s->last;
    return std::nullopt;
}

void Maintenance::schedulePass(Session *s)
{
    if (s->passQueued)
        return;
    s->passQueued = true;
    const QString node = s->node;
    QTimer::singleShot(0, this, [this, node] {
        if (Session *x = m_sessions.value(node)) {
            x->passQueued = false;
            pass(x);
        }
    });
}

void Maintenance::endSession(const QString &node)
{
    Session *s = m_sessions.take(node);
    if (!s)
        return;
    s->observer->deleteLater();
    delete s;
    if (m_sessions.isEmpty())
        m_tick->stop();
}

} // namespace drover::ops
