#include "ObjectCache.h"

#include <QSet>

namespace drover::kube {

static QString rvOf(const QJsonObject &obj)
{
    return obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

QString ObjectCache::keyOf(const QJsonObject &obj)
{
    const QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    const QString ns = meta.value(QLatin1String("namespace")).toString();
    const QString name = meta.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

void ObjectCache::apply(CacheEvent::Type type, const QJsonObject &obj)
{
    apply(type, keyOf(obj), rvOf(obj), LazyObject(obj));
}

void ObjectCache::apply(CacheEvent::Type type, const QString &key, const QString &rv,
                        const LazyObject &obj)
{
    if (key.isEmpty())
        return;
    auto it = m_objects.find(key);
    if (type == CacheEvent::Deleted) {
        if (it == m_objects.end())
            return; // already gone: a duplicate delete
        m_objects.erase(it);
        m_rvs.remove(key);
        m_pending.append({CacheEvent::Deleted, key, obj});
        return;
    }
    if (it != m_objects.end()) {
        QString &known = m_rvs[key];
        if (known == rv)
            return; // the same version again (a resumed watch replaying it)
        *it = obj;
        known = rv;
        m_pending.append({CacheEvent::Modified, key, obj});
    } else {
        m_objects.insert(key, obj);
        m_rvs.insert(key, rv);
        m_pending.append({CacheEvent::Added, key, obj});
    }
}

void ObjectCache::replace(const QList<ListItem> &items)
{
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const auto &item : items) {
        seen.insert(item.key);
        apply(CacheEvent::Modified, item.key, item.resourceVersion, item.object); // Added or Modified, skipped when unchanged
    }
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (!seen.contains(it.key())) {
            m_pending.append({CacheEvent::Deleted, it.key(), it.value()});
            m_rvs.remove(it.key());
            it = m_objects.erase(it);
        } else {
            ++it;
        }
    }
}

void ObjectCache::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<CacheEvent> batch;
    batch.swap(m_pending);
    Q_EMIT changed(batch);
}

void ObjectCache::setSynced(bool s)
{
    if (s == m_synced)
        return;
    m_synced = s;
    Q_EMIT syncedChanged(s);
}

} // namespace drover::kube
