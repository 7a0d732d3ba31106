// ApiServer: fault injection (drop, cut mid-line, compact, fail, outage) and load (churn), and
// their admin endpoints.
#include "ApiServer.h"
#include "GuestAgentJson.h"
#include "JsonOut.h"
#include "LeasePool.h"
#include "VmiJson.h"
#include "WatchStream.h"

#include <QTimer>

namespace drover::sim {

// Tests arrange faults with a client that the faults leave alone.
bool ApiServer::injectFault(const QHttpServerRequest &req, QTcpSocket *socket)
{
    if (req.value("X-Drover-Sim-Bypass-Faults") == "true")
        return false;
    const auto answer = m_faults.take();
    if (answer)
        respondFault(req, socket, *answer);
    return answer.has_value();
}

void ApiServer::addFaultEndpoints()
{
    using Done = SimAdmin::Done;
    m_admin.addAction(QStringLiteral("drop-watches"), [this](const QUrlQuery &q) -> Result<Done> {
        const int n = activeWatches();
        // outageMs: the API answers 503 for that long after the cut, as an unreachable server.
        m_faults.outage(q.queryItemValue(QStringLiteral("outageMs")).toInt());
        // midChunk=true: each stream is cut inside its next event (see dropWatches).
        dropWatches(q.queryItemValue(QStringLiteral("midChunk")) == QLatin1String("true"));
        return Done{QStringLiteral("dropped %1 watches").arg(n)};
    });
    m_admin.addAction(QStringLiteral("end-watches"), [this](const QUrlQuery &) -> Result<Done> {
        // Each stream ends as kube-apiserver ends a watch whose timeout passed: a clean last chunk,
        // after which a client resumes from its last resourceVersion (a cut one relists).
        const int n = activeWatches();
        endWatches();
        return Done{QStringLiteral("ended %1 watches").arg(n)};
    });
    m_admin.addAction(QStringLiteral("compact"), [this](const QUrlQuery &) -> Result<Done> {
        compactHistory();
        return Done{QStringLiteral("history compacted")};
    });
    m_admin.addAction(QStringLiteral("fail"), [this](const QUrlQuery &q) -> Result<Done> {
        m_faults.failNext(q.queryItemValue(QStringLiteral("count")).toInt(), q.queryItemValue(QStringLiteral("code")).toInt(),
                          q.queryItemValue(QStringLiteral("retryAfter")).toInt());
        return Done{QStringLiteral("failing the next %1 requests").arg(m_faults.queuedFailures())};
    });
    m_admin.addAction(QStringLiteral("churn"), [this](const QUrlQuery &q) -> Result<Done> {
        // count: VMI updates; shownEvery=K: every K-th one also gives the guest another address
        // (a field a VM view shows), the rest change only an annotation (most real VMI updates
        // change nothing a view shows).
        bool countOk = false, everyOk = true;
        const int n = q.queryItemValue(QStringLiteral("count")).toInt(&countOk);
        const QString every = q.queryItemValue(QStringLiteral("shownEvery"));
        const int shownEvery = every.isEmpty() ? 0 : every.toInt(&everyOk);
        if (!countOk || n <= 0)
            return Result<Done>::failure(QStringLiteral("count must be a positive number of updates, not \"%1\"")
                                             .arg(q.queryItemValue(QStringLiteral("count"))));
        if (!everyOk || shownEvery < 0)
            return Result<Done>::failure(
                QStringLiteral("shownEvery must be a number of updates (0: none), not \"%1\"").arg(every));
        QTimer::singleShot(0, this, [this, n, shownEvery] { churn({n, shownEvery}); });
        return Done{QStringLiteral("%1 updates queued").arg(n), true};
    });
}

void ApiServer::dropWatches(bool midLine)
{
    const auto streams = m_watches;
    for (WatchStream *s : streams) {
        if (midLine)
            s->cutMidLine();
        else
            s->cut();
    }
}

void ApiServer::endWatches()
{
    const auto streams = m_watches;
    for (WatchStream *s : streams)
        s->finish();
}

void ApiServer::compactHistory()
{
    m_store->compactHistory();
}

// An injected failure written as kube-apiserver writes a Status; with Retry-After (header and
// details.retryAfterSeconds) as its max-in-flight filter sends 429 and a not-ready storage 503
// (staging/src/k8s.io/apiserver/pkg/server/filters/maxinflight.go, apierrors.NewTooManyRequests).
void ApiServer::respondFault(const QHttpServerRequest &req, QTcpSocket *socket, const FaultPlan::Answer &a)
{
    if (a.retryAfterSeconds <= 0) {
        respondStatus(req, socket, a.code, a.reason, a.message);
        return;
    }
    const QJsonObject details{{QStringLiteral("retryAfterSeconds"), a.retryAfterSeconds}};
    makeResponder(req, socket)
        .write(statusJson(a.code, a.reason, a.message, details),
               {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(a.retryAfterSeconds)}},
               QHttpServerResponder::StatusCode(a.code));
}

QStringList ApiServer::nextChurnKeys(int n)
{
    QStringList keys;
    QString after = m_churnAfter;
    while (keys.size() < n) {
        const ObjectStore::Page page =
            m_store->listPage(kube::ApiResource::virtualMachineInstances(), {}, after, int(n - keys.size()));
        if (page.items.isEmpty() && after.isEmpty())
            break; // no VMIs
        for (const auto &item : page.items)
            keys << item.first;
        after = page.items.isEmpty() ? QString() : keys.last(); // at the end: from the first again
    }
    if (!keys.isEmpty())
        m_churnAfter = keys.last();
    return keys;
}

// Touches VMIs round-robin, each request going on where the last stopped: update n writes the
// annotation drover.io/heartbeat=n (n counts every update the server made, so each changes the
// object); every shownEvery-th also renews the guest's address. In slices so the server keeps
// serving meanwhile.
void ApiServer::churn(Churn c)
{
    if (c.remaining <= 0)
        return;
    const auto &vmis = kube::ApiResource::virtualMachineInstances();
    const QStringList keys = nextChurnKeys(qMin(c.remaining, 2000));
    if (keys.isEmpty())
        return;
    for (const QString &key : keys) {
        const qint64 n = m_churned++;
        const bool shown = c.shownEvery > 0 && n % c.shownEvery == 0;
        if (shown && !m_leases)
            m_leases = new LeasePool(m_store); // kept current from here on
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        (void)m_store->mutate(vmis, key.left(slash), key.mid(slash + 1), [&](QJsonObject &o) {
            QJsonObject m = o.value(QLatin1String("metadata")).toObject();
            QJsonObject a = m.value(QLatin1String("annotations")).toObject();
            a.insert(QStringLiteral("drover.io/heartbeat"), QString::number(n));
            m.insert(QLatin1String("annotations"), a);
            o.insert(QLatin1String("metadata"), m);
            const QString ip = firstIp(o);
            if (shown && !ip.isEmpty() && hasGuestAgent(o)) // else virt-handler knows the pod IP only
                setGuestAddress(o, m_leases->renew(ip));
        });
    }
    c.remaining -= int(keys.size());
    QTimer::singleShot(0, this, [this, c] { churn(c); });
}
} // namespace drover::sim
