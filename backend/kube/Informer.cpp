#include "Informer.h"

#include "CostClock.h"
#include "KubeClient.h"
#include "KubeTr.h"
#include "TurnBudget.h"
#include "WatchReply.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace drover::kube {

// Bytes read from a watch at once: one read cannot be cut, and a read from the reply took 1-3 ms
// of CPU at up to 1 MiB here (bench_stall: two such reads of host reports were 4.4 ms of a 5 ms stall).
static constexpr qint64 kReadChunk = 256 * 1024;
// What the reply may hold unread before the network thread stops reading the socket: a replayed
// backlog stays there instead of piling up in memory.
static constexpr qint64 kBackPressure = 4 << 20;
// A drained read buffer bigger than this is let go: ten idle watches would otherwise each keep
// what a burst (or the first chunk after a list) grew theirs to. One that holds a read and a
// partial line stays: freed, it would be allocated (and its pages faulted in) anew at every burst.
static constexpr qsizetype kKeepBuffer = 2 * kReadChunk;

Informer::Informer(KubeClient *client, const ApiResource &resource, const QString &ns,
                   QObject *parent)
    : QObject(parent), m_client(client), m_resource(resource), m_ns(ns),
      m_cache(new ObjectCache(this)), m_nam(new QNetworkAccessManager(this)),
      m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::PreciseTimer); // a coarse one may fire 5% early, before a Retry-After
}

Informer::~Informer()
{
    stop();
}

void Informer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_inError = false;
    m_backoffMs = 0;
    relist();
}

void Informer::stop()
{
    m_running = false;
    ++m_epoch; // a watch parked on the credential must not open after a stop
    m_retry->stop();
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->abort();
        m_watch->deleteLater();
        m_watch = nullptr; // a stop from an errorOccurred handler ends the read loop
    }
}

void Informer::relist()
{
    if (!m_running)
        return;
    ++m_relists;
    // An empty cache takes the first page at once, so views show the first objects while the
    // rest arrive; the rest come in one batch at the end (synced() waits for it): at 10,000 VMs
    // a batch per page cost the views 0.3-0.5 s more than one. A relist replaces at the end
    // only: a cache that was whole must not show half of a newer list over half of an older one.
    ListCallback onPage;
    if (m_cache->size() == 0)
        onPage = [this](const ListResult &page) {
            if (!m_running || m_cache->size() > 0)
                return;
            cost::Measure caching(cost::Step::Cache, m_resource.plural);
            for (const ListItem &item : page.items)
                m_cache->apply(CacheEvent::Added, item.key, item.resourceVersion, item.object);
            caching.stop();
            flushCache();
        };
    m_client->listAll(m_resource, m_ns, m_pageSize, this, [this](const ListResult &l) {
        if (!m_running)
            return;
        if (!l.ok()) {
            // A 401 here was already answered with one credential refresh and retry (send()).
            scheduleRetry(l.error, true);
            return;
        }
        cost::Measure caching(cost::Step::Cache, m_resource.plural);
        m_cache->replace(l.items);
        caching.stop();
        flushCache();
        m_rv = l.resourceVersion;
        m_cache->setSynced(true);
        clearError();
        Q_EMIT synced();
        watch();
    }, m_selectors, onPage);
}

void Informer::watch()
{
    if (!m_running)
        return;
    // The stream is opened with the current credential, so wait for one (an exec plugin may be
    // running) rather than open it without.
    const quint64 epoch = m_epoch;
    m_client->withCredential(this, [this, epoch](const KubeError &e) {
        if (!m_running || epoch != m_epoch)
            return;
        if (!e.ok()) {
            scheduleRetry(e, false);
            return;
        }
        openWatch();
    });
}

void Informer::openWatch()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("resourceVersion"), m_rv);
    q.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_watchTimeout));
    if (!m_selectors.labelSelector.isEmpty())
        q.addQueryItem(QStringLiteral("labelSelector"), m_selectors.labelSelector);
    if (!m_selectors.fieldSelector.isEmpty())
        q.addQueryItem(QStringLiteral("fieldSelector"), m_selectors.fieldSelector);
    QNetworkRequest req = m_client->makeRequest(m_resource.collectionPath(m_ns), q);
    m_watchCredential = m_client->credentialGeneration();
    m_buffer.clear();
    m_gone = false;
    m_watch = new WatchReply(req, this);
    m_watch->setReadBufferSize(kBackPressure);
    connect(m_watch, &QNetworkReply::readyRead, this, &Informer::onWatchData);
    connect(m_watch, &QNetworkReply::finished, this, &Informer::onWatchFinished);
}

void Informer::onWatchData()
{
    if (!m_watch)
        return;
    const int status = m_watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body: read whole in onWatchFinished
    // Work through what arrived in bounded chunks, each applied to the cache as one batch, so a
    // burst of events costs bounded memory and views see progress while it lasts. Lines are
    // handled until this turn of the event loop has used its share (turn::Slice, shared with the
    // other sliced work); the rest, read or not, waits for the next turn.
    const turn::Slice slice;
    for (;;) {
        bool sliceOver = false;
        qsizetype start = 0;
        for (;;) { // first the whole lines already read
            const qsizetype nl = m_buffer.indexOf('\n', start);
            if (nl < 0)
                break;
            if (nl > start)
                handleLine(m_buffer.constData() + start, nl - start);
            start = nl + 1;
            if (m_gone || !m_watch)
                break;
            if (slice.over()) {
                sliceOver = true;
                break;
            }
        }
        if (start > 0) {
            m_buffer.remove(0, start);
            flushCache();
        }
        if (m_gone || !m_watch)
            break;
        if (sliceOver) {
            resumeLater();
            break;
        }
        if (m_watch->bytesAvailable() <= 0)
            break;
        // Read into the buffer's own storage: a fresh block per read would be mmap'ed and
        // page-faulted in every time (a sixth of the client's CPU in bench_ingest, at 1 MiB reads).
        // Only as much as is there: a trickle of small events keeps a small buffer.
        const qint64 want = qMin(kReadChunk, m_watch->bytesAvailable());
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + want);
        const qint64 got = m_watch->read(m_buffer.data() + kept, want);
        m_buffer.resize(kept + qMax<qint64>(got, 0));
    }
    if (m_buffer.isEmpty() && m_buffer.capacity() > kKeepBuffer)
        m_buffer = QByteArray();
    if (m_gone && m_watch)
        m_watch->abort(); // finished() follows and relists
}

void Informer::flushCache()
{
    cost::Measure viewing(cost::Step::Views, m_resource.plural);
    m_cache->flush();
}

void Informer::resumeLater()
{
    if (m_resumeQueued)
        return;
    m_resumeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_resumeQueued = false;
            onWatchData();
        },
        Qt::QueuedConnection);
}

void Informer::handleLine(const char *data, qsizetype size)
{
    cost::Measure decoding(cost::Step::Decode, m_resource.plural);
    // The rest of the read buffer follows the line: with enough of it, the line is parsed in place.
    const qsizetype room = m_buffer.constData() + m_buffer.capacity() - (data + size);
    const JsonProjection *printed = m_cache->printedFields();
    Result<WatchLine> parsed = m_parser.parse(data, size, room, printed);
    decoding.stop();
    if (!parsed) {
        // A stream we cannot read is not trusted further: drop it and resume from the last good rv.
        KubeError e;
        e.kind = ErrorKind::Decode;
        e.httpStatus = 200;
        e.message = Tr::tr("unreadable watch event (%1)").arg(parsed.error().message);
        e.server = m_client->server();
        Q_EMIT errorOccurred(e);
        if (m_watch)
            m_watch->abort();
        return;
    }
    WatchLine &ev = *parsed;
    if (ev.type == "ERROR") {
        const QJsonObject status = QJsonDocument::fromJson(ev.object).object();
        const int code = status.value(QLatin1String("code")).toInt();
        if (code == 410)
            m_gone = true;
        else
            Q_EMIT errorOccurred(KubeError::fromHttp(code ? code : 500, ev.object, m_client->server()));
        return;
    }
    const QString key = ev.ns.isEmpty() ? ev.name : ev.ns + QLatin1Char('/') + ev.name;
    if (!m_selectors.strip.isEmpty() && ev.type != "BOOKMARK")
        ev.object = m_selectors.strip.apply(ev.object);
    cost::Measure caching(cost::Step::Cache, m_resource.plural);
    const auto object = [&] { // the print was read before strip: equal prints still mean equal kept fields
        return printed ? LazyObject(std::move(ev.object), ev.print, *printed) : LazyObject(std::move(ev.object));
    };
    if (ev.type == "ADDED")
        m_cache->apply(CacheEvent::Added, key, ev.resourceVersion, object());
    else if (ev.type == "MODIFIED")
        m_cache->apply(CacheEvent::Modified, key, ev.resourceVersion, object());
    else if (ev.type == "DELETED")
        m_cache->apply(CacheEvent::Deleted, key, ev.resourceVersion, object());
    else if (ev.type != "BOOKMARK")
        return;
    if (!ev.resourceVersion.isEmpty())
        m_rv = ev.resourceVersion;
    // Recovered once the resumed stream delivers (what was missed comes first), not on its 200:
    // a 200 whose first event is a 410 ERROR still has a relist to go.
    if (m_inError)
        clearError();
}

void Informer::onWatchFinished()
{
    QNetworkReply *reply = m_watch;
    if (!reply)
        return;
    m_watch = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_gone || status == 410) {
        relist();
        return;
    }
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // The server ended the watch (its timeout): resume at once from the last rv.
        ++m_reconnects;
        watch();
        return;
    }
    if (status == 200) {
        // The stream broke (connection lost) or we dropped it (bad data). Relist with backoff:
        // a resume would replay what was missed over several reads while the first replayed
        // event already made the cache look current (seen in the soak test); the list is one
        // consistent read, current when it ends.
        ++m_reconnects;
        KubeError e;
        e.kind = ErrorKind::Network;
        e.message = reply->errorString();
        e.server = m_client->server();
        scheduleRetry(e, true);
        return;
    }
    Response r = m_client->toResponse(reply);
    if (r.error.kind == ErrorKind::Unauthorized)
        m_client->credentialRejected(m_watchCredential); // the retry waits for the new one
    ++m_reconnects;
    // Unreachable or failing (5xx): the server may have restarted, and resuming would replay all
    // it missed meanwhile while claiming to be current (kube-apiserver 1.20 replays the backlog
    // after a restart instead of 410). A relist is one consistent read: current when it ends.
    scheduleRetry(r.error, r.error.kind == ErrorKind::Network || r.httpStatus >= 500);
}

void Informer::scheduleRetry(const KubeError &e, bool relistNext)
{
    if (!m_inError) {
        m_inError = true;
        const quint64 epoch = m_epoch;
        Q_EMIT errorOccurred(e);
        if (epoch != m_epoch || !m_running)
            return; // a handler stopped us (and may have started afresh): no retry of this one
    }
    m_backoffMs = m_backoffMs == 0 ? 500 : qMin(m_backoffMs * 2, 30000);
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    // Never sooner than the server asked (429, a starting API server's 503: Retry-After).
    const int asked = qMin(e.retryAfterSeconds, 300) * 1000;
    m_retry->disconnect(this);
    connect(m_retry, &QTimer::timeout, this, relistNext ? &Informer::relist : &Informer::watch);
    m_retry->start(qMax(m_backoffMs + jitter, asked));
}

void Informer::clearError()
{
    m_backoffMs = 0;
    if (m_inError) {
        m_inError = false;
        Q_EMIT recovered();
    }
}

} // namespace drover::kube
