#pragma once
// `droverd plan [--node N]`: what droverd intends now for every intent, and why, printed and done.
// It lists the cluster as a replica does, then asks the same planners the leader acts on
// (ops::IntentPlans: reconcile::planSchedule through ScheduleRunner::plans, the maintenance
// preview the console shows; the console's Plan view shows the same); it changes nothing and
// takes no Lease.
#include "CephGate.h"
#include "ClusterConnection.h"
#include "Options.h"

#include <QObject>
#include <QTextStream>

namespace drover::app {

class PlanCommand : public QObject
{
    Q_OBJECT
public:
    PlanCommand(const DaemonOptions &options, QTextStream &out, QObject *parent = nullptr);
    // Prints the plans; 0 when printed, 1 when the cluster could not be read (said on out).
    int run();

private:
    bool waitSynced();
    void printPlans();

    DaemonOptions m_options;
    QTextStream &m_out;
    ops::ClusterConnection m_connection;
    ops::AgentCephGate m_agentGate;
};

} // namespace drover::app
