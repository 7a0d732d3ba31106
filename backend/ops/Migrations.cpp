#include "Migrations.h"

#include "KubeVirtConfig.h"
#include "ObjectMeta.h"
#include "ObservedState.h"

#include <QPointer>

namespace drover::ops {

namespace {

bool sameMoves(const QList<reconcile::Move> &a, const QList<reconcile::Move> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const reconcile::Move &x, const reconcile::Move &y) {
        return x.vmKey == y.vmKey && x.host == y.host;
    });
}

} // namespace

Migrations::Migrations(ClusterConnection *connection, Prompter *prompter, QObject *parent)
    : QObject(parent), m_connection(connection), m_prompter(prompter)
{
    connect(connection, &ClusterConnection::cachesReplaced, this, &Migrations::onCachesReplaced);
    onCachesReplaced();
}

void Migrations::onCachesReplaced()
{
    ++m_generation; // answers to requests sent to the old cluster are ignored
    m_creating = 0;
    m_followed.clear();
    setQueue({}); // another cluster: its queue means nothing here
    if (kube::ObjectCache *migs = m_connection->migrations())
        connect(migs, &kube::ObjectCache::changed, this, &Migrations::onMigrationsChanged);
    readLimits();
}

void Migrations::readLimits()
{
    // KubeVirt's parallel-migration limits are the cluster's own (the KubeVirt CR's
    // spec.configuration.migrations); its defaults until it answers, or when it has none.
    kube::KubeClient *client = m_connection->client();
    if (!client || m_limitsFixed)
        return;
    const quint64 generation = m_generation;
    client->list(kube::ApiResource::kubevirts(), {}, {}, this, [this, generation](const kube::ListResult &l) {
        if (generation != m_generation || !l.ok())
            return;
        for (const kube::ListItem &item : l.items) {
            const core::KubeVirtConfig c = core::KubeVirtConfig::fromJson(item.object.json());
            m_limits.perCluster = c.parallelMigrationsPerCluster;
            m_limits.outboundPerNode = c.parallelOutboundMigrationsPerNode;
        }
    });
}

Migrations::Plan Migrations::plan(const QList<reconcile::Move> &moves) const
{
    // Moves already queued are planned first: their slots stay theirs.
    const auto steps = reconcile::planMoves(clusterStateFrom(*m_connection), m_queue + moves, m_limits);
    Plan p;
    for (qsizetype i = m_queue.size(); i < steps.size(); ++i) {
        const reconcile::MoveStep &s = steps[i];
        if (s.outcome == reconcile::MoveOutcome::Start)
            p.start << s;
        else if (s.outcome == reconcile::MoveOutcome::Wait)
            p.wait << s;
        else
            p.refused << MigrationRefusal{s.move.vmKey, s.plan.check.refusal, s.plan.check.reason};
    }
    return p;
}

Question Migrations::question(const Plan &p) const
{
    Question q;
    q.id = QStringLiteral("migrate.confirm");
    q.title = tr("Live-migrate");
    const int n = int(p.start.size() + p.wait.size());
    q.text = n == 1 && !p.start.isEmpty() ? tr("Live-migrate %1 to %2?").arg(p.start.first().move.vmKey, p.start.first().plan.target)
                                          : tr("Live-migrate %n VM(s)?", nullptr, n);
    QStringList lines;
    for (const auto &s : p.start)
        lines << tr("%1 → %2: %3").arg(s.move.vmKey, s.plan.target, s.plan.reason);
    for (const auto &s : p.wait)
        lines << tr("%1 waits for a free migration slot (%2)").arg(s.move.vmKey, s.plan.check.reason);
    q.detail = lines.join(QLatin1Char('\n'));
    if (!p.refused.isEmpty()) {
        QStringList refused;
        for (const auto &r : p.refused)
            refused << r.reason;
        q.detail += QStringLiteral("\n\n") + tr("Not moved:") + QLatin1Char('\n') + refused.join(QLatin1Char('\n'));
    }
    q.yes = tr("Migrate");
    return q;
}

void Migrations::submit(const MigrationRequest &request)
{
    MigrationBatch batch{request, MigrationBatch::NotConnected, {}, {}, {}};
    if (!m_connection->client()) {
        Q_EMIT submitted(batch);
        return;
    }
    QList<reconcile::Move> moves;
    for (const QString &k : request.vmKeys)
        moves << reconcile::Move{k, request.host};
    const Plan p = plan(moves);
    if (p.start.isEmpty() && p.wait.isEmpty()) {
        batch.status = MigrationBatch::Refused;
        batch.refused = p.refused;
        Q_EMIT submitted(batch);
        return;
    }
    // The answer may come later (a dialog) or never reach us (we are gone, the cluster switched).
    QPointer<Migrations> self(this);
    const quint64 generation = m_generation;
    m_prompter->ask(question(p), [self, generation, request, p](bool yes) {
        if (!self)
            return;
        if (generation != self->m_generation || !yes) {
            MigrationBatch b{request, yes ? MigrationBatch::NotConnected : MigrationBatch::Declined, {}, {}, p.refused};
            Q_EMIT self->submitted(b);
            return;
        }
        self->carryOut(request, p);
    });
}

void Migrations::carryOut(const MigrationRequest &request, const Plan &asked)
{
    // Planned again on what the cluster looks like now (the question may have been open a
    // while), with each move pinned to the host the person agreed to.
    QList<reconcile::Move> moves;
    for (const auto &s : asked.start)
        moves << reconcile::Move{s.move.vmKey, s.plan.target};
    for (const auto &s : asked.wait)
        moves << s.move;
    const Plan now = plan(moves);
    MigrationBatch b{request, MigrationBatch::Accepted, {}, {}, asked.refused + now.refused};
    for (const auto &s : now.start) {
        b.started << MigrationStart{s.move.vmKey, s.plan.target, s.plan.reason};
        create(s);
    }
    QList<reconcile::Move> queue = m_queue;
    for (const auto &s : now.wait) {
        b.queued << s.move;
        queue << s.move;
    }
    setQueue(queue);
    if (b.started.isEmpty() && b.queued.isEmpty())
        b.status = MigrationBatch::Refused;
    Q_EMIT submitted(b);
}

void Migrations::create(const reconcile::MoveStep &step)
{
    const QString vmKey = step.move.vmKey;
    const QString target = step.plan.target;
    const QString ns = core::namespaceOfKey(vmKey);
    ++m_creating;
    Q_EMIT started(MigrationStart{vmKey, target, step.plan.reason});
    m_connection->client()->create(
        kube::ApiResource::migrations(), ns, step.plan.migration, this,
        [this, generation = m_generation, vmKey, target, ns](const kube::Response &r) {
            if (generation != m_generation)
                return;
            --m_creating;
            if (!r.ok()) {
                MigrationResult res{vmKey, {}, target, MigrationResult::NotCreated, r.error.message, {}, r.error};
                Q_EMIT finished(res);
            } else {
                const QString key = ns + QLatin1Char('/') + r.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
                m_followed.insert(key, Followed{vmKey, target});
                // The watch may have shown it (even finished) before this answer came.
                if (kube::ObjectCache *migs = m_connection->migrations(); migs && migs->contains(key))
                    onMigrationsChanged({kube::CacheEvent{kube::CacheEvent::Modified, key, migs->getLazy(key)}});
            }
            advance();
        });
}

void Migrations::onMigrationsChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const auto it = m_followed.constFind(e.key);
        if (it == m_followed.cend())
            continue;
        const Followed f = it.value();
        if (e.type == kube::CacheEvent::Deleted) {
            m_followed.remove(e.key);
            Q_EMIT finished(MigrationResult{f.vmKey, e.key, f.target, MigrationResult::Cancelled, {}, {}, {}});
            continue;
        }
        auto m = core::Migration::fromJson(e.object.json());
        if (!m)
            continue;
        const QString target = m->migrationState.targetNode.isEmpty() ? f.target : m->migrationState.targetNode;
        const auto &ann = m->meta.annotations;
        Q_EMIT progressed(MigrationProgress{f.vmKey, e.key, m->phase, m->migrationState.sourceNode, target,
                                            ann.value(QStringLiteral("sim.drover.io/data-processed-bytes"), QStringLiteral("-1")).toDouble(),
                                            ann.value(QStringLiteral("sim.drover.io/data-total-bytes"), QStringLiteral("-1")).toDouble()});
        if (m->finished()) {
            m_followed.remove(e.key);
            const bool ok = m->phase == core::MigrationPhase::Succeeded;
            Q_EMIT finished(MigrationResult{f.vmKey, e.key, target, ok ? MigrationResult::Succeeded : MigrationResult::Failed,
                                            ok ? QString() : m->migrationState.failureReason, {}, {}});
        }
    }
    advance();
}

void Migrations::advance()
{
    kube::ObjectCache *migs = m_connection->migrations();
    if (m_queue.isEmpty() || m_creating > 0 || !migs || !m_connection->client())
        return;
    // Until the cache shows what was just created, the limits would be judged on stale counts.
    for (auto it = m_followed.cbegin(); it != m_followed.cend(); ++it)
        if (!migs->contains(it.key()))
            return;
    const QList<reconcile::Move> queued = m_queue;
    m_queue.clear(); // plan() puts the queue first; here the queue is the whole request
    const Plan p = plan(queued);
    QList<reconcile::Move> still;
    for (const auto &s : p.wait)
        still << s.move;
    m_queue = queued; // so that setQueue() sees the change
    setQueue(still);
    for (const auto &r : p.refused)
        Q_EMIT finished(MigrationResult{r.vmKey, {}, {}, MigrationResult::Dropped, r.reason, r.refusal, {}});
    for (const auto &s : p.start)
        create(s);
}

void Migrations::clearQueue()
{
    setQueue({});
}

void Migrations::setQueue(const QList<reconcile::Move> &queue)
{
    if (sameMoves(queue, m_queue))
        return;
    m_queue = queue;
    Q_EMIT queueChanged(m_queue);
}

void Migrations::cancel(const QString &migrationKey)
{
    QString vmKey = m_followed.value(migrationKey).vmKey;
    if (vmKey.isEmpty() && m_connection->migrations())
        vmKey = core::namespaceOfKey(migrationKey) + QLatin1Char('/') +
                m_connection->migrations()->get(migrationKey).value(QLatin1String("spec")).toObject().value(QLatin1String("vmiName")).toString();
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        kube::KubeError e;
        e.kind = kube::ErrorKind::Config;
        e.message = tr("not connected to a cluster");
        Q_EMIT cancelFailed(migrationKey, vmKey, e);
        return;
    }
    client->remove(kube::ApiResource::migrations(), core::namespaceOfKey(migrationKey), core::nameOfKey(migrationKey), this,
                   [this, migrationKey, vmKey](const kube::Response &r) {
                       if (!r.ok())
                           Q_EMIT cancelFailed(migrationKey, vmKey, r.error);
                   });
}

} // namespace drover::ops
