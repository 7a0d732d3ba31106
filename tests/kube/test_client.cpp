// The Kubernetes client and informers against the real drover-sim over HTTPS.
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace drover;
using namespace drover::kube;

namespace {

// Runs an async call to completion (or 15 s).
template <typename R, typename Fn>
R await(Fn &&start)
{
    QObject ctx;
    std::optional<R> out;
    start(&ctx, [&out](const R &r) { out = r; });
    QDeadlineTimer deadline(15000);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    return out.value_or(R{});
}

QJsonObject vmJson(const QString &name, const QString &runStrategy = QStringLiteral("Halted"))
{
    return QJsonDocument::fromJson(QStringLiteral(R"({
      "apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine",
      "metadata": {"name": "%1", "namespace": "default", "labels": {"drover.io/os": "linux"}},
      "spec": {"runStrategy": "%2", "template": {"metadata": {"labels": {"kubevirt.io/domain": "%1"}},
        "spec": {"domain": {"cpu": {"cores": 1}, "memory": {"guest": "1Gi"},
                            "devices": {}}}}}})").arg(name, runStrategy).toUtf8()).object();
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    KubeClient *m_client = nullptr;
    ResolvedContext m_ctx;

    Response call(const std::function<void(QObject *, ResponseCallback)> &fn)
    {
        return await<Response>(fn);
    }
    void admin(const QString &what, const QString &query = {})
    {
        Response r = call([&](QObject *c, ResponseCallback cb) {
            m_client->request("POST", QStringLiteral("/drover-sim/v1/") + what, QUrlQuery(query), {}, c, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.05")}), qPrintable(m_sim.error()));
        auto kc = Kubeconfig::load({m_sim.kubeconfig()});
        QVERIFY2(kc, kc ? "" : qPrintable(kc.error().message));
        auto ctx = kc->resolve();
        QVERIFY2(ctx, ctx ? "" : qPrintable(ctx.error().message));
        m_ctx = *ctx;
        auto c = KubeClient::create(m_ctx, this);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_client = *c;
    }

    void listPagesWithContinue()
    {
        const ApiResource &vms = ApiResource::virtualMachines();
        ListResult first = await<ListResult>([&](QObject *c, ListCallback cb) {
            m_client->list(vms, {}, ListOptions{{}, {}, 7, {}, {}}, c, cb);
        });
        QVERIFY2(first.ok(), qPrintable(first.error.userMessage()));
        QCOMPARE(first.items.size(), 7);
        QVERIFY(!first.continueToken.isEmpty());
        ListResult all = await<ListResult>([&](QObject *c, ListCallback cb) { m_client->listAll(vms, {}, 7, c, cb); });
        QVERIFY(all.ok());
        QSet<QString> keys;
        for (const auto &o : all.items) {
            QCOMPARE(o.key, ObjectCache::keyOf(o.object.json())); // the simdjson key matches the object
            QCOMPARE(o.resourceVersion, o.object.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString());
            keys.insert(o.key);
        }
        QCOMPARE(keys.size(), all.items.size()); // no duplicates across pages
        QVERIFY2(all.items.size() >= 40, qPrintable(QString::number(all.items.size())));
        QVERIFY(!all.resourceVersion.isEmpty());
    }

    void crudConflictAndPatches()
    {
        const ApiResource &vms = ApiResource::virtualMachines();
        Response created = call([&](QObject *c, ResponseCallback cb) { m_client->create(vms, QStringLiteral("default"), vmJson(QStringLiteral("t-crud")), c, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
        QCOMPARE(created.httpStatus, 201);
        const QString rv = created.object[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
        QVERIFY(!rv.isEmpty());

        Response dup = call([&](QObject *c, ResponseCallback cb) { m_client->create(vms, QStringLiteral("default"), vmJson(QStringLiteral("t-crud")), c, cb); });
        QCOMPARE(dup.error.kind, ErrorKind::Conflict);
        QCOMPARE(dup.error.reason, QStringLiteral("AlreadyExists"));

        // A merge patch moves the resourceVersion on; an update from the old copy conflicts.
        Response patched = call([&](QObject *c, ResponseCallback cb) {
            m_client->patch(vms, QStringLiteral("default"), QStringLiteral("t-crud"), PatchType::Merge,
                            R"({"metadata":{"labels":{"tier":"gold"}}})", c, cb);
        });
        QVERIFY2(patched.ok(), qPrintable(patched.error.userMessage()));
        QCOMPARE(patched.object[QStringLiteral("metadata")][QStringLiteral("labels")][QStringLiteral("tier")].toString(), QStringLiteral("gold"));
        Response stale = call([&](QObject *c, ResponseCallback cb) { m_client->update(vms, created.object, c, cb); });
        QCOMPARE(stale.error.kind, ErrorKind::Conflict);
        QCOMPARE(stale.error.httpStatus, 409);
        QVERIFY(stale.error.message.contains(QStringLiteral("has been modified")));
        QVERIFY(stale.error.userMessage().contains(QStringLiteral("try again")));

        // Update from the fresh copy succeeds.
        QJsonObject fresh = patched.object;
        QJsonObject meta = fresh[QStringLiteral("metadata")].toObject();
        QJsonObject ann;
        ann.insert(QStringLiteral("note"), QStringLiteral("x"));
        meta.insert(QStringLiteral("annotations"), ann);
        fresh.insert(QStringLiteral("metadata"), meta);
        Response updated = call([&](QObject *c, ResponseCallback cb) { m_client->update(vms, fresh, c, cb); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.userMessage()));

        Response jp = call([&](QObject *c, ResponseCallback cb) {
            m_client->patch(vms, QStringLiteral("default"), QStringLiteral("t-crud"), PatchType::Json,
                            R"([{"op":"replace","path":"/metadata/labels/tier","value":"silver"},{"op":"add","path":"/metadata/labels/new","value":"1"}])", c, cb);
        });
        QVERIFY2(jp.ok(), qPrintable(jp.error.userMessage()));
        QCOMPARE(jp.object[QStringLiteral("metadata")][QStringLiteral("labels")][QStringLiteral("tier")].toString(), QStringLiteral("silver"));
        Response badJp = call([&](QObject *c, ResponseCallback cb) {
            m_client->patch(vms, QStringLiteral("default"), QStringLiteral("t-crud"), PatchType::Json,
                            R"([{"op":"replace","path":"/spec/nothere/x","value":1}])", c, cb);
        });
        QCOMPARE(badJp.error.kind, ErrorKind::Invalid);
        QVERIFY(badJp.error.message.contains(QStringLiteral("path not found")));

        Response del = call([&](QObject *c, ResponseCallback cb) { m_client->remove(vms, QStringLiteral("default"), QStringLiteral("t-crud"), c, cb); });
        QVERIFY(del.ok());
        Response gone = call([&](QObject *c, ResponseCallback cb) { m_client->get(vms, QStringLiteral("default"), QStringLiteral("t-crud"), c, cb); });
        QCOMPARE(gone.error.kind, ErrorKind::NotFound);
        QVERIFY(gone.error.message.contains(QStringLiteral("t-crud")));
    }

    void subresourcesDriveTheVm()
    {
        const ApiResource &vms = ApiResource::virtualMachines();
        Response created = call([&](QObject *c, ResponseCallback cb) { m_client->create(vms, QStringLiteral("default"), vmJson(QStringLiteral("t-life")), c, cb); });
        QVERIFY(created.ok());
        auto statusOf = [&]() {
            Response r = call([&](QObject *c, ResponseCallback cb) { m_client->get(vms, QStringLiteral("default"), QStringLiteral("t-life"), c, cb); });
            return r.object[QStringLiteral("status")][QStringLiteral("printableStatus")].toString();
        };
        auto act = [&](const QString &plural, const QString &verb, const QJsonObject &body = {}) {
            return call([&](QObject *c, ResponseCallback cb) {
                m_client->kubevirtAction(plural, QStringLiteral("default"), QStringLiteral("t-life"), verb, body, c, cb);
            });
        };
        Response start = act(QStringLiteral("virtualmachines"), QStringLiteral("start"));
        QVERIFY2(start.ok(), qPrintable(start.error.userMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Running"), 15000);
        Response again = act(QStringLiteral("virtualmachines"), QStringLiteral("start"));
        QVERIFY(!again.ok()); // already running: KubeVirt refuses
        QVERIFY(act(QStringLiteral("virtualmachineinstances"), QStringLiteral("pause")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Paused"), 15000);
        QVERIFY(act(QStringLiteral("virtualmachineinstances"), QStringLiteral("unpause")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Running"), 15000);
        QJsonObject force;
        force.insert(QStringLiteral("gracePeriod"), 0);
        QVERIFY(act(QStringLiteral("virtualmachines"), QStringLiteral("stop"), force).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Stopped"), 15000);
        Response unknown = call([&](QObject *c, ResponseCallback cb) {
            m_client->kubevirtAction(QStringLiteral("virtualmachines"), QStringLiteral("default"), QStringLiteral("nope"), QStringLiteral("start"), {}, c, cb);
        });
        QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
    }

    // An empty cache shows the first page at once and the rest in one batch when the list ends;
    // a relist (after a dropped watch) changes the cache only when its last page is in.
    void informerShowsTheFirstPageFirst()
    {
        Informer inf(m_client, ApiResource::virtualMachines());
        inf.setPageSize(7);
        QList<int> batches;     // the size of each batch the cache reported
        QList<bool> syncedThen; // and whether the informer had synced by then
        connect(inf.cache(), &ObjectCache::changed, this, [&](const QList<CacheEvent> &evs) {
            batches << int(evs.size());
            syncedThen << inf.cache()->synced();
        });
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        const int total = inf.cache()->size();
        QVERIFY(total > 14); // three pages at least
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(0), 7);         // the first page, before the list ended
        QCOMPARE(syncedThen.at(0), false);
        QCOMPARE(batches.at(1), total - 7); // the rest at once
        // Once an object arrives by watch the stream is live. Then, with the informer kept out,
        // eight objects are created (more than a page) and the history compacted: the relist
        // finds them all, and must report them in one batch when its last page is in.
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-page-probe")), c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(inf.cache()->contains(QStringLiteral("default/t-page-probe")), 15000);
        batches.clear();
        auto bypass = KubeClient::create(m_ctx, this);
        QVERIFY(bypass);
        (*bypass)->setExtraHeaders({{"X-Drover-Sim-Bypass-Faults", "true"}});
        admin(QStringLiteral("drop-watches"), QStringLiteral("outageMs=3000"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(call([&](QObject *c, ResponseCallback cb) { (*bypass)->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-page-%1").arg(i)), c, cb); }).ok());
        admin(QStringLiteral("compact"));
        QTRY_VERIFY_WITH_TIMEOUT(inf.relists() >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(inf.cache()->contains(QStringLiteral("default/t-page-7")), 15000);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0), 8);
        QStringList names{QStringLiteral("t-page-probe")};
        for (int i = 0; i < 8; ++i)
            names << QStringLiteral("t-page-%1").arg(i);
        for (const QString &name : std::as_const(names))
            QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->remove(ApiResource::virtualMachines(), QStringLiteral("default"), name, c, cb); }).ok());
    }

    // A burst of several read chunks (3,000 VMI updates, MBs) to a consumer slower than a slice:
    // the informer yields to the event loop between chunks (a queued call to itself when its
    // slice is over, or the next wake-up of its socket when it has taken what was there) instead
    // of holding the GUI thread for the whole burst, and loses nothing. Told by a zero-interval
    // timer, which ticks only when the event loop runs: it must tick between the burst's first
    // applied batch and its last.
    void informerTakesABurstInSlices()
    {
        Informer inf(m_client, ApiResource::virtualMachineInstances());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        int ticks = 0, batches = 0, ticksAtFirstBatch = -1, ticksAtLastBatch = -1;
        QTimer loop;
        loop.setInterval(0);
        connect(&loop, &QTimer::timeout, this, [&ticks] { ++ticks; });
        loop.start();
        connect(inf.cache(), &ObjectCache::changed, this, [&] {
            QThread::msleep(5); // a slow view
            ++batches;
            if (ticksAtFirstBatch < 0)
                ticksAtFirstBatch = ticks;
            ticksAtLastBatch = ticks;
        });
        admin(QStringLiteral("churn"), QStringLiteral("count=3000"));
        const auto lastSeen = [&] {
            for (const QString &k : inf.cache()->keys())
                if (inf.cache()->get(k).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject().value(
                        QStringLiteral("drover.io/heartbeat")) == QStringLiteral("2999"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastSeen(), 30000);
        QVERIFY2(batches > 1, qPrintable(QStringLiteral("the burst came in %1 batch(es)").arg(batches)));
        QVERIFY2(ticksAtLastBatch > ticksAtFirstBatch,
                 "the whole burst was taken in one go: the event loop did not run in between");
    }

    void informerCatchesUpAfterDroppedWatch()
    {
        Informer inf(m_client, ApiResource::virtualMachines());
        QHash<QString, int> added, deleted;
        connect(inf.cache(), &ObjectCache::changed, this, [&](const QList<CacheEvent> &evs) {
            for (const auto &e : evs) {
                if (e.type == CacheEvent::Added)
                    ++added[e.key];
                if (e.type == CacheEvent::Deleted)
                    ++deleted[e.key];
            }
        });
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        // "synced" means listed; the watch may still be on its way. An object arriving by watch
        // proves it is live, so the drop below really cuts a stream (under ASan it was racing).
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-gap-probe")), c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!inf.cache()->get(QStringLiteral("default/t-gap-probe")).isEmpty(), 15000);
        const int before = inf.cache()->size();
        QVERIFY(before >= 41);
        // Cut the stream, then change things while the informer is away.
        admin(QStringLiteral("drop-watches"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-gap-%1").arg(i)), c, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(inf.cache()->size(), before + 5, 15000);
        QVERIFY(inf.reconnects() >= 1);
        QCOMPARE(inf.relists(), 2); // a broken stream relists: current only when the list ends
        for (int i = 0; i < 5; ++i)
            QCOMPARE(added.value(QStringLiteral("default/t-gap-%1").arg(i)), 1); // exactly once
        for (int i = 0; i < 5; ++i)
            QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->remove(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("t-gap-%1").arg(i), c, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(inf.cache()->size(), before, 15000);
        QCOMPARE(deleted.value(QStringLiteral("default/t-gap-0")), 1);
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->remove(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("t-gap-probe"), c, cb); }).ok());
    }

    void informerRelistsOnGone()
    {
        Informer inf(m_client, ApiResource::virtualMachines());
        QHash<QString, int> added, deleted;
        connect(inf.cache(), &ObjectCache::changed, this, [&](const QList<CacheEvent> &evs) {
            for (const auto &e : evs) {
                if (e.type == CacheEvent::Added)
                    ++added[e.key];
                if (e.type == CacheEvent::Deleted)
                    ++deleted[e.key];
            }
        });
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-old")), c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(inf.cache()->contains(QStringLiteral("default/t-old")), 15000);
        // Cut the stream and keep the informer out (a 3 s outage) while one object is deleted
        // and one created, then compact: the resume gets 410 Gone and must relist, and the
        // relist has both kinds of difference to find. The changes go through a client that the
        // simulator's faults leave alone.
        auto bypass = KubeClient::create(m_ctx, this);
        QVERIFY(bypass);
        (*bypass)->setExtraHeaders({{"X-Drover-Sim-Bypass-Faults", "true"}});
        admin(QStringLiteral("drop-watches"), QStringLiteral("outageMs=3000"));
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { (*bypass)->remove(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("t-old"), c, cb); }).ok());
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { (*bypass)->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("t-new")), c, cb); }).ok());
        admin(QStringLiteral("compact"));
        QTRY_VERIFY_WITH_TIMEOUT(inf.relists() >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(inf.cache()->contains(QStringLiteral("default/t-new")), 15000);
        QVERIFY(!inf.cache()->contains(QStringLiteral("default/t-old")));
        QCOMPARE(added.value(QStringLiteral("default/t-new")), 1);
        QCOMPARE(deleted.value(QStringLiteral("default/t-old")), 1);
        QVERIFY(call([&](QObject *c, ResponseCallback cb) { m_client->remove(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("t-new"), c, cb); }).ok());
    }

    void informerRidesOutServerErrors()
    {
        Informer inf(m_client, ApiResource::nodes());
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        QSignalSpy recovered(&inf, &Informer::recovered);
        admin(QStringLiteral("fail"), QStringLiteral("count=2&code=503"));
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
        const auto e = errors.first().first().value<KubeError>();
        QCOMPARE(e.kind, ErrorKind::Unavailable);
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 15000);
        QVERIFY(inf.cache()->size() >= 6);
    }

    void informerHonoursRetryAfter()
    {
        QCOMPARE(KubeError::fromHttp(429, R"({"kind":"Status","code":429,"reason":"TooManyRequests","details":{"retryAfterSeconds":3}})", {})
                     .retryAfterSeconds, 3);
        // A 429 with Retry-After: 2: the informer's next try waits for it, not its own first
        // backoff (0.5 s).
        Informer inf(m_client, ApiResource::nodes());
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        QElapsedTimer since;
        qint64 waited = -1;
        connect(&inf, &Informer::errorOccurred, this, [&] { since.start(); });
        connect(&inf, &Informer::synced, this, [&] { waited = since.elapsed(); });
        admin(QStringLiteral("fail"), QStringLiteral("count=1&code=429&retryAfter=2"));
        inf.start();
        QTRY_VERIFY_WITH_TIMEOUT(waited >= 0, 15000);
        QCOMPARE(errors.size(), 1);
        const auto e = errors.first().first().value<KubeError>();
        QCOMPARE(e.kind, ErrorKind::TooManyRequests);
        QCOMPARE(e.retryAfterSeconds, 2);
        QVERIFY2(waited >= 2000, qPrintable(QString::number(waited)));
    }

    void wrongTokenIsUnauthorized()
    {
        ResolvedContext bad = m_ctx;
        bad.user.token = QStringLiteral("not-the-token");
        auto c = KubeClient::create(bad, this);
        QVERIFY(c);
        Response r = call([&](QObject *ctx, ResponseCallback cb) { (*c)->get(ApiResource::nodes(), {}, QStringLiteral("x"), ctx, cb); });
        QCOMPARE(r.error.kind, ErrorKind::Unauthorized);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("401")));
    }

    void untrustedCaIsATlsError()
    {
        ResolvedContext bad = m_ctx;
        bad.cluster.caPem.clear(); // the system store does not know the simulator's CA
        auto c = KubeClient::create(bad, this);
        QVERIFY(c);
        Response r = call([&](QObject *ctx, ResponseCallback cb) { (*c)->get(ApiResource::nodes(), {}, QStringLiteral("x"), ctx, cb); });
        QCOMPARE(r.error.kind, ErrorKind::Tls);
        QVERIFY2(r.error.userMessage().contains(QStringLiteral("certificate")), qPrintable(r.error.userMessage()));
    }

    void wrongNameIsATlsError()
    {
        ResolvedContext bad = m_ctx;
        bad.cluster.tlsServerName = QStringLiteral("api.example.org");
        auto c = KubeClient::create(bad, this);
        QVERIFY(c);
        Response r = call([&](QObject *ctx, ResponseCallback cb) { (*c)->get(ApiResource::nodes(), {}, QStringLiteral("x"), ctx, cb); });
        QCOMPARE(r.error.kind, ErrorKind::Tls);
        QVERIFY2(r.error.message.contains(QStringLiteral("host name")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QStringLiteral("name checked: api.example.org")), qPrintable(r.error.message));
    }

    void unreachableServerIsANetworkError()
    {
        ResolvedContext bad = m_ctx;
        bad.cluster.server = QStringLiteral("https://127.0.0.1:1");
        auto c = KubeClient::create(bad, this);
        QVERIFY(c);
        Response r = call([&](QObject *ctx, ResponseCallback cb) { (*c)->get(ApiResource::nodes(), {}, QStringLiteral("x"), ctx, cb); });
        QCOMPARE(r.error.kind, ErrorKind::Network);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("Cannot reach")));
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestClient)
#include "test_client.moc"
