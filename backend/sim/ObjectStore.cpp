#include "JsonOut.h"
#include "ObjectStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace drover::sim {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

static QJsonObject metaOf(const QJsonObject &obj)
{
    return obj.value(QLatin1String("metadata")).toObject();
}

ObjectStore::ObjectStore(QObject *parent) : QObject(parent) {}

void ObjectStore::registerResource(const kube::ApiResource &r)
{
    m_resources.append(r);
    m_objects[resKey(r)];
}

std::optional<kube::ApiResource> ObjectStore::find(const QString &group, const QString &version,
                                                   const QString &plural) const
{
    for (const auto &r : m_resources)
        if (r.group == group && r.version == version && r.plural == plural)
            return r;
    return std::nullopt;
}

static QString keyFor(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

void ObjectStore::addIndex(const kube::ApiResource &r, FieldIndex::Kind kind, const QString &name)
{
    QList<FieldIndex> &indexes = m_indexes[resKey(r)];
    for (const FieldIndex &index : std::as_const(indexes))
        if (index.sameAs(kind, name))
            return;
    FieldIndex index(kind, name);
    const auto &objs = m_objects[resKey(r)];
    for (auto it = objs.cbegin(); it != objs.cend(); ++it)
        index.update(it.key(), nullptr, &*it);
    indexes.append(index);
}

std::optional<QStringList> ObjectStore::indexedKeys(const QString &rk, const WatchFilter &f) const
{
    for (const FieldIndex &index : m_indexes.value(rk))
        if (auto keys = index.candidates(f))
            return keys;
    return std::nullopt;
}

void ObjectStore::reindex(const QString &rk, const QString &key, const QJsonObject *before, const QJsonObject *after)
{
    const auto indexes = m_indexes.find(rk);
    if (indexes != m_indexes.end())
        for (FieldIndex &index : *indexes)
            index.update(key, before, after);
}

// listPage() over an index's candidates (sorted keys): those under prefix and after `after` that
// f selects, at most limit of them (0: all).
static ObjectStore::Page candidatePage(const QMap<QString, QJsonObject> &objs, const QStringList &keys, const WatchFilter &f,
                                       const QString &prefix, const QString &after, int limit)
{
    ObjectStore::Page page;
    for (const QString &key : keys) {
        const auto it = objs.constFind(key);
        if ((!after.isEmpty() && key <= after) || !key.startsWith(prefix) || it == objs.cend() || !f.matches(*it))
            continue;
        if (limit > 0 && page.items.size() >= limit) {
            page.more = true;
            break;
        }
        page.items.append({key, *it});
    }
    return page;
}

QList<QJsonObject> ObjectStore::list(const kube::ApiResource &r, const WatchFilter &f) const
{
    QList<QJsonObject> out;
    const auto &objs = m_objects[resKey(r)];
    if (const auto keys = indexedKeys(resKey(r), f)) {
        for (auto &item : candidatePage(objs, *keys, f, {}, {}, 0).items)
            out.append(std::move(item.second));
        return out;
    }
    auto it = objs.begin();
    if (!f.ns.isEmpty())
        it = objs.lowerBound(f.ns + QLatin1Char('/'));
    for (; it != objs.end(); ++it) {
        if (!f.ns.isEmpty() && !it.key().startsWith(f.ns + QLatin1Char('/')))
            break;
        if (f.matches(*it))
            out.append(*it);
    }
    return out;
}

ObjectStore::Page ObjectStore::listPage(const kube::ApiResource &r, const WatchFilter &f, const QString &after, int limit) const
{
    const auto &objs = m_objects[resKey(r)];
    const QString prefix = f.ns.isEmpty() ? QString() : f.ns + QLatin1Char('/');
    if (const auto keys = indexedKeys(resKey(r), f))
        return candidatePage(objs, *keys, f, prefix, after, limit);
    Page page;
    auto it = after.isEmpty() ? objs.lowerBound(prefix) : objs.upperBound(qMax(after, prefix));
    for (; it != objs.end(); ++it) {
        if (!prefix.isEmpty() && !it.key().startsWith(prefix))
            break;
        if (!f.matches(*it))
            continue;
        if (limit > 0 && page.items.size() >= limit) {
            page.more = true;
            break;
        }
        page.items.append({it.key(), *it});
    }
    return page;
}

std::optional<QJsonObject> ObjectStore::get(const kube::ApiResource &r, const QString &ns,
                                            const QString &name) const
{
    const auto &objs = m_objects[resKey(r)];
    auto it = objs.find(keyFor(r.namespaced ? ns : QString(), name));
    if (it == objs.end())
        return std::nullopt;
    return *it;
}

int ObjectStore::count(const kube::ApiResource &r) const
{
    return int(m_objects[resKey(r)].size());
}

static StoreResult notFound(const kube::ApiResource &r, const QString &name)
{
    return StoreResult::fail(404, QStringLiteral("NotFound"),
                             QStringLiteral("%1.%2 \"%3\" not found").arg(r.plural, r.group, name));
}

StoreResult ObjectStore::create(const kube::ApiResource &r, const QString &ns, QJsonObject obj, bool dryRun)
{
    QJsonObject meta = metaOf(obj);
    QString name = meta.value(QLatin1String("name")).toString();
    const QString gen = meta.value(QLatin1String("generateName")).toString();
    if (name.isEmpty() && !gen.isEmpty())
        name = gen + QUuid::createUuid().toString(QUuid::Id128).left(5);
    if (name.isEmpty())
        return StoreResult::fail(422, QStringLiteral("Invalid"),
                                 QStringLiteral("%1 is invalid: metadata.name: Required value").arg(r.kind));
    const QString objNs = meta.value(QLatin1String("namespace")).toString();
    const QString useNs = r.namespaced ? (ns.isEmpty() ? objNs : ns) : QString();
    if (r.namespaced && useNs.isEmpty())
        return StoreResult::fail(422, QStringLiteral("Invalid"), QStringLiteral("namespace is required"));
    if (r.namespaced && !objNs.isEmpty() && objNs != useNs)
        return StoreResult::fail(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("the namespace of the provided object does not match the namespace sent on the request"));
    auto &objs = m_objects[resKey(r)];
    const QString key = keyFor(useNs, name);
    if (objs.contains(key))
        return StoreResult::fail(409, QStringLiteral("AlreadyExists"),
                                 QStringLiteral("%1.%2 \"%3\" already exists").arg(r.plural, r.group, name));
    meta.insert(QLatin1String("name"), name);
    if (r.namespaced)
        meta.insert(QLatin1String("namespace"), useNs);
    meta.insert(QLatin1String("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    meta.insert(QLatin1String("creationTimestamp"), rfc3339(QDateTime::currentDateTimeUtc()));
    meta.insert(QLatin1String("generation"), 1);
    if (!dryRun)
        meta.insert(QLatin1String("resourceVersion"), QString::number(++m_rv));
    obj.insert(QLatin1String("metadata"), meta);
    obj.insert(QLatin1String("apiVersion"), r.apiVersion());
    obj.insert(QLatin1String("kind"), r.kind);
    if (dryRun)
        return StoreResult{201, {}, {}, obj};
    QByteArray text;
    obj = settled(obj, &text);
    objs.insert(key, obj);
    reindex(resKey(r), key, nullptr, &obj);
    commit(r, "ADDED", obj, {}, text);
    return StoreResult{201, {}, {}, obj};
}

StoreResult ObjectStore::update(const kube::ApiResource &r, QJsonObject obj, bool dryRun)
{
    QJsonObject meta = metaOf(obj);
    const QString name = meta.value(QLatin1String("name")).toString();
    const QString ns = r.namespaced ? meta.value(QLatin1String("namespace")).toString() : QString();
    auto &objs = m_objects[resKey(r)];
    auto it = objs.find(keyFor(ns, name));
    if (it == objs.end())
        return notFound(r, name);
    const QJsonObject oldMeta = metaOf(*it);
    const QString rv = meta.value(QLatin1String("resourceVersion")).toString();
    if (!rv.isEmpty() && rv != oldMeta.value(QLatin1String("resourceVersion")).toString()) {
        // errors.NewConflict(qualifiedResource, name, ...) as the registry store answers a
        // stale resourceVersion (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go).
        const QString qualified = r.group.isEmpty() ? r.plural : r.plural + QLatin1Char('.') + r.group;
        StoreResult c = StoreResult::fail(
            409, QStringLiteral("Conflict"),
            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been "
                           "modified; please apply your changes to the latest version and try again")
                .arg(qualified, name));
        c.details = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), r.plural}};
        if (!r.group.isEmpty())
            c.details.insert(QLatin1String("group"), r.group);
        return c;
    }
    for (const char *k : {"uid", "creationTimestamp"})
        meta.insert(QLatin1String(k), oldMeta.value(QLatin1String(k)));
    if (obj.value(QLatin1String("spec")) != it->value(QLatin1String("spec")))
        meta.insert(QLatin1String("generation"), oldMeta.value(QLatin1String("generation")).toInt() + 1);
    else
        meta.insert(QLatin1String("generation"), oldMeta.value(QLatin1String("generation")));
    meta.insert(QLatin1String("resourceVersion"), dryRun ? oldMeta.value(QLatin1String("resourceVersion")) : QString::number(++m_rv));
    obj.insert(QLatin1String("metadata"), meta);
    obj.insert(QLatin1String("apiVersion"), r.apiVersion());
    obj.insert(QLatin1String("kind"), r.kind);
    if (dryRun)
        return StoreResult{200, {}, {}, obj};
    const QJsonObject before = *it;
    QByteArray text;
    obj = settled(obj, &text);
    *it = obj;
    reindex(resKey(r), it.key(), &before, &obj);
    commit(r, "MODIFIED", obj, before, text);
    return StoreResult{200, {}, {}, obj};
}

StoreResult ObjectStore::remove(const kube::ApiResource &r, const QString &ns, const QString &name, bool dryRun)
{
    auto &objs = m_objects[resKey(r)];
    auto it = objs.find(keyFor(r.namespaced ? ns : QString(), name));
    if (it == objs.end())
        return notFound(r, name);
    QJsonObject obj = *it;
    if (dryRun)
        return StoreResult{200, {}, {}, obj};
    reindex(resKey(r), it.key(), &obj, nullptr);
    objs.erase(it);
    QJsonObject meta = metaOf(obj);
    meta.insert(QLatin1String("resourceVersion"), QString::number(++m_rv));
    obj.insert(QLatin1String("metadata"), meta);
    commit(r, "DELETED", obj);
    return StoreResult{200, {}, {}, obj};
}

StoreResult ObjectStore::mutate(const kube::ApiResource &r, const QString &ns, const QString &name,
                                const std::function<void(QJsonObject &)> &fn)
{
    auto cur = get(r, ns, name);
    if (!cur)
        return notFound(r, name);
    QJsonObject obj = *cur;
    fn(obj);
    QJsonObject meta = metaOf(obj);
    meta.remove(QLatin1String("resourceVersion"));
    obj.insert(QLatin1String("metadata"), meta);
    return update(r, obj);
}

// Qt 6.4's QJsonObject keeps the bytes of every string it has replaced: an object edited again
// and again (a HostReport every sample, a VMI at each step) grows by its old values with each
// edit, and every version the history keeps carries that (measured: drover-sim at 500 hosts grew
// without end, ~2-4 MB/s). A version is stored as parsed from its own text, which has none of
// it; the text is the watch line's anyway. Populating skips it: nothing is serialised then, and
// a new object has been edited only a few times.
QJsonObject ObjectStore::settled(const QJsonObject &obj, QByteArray *text) const
{
    if (m_populating)
        return obj;
    *text = toCompactJson(obj);
    return QJsonDocument::fromJson(*text).object();
}

// The watch line of an event, {"object":…,"type":…} as toCompactJson writes it (keys sorted).
static QByteArray eventLine(const char *type, const QByteArray &objectText)
{
    QByteArray line;
    line.reserve(objectText.size() + 32);
    line.append("{\"object\":").append(objectText).append(",\"type\":\"").append(type).append("\"}\n");
    return line;
}

void ObjectStore::commit(const kube::ApiResource &r, const char *type, const QJsonObject &obj, const QJsonObject &old,
                         const QByteArray &text)
{
    if (m_populating) {
        if (m_commitHook)
            m_commitHook(resKey(r), type, obj);
        Q_EMIT changed(r, QString::fromLatin1(type), obj);
        return;
    }
    const QByteArray line = eventLine(type, text.isEmpty() ? toCompactJson(obj) : text);
    const QString rk = resKey(r);
    if (m_commitHook)
        m_commitHook(rk, type, obj);
    m_history.push_back(Event{m_rv, rk, obj, line, old, QByteArray(type)});
    while (int(m_history.size()) > m_historyLimit)
        m_history.pop_front();
    // Copy the ids first: a sink may remove its own watcher (a closed connection).
    const Event copy = m_history.back(); // the history may drop it while sinks run
    const auto ids = m_watchers.keys();
    for (int id : ids) {
        auto it = m_watchers.constFind(id);
        if (it == m_watchers.cend() || it->resKey != rk)
            continue;
        const Watcher w = *it;
        deliver(copy, w);
    }
    Q_EMIT changed(r, QString::fromLatin1(type), obj);
}

// A filtered watch sees an object enter and leave its selection as ADDED and DELETED, as the API
// server's watch cache sends them (staging/src/k8s.io/apiserver/pkg/storage/cacher/cache_watcher.go
// convertToWatchEvent).
void ObjectStore::deliver(const Event &e, const Watcher &w) const
{
    const bool now = w.filter.matches(e.object);
    const bool before = e.type == "MODIFIED" && !e.old.isEmpty() && w.filter.matches(e.old);
    if (e.type != "MODIFIED" || e.old.isEmpty() || (now && before)) {
        if (now)
            w.sink(e.line);
        return;
    }
    if (now == before)
        return;
    w.sink(eventLine(now ? "ADDED" : "DELETED", toCompactJson(e.object)));
}

int ObjectStore::addWatcher(const kube::ApiResource &r, const WatchFilter &f, const WatchStart &start,
                            WatchSink sink, bool *gone)
{
    *gone = false;
    const QString rk = resKey(r);
    if (start.initialEvents) {
        // The watch cache's initial events are the current state as synthetic ADDED events
        // (cacher.go Watch → watchCache.getAllEventsSinceLocked for resourceVersion 0; with
        // sendInitialEvents the state "not older than" the given resourceVersion, which the
        // current state always is here). Filtered as live events are, including the namespace.
        for (const QJsonObject &obj : list(r, f))
            sink(eventLine("ADDED", toCompactJson(obj)));
    } else if (start.fromRv > 0 && start.fromRv < m_rv) {
        const qint64 fromRv = start.fromRv;
        // Resuming: every event after fromRv must still be in the history.
        if (fromRv < m_compactedRv || m_history.empty() || m_history.front().rv > fromRv + 1) {
            *gone = true;
            return 0;
        }
        const Watcher w{rk, f, sink};
        for (const auto &e : m_history)
            if (e.rv > fromRv && e.resKey == rk)
                deliver(e, w);
    }
    const int id = m_nextWatcher++;
    m_watchers.insert(id, Watcher{rk, f, std::move(sink)});
    return id;
}

void ObjectStore::removeWatcher(int id)
{
    m_watchers.remove(id);
}

void ObjectStore::forEachObject(const std::function<void(const QString &, const QJsonObject &)> &fn) const
{
    for (auto r = m_objects.cbegin(); r != m_objects.cend(); ++r)
        for (const QJsonObject &obj : r.value())
            fn(r.key(), obj);
}

void ObjectStore::restore(const QString &resKey, const QString &type, const QJsonObject &obj)
{
    const QJsonObject meta = metaOf(obj);
    const QString key = keyFor(meta.value(QLatin1String("namespace")).toString(),
                               meta.value(QLatin1String("name")).toString());
    auto &objs = m_objects[resKey];
    const auto old = objs.constFind(key);
    const bool gone = type == QLatin1String("DELETED");
    reindex(resKey, key, old == objs.cend() ? nullptr : &*old, gone ? nullptr : &obj);
    if (gone)
        objs.remove(key);
    else
        objs.insert(key, obj);
    restoreRv(meta.value(QLatin1String("resourceVersion")).toString().toLongLong());
}

QByteArray ObjectStore::bookmarkLine(const kube::ApiResource &r, bool initialEventsEnd) const
{
    QJsonObject meta;
    meta.insert(QLatin1String("resourceVersion"), QString::number(m_rv));
    // cacher/util.go AnnotateInitialEventsEndBookmark.
    if (initialEventsEnd)
        meta.insert(QLatin1String("annotations"),
                    QJsonObject{{QStringLiteral("k8s.io/initial-events-end"), QStringLiteral("true")}});
    QJsonObject obj;
    obj.insert(QLatin1String("kind"), r.kind);
    obj.insert(QLatin1String("apiVersion"), r.apiVersion());
    obj.insert(QLatin1String("metadata"), meta);
    return eventLine("BOOKMARK", toCompactJson(obj));
}

} // namespace drover::sim
