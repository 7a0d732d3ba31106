#include "Snapshot.h"

#include "Quantity.h"

#include <QJsonArray>

namespace drover::core {

Result<Snapshot> Snapshot::fromJson(const QJsonObject &obj)
{
    Snapshot s;
    s.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (s.meta.name.isEmpty())
        return Result<Snapshot>::failure(
            QStringLiteral("VirtualMachineSnapshot without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    const QJsonObject source = spec.value(QLatin1String("source")).toObject();
    s.sourceKind = source.value(QLatin1String("kind")).toString();
    s.sourceName = source.value(QLatin1String("name")).toString();
    s.deletionPolicy = spec.value(QLatin1String("deletionPolicy")).toString();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    s.phase = status.value(QLatin1String("phase")).toString();
    s.readyToUse = status.value(QLatin1String("readyToUse")).toBool();
    s.creationTime = timeFromJson(status.value(QLatin1String("creationTime")));
    s.contentName = status.value(QLatin1String("virtualMachineSnapshotContentName")).toString();
    const QJsonObject error = status.value(QLatin1String("error")).toObject();
    s.error = error.value(QLatin1String("message")).toString();
    s.errorTime = timeFromJson(error.value(QLatin1String("time")));
    for (const auto &v : status.value(QLatin1String("indications")).toArray())
        if (v.isString())
            s.indications << v.toString();
    // status.indications is deprecated in favour of sourceIndications [{indication, message}].
    if (s.indications.isEmpty()) {
        for (const auto &v : status.value(QLatin1String("sourceIndications")).toArray()) {
            const QString indication = v.toObject().value(QLatin1String("indication")).toString();
            if (!indication.isEmpty())
                s.indications << indication;
        }
    }
    s.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    return s;
}

std::optional<std::int64_t> snapshotContentBytes(const QJsonObject &content)
{
    const QJsonArray backups = content.value(QLatin1String("spec")).toObject().value(QLatin1String("volumeBackups")).toArray();
    if (backups.isEmpty())
        return std::nullopt;
    std::int64_t total = 0;
    for (const QJsonValue &b : backups) {
        const QJsonValue q = b.toObject().value(QLatin1String("persistentVolumeClaim")).toObject().value(QLatin1String("spec")).toObject()
                                 .value(QLatin1String("resources")).toObject().value(QLatin1String("requests")).toObject()
                                 .value(QLatin1String("storage"));
        const auto bytes = bytesFromJson(q);
        if (!bytes)
            return std::nullopt;
        total += *bytes;
    }
    return total;
}

} // namespace drover::core
