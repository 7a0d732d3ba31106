#pragma once
// list+watch for one kind, as client-go's reflector does it: list (paged), then watch from the
// list's resourceVersion with bookmarks; on a dropped stream resume from the last seen
// resourceVersion; on 410 Gone relist and reconcile the cache (no lost or duplicated updates);
// on errors back off (0.5 s doubling to 30 s, with jitter; never sooner than a Retry-After) and
// try again.
//
// Lists go through the informer's own QNetworkAccessManager; the watch stream, a long-lived
// HTTP/1.1 response, through a WatchReply: a connection of its own read on this thread (see
// WatchReply.h for why not the manager's).
#include "ApiResource.h"
#include "KubeClient.h"
#include "KubeError.h"
#include "ObjectCache.h"
#include "WatchLine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace drover::kube {

class KubeClient;

class Informer : public QObject
{
    Q_OBJECT
public:
    // ns empty: all namespaces. The cache is owned by the informer.
    Informer(KubeClient *client, const ApiResource &resource, const QString &ns = {},
             QObject *parent = nullptr);
    ~Informer() override;

    ObjectCache *cache() const { return m_cache; }
    const ApiResource &resource() const { return m_resource; }
    QString lastResourceVersion() const { return m_rv; }
    int relists() const { return m_relists; }
    int reconnects() const { return m_reconnects; }
    void setPageSize(int n) { m_pageSize = n; }
    // Only the objects these select (e.g. fieldSelector spec.nodeName=HOST for one host's pods),
    // on the list and on the watch alike. Set before start().
    void setSelectors(const QString &labelSelector, const QString &fieldSelector)
    {
        m_selectors.labelSelector = labelSelector;
        m_selectors.fieldSelector = fieldSelector;
    }
    // Fields dropped from every object before the cache keeps it, listed and watched alike (see
    // FieldStrip; droverd's lean caches). Set before start().
    void setStrip(const FieldStrip &strip) { m_selectors.strip = strip; }
    // How long the server may keep one watch open (it closes it; we resume). Default 300 s.
    void setWatchTimeoutSeconds(int s) { m_watchTimeout = s; }

    // The namespace listed and watched (empty: all). Change it only while stopped (before
    // start(), or after stop()); the next list replaces the cache's content with the new scope's.
    void setNamespace(const QString &ns) { m_ns = ns; }
    QString ns() const { return m_ns; }

    // start() after stop() begins afresh: a new list, and a failure is reported again.
    void start();
    void stop();

Q_SIGNALS:
    // The first list arrived (and after each relist).
    void synced();
    // Something failed; the informer retries by itself. Emitted once per failure streak change.
    void errorOccurred(const drover::kube::KubeError &error);
    // Back to normal after an error.
    void recovered();

private:
    void relist();
    void watch();
    void openWatch();
    void onWatchData();
    void onWatchFinished();
    void resumeLater(); // the rest of a burst in the next turn of the event loop
    void flushCache(); // the batch to the views, its cost measured (CostClock)
    void handleLine(const char *data, qsizetype size);
    void scheduleRetry(const KubeError &e, bool relistNext);
    void clearError();

    KubeClient *m_client;
    ApiResource m_resource;
    QString m_ns;
    ListOptions m_selectors;
    ObjectCache *m_cache;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_watch;
    QTimer *m_retry;
    QString m_rv;
    QByteArray m_buffer;
    WatchLineParser m_parser;
    quint64 m_epoch = 0;           // bumped by stop(): stale parked callbacks do nothing
    quint64 m_watchCredential = 0; // the credential the open watch was sent with
    int m_pageSize = 500;
    int m_watchTimeout = 300;
    int m_backoffMs = 0;
    int m_relists = 0;
    int m_reconnects = 0;
    bool m_running = false;
    bool m_inError = false;
    bool m_gone = false;
    bool m_resumeQueued = false; // the rest of a burst is queued for the next slice
};

} // namespace drover::kube
