#pragma once
// Typed values kept beside an informer's cache, decoded once per change instead of on every
// planning pass (a 10,000-VMI cluster decodes in tens of milliseconds: too slow to repeat each
// time a drain re-plans). Follows the cache's batches; values() is in key order, so planners
// that sort nothing themselves still see one order.
// Threading: the cache's thread.
#include "ObjectCache.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace drover::ops {

template <typename T>
class DecodedCache
{
public:
    // Binds to cache (may be null: then empty) and decodes what it holds. context scopes the
    // connection; rebinding drops the old one.
    void bind(kube::ObjectCache *cache, QObject *context)
    {
        QObject::disconnect(m_connection);
        m_values.clear();
        m_cache = cache;
        if (!cache)
            return;
        for (auto it = cache->objects().cbegin(); it != cache->objects().cend(); ++it)
            put(it.key(), it.value().json());
        m_connection = QObject::connect(cache, &kube::ObjectCache::changed, context,
                                        [this](const QList<kube::CacheEvent> &events) {
                                            for (const kube::CacheEvent &e : events) {
                                                if (e.type == kube::CacheEvent::Deleted)
                                                    m_values.remove(e.key);
                                                else
                                                    put(e.key, e.object.json());
                                            }
                                        });
    }
    QList<T> values() const { return m_values.values(); }
    const QMap<QString, T> &map() const { return m_values; }
    bool bound() const { return !m_cache.isNull(); }

private:
    void put(const QString &key, const QJsonObject &json)
    {
        if (auto v = T::fromJson(json))
            m_values.insert(key, *v);
        else
            m_values.remove(key); // undecodable: better absent than stale
    }

    QPointer<kube::ObjectCache> m_cache;
    QMetaObject::Connection m_connection;
    QMap<QString, T> m_values;
};

} // namespace drover::ops
