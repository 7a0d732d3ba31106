#pragma once
// What droverd intends now for every intent, and why: one entry per SnapshotSchedule (its
// reconcile::planSchedule as ScheduleRunner::plans() gives it) and per HostMaintenance (the plan
// of a MaintenancePreview for its node with its policy and leave, the one the console's
// maintenance dialog shows). One home for `droverd plan` and the console's Plan view; it acts on
// nothing. Previews come and go with the connection's HostMaintenance cache; changed() is
// coalesced to once per event-loop turn, and comes every 30 s too (time passes for schedules).
// Threading: GUI thread.
#include "CephGate.h"
#include "ClusterConnection.h"
#include "MaintenancePlan.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace drover::ops {

class MaintenancePreview;
class ScheduleRunner;

struct IntentPlan
{
    enum class Kind { Schedule, Maintenance };
    Kind kind = Kind::Schedule;
    QString title;     // "SnapshotSchedule prod/db-nightly", "Node d1 — HostMaintenance d1-dimm (leave)"
    QStringList lines; // reconcile::describe of its plan
    bool synced = false;     // false: still listing, the lines are partial
    bool waitsOnCeph = false; // its plan waits on Ceph, which has not answered yet
};

class IntentPlans : public QObject
{
    Q_OBJECT
public:
    // Both must outlive this. clock: "now" for the schedules (empty: the wall clock).
    IntentPlans(ClusterConnection *connection, CephGate *gate, QObject *parent = nullptr,
                std::function<QDateTime()> clock = {});
    ~IntentPlans() override;

    // Only the HostMaintenances of this node (empty: all; the default). With a node and no
    // intent for it, one entry says what entering maintenance with policy Refuse would do.
    void setNodeFilter(const QString &node);
    // Schedules first (by namespace/name), then HostMaintenances (by name), as of the last
    // changed().
    QList<IntentPlan> entries() const { return m_entries; }
    bool schedulesServed() const; // the SnapshotSchedule CRD is served (and readable)
    bool maintenanceServed() const; // the HostMaintenance CRD is served (and readable)
    bool hasMaintenanceIntents() const { return m_hasIntents; } // for the node filter, if any
    // Every entry synced and none waiting on Ceph.
    bool settled() const;

Q_SIGNALS:
    void changed();

private:
    struct Intent
    {
        QString name;
        QString node;
        reconcile::MaintenanceIntent intent;
        QString title;
    };
    void rebind();
    void poke();
    void refresh();
    QList<Intent> intents() const; // the matching HostMaintenances, by name (or the what-if)
    void syncPreviews(const QList<Intent> &wanted);
    IntentPlan maintenanceEntry(const Intent &in) const;
    void addSchedules(QList<IntentPlan> &out) const;

    ClusterConnection *m_connection;
    CephGate *m_gate;
    ScheduleRunner *m_runner;
    QString m_node;
    QList<QMetaObject::Connection> m_cacheConnections;
    QMap<QString, MaintenancePreview *> m_previews; // intent name -> its preview
    QMap<QString, reconcile::MaintenanceIntent> m_previewIntents;
    QList<IntentPlan> m_entries;
    bool m_hasIntents = false;
    QTimer *m_coalesce;
    QTimer *m_tick;
};

} // namespace drover::ops
