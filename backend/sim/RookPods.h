#pragma once
// drover-sim's Rook daemons as pods in namespace rook-ceph, and the bits of the ReplicaSet
// controller, kube-scheduler and kubelet they need:
//  - one pod per OSD on its host (rook-ceph-osd-<id>-<template hash>-<suffix>, labels app=
//    rook-ceph-osd, ceph-osd-id, topology-location-host, failure-domain, ...), three mons on the
//    first three hosts and two mgrs (Rook's example cluster runs mgr count 2; with one mgr Rook
//    deletes rook-ceph-mgr-pdb, pkg/operator/ceph/cluster/mgr/mgr.go);
//  - each pod is owned by its daemon's ReplicaSet (apps/v1; the ReplicaSets and Deployments
//    themselves are not served). OSD and mon Deployments are pinned to their host with a
//    nodeSelector (Rook's non-portable OSDs and host-path mons), mgrs may run anywhere;
//  - a pod that is deleted or being deleted (an eviction) is replaced at once, as a ReplicaSet
//    does; the replacement stays Pending (PodScheduled=False, Unschedulable) while its host is
//    cordoned or not Ready, and runs a few demo seconds after it is bound;
//  - a pod being deleted is removed after a short grace (the kubelet), unless someone else
//    removes it first;
//  - an OSD whose daemon is down (fault osd-down) keeps its pod Running but not Ready
//    (CrashLoopBackOff), as a crashing ceph-osd container does.
//
// Threading: lives on the store's thread; reacting to ObjectStore::changed only records work,
// done on a later event-loop turn.
#include "ObjectStore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace drover::sim {

class RookPods : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kNamespace{"rook-ceph"};

    // store must outlive this object.
    explicit RookPods(ObjectStore *store, QObject *parent = nullptr);
    void setTimeScale(double s) { m_scale = qMax(0.0, s); }

    // Creates the daemons' pods, Running: host -> its OSD ids (hosts in the CRUSH map).
    void populate(const QMap<QString, QList<int>> &osdsByHost);

    // A daemon as Rook's controllers see its Deployment.
    struct Daemon
    {
        QString kind;   // osd, mon, mgr
        QString id;     // "3", "a"
        QString host;   // the pinned host; empty for mgrs
        QString rsName; // rook-ceph-osd-3-<template hash>
        QString rsUid;
        bool daemonUp = true; // the container's process (fault injection, OSDs only)
    };
    QList<Daemon> daemons(const QString &kind) const;
    // Its pod is Running and not being deleted (the OSD's pod runs: CephModel::podRunning).
    bool running(const QString &kind, const QString &id) const;
    // ...and Ready too: the Deployment's readyReplicas is 1.
    bool ready(const QString &kind, const QString &id) const;
    // osd-down / osd-up: the ceph-osd container fails its probes, or recovers.
    bool setOsdDaemonUp(int id, bool up);

Q_SIGNALS:
    // A daemon's pod started or stopped running, or became ready or not.
    void daemonChanged(const QString &kind, const QString &id);

private:
    static QString key(const QString &kind, const QString &id) { return kind + QLatin1Char('.') + id; }
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void kick();
    void work();
    void later(int demoMs, std::function<void()> fn);
    // The ReplicaSet: a live (not terminating) pod for the daemon, or a new Pending one.
    void ensurePod(const QString &daemonKey);
    // The scheduler and kubelet: bind a Pending pod whose host can take it, then start it.
    void trySchedule(const QString &podName);
    QString pickHost(const Daemon &d) const;
    // The daemon's pods, those being deleted too, by its labels.
    QList<QJsonObject> podsOf(const Daemon &d) const;
    std::optional<QJsonObject> livePod(const Daemon &d) const;
    void noteState(const QString &daemonKey);

    ObjectStore *m_store;
    double m_scale = 1.0;
    QMap<QString, Daemon> m_daemons;      // "osd.3" -> daemon
    QHash<QString, QString> m_lastState;  // daemon key -> "running/ready" as last signalled
    QSet<QString> m_dirtyDaemons;         // to ensure a pod for, on the next turn
    QSet<QString> m_finalizing;           // pods with a kubelet removal armed
    bool m_workQueued = false;
    bool m_nodesChanged = false;
};

} // namespace drover::sim
