#include "Snapshots.h"

#include "ObjectMeta.h"
#include "ObservedState.h"
#include "Snapshot.h"

#include <QPointer>

namespace drover::ops {

Snapshots::Snapshots(ClusterConnection *connection, VmActions *actions, Prompter *prompter, QObject *parent)
    : QObject(parent), m_connection(connection), m_actions(actions), m_prompter(prompter)
{
    connect(connection, &ClusterConnection::cachesReplaced, this, &Snapshots::onCachesReplaced);
    connect(actions, &VmActions::finished, this, &Snapshots::onActionFinished);
    onCachesReplaced();
}

void Snapshots::onCachesReplaced()
{
    ++m_generation; // answers meant for the old cluster are ignored
    const std::pair<QHash<QString, SnapshotRequest> *, SnapshotProgress::Stage> inFlight[] = {
        {&m_takes, SnapshotProgress::Taking}, {&m_stopping, SnapshotProgress::Stopping}, {&m_restores, SnapshotProgress::Restoring}};
    for (const auto &[followed, stage] : inFlight) {
        const QList<SnapshotRequest> requests = followed->values();
        followed->clear();
        for (const SnapshotRequest &r : requests)
            end(r, SnapshotResult::Abandoned, stage);
    }
    m_sizes.clear();
    if (kube::ObjectCache *c = m_connection->snapshots())
        connect(c, &kube::ObjectCache::changed, this, &Snapshots::onSnapshotsChanged);
    if (kube::ObjectCache *c = m_connection->restores())
        connect(c, &kube::ObjectCache::changed, this, &Snapshots::onRestoresChanged);
}

void Snapshots::end(const SnapshotRequest &request, SnapshotResult::Status status, SnapshotProgress::Stage stage,
                    const kube::KubeError &error, const QString &reason)
{
    SnapshotResult r;
    r.request = request;
    r.status = status;
    r.stage = stage;
    r.error = error;
    r.reason = reason;
    Q_EMIT finished(r);
}

void Snapshots::progress(const SnapshotRequest &request, SnapshotProgress::Stage stage)
{
    Q_EMIT progressed(SnapshotProgress{request, stage});
}

// Follows key from now on; the watch may have shown its outcome before the create's answer came.
void Snapshots::follow(QHash<QString, SnapshotRequest> &followed, kube::ObjectCache *cache, const QString &key,
                       const SnapshotRequest &request)
{
    followed.insert(key, request);
    if (!cache || !cache->contains(key))
        return;
    const QList<kube::CacheEvent> now{kube::CacheEvent{kube::CacheEvent::Modified, key, cache->getLazy(key)}};
    if (&followed == &m_takes)
        onSnapshotsChanged(now);
    else
        onRestoresChanged(now);
}

void Snapshots::take(const QString &vmKey, const QString &name, const QString &description)
{
    const SnapshotRequest req{SnapshotRequest::Take, vmKey, name, description};
    kube::KubeClient *client = m_connection->client();
    if (!client)
        return end(req, SnapshotResult::NotConnected, SnapshotProgress::Taking);
    const QString ns = core::namespaceOfKey(vmKey);
    progress(req, SnapshotProgress::Taking);
    client->create(kube::ApiResource::snapshots(), ns, core::snapshotFor(ns, core::nameOfKey(vmKey), name, description), this,
                   [this, req, ns, generation = m_generation](const kube::Response &r) {
                       if (generation != m_generation)
                           return;
                       if (!r.ok())
                           return end(req, SnapshotResult::Failed, SnapshotProgress::Taking, r.error);
                       follow(m_takes, m_connection->snapshots(), ns + QLatin1Char('/') + req.snapshot, req);
                   });
}

void Snapshots::onSnapshotsChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const auto it = m_takes.constFind(e.key);
        if (it == m_takes.cend())
            continue;
        const SnapshotRequest req = it.value();
        if (e.type == kube::CacheEvent::Deleted) {
            m_takes.remove(e.key);
            end(req, SnapshotResult::Abandoned, SnapshotProgress::Taking);
            continue;
        }
        const auto s = core::Snapshot::fromJson(e.object.json());
        if (!s || (!s->readyToUse && s->phase != QLatin1String("Failed")))
            continue;
        m_takes.remove(e.key);
        if (s->readyToUse)
            end(req, SnapshotResult::Succeeded, SnapshotProgress::Taking);
        else
            end(req, SnapshotResult::Failed, SnapshotProgress::Taking, {}, s->error);
    }
}

void Snapshots::restore(const QString &vmKey, const QString &snapshot)
{
    const SnapshotRequest req{SnapshotRequest::Restore, vmKey, snapshot, {}};
    if (!m_connection->client())
        return end(req, SnapshotResult::NotConnected, SnapshotProgress::Restoring);
    if (observeVm(*m_connection, vmKey).status == QLatin1String("Stopped"))
        return createRestore(req);
    // KubeVirt restores only a stopped VM: stopping it loses what happened since the snapshot.
    Question q;
    q.id = QStringLiteral("snapshot.stopBeforeRestore");
    q.title = tr("Restore snapshot");
    q.text = tr("%1 must be stopped before snapshot “%2” can be restored.").arg(vmKey, snapshot);
    q.detail = tr("Stop the VM now and restore when it has stopped? Changes since the snapshot are lost.");
    q.yes = tr("Stop and restore");
    q.destructive = true;
    QPointer<Snapshots> self(this);
    m_prompter->ask(q, [self, req, generation = m_generation](bool yes) {
        if (!self)
            return;
        if (generation != self->m_generation)
            return self->end(req, SnapshotResult::Abandoned, SnapshotProgress::Stopping);
        if (!yes)
            return self->end(req, SnapshotResult::Declined, SnapshotProgress::Stopping);
        self->stopThenRestore(req);
    });
}

void Snapshots::stopThenRestore(const SnapshotRequest &request)
{
    if (m_stopping.contains(request.vmKey)) // an earlier restore of this VM gives way
        end(m_stopping.take(request.vmKey), SnapshotResult::Abandoned, SnapshotProgress::Stopping);
    m_stopping.insert(request.vmKey, request);
    progress(request, SnapshotProgress::Stopping);
    m_actions->run(ActionRequest{VmAction::Stop, core::namespaceOfKey(request.vmKey), core::nameOfKey(request.vmKey)});
}

void Snapshots::onActionFinished(const ActionResult &result)
{
    if (result.request.action != VmAction::Stop || !m_stopping.contains(result.request.key()))
        return;
    const SnapshotRequest req = m_stopping.take(result.request.key());
    if (result.status == ActionResult::Succeeded)
        return createRestore(req); // VmActions saw Stopped on the cache
    SnapshotResult r;
    r.request = req;
    r.status = result.status == ActionResult::Abandoned ? SnapshotResult::Abandoned : SnapshotResult::Failed;
    r.stage = SnapshotProgress::Stopping;
    r.error = result.error;
    r.stop = result;
    Q_EMIT finished(r);
}

void Snapshots::createRestore(const SnapshotRequest &request)
{
    const QString ns = core::namespaceOfKey(request.vmKey), vm = core::nameOfKey(request.vmKey);
    // Restores are kept by KubeVirt as history: a unique name per attempt.
    const QString name = vm + QStringLiteral("-restore-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    progress(request, SnapshotProgress::Restoring);
    m_connection->client()->create(kube::ApiResource::restores(), ns, core::restoreFor(ns, vm, request.snapshot, name), this,
                                   [this, request, key = ns + QLatin1Char('/') + name, generation = m_generation](const kube::Response &r) {
                                       if (generation != m_generation)
                                           return;
                                       if (!r.ok())
                                           return end(request, SnapshotResult::Failed, SnapshotProgress::Restoring, r.error);
                                       follow(m_restores, m_connection->restores(), key, request);
                                   });
}

void Snapshots::onRestoresChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const auto it = m_restores.constFind(e.key);
        if (it == m_restores.cend())
            continue;
        const SnapshotRequest req = it.value();
        if (e.type == kube::CacheEvent::Deleted) {
            m_restores.remove(e.key);
            end(req, SnapshotResult::Abandoned, SnapshotProgress::Restoring);
            continue;
        }
        const core::RestoreState st = core::restoreStateFromJson(e.object.json());
        if (!st.complete && !st.failed)
            continue;
        m_restores.remove(e.key);
        if (st.complete)
            end(req, SnapshotResult::Succeeded, SnapshotProgress::Restoring);
        else
            end(req, SnapshotResult::Failed, SnapshotProgress::Restoring, {}, st.message);
    }
}

void Snapshots::remove(const QString &vmKey, const QString &snapshot)
{
    const SnapshotRequest req{SnapshotRequest::Delete, vmKey, snapshot, {}};
    if (!m_connection->client())
        return end(req, SnapshotResult::NotConnected, SnapshotProgress::Deleting);
    Question q;
    q.id = QStringLiteral("snapshot.delete");
    q.title = tr("Delete snapshot");
    q.text = tr("Delete snapshot %1 of %2? This cannot be undone.").arg(snapshot, vmKey);
    q.yes = tr("Delete");
    q.destructive = true;
    QPointer<Snapshots> self(this);
    m_prompter->ask(q, [self, req, generation = m_generation](bool yes) {
        if (!self)
            return;
        kube::KubeClient *client = self->m_connection->client();
        if (generation != self->m_generation || !client)
            return self->end(req, SnapshotResult::Abandoned, SnapshotProgress::Deleting);
        if (!yes)
            return self->end(req, SnapshotResult::Declined, SnapshotProgress::Deleting);
        self->progress(req, SnapshotProgress::Deleting);
        client->remove(kube::ApiResource::snapshots(), core::namespaceOfKey(req.vmKey), req.snapshot, self,
                       [s = self.data(), req](const kube::Response &r) {
                           s->end(req, r.ok() ? SnapshotResult::Succeeded : SnapshotResult::Failed, SnapshotProgress::Deleting,
                                  r.error);
                       });
    });
}

std::optional<std::int64_t> Snapshots::contentBytes(const QString &ns, const QString &contentName)
{
    const QString key = ns + QLatin1Char('/') + contentName;
    if (const auto known = m_sizes.constFind(key); known != m_sizes.cend())
        return *known;
    kube::KubeClient *client = m_connection->client();
    if (!client || contentName.isEmpty())
        return std::nullopt;
    m_sizes.insert(key, std::nullopt); // asked once; an error leaves it unknown
    client->get(kube::ApiResource::snapshotContents(), ns, contentName, this,
                [this, key, generation = m_generation](const kube::Response &r) {
                    if (generation != m_generation || !r.ok())
                        return;
                    m_sizes.insert(key, core::snapshotContentBytes(r.object));
                    Q_EMIT sizesChanged();
                });
    return std::nullopt;
}

} // namespace drover::ops
