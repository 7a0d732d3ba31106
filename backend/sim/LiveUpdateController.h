#pragma once
// drover-sim's stand-in for what KubeVirt v1.9 does when a running VM's spec changes
// (pkg/virt-controller/watch/vm/vm.go sync: syncRestartRequired, handleDeclarativeVolumeHotplug,
// then under LiveUpdate handleCPUChangeRequest, handleAffinityChangeRequest,
// handleTolerationsChangeRequest, handleMemoryHotplugRequest), and the VMI side that follows:
//  - the VM's template spec at VMI start is kept as its "revision" (the real controller keeps a
//    ControllerRevision named in the VMI's status.virtualMachineRevisionName; the simulator keeps
//    the spec in memory under that name and serves no ControllerRevision). A VMI met without one
//    (a simulator restarted from its state file) takes the VM's current template as its start;
//  - VM condition RestartRequired (status True, no reason, vm.go's message) while a field that
//    cannot change live differs, or a live change cannot be applied; removed once it no longer
//    applies and when the VM stops (no VMI) or starts anew. While it is set, CPU, memory and
//    placement live updates wait;
//  - CPU hotplug: the VMI's spec.domain.cpu.sockets is raised, condition HotVCPUChange (True, no
//    reason or message: watch/vmi/volume-hotplug.go syncHotplugCondition) is set, and after a
//    moment status.currentCPUTopology follows and the condition goes
//    (virt-handler/migration-target.go hotplugCPU). Real KubeVirt gets there through a live
//    migration the workload updater starts; the simulator does NOT play that migration;
//  - memory hotplug likewise: spec.domain.memory.guest (and resources.requests.memory), condition
//    HotMemoryChange, then status.memory.guestRequested and guestCurrent;
//  - nodeSelector, affinity and tolerations are copied onto the VMI;
//  - a VM with an instancetype is compared expanded (Instancetype.h) on both sides, as vm.go
//    does: another instancetype on a running VM is a change of sockets and guest memory (live
//    within maxSockets / maxGuest), anything else it changes (model, dedicated CPUs, huge pages,
//    ...) a non-live change. The VMI's instancetype annotations stay those it started with;
//    while the instancetype or preference is missing nothing here runs;
//  - hotplug volumes (HotplugVolumes.h) reach the running VMI and go through their phases. A
//    disk the VMI update webhook refuses (bus) stays off the VMI; the VM controller then reports
//    it as its Failure condition (reason HotPlugVolumeError; see hotplugSyncError).
// Threading: the store's thread; work recorded in ObjectStore::changed runs on a later turn.
#include "ObjectStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace drover::sim {

class LiveUpdateController : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdateController(ObjectStore *store, QObject *parent = nullptr);
    // As Controllers::setTimeScale: 1 demo pace, 0 the next turn.
    void setTimeScale(double s) { m_scale = qMax(0.0, s); }

private:
    enum class Step { FinishCpu, FinishMemory, Volumes };
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void enqueue(const QString &key);
    void drain();
    void sync(const QString &key);
    // The live updates on a running VMI; the RestartRequired message they ask for, if any.
    // spec: the VM's template spec with its instancetype applied (Instancetype.h).
    QString liveUpdate(const QJsonObject &spec, const QJsonObject &vmi);
    void syncVolumes(const QJsonObject &vm, const QJsonObject &vmi);
    void setRestartRequired(const QJsonObject &vm, const QString &message);
    void later(int demoMs, Step step, const QString &key, const QString &uid);
    void runStep(Step step, const QString &key, const QString &uid);

    ObjectStore *m_store;
    double m_scale = 1.0;
    bool m_drainQueued = false;
    QStringList m_queue;
    QSet<QString> m_queued;
    QHash<QString, QJsonObject> m_revisions; // revision name -> the VM's spec.template.spec then
    QSet<QString> m_volumeSteps;             // VMI uids with a volume step armed
    QSet<QString> m_hotplugVmis;             // "ns/name" of VMIs with hotplug volumes (or their statuses)
};

// The VM controller's sync error for a running VMI whose VM has a hotplug disk the VMI update
// webhook refuses, as vm.go processFailureCondition writes it into the VM status: condition
// Failure, reason HotPlugVolumeError, message "Error encountered while handling declarative
// hotplug volumes: admission webhook \"virtualmachineinstance-validator.kubevirt.io\" denied the
// request: ...". Leaves vmStatus alone when there is none (or it already has a Failure).
void applyHotplugSyncError(QJsonObject &vmStatus, const QJsonObject &vm, const std::optional<QJsonObject> &vmi);

} // namespace drover::sim
