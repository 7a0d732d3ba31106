#pragma once
// droverd's snapshot schedules, one pass at a time: the SnapshotSchedules, VMs and
// VirtualMachineSnapshots as the connection's informers hold them; backend/reconcile's planner
// decides per schedule (planSchedule, which `droverd plan` prints too); this takes and prunes
// snapshots and writes each schedule's status when it changed. What it decides is read back from
// the cluster (the snapshots carry their schedule and firing), so a pass cut short by a crash or a
// lost lease is finished by the next leader, never done twice. Its own writes count until the
// caches show them (read-your-writes), so a pass that runs before the watch delivers them does not
// take a firing again or prune past retention.
#include "DecodedCache.h"
#include "EventRecorder.h"
#include "Intents.h"
#include "SchedulePlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>

namespace drover::ops {

class ClusterConnection;

struct SchedulePassResult
{
    int schedules = 0;
    int taken = 0;
    int pruned = 0;
    QStringList errors; // in words, one per failed call
};

class ScheduleRunner : public QObject
{
    Q_OBJECT
public:
    // clock: "now" for the planner (droverd's, or a scaled one in tests and the demo).
    ScheduleRunner(ClusterConnection *connection, std::function<QDateTime()> clock, QObject *parent = nullptr);
    // Every schedule's plan as of now, acting on nothing (`droverd plan`, the console's Plan view).
    QList<reconcile::SchedulePlan> plans() const;
    // One pass; done runs when every call it made has answered. Not re-entrant: a pass asked for
    // while one runs, or before the caches are listed, is refused (done at once with an error).
    void pass(std::function<void(const SchedulePassResult &)> done);
    bool running() const { return m_running; }
    // Whether the VMs are decoded now: only while at least one schedule exists.
    bool decodingVms() const { return m_vms.bound(); }
    // Calls made, by kind ("create_snapshot", "delete_snapshot", "update_status") and result ("ok",
    // "error"), for /metrics.
    const QHash<QPair<QString, QString>, quint64> &actions() const { return m_actions; }
    // Events on the schedules (taken, pruned, failed, suspended); none when unset.
    void setEvents(EventRecorder *events) { m_events = events; }

Q_SIGNALS:
    void acted(const QString &what); // "took prod/db-nightly-202612020200", for the log

private:
    struct Pass;
    void bind();
    void followSchedules(); // decode the VMs while there are schedules
    QList<core::Snapshot> snapshotsSeen() const; // the cache, with this runner's writes applied
    void act(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const reconcile::SchedulePlan &plan);
    void writeStatus(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const reconcile::SchedulePlan &plan);
    void call(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const QString &kind, const QString &what,
              const std::function<void(std::function<void(bool, const QString &)>)> &start);
    void startQueued();
    void answered(const std::shared_ptr<Pass> &p, const QString &kind, const QString &what, const EventTarget &target, const QString &key, bool ok,
                  const QString &error);
    void finishIfDone(const std::shared_ptr<Pass> &p);
    static constexpr int kMaxInFlight = 32;

    ClusterConnection *m_connection;
    std::function<QDateTime()> m_clock;
    DecodedCache<core::SnapshotScheduleObject> m_schedules;
    DecodedCache<core::Vm> m_vms; // bound only while m_schedules has any
    QMetaObject::Connection m_schedulesSeen;
    DecodedCache<core::Snapshot> m_snapshots;
    QHash<QString, core::Snapshot> m_created; // "ns/name" taken, until the cache has it
    QSet<QString> m_deleted;                  // "ns/name" pruned, until the cache drops it
    QHash<QString, QString> m_failed;     // schedule "ns/name" -> the last pass's first failed call, in words
    QHash<QString, QString> m_failing;    // the same, of the pass under way
    EventRecorder *m_events = nullptr;
    QQueue<std::function<void()>> m_queue; // calls waiting for a slot
    int m_inFlight = 0;
    bool m_running = false;
    QHash<QPair<QString, QString>, quint64> m_actions;
};

} // namespace drover::ops
