#pragma once
// The VMs a view was told changed and has not shown yet, and which of them still wait for their
// summaries (VmSummaryStore::prepare builds them off the GUI thread): the view's own flush shows
// the ready ones, so a batch that arrives while an earlier one is being built is not built a
// second time on the GUI thread; a flush asked for directly takes them all (get() builds the rest).
// Threading: GUI thread.
#include "ObjectCache.h"
#include "VmSummaryStore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace drover::models {

class PendingVms
{
public:
    // These changed: the store builds the summaries of the modified ones off the GUI thread, then
    // ready() is called (unless receiver, the view, is gone): the view's cue to flush. Added and
    // deleted ones are ready at once (a list, a VM created or started: the view builds them as it
    // shows them, so what a synced cache lists is on screen in the same turn, as before).
    void add(const QList<kube::CacheEvent> &events, VmSummaryStore &store, QObject *receiver, std::function<void()> ready)
    {
        QList<QString> keys;
        for (const kube::CacheEvent &e : events) {
            m_keys.insert(e.key);
            if (e.type == kube::CacheEvent::Modified) {
                keys.append(e.key);
                ++m_building[e.key];
            } else {
                m_whole.insert(e.key);
            }
        }
        if (keys.isEmpty() && !events.isEmpty()) {
            ready();
            return;
        }
        if (!keys.isEmpty())
            store.prepare(keys, receiver, [this, keys, ready = std::move(ready)] {
                built(keys);
                ready();
            });
    }
    // The keys ready to show; *whole gets those of them that came, or went, since they were last
    // taken (an Added or Deleted event: a list, a VM created or started), which a view shows in
    // the turn it takes them, where it may show modified ones over several (kube::turn).
    QSet<QString> takeReady(QSet<QString> *whole)
    {
        QSet<QString> ready;
        if (m_building.isEmpty()) {
            ready = std::exchange(m_keys, {});
        } else {
            for (auto it = m_keys.begin(); it != m_keys.end();) {
                if (m_building.contains(*it)) {
                    ++it;
                } else {
                    ready.insert(*it);
                    it = m_keys.erase(it);
                }
            }
        }
        for (const QString &k : std::as_const(ready))
            if (m_whole.remove(k))
                whole->insert(k);
        return ready;
    }
    QSet<QString> takeAll()
    {
        m_building.clear();
        m_whole.clear();
        return std::exchange(m_keys, {});
    }
    void insertReady(const QString &key) { m_keys.insert(key); }
    void clear()
    {
        m_keys.clear();
        m_building.clear();
        m_whole.clear();
    }

private:
    void built(const QList<QString> &keys)
    {
        for (const QString &k : keys) {
            const auto it = m_building.find(k);
            if (it != m_building.end() && --*it <= 0)
                m_building.erase(it);
        }
    }

    QSet<QString> m_keys;
    QHash<QString, int> m_building; // key -> batches of it still being built
    QSet<QString> m_whole;          // keys added or deleted since they were last taken
};

} // namespace drover::models
