#pragma once
// The simulator's etcd: objects per resource, one global resourceVersion counter, an event
// history for resuming watches (older than the history → 410 Gone, as a compacted etcd does),
// and watchers that receive ready-serialised watch lines.
#include "ApiResource.h"
#include "FieldIndex.h"
#include "WatchFilter.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <deque>
#include <functional>
#include <optional>
#include <utility>

namespace drover::sim {

// The outcome of a store operation, shaped like the HTTP answer it becomes.
struct StoreResult
{
    int code = 200;  // 200, 201, 404, 409, 422, ...
    QString reason;  // metav1.StatusReason: NotFound, AlreadyExists, Conflict, Invalid
    QString message;
    QJsonObject object;
    // metav1.StatusDetails of a failure ({name, group, kind} for NotFound, AlreadyExists,
    // Conflict); empty: none.
    QJsonObject details = {};
    bool ok() const { return code < 300; }
    static StoreResult fail(int code, const QString &reason, const QString &message)
    {
        return StoreResult{code, reason, message, {}};
    }
};

class ObjectStore : public QObject
{
    Q_OBJECT
public:
    // A watch line ("{"type":…,"object":…}\n"), serialised once for every watcher.
    using WatchSink = std::function<void(const QByteArray &line)>;

    explicit ObjectStore(QObject *parent = nullptr);

    void registerResource(const kube::ApiResource &r);
    // Index r's objects by a field (a dotted path) or a label (FieldIndex.h): list(), listPage()
    // and a watch's initial events then read only the objects an equality on it can select.
    // Asking again for the same index does nothing.
    void addIndex(const kube::ApiResource &r, FieldIndex::Kind kind, const QString &name);
    const QList<kube::ApiResource> &resources() const { return m_resources; }
    std::optional<kube::ApiResource> find(const QString &group, const QString &version,
                                          const QString &plural) const;
    qint64 currentRv() const { return m_rv; }
    qint64 compactedRv() const { return m_compactedRv; }
    // How many events a watch may resume across (default 50,000 per store).
    void setHistoryLimit(int n) { m_historyLimit = n; }
    // Populating a new cluster before anyone watches: commits reach changed() listeners (the
    // controllers) but are neither serialised nor kept in the history; the end of it compacts,
    // as a kube-apiserver's watch cache starts at etcd's revision of the moment (a resume from
    // before it is 410 Gone). With watchers present this changes nothing.
    void beginPopulating() { m_populating = m_watchers.isEmpty(); }
    void endPopulating()
    {
        if (std::exchange(m_populating, false))
            compactHistory();
    }
    // Forget the event history, as etcd compaction does: resuming watches get 410 Gone.
    void compactHistory()
    {
        m_history.clear();
        m_compactedRv = m_rv;
    }

    // Objects sorted by key ("ns/name"), filtered.
    QList<QJsonObject> list(const kube::ApiResource &r, const WatchFilter &f = {}) const;
    // One page of list(): the objects whose key sorts after `after` (empty: from the first), at
    // most limit of them (0: all), with their keys; more when others follow.
    struct Page
    {
        QList<std::pair<QString, QJsonObject>> items;
        bool more = false;
    };
    Page listPage(const kube::ApiResource &r, const WatchFilter &f, const QString &after, int limit) const;
    std::optional<QJsonObject> get(const kube::ApiResource &r, const QString &ns,
                                   const QString &name) const;
    int count(const kube::ApiResource &r) const;

    // Fills in uid, resourceVersion, creationTimestamp, generation, apiVersion and kind.
    // dryRun (?dryRun=All): every check and the answer, nothing stored, no event, no
    // resourceVersion spent (as the API server answers a dry run: resourceVersion empty on create).
    StoreResult create(const kube::ApiResource &r, const QString &ns, QJsonObject obj, bool dryRun = false);
    // A non-empty metadata.resourceVersion must match the stored one (else 409 Conflict).
    StoreResult update(const kube::ApiResource &r, QJsonObject obj, bool dryRun = false);
    StoreResult remove(const kube::ApiResource &r, const QString &ns, const QString &name, bool dryRun = false);
    // Read-modify-write for controllers; no conflict check. 404 when absent.
    StoreResult mutate(const kube::ApiResource &r, const QString &ns, const QString &name,
                       const std::function<void(QJsonObject &)> &fn);

    // Where a watch starts, as kube-apiserver's watch cache reads the request
    // (staging/src/k8s.io/apiserver/pkg/storage/cacher/cacher.go Watch).
    struct WatchStart
    {
        // An exact resourceVersion: the events after it are replayed. 0: from now.
        qint64 fromRv = 0;
        // Before live events, an ADDED event for every object the filter matches, in key order:
        // a watch with resourceVersion unset or "0", or one with sendInitialEvents=true.
        bool initialEvents = false;
    };
    // Start a watch. Returns 0 and sets *gone when start.fromRv is older than the history (and
    // no initial events were asked for); otherwise the watcher id, after the initial events or
    // the replay have gone to the sink.
    int addWatcher(const kube::ApiResource &r, const WatchFilter &f, const WatchStart &start,
                   WatchSink sink, bool *gone);
    void removeWatcher(int id);
    // Which resource an object belongs to, as the state file writes it: "group/plural".
    static QString resKey(const kube::ApiResource &r) { return r.group + QLatin1Char('/') + r.plural; }
    // drover-sim --state-file (SimState.h): every object with its resource key; and putting an
    // object back as it was stored (type ADDED/MODIFIED, or DELETED to drop it), without events.
    // The resourceVersion counter never goes below what restored objects carry.
    void forEachObject(const std::function<void(const QString &resKey, const QJsonObject &obj)> &fn) const;
    void restore(const QString &resKey, const QString &type, const QJsonObject &obj);
    void restoreRv(qint64 rv) { m_rv = qMax(m_rv, rv); }
    // Told of every commit first, before watchers and changed() listeners (whose own commits
    // come after it): the state file's journal keeps the store's order.
    using CommitHook = std::function<void(const QString &resKey, const char *type, const QJsonObject &obj)>;
    void setCommitHook(CommitHook h) { m_commitHook = std::move(h); }
    // A BOOKMARK line carrying the current resourceVersion. initialEventsEnd: annotated
    // k8s.io/initial-events-end: "true", the end of a sendInitialEvents watch's initial events
    // (KEP-3157; metav1.InitialEventsAnnotationKey).
    QByteArray bookmarkLine(const kube::ApiResource &r, bool initialEventsEnd = false) const;

Q_SIGNALS:
    // After each committed change; controllers react to it. type: ADDED, MODIFIED, DELETED.
    void changed(const kube::ApiResource &resource, const QString &type, const QJsonObject &object);

private:
    struct Event
    {
        qint64 rv;
        QString resKey;
        QJsonObject object;
        QByteArray line;
        QJsonObject old; // MODIFIED: the object before, for filtered watches
        QByteArray type;
    };
    struct Watcher
    {
        QString resKey;
        WatchFilter filter;
        WatchSink sink;
    };
    // old: the object before a MODIFIED change. A watcher whose filter matched only the old
    // object gets DELETED, one matching only the new one ADDED (the watch cache does this).
    // text: obj's compact JSON when the caller has it (settled()), else empty.
    void commit(const kube::ApiResource &r, const char *type, const QJsonObject &obj, const QJsonObject &old = {},
                const QByteArray &text = {});
    // obj as it is stored: parsed again from its compact text (written to *text), which drops
    // the dead bytes of replaced values; obj itself while populating.
    QJsonObject settled(const QJsonObject &obj, QByteArray *text) const;
    void deliver(const Event &e, const Watcher &w) const;
    // The keys f can select, sorted, when an index answers one of its terms.
    std::optional<QStringList> indexedKeys(const QString &rk, const WatchFilter &f) const;
    void reindex(const QString &rk, const QString &key, const QJsonObject *before, const QJsonObject *after);

    QList<kube::ApiResource> m_resources;
    QHash<QString, QMap<QString, QJsonObject>> m_objects; // resKey -> key -> object
    QHash<QString, QList<FieldIndex>> m_indexes;          // resKey -> its indexes
    std::deque<Event> m_history;
    QHash<int, Watcher> m_watchers;
    CommitHook m_commitHook;
    qint64 m_rv = 1000;
    qint64 m_compactedRv = 0; // watches from before this revision get 410 Gone
    int m_nextWatcher = 1;
    int m_historyLimit = 50000;
    bool m_populating = false;
};

// Stamps an RFC 3339 UTC time, as the API server writes them.
QString rfc3339(const QDateTime &t);

} // namespace drover::sim
