#include "Snapshot.h"

#include <QJsonArray>

namespace drover::core {

Result<Snapshot> Snapshot::fromJson(const QJsonObject &obj)
{
    Snapshot s;
    s.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (s.meta.name.isEmpty())
        return Result<Snapshot>::failure(QStringLiteral("VirtualMachineSnapshot without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    const QJsonObject source = spec.value(QLatin1String("source")).toObject();
    s.sourceKind = source.value(QLatin1String("kind")).toString();
    s.sourceName = source.value(QLatin1String("name")).toString();
    s.deletionPolicy = spec.value(QLatin1String("deletionPolicy")).toString();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    s.phase = status.value(QLatin1String("phase")).toString();
    s.readyToUse = status.value(QLatin1String("readyToUse")).toBool();
    s.creationTime = QDateTime::fromString(status.value(QLatin1String("creationTime")).toString(), Qt::ISODate);
    s.error = status.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    for (const auto &v : status.value(QLatin1String("indications")).toArray())
        s.indications << v.toString();
    s.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    return s;
}

} // namespace drover::core
