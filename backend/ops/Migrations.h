#pragma once
// Live migration as a workflow: VMs dropped on a host (or on the cluster: the best host each),
// planned with reconcile::planMoves against KubeVirt's parallel-migration limits, confirmed
// through the Prompter ("migrate.confirm", the plan's lines as detail), created as
// VirtualMachineInstanceMigrations, and followed to Succeeded, Failed or cancelled. Moves the
// limits hold back wait in a queue and start as running migrations end; a queued move that
// became impossible meanwhile is dropped with the reason. Cancel = delete the migration object.
//
// Requests in, values out by signal; nothing here knows a widget. A connection switch (new
// caches) forgets the queue and the followed migrations: they belong to the other cluster.
// Threading: the connection's thread.
#include "ClusterConnection.h"
#include "Lifecycle.h"
#include "MigrationQueue.h"
#include "Prompter.h"

#include <QHash>
#include <QObject>

namespace drover::ops {

struct MigrationRequest
{
    QStringList vmKeys; // "namespace/name"
    QString host;       // empty: the best host for each VM
};

// A migration being created: the create request went out.
struct MigrationStart
{
    QString vmKey;
    QString target;
    QString reason; // why this host (reconcile's words)
};

struct MigrationRefusal
{
    QString vmKey;
    reconcile::Refusal refusal = reconcile::Refusal::None;
    QString reason; // reconcile's sentence, e.g. "nvme-a02 is cordoned"
};

// What a request became, once decided.
struct MigrationBatch
{
    enum Status {
        Accepted,     // something started or was queued; refused lists what was not
        Refused,      // nothing can move: refused says why for each VM
        Declined,     // the Prompter said no: nothing was done
        NotConnected, // no cluster open
    };
    MigrationRequest request;
    Status status = Refused;
    QList<MigrationStart> started;
    QList<reconcile::Move> queued; // waiting for a free migration slot
    QList<MigrationRefusal> refused;
};

// A followed migration moved on (phase, data copied), as the migration object says.
struct MigrationProgress
{
    QString vmKey;
    QString migrationKey; // "namespace/name" of the VirtualMachineInstanceMigration
    core::MigrationPhase phase = core::MigrationPhase::Unset;
    QString source, target;
    double processedBytes = -1, totalBytes = -1; // -1: not published (only drover-sim does)
};

struct MigrationResult
{
    enum Status {
        Succeeded,  // the VM runs on target
        Failed,     // KubeVirt gave up: reason is its failureReason
        Cancelled,  // the migration object was deleted before it finished
        NotCreated, // the API refused the create: error holds its words
        Dropped,    // queued, then refused when its turn came: reason says why
    };
    QString vmKey;
    QString migrationKey; // empty for NotCreated and Dropped
    QString target;
    Status status = Failed;
    QString reason;
    reconcile::Refusal refusal = reconcile::Refusal::None; // Dropped
    kube::KubeError error;                                 // NotCreated
};

class Migrations : public QObject
{
    Q_OBJECT
public:
    // prompter: asked "migrate.confirm" before anything starts; it must outlive this object.
    Migrations(ClusterConnection *connection, Prompter *prompter, QObject *parent = nullptr);

    // KubeVirt's limits: read from the cluster's KubeVirt CR on connect; a set value stays.
    void setLimits(const reconcile::MigrationLimits &limits)
    {
        m_limits = limits;
        m_limitsFixed = true;
    }
    reconcile::MigrationLimits limits() const { return m_limits; }
    // Plan, ask, start and queue. submitted() once the request is decided (maybe after the
    // Prompter answered, maybe at once); started()/finished() for each migration after that.
    void submit(const MigrationRequest &request);
    // Delete the migration object (cancels it in KubeVirt). A followed one then finishes as
    // Cancelled; a failed delete is reported by cancelFailed().
    void cancel(const QString &migrationKey);
    void clearQueue();
    QList<reconcile::Move> queue() const { return m_queue; }
    int followedCount() const { return int(m_followed.size()); }

Q_SIGNALS:
    void submitted(const drover::ops::MigrationBatch &batch);
    void started(const drover::ops::MigrationStart &start);
    void queueChanged(const QList<drover::reconcile::Move> &queue);
    void progressed(const drover::ops::MigrationProgress &progress);
    void finished(const drover::ops::MigrationResult &result);
    void cancelFailed(const QString &migrationKey, const QString &vmKey, const drover::kube::KubeError &error);

private:
    struct Followed
    {
        QString vmKey;
        QString target;
    };
    struct Plan // one request's moves, as planned after the queue
    {
        QList<reconcile::MoveStep> start, wait;
        QList<MigrationRefusal> refused;
    };
    Plan plan(const QList<reconcile::Move> &moves) const;
    Question question(const Plan &p) const;
    void carryOut(const MigrationRequest &request, const Plan &asked);
    void create(const reconcile::MoveStep &step);
    void advance();
    void onCachesReplaced();
    void readLimits();
    void onMigrationsChanged(const QList<kube::CacheEvent> &events);
    void setQueue(const QList<reconcile::Move> &queue);

    ClusterConnection *m_connection;
    Prompter *m_prompter;
    reconcile::MigrationLimits m_limits;
    bool m_limitsFixed = false;
    QList<reconcile::Move> m_queue;       // moves waiting for a free migration slot
    QHash<QString, Followed> m_followed;  // "ns/migration name" -> what it moves
    int m_creating = 0;                   // create requests not answered yet
    quint64 m_generation = 0;             // bumped when the caches are replaced
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::MigrationBatch)
Q_DECLARE_METATYPE(drover::ops::MigrationStart)
Q_DECLARE_METATYPE(drover::ops::MigrationProgress)
Q_DECLARE_METATYPE(drover::ops::MigrationResult)
