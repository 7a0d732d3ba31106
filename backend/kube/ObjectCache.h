#pragma once
// The objects of one kind as last seen from the API server, keyed by "namespace/name".
// Changes are reported in batches: one signal per applied watch chunk or relist, so models can
// update incrementally without a reset per event.
#include "JsonProjection.h"
#include "LazyObject.h"
#include "WatchLine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace drover::kube {

struct CacheEvent
{
    enum Type { Added, Modified, Deleted };
    Type type = Added;
    QString key;
    LazyObject object; // for Deleted: the last state seen; parsed when first read
};

class ObjectCache : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static QString keyOf(const QJsonObject &obj);
    int size() const { return int(m_objects.size()); }
    bool contains(const QString &key) const { return m_objects.contains(key); }
    QJsonObject get(const QString &key) const { return m_objects.value(key).json(); }
    LazyObject getLazy(const QString &key) const { return m_objects.value(key); }
    QString resourceVersion(const QString &key) const { return m_rvs.value(key); }
    QList<QString> keys() const { return m_objects.keys(); }
    const QHash<QString, LazyObject> &objects() const { return m_objects; }
    bool synced() const { return m_synced; }
    // Objects the informer reads from watch events carry the print of these fields
    // (LazyObject::printFor): a reader that decodes them (models::VmSummaryStore) knows an update
    // that left them as they were (a heartbeat) without reading it. Null: none asked for. Objects
    // know the projection by its rules' address: give one that outlives them (a static one).
    void setPrintedFields(const JsonProjection &fields) { m_printed = fields; }
    const JsonProjection *printedFields() const { return m_printed.rules() ? &m_printed : nullptr; }

    // Apply one watch event (ADDED/MODIFIED/DELETED) to the pending batch.
    void apply(CacheEvent::Type type, const QJsonObject &obj);
    // The same for an event read without parsing the object (see WatchLine).
    void apply(CacheEvent::Type type, const QString &key, const QString &rv, const LazyObject &obj);
    // Replace everything with a fresh list, queueing the difference as events: objects gone from
    // the list become Deleted, changed ones Modified (by resourceVersion), new ones Added.
    void replace(const QList<ListItem> &items);
    // Emit what apply()/replace() queued as one batch. No signal when nothing changed.
    void flush();

Q_SIGNALS:
    void changed(const QList<drover::kube::CacheEvent> &events);
    void syncedChanged(bool synced);

private:
    friend class Informer;
    void setSynced(bool s);
    QHash<QString, LazyObject> m_objects;
    QHash<QString, QString> m_rvs; // key -> resourceVersion, to drop replayed events unparsed
    QList<CacheEvent> m_pending;
    bool m_synced = false;
    JsonProjection m_printed;
};

} // namespace drover::kube
