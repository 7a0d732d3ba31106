#pragma once
// Kubernetes' disruption controller (pkg/controller/disruption/disruption.go) for drover-sim's
// policy/v1 PodDisruptionBudgets: keeps each PDB's status the way kube-controller-manager does,
// so that the eviction subresource can judge evictions against it.
//  - the PDB's pods: same namespace, matching spec.selector (a null selector matches nothing, an
//    empty one everything: LabelSelectorAsSelector);
//  - maxUnavailable, or minAvailable as a percentage: expectedPods is the sum of the scales of
//    the pods' controllers, desiredHealthy = expected - maxUnavailable (percentages round up),
//    or ceil(expected x minAvailable%); a pod without a known controller fails the sync;
//  - minAvailable as a number: expectedPods is the number of pods, desiredHealthy the number;
//  - currentHealthy: pods not being deleted, not recently disrupted (status.disruptedPods, for
//    DeletionTimeout = 2 min) and Ready;
//  - disruptionsAllowed = max(0, currentHealthy - desiredHealthy), 0 when expectedPods is 0;
//  - observedGeneration = metadata.generation; condition DisruptionAllowed (SufficientPods /
//    InsufficientPods); a failed sync sets disruptionsAllowed 0 and reason SyncFailed and leaves
//    observedGeneration alone (failSafe);
//  - disruptedPods entries are dropped when their pod is gone, being deleted, or 2 min old.
// Scales: a pod's controller (ReplicaSet, its Deployment, StatefulSet, ReplicationController)
// is looked up in the store. Where Kubernetes would fail the sync because the controller object
// is not there, the simulator takes a scale of 1: it keeps no ReplicaSet objects for Rook's
// daemons (RookPods; each of their Deployments has one replica). Other controller kinds
// (DaemonSet, VirtualMachineInstance, ...) have no scale: "found no controllers for pod".
//
// Threading: reacts to ObjectStore::changed by recording namespaces; syncs on a later turn.
#include "ObjectStore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace drover::sim {

class DisruptionController : public QObject
{
    Q_OBJECT
public:
    // store must outlive this object.
    explicit DisruptionController(ObjectStore *store, QObject *parent = nullptr);

    // Syncs every PDB now (start-up; tests that need no event-loop turn).
    void syncAll();

    // metav1.LabelSelector semantics: null matches nothing, {} everything.
    static bool selectorMatches(const QJsonValue &selector, const QJsonObject &labels);
    // The status the controller would write for pdb, given the pods of its namespace.
    // *recheck: when a disruptedPods entry expires, if any.
    QJsonObject statusFor(const QJsonObject &pdb, const QList<QJsonObject> &pods,
                          const QDateTime &now, std::optional<QDateTime> *recheck) const;

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void kick();
    void work();
    void syncNamespace(const QString &ns);
    // The scale of the pod's controller and that controller's uid; nullopt when it has none.
    std::optional<std::pair<QString, int>> controllerScale(const QJsonObject &pod) const;

    ObjectStore *m_store;
    QSet<QString> m_dirty;   // namespaces to sync on the next turn
    bool m_queued = false;
    QTimer m_recheck;        // the next disruptedPods expiry
    QDateTime m_recheckAt;
};

} // namespace drover::sim
