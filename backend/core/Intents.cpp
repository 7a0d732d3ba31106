#include "Intents.h"

#include "CoreTr.h"
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
        return Result<SnapshotScheduleObject>::failure(Tr::tr("SnapshotSchedule %1 has no spec.schedule").arg(s.meta.key()));
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

QJsonObject hostMaintenanceBody(const QString &node, const QString &policy, const QString &reason)
{
    QJsonObject spec{{QStringLiteral("nodeName"), node}, {QStringLiteral("policy"), policy}};
    if (!reason.isEmpty())
        spec.insert(QStringLiteral("reason"), reason);
    return {{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("HostMaintenance")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), node}}},
            {QStringLiteral("spec"), spec}};
}

QJsonObject labelSelectorJson(const LabelSelector &selector)
{
    QJsonObject out;
    if (!selector.matchLabels.isEmpty()) {
        QJsonObject labels;
        for (auto it = selector.matchLabels.cbegin(); it != selector.matchLabels.cend(); ++it)
            labels.insert(it.key(), it.value());
        out.insert(QStringLiteral("matchLabels"), labels);
    }
    if (!selector.matchExpressions.isEmpty()) {
        QJsonArray expressions;
        for (const LabelSelector::Requirement &r : selector.matchExpressions) {
            QJsonObject e{{QStringLiteral("key"), r.key}, {QStringLiteral("operator"), r.op}};
            if (!r.values.isEmpty())
                e.insert(QStringLiteral("values"), QJsonArray::fromStringList(r.values));
            expressions.append(e);
        }
        out.insert(QStringLiteral("matchExpressions"), expressions);
    }
    return out;
}

QJsonObject snapshotScheduleSpec(const SnapshotScheduleObject &s)
{
    QJsonObject retention{{QStringLiteral("keepLast"), s.keepLast}};
    if (s.keepDaily > 0)
        retention.insert(QStringLiteral("keepDaily"), s.keepDaily);
    if (s.keepWeekly > 0)
        retention.insert(QStringLiteral("keepWeekly"), s.keepWeekly);
    QJsonObject spec{{QStringLiteral("schedule"), s.schedule},
                     {QStringLiteral("timeZone"), s.timeZone},
                     {QStringLiteral("retention"), retention},
                     {QStringLiteral("maxFailures"), s.maxFailures},
                     {QStringLiteral("suspend"), s.suspend},
                     {QStringLiteral("freeze"), s.freeze}};
    if (s.selector)
        spec.insert(QStringLiteral("selector"), labelSelectorJson(*s.selector));
    if (!s.vmNames.isEmpty())
        spec.insert(QStringLiteral("vmNames"), QJsonArray::fromStringList(s.vmNames));
    return spec;
}

QJsonObject snapshotScheduleBody(const SnapshotScheduleObject &s)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("SnapshotSchedule")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), s.meta.name}, {QStringLiteral("namespace"), s.meta.ns}}},
            {QStringLiteral("spec"), snapshotScheduleSpec(s)}};
}

QJsonObject snapshotScheduleResumeStatus(const QDateTime &at)
{
    return {{QStringLiteral("status"), QJsonObject{{QStringLiteral("resumedAt"), at.toUTC().toString(Qt::ISODate)},
                                                   {QStringLiteral("suspended"), false},
                                                   // null removes it (merge patch); the CRD takes no "" or null value
                                                   {QStringLiteral("suspendReason"), QJsonValue::Null},
                                                   {QStringLiteral("consecutiveFailures"), 0}}}};
}

} // namespace drover::core
