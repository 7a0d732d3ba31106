#include "ScheduleRunner.h"

#include "ApiResource.h"
#include "Intents.h"
#include "KubeClient.h"
#include "Snapshot.h"
#include "Vm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace drover::ops {

using reconcile::ScheduledSnapshot;

struct ScheduleRunner::Pass
{
    std::function<void(const SchedulePassResult &)> done;
    QDateTime now;
    QList<core::SnapshotScheduleObject> schedules;
    QHash<QString, QList<core::Vm>> vms;             // by namespace
    QHash<QString, QList<core::Snapshot>> snapshots; // by namespace
    int pending = 0;
    SchedulePassResult result;
};

ScheduleRunner::ScheduleRunner(kube::KubeClient *client, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(std::move(clock))
{
}

void ScheduleRunner::pass(std::function<void(const SchedulePassResult &)> done)
{
    if (m_running || !m_client) {
        done(SchedulePassResult{0, 0, 0, {QStringLiteral("a pass is already running")}});
        return;
    }
    m_running = true;
    auto p = std::make_shared<Pass>();
    p->done = std::move(done);
    p->now = m_clock();
    ++p->pending;
    m_client->listAll(kube::ApiResource::snapshotSchedules(), {}, 500, this, [this, p](const kube::ListResult &r) {
        if (!r.ok())
            p->result.errors << QStringLiteral("cannot list SnapshotSchedules: %1").arg(r.error.userMessage());
        QSet<QString> namespaces;
        for (const kube::ListItem &item : r.items) {
            auto s = core::SnapshotScheduleObject::fromJson(item.object.json());
            if (!s) {
                p->result.errors << s.error();
                continue;
            }
            namespaces.insert(s->meta.ns);
            p->schedules << *s;
        }
        // The VMs and snapshots of every namespace that has a schedule, all asked at once.
        for (const QString &ns : namespaces) {
            p->pending += 2;
            m_client->listAll(kube::ApiResource::virtualMachines(), ns, 500, this, [this, p, ns](const kube::ListResult &vms) {
                for (const kube::ListItem &item : vms.items)
                    if (auto vm = core::Vm::fromJson(item.object.json()))
                        p->vms[ns] << *vm;
                if (!vms.ok())
                    p->result.errors << QStringLiteral("cannot list VMs in %1: %2").arg(ns, vms.error.userMessage());
                if (--p->pending == 0)
                    plan(p);
            });
            m_client->listAll(kube::ApiResource::snapshots(), ns, 500, this, [this, p, ns](const kube::ListResult &snaps) {
                for (const kube::ListItem &item : snaps.items)
                    if (auto s = core::Snapshot::fromJson(item.object.json()))
                        p->snapshots[ns] << *s;
                if (!snaps.ok())
                    p->result.errors << QStringLiteral("cannot list snapshots in %1: %2").arg(ns, snaps.error.userMessage());
                if (--p->pending == 0)
                    plan(p);
            });
        }
        if (--p->pending == 0)
            plan(p);
    });
}

namespace {

ScheduledSnapshot scheduledFrom(const core::Snapshot &s, const QString &schedule)
{
    ScheduledSnapshot out;
    out.name = s.meta.name;
    out.created = s.creationTime.isValid() ? s.creationTime : s.meta.creationTimestamp;
    out.owned = s.meta.labels.value(QLatin1String(core::kScheduleLabel)) == schedule;
    out.scheduledFor = QDateTime::fromString(s.meta.annotations.value(QLatin1String(core::kScheduledForAnnotation)), Qt::ISODate);
    out.error = s.error;
    if (s.readyToUse || s.phase == QLatin1String("Succeeded"))
        out.state = ScheduledSnapshot::State::Ready;
    else if (s.phase == QLatin1String("Failed") || !s.error.isEmpty())
        out.state = ScheduledSnapshot::State::Failed;
    return out;
}

reconcile::ScheduleSpec specOf(const core::SnapshotScheduleObject &s)
{
    reconcile::ScheduleSpec spec;
    spec.cron = s.schedule;
    spec.timeZone = s.timeZone;
    spec.keepLast = s.keepLast;
    spec.keepDaily = s.keepDaily;
    spec.keepWeekly = s.keepWeekly;
    spec.maxFailures = s.maxFailures;
    spec.suspend = s.suspend;
    return spec;
}

QJsonObject condition(const QString &status, const QString &reason, const QString &message, qint64 generation, const QDateTime &now)
{
    return {{QStringLiteral("type"), QStringLiteral("Ready")},     {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason},                     {QStringLiteral("message"), message},
            {QStringLiteral("observedGeneration"), generation},     {QStringLiteral("lastTransitionTime"), now.toString(Qt::ISODate)}};
}

} // namespace

void ScheduleRunner::plan(const std::shared_ptr<Pass> &p)
{
    p->pending = 1; // this function's own hold until every call below is made
    p->result.schedules = int(p->schedules.size());
    for (const core::SnapshotScheduleObject &s : p->schedules)
        planOne(p, s);
    finishIfDone(p);
}

// One schedule: each VM it selects planned on its own, then one status for the schedule.
void ScheduleRunner::planOne(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s)
{
    QDateTime nextDue;
    QDateTime lastTaken;
    int failures = 0;
    QString suspended;
    QString error;
    QStringList kept;
    for (const core::Vm &vm : p->vms.value(s.meta.ns)) {
        if (!s.selects(vm.meta.name, vm.meta.labels))
            continue;
        QList<ScheduledSnapshot> mine;
        for (const core::Snapshot &snap : p->snapshots.value(s.meta.ns))
            if (snap.sourceName == vm.meta.name)
                mine << scheduledFrom(snap, s.meta.name);
        const reconcile::ScheduleDecision d = reconcile::planSnapshotSchedule(specOf(s), mine, s.meta.creationTimestamp, s.resumedAt, p->now);
        if (!d.error.isEmpty()) {
            error = d.error;
            break;
        }
        if (d.nextDue.isValid() && (!nextDue.isValid() || d.nextDue < nextDue))
            nextDue = d.nextDue;
        failures = std::max(failures, d.consecutiveFailures);
        if (d.suspended && suspended.isEmpty())
            suspended = d.suspendReason;
        for (const ScheduledSnapshot &m : mine)
            if (m.owned && m.state == ScheduledSnapshot::State::Ready && !d.prune.contains(m.name)) {
                kept << m.name;
                lastTaken = std::max(lastTaken, m.created);
            }
        act(p, s, vm.meta.name, d);
    }
    QJsonObject status{{QStringLiteral("observedGeneration"), s.generation},
                       {QStringLiteral("consecutiveFailures"), failures},
                       {QStringLiteral("suspended"), !suspended.isEmpty()},
                       {QStringLiteral("suspendReason"), suspended},
                       {QStringLiteral("snapshots"), QJsonArray::fromStringList(kept)}};
    if (nextDue.isValid())
        status.insert(QStringLiteral("nextDue"), nextDue.toString(Qt::ISODate));
    if (lastTaken.isValid())
        status.insert(QStringLiteral("lastTaken"), lastTaken.toString(Qt::ISODate));
    const QJsonObject ready = !error.isEmpty()       ? condition(QStringLiteral("False"), QStringLiteral("InvalidSchedule"), error, s.generation, p->now)
                              : !suspended.isEmpty() ? condition(QStringLiteral("False"), QStringLiteral("Suspended"), suspended, s.generation, p->now)
                                                     : condition(QStringLiteral("True"), QStringLiteral("Scheduled"),
                                                                 QStringLiteral("next snapshot due %1").arg(nextDue.toString(Qt::ISODate)), s.generation, p->now);
    status.insert(QStringLiteral("conditions"), QJsonArray{ready});
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact);
    call(p, QStringLiteral("update_status"), QString(), [this, s, patch](auto answer) {
        m_client->request("PATCH", kube::ApiResource::snapshotSchedules().objectPath(s.meta.ns, s.meta.name, QStringLiteral("status")), {}, patch,
                          this, [answer](const kube::Response &r) { answer(r.ok(), r.error.userMessage()); },
                          QByteArrayLiteral("application/merge-patch+json"));
    });
}

// Take the due firing (a 409 means an earlier leader took it) and delete what retention lets go.
void ScheduleRunner::act(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const QString &vm,
                         const reconcile::ScheduleDecision &d)
{
    if (d.take) {
        const QJsonObject body = core::scheduledSnapshotFor(s.meta.ns, vm, s.meta.name, d.dueAt);
        const QString name = body.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        call(p, QStringLiteral("create_snapshot"), QStringLiteral("took %1/%2").arg(s.meta.ns, name), [this, s, body](auto answer) {
            m_client->create(kube::ApiResource::snapshots(), s.meta.ns, body, this, [answer](const kube::Response &r) {
                answer(r.ok() || r.httpStatus == 409, r.error.userMessage());
            });
        });
        ++p->result.taken;
    }
    for (const QString &name : d.prune) {
        call(p, QStringLiteral("delete_snapshot"), QStringLiteral("pruned %1/%2").arg(s.meta.ns, name), [this, s, name](auto answer) {
            m_client->remove(kube::ApiResource::snapshots(), s.meta.ns, name, this, [answer](const kube::Response &r) {
                answer(r.ok() || r.httpStatus == 404, r.error.userMessage());
            });
        });
        ++p->result.pruned;
    }
}

void ScheduleRunner::call(const std::shared_ptr<Pass> &p, const QString &kind, const QString &what,
                          const std::function<void(std::function<void(bool, const QString &)>)> &start)
{
    ++p->pending;
    start([this, p, kind, what](bool ok, const QString &error) {
        ++m_actions[{kind, ok ? QStringLiteral("ok") : QStringLiteral("error")}];
        if (!ok)
            p->result.errors << QStringLiteral("%1: %2").arg(kind, error);
        else if (!what.isEmpty())
            Q_EMIT acted(what);
        finishIfDone(p);
    });
}

void ScheduleRunner::finishIfDone(const std::shared_ptr<Pass> &p)
{
    if (--p->pending > 0)
        return;
    m_running = false;
    p->done(p->result);
}

} // namespace drover::ops
