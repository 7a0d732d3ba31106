#pragma once
// The JSON of Rook's daemon pods at each step of their lives (core/v1 Pod, field names from
// k8s.io/api/core/v1/types.go; labels from Rook's pkg/operator/ceph/cluster/osd/labels.go and
// the mon/mgr specs). Pure functions.
#include "RookPods.h"

#include <QJsonObject>
#include <QString>

namespace drover::sim::rookpod {

// The pod-template-hash of a daemon's ReplicaSet (10 characters of the alphabet Kubernetes'
// SafeEncodeString uses), stable for a seed; and a fresh 5-character pod name suffix.
QString templateHash(const QString &seed);
QString podSuffix();

// A new pod for the daemon, as its ReplicaSet creates it: Pending, not yet scheduled.
QJsonObject newPod(const RookPods::Daemon &d, const QString &name);
// The scheduler could not place it: PodScheduled=False, reason Unschedulable.
void markUnschedulable(QJsonObject &pod, const QString &message);
// Bound to a node; the kubelet is creating its container.
void markBound(QJsonObject &pod, const QString &node, const QString &hostIp, const QString &podIp);
// Its container runs; ready or not (a crashing daemon).
void markRunning(QJsonObject &pod, bool ready);
// The container's readiness changes while it keeps running.
void setReady(QJsonObject &pod, bool ready);

bool isRunning(const QJsonObject &pod); // phase Running and no deletionTimestamp
bool isReady(const QJsonObject &pod);   // ...and condition Ready True

} // namespace drover::sim::rookpod
