#pragma once
// drover-sim's core/v1 Pods and the controllers that own them, as far as a node drain sees them
// (kube-scheduler, the kubelet, the DaemonSet and ReplicaSet controllers, KubeVirt's virt-launcher
// pods):
//  - a virt-launcher pod per VMI, created when the VMI is scheduled: virt-launcher-<vmi>-<5>,
//    labels kubevirt.io=virt-launcher, kubevirt.io/created-by=<vmi uid>, vm.kubevirt.io/name,
//    annotation kubevirt.io/domain=<vmi> (what KubeVirt's eviction webhook reads), owned by the
//    VMI, emptyDir volumes as virt-controller renders them (a drain needs --delete-emptydir-data).
//    A migration adds a target pod on the target node (label kubevirt.io/migrationJobUID); on
//    success the source pod goes Succeeded and is gone shortly after, on failure the target pod.
//    A launcher pod that disappears under a running VMI fails the VMI (virt-controller's
//    pkg/virt-controller/watch/vmi/lifecycle.go: "pod does not exist"); its VM's runStrategy
//    decides whether it starts again elsewhere.
//  - DaemonSet pods on every node, cordoned or not (kube-system/kube-proxy, drover-system/
//    drover-agent), and Deployments' ReplicaSet pods; a ReplicaSet pod that is being deleted is
//    replaced at once on a schedulable node (Ready, not cordoned), or stays Pending until one is.
//  - graceful deletion (deletePod, used by DELETE and by the eviction subresource): the pod gets
//    metadata.deletionTimestamp and is gone once its processes exit: min(grace period, 5 s) of
//    demo time, scaled (the grace period is an upper bound; containers usually exit sooner).
//    Pods not bound to a node, or finished, go at once (pkg/registry/core/pod/strategy.go
//    CheckGracefulDelete).
// Other parts of the simulator create their pods through createPod() and keep their own
// controllers (RookPods does for Rook's daemons).
//
// Threading: lives on the store's thread. Reactions to ObjectStore::changed are recorded and run
// on a later event-loop turn, so nothing writes to the store from inside its signal.
#include "Lifecycle.h"
#include "ObjectStore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

namespace drover::sim {

class Controllers;
struct Scenario;

class SimPods : public QObject
{
    Q_OBJECT
public:
    // store and controllers (for the time scale) must outlive this object.
    SimPods(ObjectStore *store, const Controllers *controllers, QObject *parent = nullptr);

    // apps/v1 DaemonSet, ReplicaSet and Deployment (kubectl drain GETs a pod's DaemonSet).
    static const kube::ApiResource &daemonSets();
    static const kube::ApiResource &replicaSets();
    static const kube::ApiResource &deployments();
    // Registers pods' companions in store unless already there: apps/v1 daemonsets,
    // replicasets, deployments, policy/v1 poddisruptionbudgets.
    static void registerResources(ObjectStore &store);
    // Namespaces drover-system and kube-system, the DaemonSets kube-proxy and drover-agent, and
    // the scenario's Deployments. The pods of the VMIs that exist already are made too.
    void populate(const Scenario &s);

    struct Owner
    {
        QString apiVersion, kind, name, uid;
    };
    struct PodSpec
    {
        QString ns;
        QString name; // empty: generateName + 5 characters
        QString generateName;
        QString node; // empty: Pending, not scheduled
        QMap<QString, QString> labels, annotations;
        Owner owner; // the controller; empty kind: a bare pod
        QString container = QStringLiteral("main");
        QString image;
        QStringList emptyDirs; // volumes kubectl drain calls local storage
        QStringList claims;    // persistentVolumeClaim volumes
        int graceSeconds = 30;
        core::PodPhase phase = core::PodPhase::Running;
        bool ready = true;
    };
    // A Pod as the API server returns it once the kubelet reported it.
    static QJsonObject podJson(const PodSpec &spec);
    // Five characters of the API server's generateName alphabet
    // (k8s.io/apimachinery/pkg/util/rand: consonants and digits without vowels or 0, 1, 3).
    static QString randomSuffix();
    StoreResult createPod(const PodSpec &spec);
    // DELETE on a pod. graceSeconds: DeleteOptions.gracePeriodSeconds, else the pod's own.
    // dryRun: answers as if, changes nothing. Answers the pod as it is after the call, or 404.
    StoreResult deletePod(const QString &ns, const QString &name, std::optional<int> graceSeconds = {},
                          bool dryRun = false);

    void addDaemonSet(const QString &ns, const QString &name, const QString &image);
    void addDeployment(const QString &ns, const QString &name, int replicas, const QString &image);

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void kick();
    void work();
    int scaled(int demoMs) const;
    // Workloads (SimPods.cpp).
    void syncDaemonSets(const QString &node);
    void syncReplicaSet(const QString &rsKey);
    QString pickNode(const QString &ns, const QString &rsName) const;
    void bindPending();
    // virt-launcher pods (LauncherPods.cpp).
    void syncLauncher(const QString &vmiKey);
    void launcherGone(const QJsonObject &pod);
    void createLauncher(const QJsonObject &vmi, const QString &node, const QString &migrationUid);
    void finishPod(const QJsonObject &pod, core::PodPhase phase);
    void syncActivePods(const QString &ns, const QString &name, const QString &vmiUid);

    ObjectStore *m_store;
    const Controllers *m_controllers;
    bool m_workQueued = false;
    QSet<QString> m_dirtyVmis;             // "ns/name" to sync the launcher pods of
    QList<QJsonObject> m_goneLaunchers;    // deleted launcher pods to judge
    QSet<QString> m_dirtyNodes;            // nodes to check DaemonSet pods on
    QSet<QString> m_dirtyReplicaSets;      // "ns/name"
    bool m_bindPending = false;
    QHash<QString, QSet<QString>> m_launchers; // VMI uid -> its pods' "ns/name"
    QHash<QString, QString> m_vmiUid;      // "ns/name" -> uid of the VMI with launcher pods
    QStringList m_daemonSets;              // "ns/name" of the DaemonSets addDaemonSet made
    QHash<QString, QSet<QString>> m_launched; // VMI uid -> "initial" / migration uids: pods made, never again
    QSet<QString> m_removing;              // pods with a removal armed
};

} // namespace drover::sim
