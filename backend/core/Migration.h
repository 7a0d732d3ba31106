#pragma once
// kubevirt.io/v1 VirtualMachineInstanceMigration.
#include "ObjectMeta.h"
#include "Result.h"
#include "Vm.h"

namespace drover::core {

struct Migration
{
    ObjectMeta meta;
    QString vmiName;                         // spec.vmiName
    QMap<QString, QString> addedNodeSelector; // spec.addedNodeSelector
    MigrationPhase phase = MigrationPhase::Unset; // status.phase
    QMap<QString, QDateTime> phaseTransitions; // status.phaseTransitionTimestamps[] phase -> time
    QList<Condition> conditions; // status.conditions, e.g. migrationRejectedByResourceQuota
    bool hasMigrationState = false;
    VmiMigrationState migrationState; // status.migrationState (failureReason when Failed)

    bool finished() const { return isFinal(phase); }
    static Result<Migration> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
