#pragma once
// KubeVirt's configuration object and what reads it: the KubeVirt CR kubevirt/kubevirt
// (kubevirt.io/v1), the effective eviction strategy of a VMI, the migration controller's
// parallel limits, and virt-controller's evacuation controller
// (pkg/virt-controller/watch/drain/evacuation/evacuation.go):
//  - a VMI whose status.evacuationNodeName is its node (set by the eviction webhook) and whose
//    effective strategy migrates on eviction (LiveMigrate, or LiveMigrateIfPossible when
//    migratable; External is left to its external controller), running, LiveMigratable and without
//    an unfinished migration, gets a VirtualMachineInstanceMigration: generateName
//    kubevirt-evacuation-, annotation kubevirt.io/evacuationMigration=<node>, priority
//    system-critical, no addedNodeSelector; an Event SuccessfulCreate "Created Migration <name>"
//    on the VMI (FailedCreate on an error). The migration then runs as MigrationController plays
//    it, the target is any schedulable node, and on success the target's virt-handler clears
//    evacuationNodeName (pkg/virt-handler/migration-target.go).
//  - the deprecated kubevirt.io/drain taint way of evacuating is not played.
// The controller creates migrations for every candidate at once; the migration controller keeps
// the ones beyond parallelMigrationsPerCluster / parallelOutboundMigrationsPerNode Pending
// (pkg/virt-controller/watch/migration/migration.go handleTargetPodCreation): migrationMustWait().
//
// Threading: the store's thread; work recorded in ObjectStore::changed runs on a later turn.
#include "ObjectStore.h"
#include "Scenario.h"

#include <QObject>
#include <QSet>

namespace drover::sim {

// The KubeVirt CR as the simulator writes it (namespace kubevirt, name kubevirt).
QJsonObject kubevirtJson(const KubeVirtSpec &k);
// Creates namespace kubevirt and the CR unless it exists.
void populateKubeVirt(ObjectStore &store, const KubeVirtSpec &k);
// spec.configuration of the first KubeVirt CR in store (defaults without one).
KubeVirtSpec kubevirtConfig(const ObjectStore &store);
// pkg/util/migrations/migrations.go VMIEvictionStrategy: the VMI's spec.evictionStrategy, else
// the cluster's; empty when neither is set (nil: KubeVirt acts as None).
QString effectiveEvictionStrategy(const QJsonObject &vmi, const KubeVirtSpec &cluster);
// vmi.IsMigratable(): condition LiveMigratable is True.
bool vmiMigratable(const QJsonObject &vmi);
// Why a migration must stay Pending for now (its slot is taken), or empty: the running ones
// (target pod made, not finished) reach parallelMigrationsPerCluster, or those leaving the VMI's
// node reach parallelOutboundMigrationsPerNode.
QString migrationMustWait(const ObjectStore &store, const QJsonObject &migration, const QJsonObject &vmi);

class EvacuationController : public QObject
{
    Q_OBJECT
public:
    // store must outlive this object.
    explicit EvacuationController(ObjectStore *store, QObject *parent = nullptr);

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void work();
    void evacuate(const QJsonObject &vmi, const KubeVirtSpec &config);
    void recordEvent(const QJsonObject &vmi, const QString &type, const QString &reason, const QString &message);

    ObjectStore *m_store;
    QSet<QString> m_dirty; // VMI "ns/name"
    bool m_queued = false;
};

} // namespace drover::sim
