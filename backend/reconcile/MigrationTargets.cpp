#include "MigrationTargets.h"

#include "Placement.h"

namespace drover::reconcile {

// Each entry point builds one Placement index; see Placement.h for why and for the rules.

TargetCheck checkTarget(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                        const MigrationLimits &limits)
{
    const Placement placement(state);
    const core::Vmi *v = placement.vmi(vmiKey);
    if (TargetCheck c = placement.checkVm(v, vmiKey, limits); !c.ok())
        return c;
    return placement.checkHost(*v, vmiKey, targetNode);
}

QList<TargetChoice> rankTargets(const ClusterState &state, const QString &vmiKey, const MigrationLimits &limits)
{
    const Placement placement(state);
    const core::Vmi *v = placement.vmi(vmiKey);
    if (!placement.checkVm(v, vmiKey, limits).ok())
        return {};
    return placement.rankHosts(*v);
}

QJsonObject migrationFor(const QString &ns, const QString &vmiName, const QString &targetNode)
{
    // KubeVirt has no target field: the node is pinned through spec.addedNodeSelector.
    QJsonObject meta{{QStringLiteral("generateName"), vmiName + QStringLiteral("-migration-")},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("drover.io/target-node"), targetNode}}}};
    QJsonObject spec{{QStringLiteral("vmiName"), vmiName}};
    if (!targetNode.isEmpty())
        spec.insert(QStringLiteral("addedNodeSelector"), QJsonObject{{QStringLiteral("kubernetes.io/hostname"), targetNode}});
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("kubevirt.io/v1")},
                       {QStringLiteral("kind"), QStringLiteral("VirtualMachineInstanceMigration")},
                       {QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), spec}};
}

MigrationPlan planMigration(const ClusterState &state, const QString &vmiKey, const QString &targetNode,
                            const MigrationLimits &limits)
{
    return planMigration(Placement(state), vmiKey, targetNode, limits);
}

} // namespace drover::reconcile
