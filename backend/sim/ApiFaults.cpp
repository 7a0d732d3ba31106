// ApiServer: fault injection (drop, cut mid-line, compact, fail, outage) and load (churn), and
// their admin endpoints.
#include "ApiServer.h"
#include "JsonOut.h"
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
        const int n = q.queryItemValue(QStringLiteral("count")).toInt();
        QTimer::singleShot(0, this, [this, n] { churn(n, 0); });
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

// Touches VMIs round-robin (an annotation), in slices so the server keeps serving meanwhile.
void ApiServer::churn(int remaining, int offset)
{
    const auto &vmis = kube::ApiResource::virtualMachineInstances();
    const QList<QJsonObject> all = m_store->list(vmis);
    if (all.isEmpty() || remaining <= 0)
        return;
    const int slice = qMin(remaining, 2000);
    for (int i = 0; i < slice; ++i) {
        const QJsonObject meta = all[(offset + i) % all.size()].value(QLatin1String("metadata")).toObject();
        const int n = offset + i;
        (void)m_store->mutate(vmis, meta.value(QLatin1String("namespace")).toString(),
                              meta.value(QLatin1String("name")).toString(), [n](QJsonObject &o) {
                                  QJsonObject m = o.value(QLatin1String("metadata")).toObject();
                                  QJsonObject a = m.value(QLatin1String("annotations")).toObject();
                                  a.insert(QStringLiteral("drover.io/heartbeat"), QString::number(n));
                                  m.insert(QLatin1String("annotations"), a);
                                  o.insert(QLatin1String("metadata"), m);
                              });
    }
    QTimer::singleShot(0, this, [this, remaining, offset, slice] { churn(remaining - slice, offset + slice); });
}
} // namespace drover::sim
