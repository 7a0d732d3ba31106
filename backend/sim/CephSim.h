#pragma once
// drover-sim's Ceph and Rook, put together: the CephModel (OSDs, pools, PGs) fed by Rook's pods
// (RookPods) and by fault injection, Rook's PDB controller (RookDisruption), the CephCluster's
// status (ceph.health, ceph.details with Ceph's messages, ceph.capacity) and the agents'
// HostReports (their OSDs' up flags and `ceph health`), and the ceph commands drover-sim answers
// on its admin API (CephCommands.h).
//
// Admin endpoints (same bearer token as the API):
//   POST /drover-sim/v1/osd-down?id=N, /osd-up?id=N   the ceph-osd daemon dies / comes back
//   POST /drover-sim/v1/pgs-stuck?clean=false|true     hold / release PG recovery
//   POST /drover-sim/v1/pgs-unknown?on=true|false      the mgr has no PG stats (ok-to-stop: 11)
//   GET  /drover-sim/v1/ceph/ok-to-stop?ids=0,1[&max=N] `ceph osd ok-to-stop 0 1 -f json`
//   GET  /drover-sim/v1/ceph/osd-tree?host=H           `ceph osd ls-tree H -f json`
//   GET  /drover-sim/v1/ceph/health                    `ceph health detail -f json`
// The GET answers are {"exitStatus", "stdout", "stderr"}: what the ceph CLI would leave.
//
// Threading: the store's thread. Time: a monotonic clock; recovery delays scale with the time
// scale (0: PGs recover on the next event-loop turn after their OSD returns).
#include "CephModel.h"
#include "ObjectStore.h"
#include "SimAdmin.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace drover::sim {

class RookPods;
class RookDisruption;

class CephSim : public QObject
{
    Q_OBJECT
public:
    // store must outlive this object.
    explicit CephSim(ObjectStore *store, QObject *parent = nullptr);
    void setTimeScale(double s);

    // After the HostReports and the CephCluster exist: the CRUSH map from the reports' OSDs,
    // Rook's pods, the CephCluster's disruptionManagement spec, Rook's PDBs and the status.
    void start();

    // Its admin endpoints: POST osd-down?id=N, osd-up?id=N (NotFound: no such OSD),
    // pgs-stuck?clean=false|true, pgs-unknown?on=true|false; GET ceph/ok-to-stop?ids=&max=,
    // ceph/osd-tree?host=, ceph/health (as the ceph CLI leaves them: exitStatus, stdout, stderr).
    void addAdminEndpoints(SimAdmin &admin);

    const CephModel &model() const { return m_model; }
    RookPods *pods() const { return m_pods; }
    RookDisruption *rook() const { return m_rook; }

private:
    qint64 now() const { return m_clock.elapsed(); }
    void onDaemonChanged(const QString &kind, const QString &id);
    // Completes due recoveries, writes what changed, tells Rook, arms the next recovery.
    void refresh();
    void writeClusterStatus();
    void writeHostReports();
    Result<SimAdmin::Done> setOsdUp(const QUrlQuery &q, bool up);

    ObjectStore *m_store;
    CephModel m_model;
    RookPods *m_pods;
    RookDisruption *m_rook;
    QElapsedTimer m_clock;
    QTimer m_due;
    double m_scale = 1.0;
    PgSummary m_lastSummary;
};

} // namespace drover::sim
