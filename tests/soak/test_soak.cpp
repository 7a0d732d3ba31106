// Soak: a streaming Informer survives the API server dying and coming back, connections cut
// (also in the middle of an event), 410/429/500/503 with Retry-After and compacted history,
// while a writer keeps changing VMs. Afterwards the cache must equal the server's objects
// exactly (names and resourceVersions), and the soak prints, and requires to be 0: lost updates,
// duplicate events, and seconds the informer was shown as up to date while it was stale.
//
// Two servers: drover-sim (restarted with --state-file, so objects and resourceVersions go on as
// on an API server restarted on its etcd), and the real kube-apiserver v1.20.2 with its own etcd
// (test::ApiServer; killed and restarted, etcd compacted). The real one cannot be told to answer
// 429/500/503 or to cut a stream mid-event: the simulator run covers those.
#include "ApiServer.h"
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"
#include "SoakHarness.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <functional>

using namespace drover;
using namespace drover::kube;

namespace {

constexpr int kNames = 40;        // VMs the writer works on
constexpr int kWriteMs = 15;      // one write at most this often
constexpr int kGraceMs = 1000;    // an acknowledged write may take this long to reach the cache
constexpr int kWritesPerFault = 25; // acknowledged writes after each fault before the next
const QString kNs = QStringLiteral("soak");

template <typename R, typename Fn>
R await(Fn &&start, int timeoutMs = 15000)
{
    QObject ctx;
    std::optional<R> out;
    start(&ctx, [&out](const R &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out.value_or(R{});
}

struct Fault
{
    QString name;
    std::function<bool()> inject; // false: the fault could not be arranged (the test fails)
};

// What a fault may use: the informer under test, a client the simulator's faults leave alone,
// and the writer (to let the server move on while the informer is away).
struct SoakRun
{
    Informer &informer;
    KubeClient *admin;
    test::SoakWriter &writer;
    // The writer got n more writes acknowledged (false after 10 s).
    bool awaitWrites(int n) const
    {
        const int until = writer.acknowledged() + n;
        return QTest::qWaitFor([&] { return writer.acknowledged() >= until; }, 10000);
    }
};

// Objects whose resourceVersion in the cache differs from the server's, or that only one has.
int lostUpdates(const ObjectCache *cache, const ListResult &server, QStringList *detail)
{
    QHash<QString, QString> want;
    for (const ListItem &i : server.items)
        want.insert(i.key, i.resourceVersion);
    int lost = 0;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (cache->resourceVersion(it.key()) != it.value()) {
            ++lost;
            *detail << QStringLiteral("%1: server %2, cache %3")
                           .arg(it.key(), it.value(), cache->contains(it.key()) ? cache->resourceVersion(it.key()) : QStringLiteral("absent"));
        }
    for (const QString &k : cache->keys())
        if (!want.contains(k)) {
            ++lost;
            *detail << QStringLiteral("%1: gone from the server, cache %2").arg(k, cache->resourceVersion(k));
        }
    return lost;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private:
    KubeClient *client(const QString &kubeconfig, bool bypassFaults)
    {
        auto kc = Kubeconfig::load({kubeconfig});
        if (!kc)
            return nullptr;
        auto ctx = kc->resolve();
        if (!ctx)
            return nullptr;
        auto c = KubeClient::create(*ctx, this);
        if (!c)
            return nullptr;
        // drover-sim's faults leave the writer and the checks alone: only the informer meets them.
        if (bypassFaults)
            (*c)->setExtraHeaders({{"X-Drover-Sim-Bypass-Faults", "true"}});
        return *c;
    }

    // The informer dropped its stream and failed to reconnect once (the server is down).
    static void awaitReconnectFailure(const Informer &inf)
    {
        const int before = inf.reconnects();
        (void)QTest::qWaitFor([&] { return inf.reconnects() >= before + 2; }, 5000);
    }

    void runSoak(const QString &server, const QString &kubeconfig, bool sim,
                 const std::function<QList<Fault>(const SoakRun &)> &makeFaults, int rounds,
                 int minRelists)
    {
        KubeClient *watcher = client(kubeconfig, false);
        KubeClient *writerClient = client(kubeconfig, sim);
        KubeClient *checker = client(kubeconfig, sim);
        QVERIFY(watcher && writerClient && checker);
        const Response ns = await<Response>([&](QObject *c, ResponseCallback cb) {
            checker->create(ApiResource::namespaces(), {}, QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), kNs}}}}, c, cb);
        });
        QVERIFY2(ns.ok() || ns.error.kind == ErrorKind::Conflict, qPrintable(ns.error.userMessage()));

        QElapsedTimer clock;
        clock.start();
        Informer inf(watcher, ApiResource::virtualMachines(), kNs);
        inf.setWatchTimeoutSeconds(7); // the server ends each watch now and then: resumes too
        test::SoakWriter writer(writerClient, kNs, kNames, &clock);
        test::SoakMeter meter(&inf, &writer, &clock, kGraceMs);
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(QTest::qWaitFor([&] { return synced.size() > 0; }, 15000));
        writer.start(kWriteMs);
        meter.start(100);

        const QList<Fault> faults = makeFaults(SoakRun{inf, checker, writer});
        int injected = 0;
        QStringList unrecovered;
        for (int round = 0; round < rounds; ++round) {
            for (const Fault &f : faults) {
                const int before = writer.acknowledged();
                const qint64 t0 = clock.elapsed();
                QVERIFY2(f.inject(), qPrintable(f.name));
                ++injected;
                // Recovered: the writer got on, and the cache shows everything acknowledged.
                const bool ok = QTest::qWaitFor([&] {
                    return writer.acknowledged() >= before + kWritesPerFault && meter.claimsUpToDate() &&
                           meter.staleKeys(clock.elapsed() + kGraceMs).isEmpty();
                }, 30000);
                qInfo("SOAK server=%s fault=%s recovered=%s in %lld ms", qPrintable(server), qPrintable(f.name),
                      ok ? "yes" : "NO", clock.elapsed() - t0);
                if (!ok)
                    unrecovered << f.name;
            }
        }
        writer.stop();
        QVERIFY(QTest::qWaitFor([&] { return writer.idle(); }, 20000));

        // Catch up: the server's objects now, and the cache equal to them (re-listed while the
        // server's own controllers may still move something).
        int lost = -1;
        QStringList detail;
        QDeadlineTimer deadline(30000);
        while (lost != 0 && !deadline.hasExpired()) {
            const ListResult now = await<ListResult>([&](QObject *c, ListCallback cb) {
                checker->listAll(ApiResource::virtualMachines(), kNs, 500, c, cb);
            });
            QVERIFY2(now.ok(), qPrintable(now.error.userMessage()));
            (void)QTest::qWaitFor([&] { QStringList d; return lostUpdates(inf.cache(), now, &d) == 0; }, 3000);
            detail.clear();
            lost = lostUpdates(inf.cache(), now, &detail);
        }
        const qint64 stale = qRound64(meter.staleSeconds() * 10);
        qInfo("SOAK server=%s lost=%d duplicates=%d stale_seconds=%.1f events=%d faults=%d writes=%d "
              "write_failures=%d relists=%d reconnects=%d seconds=%.1f",
              qPrintable(server), lost, meter.duplicates(), meter.staleSeconds(), meter.events(), injected,
              writer.acknowledged(), writer.failed(), inf.relists(), inf.reconnects(), clock.elapsed() / 1000.0);
        QVERIFY2(lost == 0, qPrintable(detail.join(QStringLiteral("\n"))));
        QCOMPARE(meter.duplicates(), 0);
        QCOMPARE(stale, qint64(0));
        QVERIFY2(unrecovered.isEmpty(), qPrintable(QStringLiteral("not recovered after: ") + unrecovered.join(QStringLiteral(", "))));
        QVERIFY(meter.events() > rounds * faults.size() * kWritesPerFault / 2);
        // The 410 path was taken: resumes from a forgotten resourceVersion relisted.
        QVERIFY2(inf.relists() >= minRelists, qPrintable(QString::number(inf.relists())));
        inf.stop();
    }

private Q_SLOTS:
    void simSoak()
    {
        test::SimProcess sim;
        const QString scenario = qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/scenarios/small.yaml");
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--scenario"), scenario,
                            QStringLiteral("--state-file"), sim.dir() + QStringLiteral("/state.jsonl")}),
                 qPrintable(sim.error()));
        runSoak(QStringLiteral("sim"), sim.kubeconfig(), true, [&](const SoakRun &run) {
            KubeClient *admin = run.admin;
            auto post = [admin](const QString &what, const QString &query = {}) {
                const Response r = await<Response>([&](QObject *c, ResponseCallback cb) {
                    admin->request("POST", QStringLiteral("/drover-sim/v1/") + what, QUrlQuery(query), {}, c, cb);
                });
                return r.ok();
            };
            // An answer armed for the informer's next requests, then its stream cut to meet them.
            auto failing = [post](const QString &query) {
                return [post, query] { return post(QStringLiteral("fail"), query) && post(QStringLiteral("drop-watches")); };
            };
            // behind: the informer kept out (503s) while the writer moves the server on first, so
            // that it resumes from before what the server has forgotten (410 Gone, relist).
            auto restart = [&sim, run, post](int signal, bool behind) {
                return [&sim, run, post, signal, behind] {
                    if (behind && !(post(QStringLiteral("drop-watches"), QStringLiteral("outageMs=5000")) && run.awaitWrites(10)))
                        return false;
                    sim.kill(signal);
                    awaitReconnectFailure(run.informer); // the informer meets a dead server first
                    return sim.restart();
                };
            };
            return QList<Fault>{
                {QStringLiteral("drop"), [post] { return post(QStringLiteral("drop-watches")); }},
                {QStringLiteral("drop-mid-chunk"), [post] { return post(QStringLiteral("drop-watches"), QStringLiteral("midChunk=true")); }},
                {QStringLiteral("429+Retry-After"), failing(QStringLiteral("count=2&code=429&retryAfter=1"))},
                {QStringLiteral("503+Retry-After"), failing(QStringLiteral("count=2&code=503&retryAfter=1"))},
                {QStringLiteral("500"), failing(QStringLiteral("count=2&code=500"))},
                {QStringLiteral("compact"), [post, run] {
                     return post(QStringLiteral("drop-watches"), QStringLiteral("outageMs=1500")) && run.awaitWrites(10) &&
                            post(QStringLiteral("compact"));
                 }},
                {QStringLiteral("SIGKILL+restart"), restart(SIGKILL, false)},
                {QStringLiteral("outage"), [post] { return post(QStringLiteral("drop-watches"), QStringLiteral("outageMs=1500")); }},
                {QStringLiteral("SIGTERM+restart-behind"), restart(SIGTERM, true)},
            };
        }, 2, 1 + 2 * 2); // compact and restart-behind relist, twice each
    }

    void apiServerSoak()
    {
        if (test::ApiServer::binary().isEmpty())
            QSKIP("the real kube-apiserver runs as the CTest test test_soak_apiserver");
        test::ApiServer api;
        QVERIFY2(api.start(), qPrintable(api.error()));
        QVERIFY2(api.installCrds(), qPrintable(api.error()));
        runSoak(QStringLiteral("apiserver"), api.kubeconfig(), false, [&](const SoakRun &run) {
            auto restart = [&api, run](bool compact) {
                return [&api, run, compact] {
                    // Compacted etcd: the restarted server's watch cache starts after the
                    // informer's resourceVersion, so it must relist (410) and lose nothing.
                    if (compact && !api.compactEtcd())
                        return false;
                    api.killApiServer();
                    awaitReconnectFailure(run.informer);
                    return api.restartApiServer();
                };
            };
            return QList<Fault>{
                {QStringLiteral("SIGKILL+restart"), restart(false)},
                {QStringLiteral("etcd-compact+SIGKILL+restart"), restart(true)},
            };
        }, 1, 1);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "test_soak.moc"
