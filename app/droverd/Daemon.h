#pragma once
// One droverd replica: the cluster connection (informers kept warm on standbys too), the Lease,
// and — while leading — passes over the intents: SnapshotSchedules (ScheduleRunner) and
// HostMaintenances (MaintenanceIntents over the console's executor), all from backend/ops.
#include "CephGate.h"
#include "ClusterConnection.h"
#include "DaemonHttp.h"
#include "EventRecorder.h"
#include "LeaderElector.h"
#include "Maintenance.h"
#include "MaintenanceIntents.h"
#include "Options.h"
#include "ScheduleRunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace drover::app {

// The cluster droverd talks to: --kubeconfig, else $KUBECONFIG, else in-cluster, else ~/.kube/config.
Result<kube::ResolvedContext> clusterContext(const DaemonOptions &o);

class Daemon : public QObject
{
    Q_OBJECT
public:
    explicit Daemon(const DaemonOptions &options, QObject *parent = nullptr);
    // Connects, listens and starts electing; an error in words when it cannot.
    Result<void> start();
    // Hands the Lease back (on SIGTERM); done runs when written or after five seconds.
    void release(std::function<void()> done);
    QString identity() const { return m_identity; }

Q_SIGNALS:
    void lostLeadership(); // the process should exit: work may still be in flight

private:
    void wireElection();
    void wireMaintenance();
    void pass();
    QDateTime scheduleClock() const;

    DaemonOptions m_options;
    QString m_identity;
    ops::ClusterConnection m_connection;
    std::unique_ptr<ops::LeaderElector> m_elector;
    std::unique_ptr<DaemonHttp> m_http;
    std::unique_ptr<ops::ScheduleRunner> m_schedules;
    std::unique_ptr<ops::EventRecorder> m_events;
    ops::AgentCephGate m_agentGate;
    std::unique_ptr<ops::AutoCephGate> m_cephGate;
    std::unique_ptr<ops::Maintenance> m_maintenance;
    std::unique_ptr<ops::MaintenanceIntents> m_intents;
    QTimer m_passes;
    QTimer m_errors;
    QString m_lastErrorSaid;
    QDateTime m_started;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceTrim; // since free heap pages were last handed back
};

} // namespace drover::app
