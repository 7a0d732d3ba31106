#include "Intents.h"

#include "Snapshot.h"

#include <QJsonArray>

namespace drover::core {

Result<SnapshotScheduleObject> SnapshotScheduleObject::fromJson(const QJsonObject &obj)
{
    SnapshotScheduleObject s;
    const QJsonObject metadata = obj.value(QLatin1String("metadata")).toObject();
    s.meta = ObjectMeta::fromJson(metadata);
    s.generation = metadata.value(QLatin1String("generation")).toInteger();
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    s.schedule = spec.value(QLatin1String("schedule")).toString();
    if (s.schedule.isEmpty())
        return Result<SnapshotScheduleObject>::failure(QStringLiteral("SnapshotSchedule %1 has no spec.schedule").arg(s.meta.key()));
    s.timeZone = spec.value(QLatin1String("timeZone")).toString(s.timeZone);
    if (spec.contains(QLatin1String("selector")))
        s.selector = LabelSelector::fromJson(spec.value(QLatin1String("selector")).toObject());
    for (const QJsonValue &v : spec.value(QLatin1String("vmNames")).toArray())
        s.vmNames << v.toString();
    const QJsonObject keep = spec.value(QLatin1String("retention")).toObject();
    s.keepLast = keep.value(QLatin1String("keepLast")).toInt(s.keepLast);
    s.keepDaily = keep.value(QLatin1String("keepDaily")).toInt();
    s.keepWeekly = keep.value(QLatin1String("keepWeekly")).toInt();
    s.maxFailures = spec.value(QLatin1String("maxFailures")).toInt(s.maxFailures);
    s.suspend = spec.value(QLatin1String("suspend")).toBool();
    s.freeze = spec.value(QLatin1String("freeze")).toBool(true);
    s.status = obj.value(QLatin1String("status")).toObject();
    s.resumedAt = timeFromJson(s.status.value(QLatin1String("resumedAt")));
    return s;
}

bool SnapshotScheduleObject::selects(const QString &vmName, const QMap<QString, QString> &vmLabels) const
{
    return vmNames.contains(vmName) || (selector && (selector->empty() || selector->matches(vmLabels)));
}

QJsonObject scheduledSnapshotFor(const QString &ns, const QString &vm, const QString &schedule, const QDateTime &firing)
{
    const QDateTime at = firing.toUTC();
    QJsonObject body = snapshotFor(ns, vm, QStringLiteral("%1-%2-%3").arg(vm, schedule, at.toString(QStringLiteral("yyyyMMddHHmm"))));
    QJsonObject meta = body.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("labels"), QJsonObject{{QLatin1String(kScheduleLabel), schedule}});
    meta.insert(QStringLiteral("annotations"), QJsonObject{{QLatin1String(kScheduledForAnnotation), at.toString(Qt::ISODate)}});
    body.insert(QStringLiteral("metadata"), meta);
    return body;
}

} // namespace drover::core
