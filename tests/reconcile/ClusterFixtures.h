#pragma once
// Small hand-made clusters for the placement tests: nodes, VMIs and migrations in a few words.
#include "MigrationTargets.h"

namespace drover::reconcile::fixtures {


inline constexpr qint64 GiB = 1024LL * 1024 * 1024;

inline core::Node node(const QString &name, int cores, int memGiB, bool ready = true, bool cordoned = false,
                QMap<QString, QString> labels = {})
{
    core::Node n;
    n.meta.name = name;
    n.meta.labels = std::move(labels);
    n.cpuAllocatableMillis = qint64(cores) * 1000;
    n.memoryAllocatableBytes = memGiB * GiB;
    n.unschedulable = cordoned;
    core::Condition c;
    c.type = QStringLiteral("Ready");
    c.status = ready ? QStringLiteral("True") : QStringLiteral("Unknown");
    n.conditions = {c};
    return n;
}

inline core::Vmi vmi(const QString &name, const QString &host, int vcpu, int memGiB, bool migratable = true)
{
    core::Vmi v;
    v.meta.ns = QStringLiteral("prod");
    v.meta.name = name;
    v.phase = core::VmiPhase::Running;
    v.nodeName = host;
    v.resources.cpuCores = vcpu;
    v.resources.memoryBytes = memGiB * GiB;
    core::Condition c;
    c.type = QStringLiteral("LiveMigratable");
    c.status = migratable ? QStringLiteral("True") : QStringLiteral("False");
    if (!migratable) {
        c.reason = QStringLiteral("DisksNotLiveMigratable");
        c.message = QStringLiteral("cannot migrate VMI: PVC root is not shared");
    }
    v.conditions = {c};
    return v;
}

inline core::Migration migration(const QString &vmiName, const QString &phase, const QString &target = {})
{
    core::Migration m;
    m.meta.ns = QStringLiteral("prod");
    m.meta.name = vmiName + QStringLiteral("-mig");
    m.vmiName = vmiName;
    m.phase = core::migrationPhaseFromName(phase);
    m.migrationState.targetNode = target;
    return m;
}

// a01 runs db (8 vCPU, 32 GiB) and web; a02 is small; a03 roomy; a04 cordoned; a05 not ready.
inline ClusterState cluster()
{
    ClusterState s;
    s.nodes = {node(QStringLiteral("a01"), 32, 128), node(QStringLiteral("a02"), 8, 16),
               node(QStringLiteral("a03"), 64, 256), node(QStringLiteral("a04"), 64, 256, true, true),
               node(QStringLiteral("a05"), 64, 256, false)};
    s.vmis = {vmi(QStringLiteral("db"), QStringLiteral("a01"), 8, 32), vmi(QStringLiteral("web"), QStringLiteral("a01"), 2, 4),
              vmi(QStringLiteral("small"), QStringLiteral("a02"), 4, 8),
              vmi(QStringLiteral("legacy"), QStringLiteral("a01"), 2, 4, false)};
    return s;
}

} // namespace drover::reconcile::fixtures
