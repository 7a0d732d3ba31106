#pragma once
// A VM's snapshots as workflows: take one (and follow it until it is ready or failed), restore
// one (KubeVirt restores only a stopped VM: a running one is stopped first — after asking
// "snapshot.stopBeforeRestore" — through ops::VmActions, which waits for Stopped on the cache;
// then the VirtualMachineRestore is created and followed until complete or failed), delete one
// (after asking "snapshot.delete"). The API bodies come from core (snapshotFor, restoreFor).
// Also the size of a snapshot, read once from its VirtualMachineSnapshotContent.
//
// Requests in, values out by signal: finished() exactly once per request. A connection switch
// abandons what is in flight. Threading: the connection's thread.
#include "ClusterConnection.h"
#include "Prompter.h"
#include "VmActions.h"

#include <QHash>
#include <QObject>

#include <cstdint>
#include <optional>

namespace drover::ops {

struct SnapshotRequest
{
    enum Kind { Take, Restore, Delete };
    Kind kind = Take;
    QString vmKey;       // "namespace/name" of the VM
    QString snapshot;    // the snapshot's name (Take: the one to create)
    QString description; // Take: kept in the drover.io/description annotation
};

struct SnapshotProgress
{
    enum Stage { Taking, Stopping, Restoring, Deleting };
    SnapshotRequest request;
    Stage stage = Taking;
};

struct SnapshotResult
{
    enum Status {
        Succeeded,    // taken and ready / restored (the VM stays stopped) / deleted
        Failed,       // see stage, error, reason, stop
        Declined,     // the Prompter said no: nothing changed
        NotConnected, // no cluster open
        Abandoned,    // the connection was switched, or the object vanished while we followed it
    };
    SnapshotRequest request;
    Status status = Failed;
    SnapshotProgress::Stage stage = SnapshotProgress::Taking; // where it ended
    kube::KubeError error; // an API call was refused: the server's status and words
    QString reason;        // the snapshot's or restore's own failure message
    ActionResult stop;     // stage Stopping: how the stop ended
};

class Snapshots : public QObject
{
    Q_OBJECT
public:
    // actions runs the stop before a restore (shared, so the stop shows where VM actions show);
    // prompter answers the questions. Both must outlive this object.
    Snapshots(ClusterConnection *connection, VmActions *actions, Prompter *prompter, QObject *parent = nullptr);

    void take(const QString &vmKey, const QString &name, const QString &description = {});
    void restore(const QString &vmKey, const QString &snapshot);
    void remove(const QString &vmKey, const QString &snapshot);

    // Bytes a snapshot holds (core::snapshotContentBytes of its content in namespace ns). The
    // first call asks the API and returns nullopt; sizesChanged() when the answer is in. An
    // error or a content without volumes stays nullopt.
    std::optional<std::int64_t> contentBytes(const QString &ns, const QString &contentName);
    // A take, a stop before a restore or a restore is still being followed.
    bool busy() const { return !m_takes.isEmpty() || !m_stopping.isEmpty() || !m_restores.isEmpty(); }

Q_SIGNALS:
    void progressed(const drover::ops::SnapshotProgress &progress);
    void finished(const drover::ops::SnapshotResult &result);
    void sizesChanged();

private:
    void stopThenRestore(const SnapshotRequest &request);
    void createRestore(const SnapshotRequest &request);
    void onActionFinished(const ActionResult &result);
    void onSnapshotsChanged(const QList<kube::CacheEvent> &events);
    void onRestoresChanged(const QList<kube::CacheEvent> &events);
    void onCachesReplaced();
    void follow(QHash<QString, SnapshotRequest> &followed, kube::ObjectCache *cache, const QString &key,
                const SnapshotRequest &request);
    void end(const SnapshotRequest &request, SnapshotResult::Status status, SnapshotProgress::Stage stage,
             const kube::KubeError &error = {}, const QString &reason = {});
    void progress(const SnapshotRequest &request, SnapshotProgress::Stage stage);

    ClusterConnection *m_connection;
    VmActions *m_actions;
    Prompter *m_prompter;
    QHash<QString, SnapshotRequest> m_takes;    // "ns/snapshot" -> its take, until ready or failed
    QHash<QString, SnapshotRequest> m_stopping; // VM key -> the restore waiting for it to stop
    QHash<QString, SnapshotRequest> m_restores; // "ns/restore" -> its restore, until complete
    QHash<QString, std::optional<std::int64_t>> m_sizes; // "ns/content" -> bytes; nullopt: unknown
    quint64 m_generation = 0; // bumped when the caches are replaced
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::SnapshotProgress)
Q_DECLARE_METATYPE(drover::ops::SnapshotResult)
