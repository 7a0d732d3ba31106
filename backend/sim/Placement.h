#pragma once
// The simulated scheduler: where a new VMI's virt-launcher pod lands. A Node fits when it is
// Ready, not cordoned (spec.unschedulable), its labels satisfy the VMI's spec.nodeSelector and
// required node affinity, and its allocatable CPU and memory minus what the VMIs already on it
// request leave room. Among the nodes that fit, the least loaded wins (Kubernetes' LeastAllocated
// score: the mean of free CPU and free memory fractions). When none fits, the reason reads like
// kube-scheduler's FitError.
//
// What a VMI requests and where it may run are decoded by core::DomainResources, the decoder the
// client's planners use, so the two cannot disagree; the scheduling itself stays the sim's own.
//
// Build one Placement for a batch (populating 10,000 VMs, a scheduling pass) and call add() for
// each VMI placed so later picks see it. Not thread-safe; holds no reference to the store.
#include "ObjectStore.h"
#include "Vm.h"

#include <QHash>
#include <QSet>

namespace drover::sim {

class Placement
{
public:
    struct Need
    {
        qint64 cpuMillis = 0;
        qint64 memBytes = 0;
    };
    struct Choice
    {
        QString node;   // empty when no node fits
        QString reason; // then: "0/3 nodes are available: 1 Insufficient memory, ..."
        Need need;      // what the VMI requests, for add() (decoded once)
    };

    explicit Placement(const ObjectStore &store);

    static Need needOf(const QJsonObject &vmiSpec);
    static Need needOf(const core::DomainResources &resources);
    // exclude: a node the pod must avoid (a migration's source: KubeVirt gives the target pod
    // anti-affinity to it); it counts as a node-affinity mismatch in the FitError.
    Choice pick(const QJsonObject &vmiSpec, const QString &exclude = {}) const;
    // Counts a VMI placed on node (its requests and, when given, its pod IP).
    void add(const QString &node, const QJsonObject &vmiSpec, const QString &ip = {});
    void add(const QString &node, const Need &need, const QString &ip = {});
    // The next free pod IP in node's spec.podCIDR (a /24); marks it used.
    QString allocateIp(const QString &node);

private:
    struct Host
    {
        QString name;
        QMap<QString, QString> labels;
        bool unschedulable = false;
        QString taint; // node.kubernetes.io/not-ready or /unreachable when not Ready
        qint64 cpuMillis = 0;
        qint64 memBytes = 0;
        qint64 usedCpu = 0;
        qint64 usedMem = 0;
        QString ipPrefix; // "10.244.3."
        QSet<int> usedOctets;
        int nextOctet = 2;
    };
    QList<Host> m_hosts;
    QHash<QString, qsizetype> m_index;
};

} // namespace drover::sim
