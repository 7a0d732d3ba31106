#pragma once
// drover-sim's stand-ins for KubeVirt's virt-controller and virt-handler (and the bit of
// kube-scheduler a VMI needs). They watch the ObjectStore and move it the way a cluster would:
//  - a VM whose runStrategy wants it running (Always, RerunOnFailure, Once, Manual after a start
//    request) gets a VMI that goes Pending -> Scheduling -> Scheduled -> Running on a Node with
//    room (see Placement), or stays Scheduling with PodScheduled=False/Unschedulable;
//  - a VM that should stop (Halted, a stop request) has its VMI deleted after a graceful
//    shutdown (metadata.deletionTimestamp set meanwhile, printableStatus Stopping);
//  - the VM's status follows its VMI (printableStatus, ready, created, conditions);
//  - VMIs on a Node whose Ready condition leaves True fail (NodeUnresponsive) after a while,
//    and runStrategy Always brings them back elsewhere;
//  - the lifecycle subresources (start, stop, restart, migrate; pause, unpause, softreboot,
//    reset, freeze, unfreeze) with KubeVirt's codes and messages (pkg/virt-api/rest/lifecycle.go).
//
// Threading and re-entrancy: lives on the store's thread. Reacting to ObjectStore::changed only
// records work; the work runs on a later event-loop turn (a zero timer), in batches, so a
// controller never writes to the store from inside its signal. Every delayed step names the
// object's uid, so a step for a VMI that was deleted and recreated meanwhile does nothing.
#include "ObjectStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace drover::sim {

class Placement;

class Controllers : public QObject
{
    Q_OBJECT
public:
    // store must outlive this object.
    explicit Controllers(ObjectStore *store, QObject *parent = nullptr);

    // 1.0: demo pace (a VM goes Stopped -> Starting -> Running in about 1.5 s); 0: every step
    // on the next event-loop turn (tests, big scenarios); 10: ten times slower. Negative = 0.
    void setTimeScale(double s) { m_scale = qMax(0.0, s); }
    double timeScale() const { return m_scale; }

    // A PUT on /apis/subresources.kubevirt.io/v1/namespaces/{ns}/{plural}/{name}/{verb}.
    // plural: virtualmachines (start, stop, restart, migrate) or virtualmachineinstances (pause,
    // unpause, softreboot, reset, freeze, unfreeze). Returns 202 for the VM verbs, 200 for the
    // VMI verbs, else KubeVirt's error code, reason and message. Changes desired state only: the
    // outcome shows up on the VM and VMI afterwards.
    StoreResult action(const QString &plural, const QString &ns, const QString &name,
                       const QString &verb, const QJsonObject &body);

private:
    enum class Step { ToScheduling, Schedule, ToRunning, Pause, Unpause, Delete, FailNode };
    struct Work
    {
        Step step;
        QString key; // "ns/name" of the VMI, or the node name for FailNode
        QString uid;
    };

    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void onVmiChanged(const QString &type, const QJsonObject &vmi);
    void onNodeChanged(const QString &type, const QJsonObject &node);
    void kick();
    void drain();
    // Queues w for the drain after demoMs x timeScale (the next turn at scale 0).
    void later(int demoMs, Work w);
    void enqueueVm(const QString &key);
    void retryUnschedulable();

    // The VM controller (Controllers.cpp).
    void syncVm(const QString &key);
    void startVmi(const QJsonObject &vm, bool paused);
    void stopVmi(const QJsonObject &vmi, bool force);

    // The VMI's way through its phases, and virt-handler's reports (VmiPhases.cpp).
    void runStep(const Work &w, std::optional<Placement> &placement);
    void schedule(const QJsonObject &vmi, Placement &placement);
    void failVmisOn(const QString &node);

    // Subresources (VmActions.cpp).
    StoreResult vmAction(const QString &ns, const QString &name, const QString &verb,
                         const QJsonObject &body);
    StoreResult vmiAction(const QString &ns, const QString &name, const QString &verb);

    ObjectStore *m_store;
    double m_scale = 1.0;
    bool m_drainQueued = false;
    QStringList m_vmQueue;             // VMs to sync on the next drain, in arrival order
    QSet<QString> m_vmQueued;          // ...and as a set
    QList<Work> m_steps;               // due VMI steps, run on the next drain
    QHash<QString, QString> m_waiting; // unschedulable VMI key -> uid, retried on cluster changes
    QSet<QString> m_failingNodes;      // nodes with a FailNode step armed
};

} // namespace drover::sim
