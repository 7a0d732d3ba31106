#pragma once
// drover-sim's live migration: KubeVirt's migration controller and the two virt-handlers, as far
// as a console can see them. A VirtualMachineInstanceMigration created by any client (the GUI,
// kubectl, the VM's migrate subresource) goes
//   Pending -> Scheduling -> Scheduled -> PreparingTarget -> TargetReady -> Running -> Succeeded
// with status.phaseTransitionTimestamps, and the VMI's status.migrationState (sourceNode,
// targetNode, migrationUid, startTimestamp, endTimestamp, completed, failed, failureReason,
// abortRequested/abortStatus) follows it; on success the VMI lands on the target node.
//
// The target is picked like the target pod is scheduled: the VMI's nodeSelector plus the
// migration's spec.addedNodeSelector, never the source node, with room left (see Placement).
// The transfer takes memory / bandwidth (2 GiB/s at demo pace: seconds for the demo's guests).
// Progress is published on the migration as annotations (KubeVirt itself only exposes it as
// Prometheus metrics): sim.drover.io/data-total-bytes and sim.drover.io/data-processed-bytes.
//
// Failures, as a cluster produces them:
//  - a VMI that is not Running or not LiveMigratable, or already migrating: Failed at once;
//  - no node fits: Failed after a while, with the scheduler's FitError;
//  - a VMI labelled drover.io/dirty-rate=high dirties memory faster than it is copied: the
//    transfer never converges and is aborted (KubeVirt's completionTimeoutPerGiB message);
//  - sim.drover.io/fail-migration: "<reason>" on the migration or the VMI fails it mid-transfer;
//  - deleting an unfinished migration aborts it: the VMI stays on its source.
// KubeVirt's parallel limits hold: a migration beyond parallelMigrationsPerCluster or
// parallelOutboundMigrationsPerNode (the KubeVirt CR's, see Evacuation.h) stays Pending until a
// running one finishes. A successful migration clears the VMI's status.evacuationNodeName, as the
// target's virt-handler does.
#include "Lifecycle.h"
#include "ObjectStore.h"

#include <QHash>
#include <QObject>

namespace drover::sim {

class Controllers;

class MigrationController : public QObject
{
    Q_OBJECT
public:
    // store and controllers (for the time scale) must outlive this object.
    MigrationController(ObjectStore *store, const Controllers *controllers, QObject *parent = nullptr);

    static constexpr double kBytesPerDemoSecond = 2.0 * 1024 * 1024 * 1024;

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void later(int demoMs, const QString &ns, const QString &name, const QString &uid);
    void step(const QString &ns, const QString &name, const QString &uid);
    void transfer(const QJsonObject &mig, const QJsonObject &vmi);
    void setPhase(const QString &ns, const QString &name, core::MigrationPhase to,
                  const std::function<void(QJsonObject &status)> &more = {});
    void fail(const QJsonObject &mig, const QString &reason, bool touchVmi);
    void finish(const QJsonObject &mig);
    void aborted(const QJsonObject &mig);

    ObjectStore *m_store;
    const Controllers *m_controllers;
    QHash<QString, QPair<QString, QString>> m_waiting; // Pending beyond the limits: uid -> (ns, name)
};

} // namespace drover::sim
