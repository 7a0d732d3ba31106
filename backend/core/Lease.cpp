#include "Lease.h"

namespace drover::core {

Result<Lease> Lease::fromJson(const QJsonObject &obj)
{
    if (obj.value(QLatin1String("kind")).toString() != QLatin1String("Lease"))
        return Result<Lease>::failure(QStringLiteral("not a Lease (kind \"%1\")").arg(obj.value(QLatin1String("kind")).toString()));
    Lease l;
    l.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    l.record.holder = spec.value(QLatin1String("holderIdentity")).toString();
    l.record.durationSeconds = spec.value(QLatin1String("leaseDurationSeconds")).toInt();
    l.record.acquireTime = timeFromJson(spec.value(QLatin1String("acquireTime")));
    l.record.renewTime = timeFromJson(spec.value(QLatin1String("renewTime")));
    l.record.transitions = spec.value(QLatin1String("leaseTransitions")).toInt();
    return l;
}

QString microTime(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return u.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QJsonObject leaseBody(const QString &ns, const QString &name, const LeaseRecord &r, const QString &resourceVersion)
{
    QJsonObject meta{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}};
    if (!resourceVersion.isEmpty())
        meta.insert(QStringLiteral("resourceVersion"), resourceVersion);
    QJsonObject spec{{QStringLiteral("holderIdentity"), r.holder},
                     {QStringLiteral("leaseDurationSeconds"), r.durationSeconds},
                     {QStringLiteral("leaseTransitions"), r.transitions}};
    if (r.acquireTime.isValid())
        spec.insert(QStringLiteral("acquireTime"), microTime(r.acquireTime));
    if (r.renewTime.isValid())
        spec.insert(QStringLiteral("renewTime"), microTime(r.renewTime));
    return {{QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("Lease")},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("spec"), spec}};
}

} // namespace drover::core
