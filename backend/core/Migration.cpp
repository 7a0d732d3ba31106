#include "Migration.h"

#include <QJsonArray>

namespace drover::core {

Result<Migration> Migration::fromJson(const QJsonObject &obj)
{
    Migration m;
    m.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (m.meta.name.isEmpty())
        return Result<Migration>::failure(
            QStringLiteral("VirtualMachineInstanceMigration without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    m.vmiName = spec.value(QLatin1String("vmiName")).toString();
    m.addedNodeSelector = stringMapFromJson(spec.value(QLatin1String("addedNodeSelector")));
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    m.phase = migrationPhaseFromName(status.value(QLatin1String("phase")).toString());
    // A list, not a map: [{phase, phaseTransitionTimestamp}], oldest first. A phase entered twice
    // keeps its latest time.
    for (const auto &v : status.value(QLatin1String("phaseTransitionTimestamps")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString phase = t.value(QLatin1String("phase")).toString();
        const QDateTime when = timeFromJson(t.value(QLatin1String("phaseTransitionTimestamp")));
        if (phase.isEmpty() || !when.isValid())
            continue;
        if (!m.phaseTransitions.contains(phase) || m.phaseTransitions.value(phase) < when)
            m.phaseTransitions.insert(phase, when);
    }
    m.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    const QJsonValue state = status.value(QLatin1String("migrationState"));
    if (state.isObject()) {
        m.hasMigrationState = true;
        m.migrationState = migrationStateFromJson(state.toObject());
    }
    return m;
}

} // namespace drover::core
