#pragma once
// Host maintenance, carried out: the executor of reconcile::planMaintenance. Each pass observes
// (MaintenanceObserver), plans, and acts on the steps whose gate is open and that are not done or
// already in flight: cordon, ask Ceph (CephGate), stop the VMs the intent says to stop, evict
// every other pod through the Eviction API (KubeVirt turns a virt-launcher eviction into a live
// migration), and mark the host ready; leaving: uncordon and restart what entering stopped.
//
// The intent lives on the Node (annotations, see reconcile::annotations), and what entering
// stopped lives on each VM, so a restarted console or droverd resumes where the cluster is:
// resume() picks up every node whose annotations say draining or leaving. Nothing is done
// twice: done-ness is observed, and a request in flight is not sent again.
//
// Evictions answered 429 are retried every retryInterval (kubectl drain's 5 s) and classified by
// their message: KubeVirt's evacuation in progress, not live-migratable, or a disruption budget.
// Threading: GUI (or daemon main) thread.
#include "CephGate.h"
#include "ClusterConnection.h"
#include "MaintenancePlan.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace drover::ops {

class MaintenanceObserver;

struct MaintenanceRequest
{
    QString node;
    reconcile::VmPolicy policy = reconcile::VmPolicy::Refuse;
    QString reason;
};

// The last answer to one pod's eviction.
struct EvictionStatus
{
    enum Kind {
        Sent,          // request in flight
        Evicted,       // accepted: the pod is going
        Migrating,     // KubeVirt: evacuation triggered / in progress
        NotMigratable, // KubeVirt: strategy LiveMigrate but the VMI cannot migrate (needs a person)
        Budget,        // a PodDisruptionBudget allows no disruption now
        Failed,        // another error (webhook down, 5xx): retried
    };
    Kind kind = Sent;
    int httpStatus = 0;
    QString message; // the server's own words
    QDateTime at;
};
EvictionStatus::Kind classifyEviction(int httpStatus, const QString &message);

struct MaintenanceProgress
{
    QString node;
    bool synced = false; // false: still listing; the plan is not yet complete
    reconcile::MaintenancePlan plan;
    QMap<QString, EvictionStatus> evictions; // pod key -> last answer
    reconcile::OkToStop ceph;                // Ceph's last answer for this host
    QString lastError;                       // the last failed request, in words
    QDateTime startedAt;
};

// Checks the safety promises, counted over this executor's life (the fault tests print them).
struct MaintenanceStats
{
    int actions = 0;              // requests that changed the cluster
    int repeatedActions = 0;      // the same change made twice (must stay 0)
    int migratableVmsStopped = 0; // VMs stopped that KubeVirt would have live-migrated (must stay 0)
    int osdEvictionsAgainstCeph = 0; // OSD pods evicted while Ceph's last word was "not ok" (must stay 0)
};

class Maintenance : public QObject
{
    Q_OBJECT
public:
    // connection and gate must outlive this object.
    Maintenance(ClusterConnection *connection, CephGate *gate, QObject *parent = nullptr);
    ~Maintenance() override;

    void setRetryIntervalMs(int ms) { m_retryMs = ms; }      // eviction retries, default 5000
    void setCephIntervalMs(int ms) { m_cephMs = ms; }        // re-ask Ceph while it says no, default 10000

    // Record the intent on the Node and start draining it.
    void enter(const MaintenanceRequest &request);
    // Uncordon and restart what entering stopped; also cancels a drain in progress.
    void leave(const QString &node);
    // Cordon or uncordon alone (no drain).
    void setCordoned(const QString &node, bool cordoned);
    // Start sessions for every node whose annotations carry a maintenance in progress.
    void resume();
    // Which drains resume() takes up (default: every one): the console leaves droverd's alone, and
    // droverd takes up only those it has an intent for (ops::handledByDroverd).
    void setResumeFilter(std::function<bool(const QString &node)> mine) { m_resumes = std::move(mine); }

    QStringList activeNodes() const { return m_sessions.keys(); }
    std::optional<MaintenanceProgress> progress(const QString &node) const;
    const MaintenanceStats &stats() const { return m_stats; }
    // Every change this executor made ("cordon:NODE", "evict:NS/POD", "stop:NS/VM", ...): two
    // executors in turn (a restart mid-drain) must not share one.
    QStringList appliedActions() const { return m_done.keys(); }

Q_SIGNALS:
    void progressed(const drover::ops::MaintenanceProgress &progress);
    void ready(const QString &node);           // drained: safe to power off
    void left(const QString &node);            // uncordoned, stopped VMs restarted
    void failed(const QString &node, const QString &message); // a request failed (it is retried)
    void cordonChanged(const QString &node, bool cordoned, const QString &error);

private:
    struct Session;
    Session *session(const QString &node, bool create);
    void startSession(const QString &node, bool leaving);
    void schedulePass(Session *s);
    void pass(Session *s);
    void act(Session *s, const reconcile::PlanStep &step, const reconcile::MaintenanceState &state);
    void askCeph(Session *s);
    void patchNode(Session *s, const QString &what, const QByteArray &patch);
    void evict(Session *s, const QString &podKey, const reconcile::MaintenanceState &state);
    void stopVm(Session *s, const QString &vmKey, const reconcile::MaintenanceState &state);
    void startVm(Session *s, const QString &vmKey, const reconcile::MaintenanceState &state);
    void patchVm(Session *s, const QString &id, const core::Vm &vm, const QByteArray &patch, const QString &failText);
    void finishAction(Session *s, const QString &id, bool changed);
    void publish(Session *s, const reconcile::MaintenancePlan &plan, bool synced);
    void endSession(const QString &node);

    ClusterConnection *m_connection;
    CephGate *m_gate;
    QHash<QString, Session *> m_sessions;
    std::function<bool(const QString &)> m_resumes;
    MaintenanceStats m_stats;
    QHash<QString, int> m_done; // action id -> times applied
    int m_retryMs = 5000;
    int m_cephMs = 10000;
    QTimer *m_tick;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::MaintenanceProgress)
