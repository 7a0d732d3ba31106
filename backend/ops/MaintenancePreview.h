#pragma once
// The read-only preflight of a host's maintenance: the plan the executor would follow, kept
// current while someone looks at it (VMs move, Ceph changes its mind). It asks Ceph once on
// start and again every cephIntervalMs; it never writes to the cluster.
// Threading: GUI thread.
#include "CephGate.h"
#include "ClusterConnection.h"
#include "MaintenancePlan.h"

#include <QObject>

class QTimer;

namespace drover::ops {

class MaintenanceObserver;

class MaintenancePreview : public QObject
{
    Q_OBJECT
public:
    MaintenancePreview(ClusterConnection *connection, CephGate *gate, const QString &node,
                       QObject *parent = nullptr);
    void setPolicy(reconcile::VmPolicy policy);
    // The whole intent (a leaving one plans the way back); its node must be this preview's.
    void setIntent(const reconcile::MaintenanceIntent &intent);
    void setCephIntervalMs(int ms);
    reconcile::MaintenancePlan plan() const { return m_plan; }
    bool synced() const { return m_synced; }
    reconcile::OkToStop ceph() const;

Q_SIGNALS:
    // synced false: still listing, the plan is partial.
    void planned(const drover::reconcile::MaintenancePlan &plan, bool synced);

private:
    void replan();
    void askCeph();

    CephGate *m_gate;
    MaintenanceObserver *m_observer;
    reconcile::MaintenanceIntent m_intent;
    reconcile::MaintenancePlan m_plan;
    bool m_synced = false;
    bool m_asking = false;
    QTimer *m_cephTimer;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::reconcile::MaintenancePlan)
