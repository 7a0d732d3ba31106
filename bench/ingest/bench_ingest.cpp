// bench_ingest: a 500-host / 10,000-VM drover-sim over HTTPS; list every VM and VMI, then stream
// rounds of 100,000 VMI watch events into the informer caches and the VM table model.
// Prints figures per round, the medians, and a final RESULT line.
//
// events_per_s is wall-clock from the first replayed event to the last (the simulator's TLS
// writes share the machine); events_per_core_s divides by this process's own CPU time
// (user+sys, the network thread included): the client's real cost per event.
#include "BenchStats.h"
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"
#include "VmTableModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace drover;

static double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static bool waitFor(const std::function<bool()> &cond, int ms)
{
    // Sleep in the event loop until something arrives (a tick bounds the wait): a busy
    // processEvents() loop would bill its own polling to the client's CPU time.
    QTimer tick;
    tick.start(20);
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int hosts = 500, vms = 10000, events = 100000, rounds = 5;
    if (qEnvironmentVariableIsEmpty("DROVER_SIM_BIN"))
        qputenv("DROVER_SIM_BIN", (QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/drover-sim")).toUtf8());

    test::SimProcess sim;
    if (!sim.start({QStringLiteral("--generate"), QStringLiteral("%1:%2").arg(hosts).arg(vms),
                    QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--watch-history"),
                    QString::number(events + 20000)}, 120000)) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(sim.error()));
        return 1;
    }
    auto kc = kube::Kubeconfig::load({sim.kubeconfig()});
    auto ctx = kc ? kc->resolve() : Result<kube::ResolvedContext>::failure(kc.error());
    if (!ctx) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(ctx.error().message));
        return 1;
    }
    auto client = kube::KubeClient::create(*ctx);
    if (!client) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(client.error().message));
        return 1;
    }
    const double rssBase = bench::statusMb("VmRSS:");
    kube::Informer vmInf(*client, kube::ApiResource::virtualMachines());
    kube::Informer vmiInf(*client, kube::ApiResource::virtualMachineInstances());
    models::VmTableModel model(vmInf.cache(), vmiInf.cache());
    qint64 vmiEvents = 0;
    QObject::connect(vmiInf.cache(), &kube::ObjectCache::changed, &app,
                     [&](const QList<kube::CacheEvent> &evs) { vmiEvents += evs.size(); });

    QElapsedTimer listTimer;
    listTimer.start();
    vmInf.start();
    vmiInf.start();
    if (!waitFor([&] { return vmInf.cache()->synced() && vmiInf.cache()->synced() && model.rowCount() == vms; }, 120000)) {
        std::fprintf(stderr, "bench_ingest: the initial list did not arrive (rows %d)\n", model.rowCount());
        return 1;
    }
    const qint64 listMs = listTimer.elapsed();
    const int running = vmiInf.cache()->size();
    std::printf("listed %d VMs and %d VMIs into the model in %lld ms; rss %.1f MB (baseline %.1f MB)\n",
                vms, running, static_cast<long long>(listMs), bench::statusMb("VmRSS:"), rssBase);

    // Each round: end the watches as kube-apiserver does when a watch's timeout passes, and answer
    // the informers' resumes with 429 Too Many Requests (Retry-After: 1) while the simulator makes
    // 100,000 VMI updates; then let them through. The VMI informer resumes from its last
    // resourceVersion and the server replays the backlog as fast as TLS carries it, so the round
    // measures the client's ingest path (TLS, line splitting, simdjson, cache, model) rather than
    // how fast the simulator can produce events. The rate is counted from the first replayed event.
    // (An outage or a cut stream would not do: since the soak test's fixes the informer relists
    // after a 5xx or a broken stream, as it must after a server restart, and a list replays nothing.)
    auto admin = kube::KubeClient::create(*ctx); // its requests pass the simulated outage
    (*admin)->setExtraHeaders({{"X-Drover-Sim-Bypass-Faults", "true"}});
    auto post = [&](const QString &what, const QString &query) {
        std::optional<kube::Response> r;
        QObject ctxObj;
        (*admin)->request("POST", QStringLiteral("/drover-sim/v1/") + what, QUrlQuery(query), {}, &ctxObj,
                          [&](const kube::Response &resp) { r = resp; });
        return waitFor([&] { return r.has_value(); }, 60000) && r->error.ok();
    };
    auto serverRv = [&]() -> qint64 {
        std::optional<kube::ListResult> l;
        QObject ctxObj;
        kube::ListOptions o;
        o.limit = 1;
        (*admin)->list(kube::ApiResource::virtualMachineInstances(), {}, o, &ctxObj,
                       [&](const kube::ListResult &r) { l = r; });
        return waitFor([&] { return l.has_value(); }, 60000) && l->ok() ? l->resourceVersion.toLongLong() : -1;
    };

    std::vector<double> wallRates, cpuRates, mainRates;
    for (int round = 0; round < rounds; ++round) {
        const qint64 target = vmiEvents + events;
        const qint64 rv0 = serverRv();
        if (!post(QStringLiteral("fail"), QStringLiteral("count=1000000000&code=429&retryAfter=1")) ||
            !post(QStringLiteral("end-watches"), {}) ||
            !post(QStringLiteral("churn"), QStringLiteral("count=%1").arg(events)) ||
            !waitFor([&] { return serverRv() >= rv0 + events; }, 300000) ||
            !post(QStringLiteral("fail"), QStringLiteral("count=0&code=429"))) {
            std::fprintf(stderr, "bench_ingest: round %d: the simulator did not make its updates\n", round + 1);
            return 1;
        }
        const qint64 before = vmiEvents;
        if (!waitFor([&] { return vmiEvents > before; }, 120000)) { // the informer's backoff
            std::fprintf(stderr, "bench_ingest: round %d: the informer did not resume\n", round + 1);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const double main0 = bench::threadCpuSeconds(); // the GUI thread: the ingest code Drover owns
        const qint64 first = vmiEvents;
        if (!waitFor([&] { return vmiEvents >= target; }, 300000)) {
            std::fprintf(stderr, "bench_ingest: round %d: only %lld of %d events arrived\n", round + 1,
                         static_cast<long long>(vmiEvents - (target - events)), events);
            return 1;
        }
        QCoreApplication::processEvents(); // let the model flush its last batch
        const double wall = double(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const double mainCpu = bench::threadCpuSeconds() - main0;
        const double n = double(vmiEvents - first);
        mainRates.push_back(n / mainCpu);
        wallRates.push_back(n / wall);
        cpuRates.push_back(n / cpu);
        std::printf("round %d: %.0f events in %.3f s wall, %.3f s client CPU (%.3f s GUI thread): %.0f events/s, "
                    "%.0f events/s per client core, %.0f per GUI-thread core; rss %.1f MB, peak %.1f MB; relists %d\n",
                    round + 1, n, wall, cpu, mainCpu, n / wall, n / cpu, n / mainCpu, bench::statusMb("VmRSS:"),
                    bench::statusMb("VmHWM:"), vmiInf.relists());
    }
    if (model.rowCount() != vms) {
        std::fprintf(stderr, "bench_ingest: the model has %d rows, expected %d\n", model.rowCount(), vms);
        return 1;
    }
    const double rss = bench::statusMb("VmRSS:");
    std::printf("median of %d rounds: %.0f events/s wall, %.0f events/s per client core, %.0f per GUI-thread core; "
                "rss %.1f MB, peak %.1f MB\n",
                rounds, bench::median(wallRates), bench::median(cpuRates), bench::median(mainRates), rss, bench::statusMb("VmHWM:"));
    std::printf("RESULT events_per_s=%.0f events_per_core_s=%.0f events_per_gui_core_s=%.0f rss_mb=%.1f peak_rss_mb=%.1f "
                "list_ms=%lld vms=%d\n",
                bench::median(wallRates), bench::median(cpuRates), bench::median(mainRates), rss, bench::statusMb("VmHWM:"),
                static_cast<long long>(listMs), vms);
    sim.stop();
    return 0;
}
