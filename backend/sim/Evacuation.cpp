#include "Evacuation.h"

#include "SimEvents.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QTimer>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const auto kEvacuationAnnotation = "kubevirt.io/evacuationMigration"_L1;

bool finalMigration(const QJsonObject &mig)
{
    return core::isFinal(core::migrationPhaseOf(mig));
}

// Has a target pod and is not finished: what findRunningMigrations counts.
bool runningMigration(const QJsonObject &mig)
{
    const core::MigrationPhase p = core::migrationPhaseOf(mig);
    return p != core::MigrationPhase::Unset && p != core::MigrationPhase::Pending && !core::isFinal(p);
}

} // namespace

QJsonObject kubevirtJson(const KubeVirtSpec &k)
{
    QJsonObject configuration{
        {u"migrations"_s, QJsonObject{{u"parallelMigrationsPerCluster"_s, k.parallelMigrationsPerCluster},
                                      {u"parallelOutboundMigrationsPerNode"_s, k.parallelOutboundMigrationsPerNode},
                                      {u"bandwidthPerMigration"_s, k.bandwidthPerMigration},
                                      {u"progressTimeout"_s, k.progressTimeout},
                                      {u"completionTimeoutPerGiB"_s, k.completionTimeoutPerGiB}}}};
    if (!k.evictionStrategy.isEmpty())
        configuration.insert("evictionStrategy"_L1, k.evictionStrategy);
    // How VM edits reach running VMs (LiveUpdate.h reads it); KubeVirt's own default.
    configuration.insert("vmRolloutStrategy"_L1, u"LiveUpdate"_s);
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"kubevirt"_s}, {u"namespace"_s, u"kubevirt"_s}}},
        {u"spec"_s, QJsonObject{{u"certificateRotateStrategy"_s, QJsonObject()},
                                {u"configuration"_s, configuration},
                                {u"imagePullPolicy"_s, u"IfNotPresent"_s},
                                {u"workloadUpdateStrategy"_s, QJsonObject()}}},
        {u"status"_s, QJsonObject{{u"phase"_s, u"Deployed"_s},
                                  {u"observedKubeVirtVersion"_s, u"v1.9.0"_s},
                                  {u"targetKubeVirtVersion"_s, u"v1.9.0"_s}}}};
}

void populateKubeVirt(ObjectStore &store, const KubeVirtSpec &k)
{
    if (!store.find(u"kubevirt.io"_s, u"v1"_s, u"kubevirts"_s))
        store.registerResource(ApiResource::kubevirts());
    if (!store.get(ApiResource::namespaces(), {}, u"kubevirt"_s))
        (void)store.create(ApiResource::namespaces(), {},
                           QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"kubevirt"_s}}},
                                       {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    if (store.list(ApiResource::kubevirts()).isEmpty())
        (void)store.create(ApiResource::kubevirts(), u"kubevirt"_s, kubevirtJson(k));
}

KubeVirtSpec kubevirtConfig(const ObjectStore &store)
{
    KubeVirtSpec k;
    if (!store.find(u"kubevirt.io"_s, u"v1"_s, u"kubevirts"_s))
        return k;
    const QList<QJsonObject> crs = store.list(ApiResource::kubevirts());
    if (crs.isEmpty())
        return k;
    const QJsonObject conf = objectAt(objectAt(crs.first(), "spec"_L1), "configuration"_L1);
    const QJsonObject m = objectAt(conf, "migrations"_L1);
    k.evictionStrategy = stringAt(conf, "evictionStrategy"_L1);
    k.parallelMigrationsPerCluster = m.value("parallelMigrationsPerCluster"_L1).toInt(k.parallelMigrationsPerCluster);
    k.parallelOutboundMigrationsPerNode = m.value("parallelOutboundMigrationsPerNode"_L1).toInt(k.parallelOutboundMigrationsPerNode);
    k.bandwidthPerMigration = m.value("bandwidthPerMigration"_L1).toString(k.bandwidthPerMigration);
    k.progressTimeout = m.value("progressTimeout"_L1).toInt(k.progressTimeout);
    k.completionTimeoutPerGiB = m.value("completionTimeoutPerGiB"_L1).toInt(k.completionTimeoutPerGiB);
    return k;
}

QString effectiveEvictionStrategy(const QJsonObject &vmi, const KubeVirtSpec &cluster)
{
    const QString own = stringAt(objectAt(vmi, "spec"_L1), "evictionStrategy"_L1);
    return own.isEmpty() ? cluster.evictionStrategy : own;
}

bool vmiMigratable(const QJsonObject &vmi)
{
    return conditionTrue(vmi, u"LiveMigratable"_s);
}

QString migrationMustWait(const ObjectStore &store, const QJsonObject &migration, const QJsonObject &vmi)
{
    const KubeVirtSpec k = kubevirtConfig(store);
    const QString node = stringAt(objectAt(vmi, "status"_L1), "nodeName"_L1);
    int running = 0, outbound = 0;
    for (const QJsonObject &mig : store.list(ApiResource::migrations())) {
        if (uidOf(mig) == uidOf(migration) || !runningMigration(mig))
            continue;
        ++running;
        const auto other = store.get(ApiResource::virtualMachineInstances(), namespaceOf(mig),
                                     stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1));
        if (!other)
            continue;
        const QJsonObject st = objectAt(*other, "status"_L1);
        if (stringAt(st, "nodeName"_L1) == node || stringAt(objectAt(st, "migrationState"_L1), "sourceNode"_L1) == node)
            ++outbound;
    }
    // The messages virt-controller logs (migration.go); a console sees only the Pending phase.
    if (running >= k.parallelMigrationsPerCluster)
        return QStringLiteral("total running parallel migration count [%1] is currently at the global cluster limit").arg(running);
    if (outbound >= k.parallelOutboundMigrationsPerNode)
        return QStringLiteral("total running parallel outbound migrations on target node [%1] has hit outbound migrations per node limit").arg(outbound);
    return {};
}

EvacuationController::EvacuationController(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, &EvacuationController::onChanged);
}

void EvacuationController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    if (r == ApiResource::virtualMachineInstances()) {
        if (type == "DELETED"_L1 || stringAt(objectAt(obj, "status"_L1), "evacuationNodeName"_L1).isEmpty())
            return;
        m_dirty.insert(namespaceOf(obj) + u'/' + nameOf(obj));
    } else if (r == ApiResource::migrations()) {
        if (type != "DELETED"_L1 && !finalMigration(obj))
            return;
        const QString key = namespaceOf(obj) + u'/' + stringAt(objectAt(obj, "spec"_L1), "vmiName"_L1);
        if (core::migrationPhaseOf(obj) == core::MigrationPhase::Failed) {
            // A failed evacuation is tried again, but not at once (virt-controller backs off
            // evacuation migrations that keep failing; the exact backoff is not played).
            QTimer::singleShot(1000, this, [this, key] {
                m_dirty.insert(key);
                work();
            });
            return;
        }
        m_dirty.insert(key);
    } else {
        return;
    }
    if (!m_queued) {
        m_queued = true;
        QTimer::singleShot(0, this, &EvacuationController::work);
    }
}

void EvacuationController::work()
{
    m_queued = false;
    if (m_dirty.isEmpty())
        return;
    const KubeVirtSpec config = kubevirtConfig(*m_store);
    for (const QString &key : std::exchange(m_dirty, {}))
        if (const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), key.section(u'/', 0, 0), key.section(u'/', 1)))
            evacuate(*vmi, config);
}

void EvacuationController::evacuate(const QJsonObject &vmi, const KubeVirtSpec &config)
{
    const QJsonObject status = objectAt(vmi, "status"_L1);
    const QString node = stringAt(status, "evacuationNodeName"_L1);
    // getMarkedForEvictionVMIs: marked, not yet moved (hasMigratedOnEviction), not migrating.
    const QJsonObject state = objectAt(status, "migrationState"_L1);
    if (node.isEmpty() || stringAt(status, "nodeName"_L1) != node || (!state.isEmpty() && !state.value("completed"_L1).toBool()))
        return;
    // filterRunningNonMigratingVMIs.
    if (isFinal(vmi) || markedForDeletion(vmi))
        return;
    const QString strategy = effectiveEvictionStrategy(vmi, config);
    const bool wants = strategy == "LiveMigrate"_L1 || (strategy == "LiveMigrateIfPossible"_L1 && vmiMigratable(vmi));
    if (!wants || !vmiMigratable(vmi))
        return;
    for (const QJsonObject &mig : m_store->list(ApiResource::migrations(), WatchFilter{namespaceOf(vmi), {}, {}, {}, {}}))
        if (stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1) == nameOf(vmi) && !finalMigration(mig))
            return; // already migrating
    const QJsonObject mig{
        {u"metadata"_s, QJsonObject{{u"generateName"_s, u"kubevirt-evacuation-"_s},
                                    {u"annotations"_s, QJsonObject{{kEvacuationAnnotation, node}}}}},
        {u"spec"_s, QJsonObject{{u"vmiName"_s, nameOf(vmi)}, {u"priority"_s, u"system-critical"_s}}}};
    const StoreResult r = m_store->create(ApiResource::migrations(), namespaceOf(vmi), mig);
    if (r.ok())
        recordEvent(vmi, u"Normal"_s, u"SuccessfulCreate"_s, QStringLiteral("Created Migration %1").arg(nameOf(r.object)));
    else
        recordEvent(vmi, u"Warning"_s, u"FailedCreate"_s, QStringLiteral("Error creating a Migration: %1").arg(r.message));
}

void EvacuationController::recordEvent(const QJsonObject &vmi, const QString &type, const QString &reason,
                                       const QString &message)
{
    // The evacuation controller's recorder (pkg/virt-controller/watch/application.go).
    SimEvents::of(m_store)->record(vmi, {u"evacuation-controller"_s, {}}, type, reason, message);
}

} // namespace drover::sim
