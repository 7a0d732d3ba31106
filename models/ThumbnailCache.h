#pragma once
// Small live pictures of running VMs' screens, from KubeVirt's vnc/screenshot subresource (a
// PNG). Lazy: only the keys a view says are visible are fetched, at most `refresh` often each,
// a few requests at a time; the rest are never asked for. A failed or garbled screenshot leaves
// the last picture and is tried again later.
// Threading: GUI thread.
#include "KubeClient.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace drover::models {

class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    void setClient(kube::KubeClient *client); // clears: another cluster
    void setThumbnailSize(const QSize &size) { m_size = size; }
    QSize thumbnailSize() const { return m_size; }
    void setRefreshMs(int ms) { m_refreshMs = ms; }

    // The VMs ("ns/name") on screen now; fetches what is missing or stale.
    void want(const QStringList &keys);
    QImage thumbnail(const QString &key) const { return m_entries.value(key).image; }
    // How many screenshots were requested per key (tests: invisible rows stay at 0).
    int requestsFor(const QString &key) const { return m_entries.value(key).requests; }

Q_SIGNALS:
    void updated(const QString &key);

private:
    struct Entry
    {
        QImage image;
        qint64 fetchedAt = 0; // msecs; 0 = never
        bool inFlight = false;
        int requests = 0;
    };
    void pump();

    QPointer<kube::KubeClient> m_client;
    QHash<QString, Entry> m_entries;
    QStringList m_wanted;
    QSize m_size{128, 96};
    int m_refreshMs = 10000;
    int m_inFlight = 0;
    static constexpr int kMaxInFlight = 4;
};

} // namespace drover::models
