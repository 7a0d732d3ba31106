#include "Migration.h"

#include <QJsonArray>

namespace drover::core {

Result<Migration> Migration::fromJson(const QJsonObject &obj)
{
    Migration m;
    m.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (m.meta.name.isEmpty())
        return Result<Migration>::failure(QStringLiteral("VirtualMachineInstanceMigration without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    m.vmiName = spec.value(QLatin1String("vmiName")).toString();
    const QJsonObject sel = spec.value(QLatin1String("addedNodeSelector")).toObject();
    for (auto it = sel.begin(); it != sel.end(); ++it)
        m.addedNodeSelector.insert(it.key(), it.value().toString());
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    m.phase = status.value(QLatin1String("phase")).toString();
    for (const auto &v : status.value(QLatin1String("phaseTransitionTimestamps")).toArray()) {
        const QJsonObject t = v.toObject();
        m.phaseTransitions.insert(t.value(QLatin1String("phase")).toString(),
                                  QDateTime::fromString(t.value(QLatin1String("phaseTransitionTimestamp")).toString(), Qt::ISODate));
    }
    return m;
}

} // namespace drover::core
