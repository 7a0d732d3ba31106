#pragma once
// droverd's snapshot schedules, one pass at a time: read the SnapshotSchedules, the VMs and the
// VirtualMachineSnapshots of their namespaces; let backend/reconcile's planner decide per VM;
// take and prune snapshots; write each schedule's status. Everything it decides is read back
// from the cluster on the next pass (the snapshots carry their schedule and firing), so a pass
// cut short by a crash or a lost lease is finished by the next leader, never done twice.
#include "SnapshotSchedule.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace drover::kube {
class KubeClient;
}
namespace drover::core {
struct SnapshotScheduleObject;
}

namespace drover::ops {

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
    ScheduleRunner(kube::KubeClient *client, std::function<QDateTime()> clock, QObject *parent = nullptr);
    // One pass; done runs when every call it made has answered. Not re-entrant: a pass asked for
    // while one runs is refused (done at once with an error).
    void pass(std::function<void(const SchedulePassResult &)> done);
    bool running() const { return m_running; }
    // Calls made, by kind ("create_snapshot", "delete_snapshot", "update_status") and result ("ok",
    // "error"), for /metrics.
    const QHash<QPair<QString, QString>, quint64> &actions() const { return m_actions; }

Q_SIGNALS:
    void acted(const QString &what); // "took prod/db-nightly-202612020200", for the log

private:
    struct Pass;
    void plan(const std::shared_ptr<Pass> &p);
    void planOne(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s);
    void act(const std::shared_ptr<Pass> &p, const core::SnapshotScheduleObject &s, const QString &vm,
             const reconcile::ScheduleDecision &d);
    void call(const std::shared_ptr<Pass> &p, const QString &kind, const QString &what,
              const std::function<void(std::function<void(bool, const QString &)>)> &start);
    void finishIfDone(const std::shared_ptr<Pass> &p);

    QPointer<kube::KubeClient> m_client;
    std::function<QDateTime()> m_clock;
    bool m_running = false;
    QHash<QPair<QString, QString>, quint64> m_actions;
};

} // namespace drover::ops
