#include "Schedules.h"

#include "ApiResource.h"
#include "Cron.h"
#include "KubeClient.h"
#include "OpsTr.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace drover::ops {

namespace {

const kube::ApiResource &resource()
{
    return kube::ApiResource::snapshotSchedules();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString retentionError(const core::SnapshotScheduleObject &s)
{
    for (const auto &[what, n] : {std::pair{"keep-last", s.keepLast}, {"keep-daily", s.keepDaily}, {"keep-weekly", s.keepWeekly}})
        if (n < 0 || n > 250)
            return Tr::tr("%1 must be between 0 and 250, not %2.").arg(QLatin1String(what)).arg(n);
    if (s.keepLast + s.keepDaily + s.keepWeekly == 0)
        return Tr::tr("Keep at least one snapshot (keep-last, keep-daily or keep-weekly).");
    if (s.maxFailures < 0)
        return Tr::tr("Max failures cannot be negative (0 never suspends).");
    return {};
}

} // namespace

Schedules::Schedules(ClusterConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<ScheduleResult>();
}

QString Schedules::validate(const core::SnapshotScheduleObject &s)
{
    if (!core::isDnsLabel(s.meta.ns))
        return Tr::tr("“%1” is not a namespace name (lower-case letters, digits and '-').").arg(s.meta.ns);
    if (!core::isDnsSubdomain(s.meta.name))
        return Tr::tr("“%1” is not a valid name: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.")
            .arg(s.meta.name);
    if (const auto cron = reconcile::CronSpec::parse(s.schedule); !cron)
        return Tr::tr("The schedule “%1” is not a cron expression: %2.").arg(s.schedule, cron.error().message);
    if (!QTimeZone(s.timeZone.toUtf8()).isValid())
        return Tr::tr("“%1” is not an IANA time zone (e.g. Europe/Berlin, UTC).").arg(s.timeZone);
    if (s.vmNames.isEmpty() && !s.selector)
        return Tr::tr("Name the VMs, or give a label selector.");
    for (const QString &vm : s.vmNames)
        if (!core::isDnsSubdomain(vm))
            return Tr::tr("“%1” is not a VM name.").arg(vm);
    return retentionError(s);
}

Result<QList<QDateTime>> Schedules::nextFirings(const QString &cron, const QString &zone, const QDateTime &after, int n)
{
    const auto spec = reconcile::CronSpec::parse(cron);
    if (!spec)
        return spec.error();
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid())
        return Result<QList<QDateTime>>::failure(Tr::tr("“%1” is not an IANA time zone").arg(zone));
    QList<QDateTime> out;
    QDateTime t = after;
    while (out.size() < n && (t = reconcile::cronNext(*spec, t, tz)).isValid())
        out << t;
    return out;
}

std::optional<reconcile::SchedulePlan> Schedules::planOf(const QString &key) const
{
    kube::ObjectCache *cache = m_connection->snapshotSchedules();
    if (!cache || !cache->contains(key))
        return std::nullopt;
    auto s = core::SnapshotScheduleObject::fromJson(cache->getLazy(key).json());
    if (!s)
        return std::nullopt;
    // Only the schedule's namespace is decoded (the planner ignores the others), and without
    // keeping a parsed copy in the cache: the console holds its objects as compact bytes.
    const QString prefix = s->meta.ns + QLatin1Char('/');
    const auto decoded = [&prefix]<typename T>(kube::ObjectCache *c, QList<T> *out) {
        if (c)
            for (auto it = c->objects().cbegin(); it != c->objects().cend(); ++it)
                if (it.key().startsWith(prefix))
                    if (auto v = T::fromJson(it.value().json()))
                        *out << *v;
    };
    QList<core::Vm> vms;
    QList<core::Snapshot> snapshots;
    decoded(m_connection->vms(), &vms);
    decoded(m_connection->snapshots(), &snapshots);
    return reconcile::planSchedules(QList<core::SnapshotScheduleObject>{*s}, vms, snapshots, m_clock()).value(0);
}

void Schedules::submit(const ScheduleRequest &request)
{
    if (!m_connection->client())
        return fail(request, ScheduleResult::NotConnected, Tr::tr("Not connected to a cluster."));
    const bool whole = request.kind == ScheduleRequest::Create || request.kind == ScheduleRequest::Replace;
    const QString invalid = whole ? validate(request.schedule)
                            : request.schedule.meta.name.isEmpty() || request.schedule.meta.ns.isEmpty()
                                ? Tr::tr("Which schedule? Its namespace and name are needed.")
                                : QString();
    if (!invalid.isEmpty())
        return fail(request, ScheduleResult::Invalid, invalid);
    switch (request.kind) {
    case ScheduleRequest::Create: return create(request);
    case ScheduleRequest::Replace: return replace(request);
    case ScheduleRequest::Suspend: return setSuspended(request, true);
    case ScheduleRequest::Resume: return resume(request);
    case ScheduleRequest::Delete: return remove(request);
    }
}

void Schedules::create(const ScheduleRequest &request)
{
    const core::SnapshotScheduleObject &s = request.schedule;
    m_connection->client()->create(resource(), s.meta.ns, core::snapshotScheduleBody(s), this,
                                   [this, request](const kube::Response &r) { end(request, r); });
}

void Schedules::replace(const ScheduleRequest &request)
{
    // Every field of the spec, those not set as null: a merge patch removes them.
    QJsonObject spec = core::snapshotScheduleSpec(request.schedule);
    QJsonObject retention = spec.value(QLatin1String("retention")).toObject();
    for (const char *k : {"keepDaily", "keepWeekly"})
        if (!retention.contains(QLatin1String(k)))
            retention.insert(QLatin1String(k), QJsonValue::Null);
    spec.insert(QStringLiteral("retention"), retention);
    for (const char *k : {"selector", "vmNames"})
        if (!spec.contains(QLatin1String(k)))
            spec.insert(QLatin1String(k), QJsonValue::Null);
    patchSpec(request, spec);
}

void Schedules::setSuspended(const ScheduleRequest &request, bool suspend)
{
    patchSpec(request, QJsonObject{{QStringLiteral("suspend"), suspend}});
}

void Schedules::patchSpec(const ScheduleRequest &request, const QJsonObject &spec)
{
    const core::ObjectMeta &m = request.schedule.meta;
    m_connection->client()->patch(resource(), m.ns, m.name, kube::PatchType::Merge, compact(QJsonObject{{QStringLiteral("spec"), spec}}), this,
                                  [this, request](const kube::Response &r) { end(request, r); });
}

void Schedules::resume(const ScheduleRequest &request)
{
    const core::ObjectMeta &m = request.schedule.meta;
    const QByteArray status = compact(core::snapshotScheduleResumeStatus(m_clock()));
    m_connection->client()->request("PATCH", resource().objectPath(m.ns, m.name, QStringLiteral("status")), {}, status, this,
                                    [this, request](const kube::Response &r) {
                                        if (!r.ok())
                                            return end(request, r);
                                        setSuspended(request, false);
                                    },
                                    QByteArrayLiteral("application/merge-patch+json"));
}

void Schedules::remove(const ScheduleRequest &request)
{
    const core::ObjectMeta &m = request.schedule.meta;
    m_connection->client()->remove(resource(), m.ns, m.name, this, [this, request](const kube::Response &r) { end(request, r); });
}

void Schedules::end(const ScheduleRequest &request, const kube::Response &r)
{
    ScheduleResult result;
    result.request = request;
    result.status = r.ok() ? ScheduleResult::Succeeded : ScheduleResult::Failed;
    result.error = r.error;
    if (!r.ok() && request.kind == ScheduleRequest::Create && r.httpStatus == 409)
        // KubeError's words for a 409 speak of a concurrent change; here the name is taken.
        result.message = Tr::tr("A snapshot schedule named %1 already exists in %2 (409 AlreadyExists): choose another name, "
                                        "or edit that one.").arg(request.schedule.meta.name, request.schedule.meta.ns);
    else if (!r.ok())
        result.message = r.error.userMessage();
    Q_EMIT finished(result);
}

void Schedules::fail(const ScheduleRequest &request, ScheduleResult::Status status, const QString &message)
{
    ScheduleResult result;
    result.request = request;
    result.status = status;
    result.message = message;
    Q_EMIT finished(result);
}

} // namespace drover::ops
