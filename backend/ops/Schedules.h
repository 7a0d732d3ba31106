#pragma once
// droverd's SnapshotSchedules as an admin changes them from the console: create one, replace its
// spec, suspend, resume, delete. droverd carries them out; this only writes the intent. The API
// bodies come from core (snapshotScheduleBody, snapshotScheduleResumeStatus).
//
// Resume is two writes: status.resumedAt = now first (a subresource: failures before it no longer
// count, so the planner does not suspend again at once), then spec.suspend = false. When the
// second fails the schedule stays suspended; nothing is half resumed.
//
// Requests in, values out: finished() exactly once per request, on this object's thread (the
// connection's). A request that cannot be valid (validate()) fails at once with its words, without
// a call (finished() then comes inside submit()). Also the planner's view of one schedule now (planOf), from the connection's caches.
#include "ClusterConnection.h"
#include "Intents.h"
#include "SchedulePlan.h"

#include <QObject>

#include <functional>

namespace drover::ops {

struct ScheduleRequest
{
    enum Kind { Create, Replace, Suspend, Resume, Delete };
    Kind kind = Create;
    // Create/Replace: meta.ns, meta.name and the spec fields. Replace is a merge patch of the
    // whole spec (fields not set are removed), not conditional on a resourceVersion: droverd's
    // status writes bump it all the time and would turn every edit into a conflict.
    // Suspend/Resume/Delete: meta.ns and meta.name only.
    core::SnapshotScheduleObject schedule;
    QString key() const { return schedule.meta.key(); }
};

struct ScheduleResult
{
    enum Status {
        Succeeded,
        Invalid,      // refused before any call: see message
        Failed,       // the API server refused: see error and message
        NotConnected, // no cluster open
    };
    ScheduleRequest request;
    Status status = Failed;
    kube::KubeError error; // Failed: the server's status and words
    QString message;       // for a person: why it did not happen (empty on success)
    bool ok() const { return status == Succeeded; }
};

class Schedules : public QObject
{
    Q_OBJECT
public:
    // connection must outlive this object. clock: "now" for resumedAt and plans (UTC).
    explicit Schedules(ClusterConnection *connection, QObject *parent = nullptr);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void submit(const ScheduleRequest &request);

    // Why s cannot be a schedule, in words (empty when it can): its name, namespace, cron, zone,
    // which VMs, retention and maxFailures, as the CRD and droverd's planner read them.
    static QString validate(const core::SnapshotScheduleObject &s);
    // The next n firings of cron in zone after `after` (UTC; fewer, or none, when it fires
    // less), or why the cron or the zone cannot be read (Invalid).
    static Result<QList<QDateTime>> nextFirings(const QString &cron, const QString &zone, const QDateTime &after, int n);
    // The planner's decision for the schedule `key` ("ns/name") now, from the connection's caches
    // (its namespace's VMs and snapshots); nullopt when the cache has no such schedule.
    std::optional<reconcile::SchedulePlan> planOf(const QString &key) const;

Q_SIGNALS:
    void finished(const drover::ops::ScheduleResult &result);

private:
    void create(const ScheduleRequest &request);
    void replace(const ScheduleRequest &request);
    void setSuspended(const ScheduleRequest &request, bool suspend);
    void resume(const ScheduleRequest &request);
    void remove(const ScheduleRequest &request);
    void patchSpec(const ScheduleRequest &request, const QJsonObject &spec);
    void end(const ScheduleRequest &request, const kube::Response &r);
    void fail(const ScheduleRequest &request, ScheduleResult::Status status, const QString &message);

    ClusterConnection *m_connection;
    std::function<QDateTime()> m_clock;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::ScheduleResult)
