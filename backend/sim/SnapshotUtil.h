#pragma once
// Small pieces the simulated snapshot, restore and clone controllers share: KubeVirt's condition
// shape (pkg/storage/snapshot/util.go newReadyCondition & co.: message omitted when empty,
// lastProbeTime null), a status read-modify-write, and where a volume's claim lives.
#include "ObjectStore.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>

#include <functional>

namespace drover::sim::snaputil {

inline QString now()
{
    return rfc3339(QDateTime::currentDateTimeUtc());
}

inline QJsonObject condition(const QString &type, bool status, const QString &reason, const QString &message = {})
{
    QJsonObject c{{QStringLiteral("type"), type}, {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
                  {QStringLiteral("reason"), reason}, {QStringLiteral("lastTransitionTime"), now()},
                  {QStringLiteral("lastProbeTime"), QJsonValue()}};
    if (!message.isEmpty())
        c.insert(QLatin1String("message"), message);
    return c;
}

inline void setStatus(ObjectStore *store, const kube::ApiResource &r, const QString &ns, const QString &name,
                      const std::function<void(QJsonObject &status)> &fn)
{
    (void)store->mutate(r, ns, name, [&](QJsonObject &o) {
        QJsonObject st = objectAt(o, QLatin1StringView("status"));
        fn(st);
        o.insert(QLatin1String("status"), st);
    });
}

// vmRestoreFailed: a restore status with a condition of type Failure.
inline bool hasFailure(const QJsonObject &restoreStatus)
{
    for (const QJsonValue &c : restoreStatus.value(QLatin1String("conditions")).toArray())
        if (stringAt(c.toObject(), QLatin1StringView("type")) == QLatin1String("Failure"))
            return true;
    return false;
}

// The claim a dataVolume or persistentVolumeClaim volume names ("" for any other volume).
inline QString claimOf(const QJsonObject &volume)
{
    if (volume.contains(QLatin1String("dataVolume")))
        return stringAt(objectAt(volume, QLatin1StringView("dataVolume")), QLatin1StringView("name"));
    return stringAt(objectAt(volume, QLatin1StringView("persistentVolumeClaim")), QLatin1StringView("claimName"));
}

inline QJsonArray volumesOf(const QJsonObject &vm)
{
    const QJsonObject tmpl = objectAt(objectAt(vm, QLatin1StringView("spec")), QLatin1StringView("template"));
    return objectAt(tmpl, QLatin1StringView("spec")).value(QLatin1String("volumes")).toArray();
}

// The drover-sim cluster's storage: every class has a VolumeSnapshotClass but local-nvme.
inline bool hasVolumeSnapshotClass(const QString &storageClass)
{
    return storageClass != QLatin1String("local-nvme");
}

} // namespace drover::sim::snaputil
