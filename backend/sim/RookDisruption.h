#pragma once
// drover-sim's Rook operator, the part that guards Ceph during node drains: the cluster
// disruption controller (pkg/operator/ceph/disruption/clusterdisruption/osd.go,
// reconcilePDBsForOSDs and its helpers) and the mon and mgr PDBs
// (pkg/operator/ceph/cluster/mon/drain.go, mgr/drain.go).
//  - Inputs, as Rook reads them: each OSD "Deployment" (RookPods; down = no ready replica), its
//    CRUSH host (failure domain type host), the host's Node (drained = cordoned or gone), and
//    whether every PG is active+clean (CephModel, Rook's default pgHealthyRegex).
//  - State in ConfigMap rook-ceph/rook-ceph-pdbstatemap: draining-failure-domain, set-no-out,
//    draining-failure-domain-duration, <fd>-noout-last-set-at.
//  - Transitions of osd.go (the copy read, rook/rook @00457d2d):
//      no OSD down, PGs clean:  reset; default PDB rook-ceph-osd maxUnavailable 1, no blocking PDBs
//      OSDs down, PGs clean:    default PDB maxUnavailable = down + 1 (after 60 s when a drained
//                               host is seen), reset
//      OSDs down, PGs unclean:  pick the draining failure domain (the first drained host, with
//                               noout; else the first host with a down OSD)
//      no OSD down, unclean, draining set: wait
//      no OSD down, unclean, none draining: nothing sets maxUnavailable, so the default PDB gets
//                               maxUnavailable 0; the requeue check reads the PDB's old status
//                               and the watch wants maxUnavailable 1, so nothing reconciles it
//                               again until another trigger (as the code reads; seen when an
//                               OSD is down and up again between two passes)
//    With a draining failure domain: blocking PDBs rook-ceph-osd-host-<h> (maxUnavailable 0,
//    topology-location-host=<h>) for every other host, none for it, no default PDB. Without:
//    the default PDB and no blocking ones. noout on the draining host while set-no-out is true,
//    for at most osdMaintenanceTimeout (CephCluster spec, minutes, default 30; wall clock).
//  - When it runs: on the watches of add.go (an update of PDB rook-ceph-osd with maxUnavailable 1
//    and disruptionsAllowed 0; a CephCluster change) about a demo second later, and on its own
//    requeues: 15 s when the default PDB is missing, 30 s when it allows no disruption or has
//    maxUnavailable > 1 (requeuePDBController), all times the time scale. At time scale 0 a
//    requeue waits for the next change of Rook's inputs (pods in rook-ceph, nodes, PG states)
//    instead of spinning.
//  - rook-ceph-mon-pdb: maxUnavailable max(0, 1 - mons out of quorum) (a mon is in quorum while
//    its pod runs), refreshed by the mon health check (45 s x scale after a mon changes);
//    rook-ceph-mgr-pdb: maxUnavailable 1 (two mgrs).
// Not modelled: failure domains other than host, per-device-class cleanliness (newer Rook),
// the rgw/mds PDBs, the "replace in progress" annotation.
#include "ObjectStore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace drover::sim {

class CephModel;
class RookPods;

class RookDisruption : public QObject
{
    Q_OBJECT
public:
    // All must outlive this object.
    RookDisruption(ObjectStore *store, RookPods *pods, CephModel *model, QObject *parent = nullptr);
    void setTimeScale(double s) { m_scale = qMax(0.0, s); }

    // Creates the state map and the PDBs and reconciles once, now.
    void start();
    // Something Rook reads changed (PG states); at time scale 0 this is when a requeue runs.
    void inputsChanged();
    // A mon's pod started or stopped: the mon health check will notice.
    void monsChanged();
    // Runs the reconcile now (what the timers end up calling).
    void reconcile();

Q_SIGNALS:
    // Rook set or unset noout on a CRUSH host (the model's flags changed).
    void nooutChanged();

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    // Reconcile after demoMs x scale (the earliest request wins).
    void trigger(int demoMs);
    void requeue(int demoMs);
    void reconcileMonPdb();
    // Create the PDB, or update its spec when it differs (an unchanged update is a no-op, as in
    // the API server). owned: a controller reference to the CephCluster.
    void applyPdb(const QString &name, const QJsonObject &spec, bool owned);
    void deletePdb(const QString &name);
    // handleActiveDrains / handleInactiveDrains / updateNoout.
    void activeDrain(const QStringList &allFds, const QString &draining);
    void inactiveDrain(const QStringList &allFds, int maxUnavailable);
    void updateNoout(QJsonObject &data, const QStringList &allFds, int timeoutMinutes);

    ObjectStore *m_store;
    RookPods *m_pods;
    CephModel *m_model;
    double m_scale = 1.0;
    QTimer m_timer;            // the next reconcile
    QDateTime m_due;           // ...and when it is due
    bool m_waitForInputs = false; // a requeue at time scale 0
    QTimer m_monCheck;
    qint64 m_clusterGeneration = 0; // the CephCluster spec generation last seen
};

// The blocking PDB's name: rook-ceph-osd-host-<host>, the host MD5-hashed when the name would
// pass 63 characters (pkg/operator/k8sutil TruncateNodeName).
QString rookBlockingPdbName(const QString &host);

} // namespace drover::sim
