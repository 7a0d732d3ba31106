#include "ScheduleRunner.h"

#include "ApiResource.h"
#include "ClusterConnection.h"
#include "EventRecorder.h"
#include "KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::ops {

struct ScheduleRunner::Pass
{
    struct Done
    {
        EventTarget target;
        QStringList taken;
        QStringList pruned;
    };
    std::function<void(const SchedulePassResult &)> finished;
    QHash<QString, Done> done; // by schedule: what it did, for one event each
    int pending = 0;
    SchedulePassResult result;
};

ScheduleRunner::ScheduleRunner(ClusterConnection *connection, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_connection(connection), m_clock(std::move(clock))
{
    bind();
    connect(connection, &ClusterConnection::cachesReplaced, this, &ScheduleRunner::bind);
}

void ScheduleRunner::bind()
{
    m_schedules.bind(m_connection->snapshotSchedules(), this);
    m_snapshots.bind(m_connection->snapshots(), this);
    m_created.clear();
    m_deleted.clear();
    // The VMs are decoded only while a schedule exists to select among them: a cluster without
    // schedules (most) would otherwise decode every VM at start and at each change for nothing
    // (10,000 parses, 4 MB, on the console's GUI thread). Connected after m_schedules' own
    // connection, so this sees the schedules already updated.
    m_vms.bind(nullptr, this);
    QObject::disconnect(m_schedulesSeen);
    if (kube::ObjectCache *c = m_connection->snapshotSchedules())
        m_schedulesSeen = connect(c, &kube::ObjectCache::changed, this, &ScheduleRunner::followSchedules);
    followSchedules();
}

void ScheduleRunner::followSchedules()
{
    const bool wanted = !m_schedules.map().isEmpty();
    if (wanted && !m_vms.bound())
        m_vms.bind(m_connection->vms(), this);
    else if (!wanted && m_vms.bound())
        m_vms.bind(nullptr, this);
}

QList<core::Snapshot> ScheduleRunner::snapshotsSeen() const
{
    QList<core::Snapshot> out;
    out.reserve(m_snapshots.map().size() + m_created.size());
    for (auto it = m_snapshots.map().cbegin(); it != m_snapshots.map().cend(); ++it)
        if (!m_deleted.contains(it.key()))
            out << it.value();
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it)
        if (!m_snapshots.map().contains(it.key()))
            out << it.value();
    return out;
}

QList<reconcile::SchedulePlan> ScheduleRunner::plans() const
{
    return reconcile::planSchedules(m_schedules.map(), m_vms.map(), snapshotsSeen(), m_clock());
}

void ScheduleRunner::pass(std::function<void(const SchedulePassResult &)> done)
{
    if (m_running || !m_connection->client() || m_connection->state() != ClusterConnection::State::Synced) {
        done(SchedulePassResult{0, 0, 0, {m_running ? QStringLiteral("a pass is already running") : QStringLiteral("the caches are not listed yet")}});
        return;
    }
    // Writes the caches now show are no longer this runner's to remember.
    m_deleted.removeIf([this](const QString &key) { return !m_snapshots.map().contains(key); });
    m_created.removeIf([this](const auto &it) { return m_snapshots.map().contains(it.key()); });
    m_failed = std::exchange(m_failing, {});
    m_running = true;
    auto p = std::make_shared<Pass>();
    p->finished = std::move(done);
    p->pending = 1; // this function's own hold until every call below is made
    const QList<reconcile::SchedulePlan> all = plans();
    p->result.schedules = int(all.size());
    qsizetype i = 0;
    for (const core::SnapshotScheduleObject &s : m_schedules.map()) {
        act(p, s, all.at(i));
        writeStatus(p, s, all.at(i++));
    }
    finishIfDone(p);
}

namespace {

EventTarget targetOf(const core::SnapshotScheduleObject &s)
{
    return {QStringLiteral("drover.io/v1alpha1"), QStringLiteral("SnapshotSchedule"), s.meta.ns, s.meta.name, s.meta.uid};
}

QJsonObject condition(const QString &status, const QString &reason, const QString &message, qint64 generation, const QDateTime &now,
                      const QJsonObject &before)
{
    // metav1.Condition: lastTransitionTime moves only when the status does.
    const bool same = before.value(QLatin1String("status")).toString() == status;
    return {{QStringLiteral("type"), QStringLiteral("Ready")},
            {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("message"), message},
            {QStringLiteral("observedGeneration"), generation},
            {QStringLiteral("lastTransitionTime"), same ? before.value(QLatin1String("lastTransitionTime")) : QJsonValue(now.toString(Qt::ISODate))}};
}

// failed: a call of the last pass for this schedule that the API server refused, in words.
QJsonObject statusOf(const core::SnapshotScheduleObject &s, const reconcile::SchedulePlan &plan, const QDateTime &now, const QString &failed)
{
    QJsonObject status{{QStringLiteral("observedGeneration"), s.generation},
                       {QStringLiteral("consecutiveFailures"), plan.consecutiveFailures},
                       {QStringLiteral("suspended"), !plan.suspended.isEmpty()},
                       {QStringLiteral("snapshots"), QJsonArray::fromStringList(plan.kept)}};
    // kube-apiserver (1.20) refused a status with suspendReason "" ("Invalid value: \"null\": must
    // be of type string"): it is written only when there is one, and removed (null in a merge
    // patch) when it no longer holds.
    if (!plan.suspended.isEmpty())
        status.insert(QStringLiteral("suspendReason"), plan.suspended);
    else if (s.status.contains(QLatin1String("suspendReason")))
        status.insert(QStringLiteral("suspendReason"), QJsonValue::Null);
    if (plan.nextDue.isValid())
        status.insert(QStringLiteral("nextDue"), plan.nextDue.toUTC().toString(Qt::ISODate));
    if (plan.lastTaken.isValid())
        status.insert(QStringLiteral("lastTaken"), plan.lastTaken.toUTC().toString(Qt::ISODate));
    const QJsonObject before = s.status.value(QLatin1String("conditions")).toArray().first().toObject();
    const QJsonObject ready =
        !plan.error.isEmpty()       ? condition(QStringLiteral("False"), QStringLiteral("InvalidSchedule"), plan.error, s.generation, now, before)
        : !plan.suspended.isEmpty() ? condition(QStringLiteral("False"), QStringLiteral("Suspended"), plan.suspended, s.generation, now, before)
        : !failed.isEmpty()         ? condition(QStringLiteral("False"), QStringLiteral("ActionFailed"), failed, s.generation, now, before)
                                    : condition(QStringLiteral("True"), QStringLiteral("Scheduled"),
                                                QStringLiteral("next snapshot due %1").arg(plan.nextDue.toUTC().toString(Qt::ISODate)), s.generation,
                                                now, before);
    status.insert(QStringLiteral("conditions"), QJsonArray{ready});
    return status;
}

} // namespace

// The status, when it says something new (a pass every few seconds writes nothing otherwise).
void ScheduleRunner::writeStatus(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const reconcile::SchedulePlan &plan)
{
    const QJsonObject status = statusOf(s, plan, m_clock(), m_failed.value(s.meta.key()));
    bool changed = false;
    for (auto it = status.begin(); it != status.end() && !changed; ++it)
        changed = s.status.value(it.key()) != it.value();
    if (!changed)
        return;
    if (m_events && !plan.suspended.isEmpty() && !s.status.value(QLatin1String("suspended")).toBool())
        m_events->warning(targetOf(s), QStringLiteral("Suspended"), plan.suspended);
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact);
    call(p, s, QStringLiteral("update_status"), QString(), [this, s, patch](auto answer) {
        m_connection->client()->request("PATCH", kube::ApiResource::snapshotSchedules().objectPath(s.meta.ns, s.meta.name, QStringLiteral("status")),
                                        {}, patch, this, [answer](const kube::Response &r) { answer(r.ok(), r.error.userMessage()); },
                                        QByteArrayLiteral("application/merge-patch+json"));
    });
}

// Take each due firing (a 409 means an earlier leader took it) and delete what retention lets go.
void ScheduleRunner::act(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const reconcile::SchedulePlan &plan)
{
    const QString &ns = s.meta.ns;
    for (const reconcile::VmScheduleDecision &v : plan.vms) {
        if (v.decision.take) {
            auto snap = core::Snapshot::fromJson(core::scheduledSnapshotFor(ns, v.vm, s.meta.name, v.decision.dueAt));
            const QString key = ns + QLatin1Char('/') + snap->meta.name;
            snap->meta.creationTimestamp = m_clock();
            m_created.insert(key, *snap);
            // The body is made again when the call leaves the queue: 10,000 bodies waiting at a
            // nightly firing held ~18 MB (bench_droverd's peak, against a 128Mi limit).
            call(p, s, QStringLiteral("create_snapshot"), QStringLiteral("took %1").arg(key),
                 [this, ns, vm = v.vm, schedule = s.meta.name, dueAt = v.decision.dueAt, key](auto answer) {
                const QJsonObject body = core::scheduledSnapshotFor(ns, vm, schedule, dueAt);
                m_connection->client()->create(kube::ApiResource::snapshots(), ns, body, this, [this, answer, key](const kube::Response &r) {
                    if (!r.ok() && r.httpStatus != 409)
                        m_created.remove(key); // not there: the next pass may try again
                    answer(r.ok() || r.httpStatus == 409, r.error.userMessage());
                });
            });
            ++p->result.taken;
        }
        for (const QString &name : v.decision.prune) {
            const QString key = ns + QLatin1Char('/') + name;
            m_deleted.insert(key);
            call(p, s, QStringLiteral("delete_snapshot"), QStringLiteral("pruned %1").arg(key), [this, ns, name, key](auto answer) {
                m_connection->client()->remove(kube::ApiResource::snapshots(), ns, name, this, [this, answer, key](const kube::Response &r) {
                    if (!r.ok() && r.httpStatus != 404)
                        m_deleted.remove(key);
                    answer(r.ok() || r.httpStatus == 404, r.error.userMessage());
                });
            });
            ++p->result.pruned;
        }
    }
}

// Calls go out at most kMaxInFlight at a time: a nightly firing over 10,000 VMs is 10,000
// creates, and each one in flight holds its request and reply.
void ScheduleRunner::call(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const QString &kind, const QString &what,
                          const std::function<void(std::function<void(bool, const QString &)>)> &start)
{
    ++p->pending;
    m_queue.enqueue([this, p, start, kind, what, target = targetOf(s), key = s.meta.key()] {
        ++m_inFlight;
        start([this, p, kind, what, target, key](bool ok, const QString &error) {
            --m_inFlight;
            answered(p, kind, what, target, key, ok, error);
            startQueued();
            finishIfDone(p);
        });
    });
    startQueued();
}

void ScheduleRunner::startQueued()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty())
        m_queue.dequeue()();
}

void ScheduleRunner::answered(const std::shared_ptr<Pass> &p, const QString &kind, const QString &what, const EventTarget &target,
                              const QString &key, bool ok, const QString &error)
{
    ++m_actions[{kind, ok ? QStringLiteral("ok") : QStringLiteral("error")}];
    if (!ok) {
        // "create_snapshot prod/web-01-nightly-202612020100: <the API server's words>"
        const QString words = QStringLiteral("%1 %2: %3").arg(kind, what.isEmpty() ? key : what.section(QLatin1Char(' '), 1), error);
        p->result.errors << words;
        if (!m_failing.contains(key))
            m_failing.insert(key, words);
        if (m_events)
            m_events->warning(target, QStringLiteral("ActionFailed"), words);
        return;
    }
    if (what.isEmpty())
        return;
    Q_EMIT acted(what);
    auto &done = p->done[key];
    done.target = target;
    (what.startsWith(QLatin1String("took")) ? done.taken : done.pruned) << what.section(QLatin1Char('/'), 1);
}

// One event per schedule and pass (client-go's spam filter would drop most of one per snapshot).
void ScheduleRunner::finishIfDone(const std::shared_ptr<Pass> &p)
{
    if (--p->pending > 0)
        return;
    m_running = false;
    const auto names = [](const QStringList &l) {
        return l.size() <= 5 ? l.join(QStringLiteral(", ")) : QStringLiteral("%1 and %2 more").arg(l.mid(0, 5).join(QStringLiteral(", "))).arg(l.size() - 5);
    };
    for (auto it = p->done.cbegin(); m_events && it != p->done.cend(); ++it) {
        if (!it->taken.isEmpty())
            m_events->normal(it->target, QStringLiteral("SnapshotsTaken"), QStringLiteral("took %1: %2").arg(it->taken.size()).arg(names(it->taken)));
        if (!it->pruned.isEmpty())
            m_events->normal(it->target, QStringLiteral("SnapshotsPruned"), QStringLiteral("pruned %1 beyond retention: %2").arg(it->pruned.size()).arg(names(it->pruned)));
    }
    p->finished(p->result);
}

} // namespace drover::ops
