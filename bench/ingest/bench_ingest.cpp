// bench_ingest: a 500-host / 10,000-VM drover-sim over HTTPS; list every VM and VMI, then stream
// rounds of 100,000 VMI watch events into the informer caches and the VM table model.
// Prints figures per round, the medians, and a final RESULT line.
//
// events_per_s is wall-clock (bounded by the simulator producing events on the other core);
// events_per_core_s divides by this process's own CPU time (user+sys), the client's real cost.
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"
#include "VmTableModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

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

static double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

static bool waitFor(const std::function<bool()> &cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int hosts = 500, vms = 10000, events = 100000, rounds = 3;
    if (qEnvironmentVariableIsEmpty("DROVER_SIM_BIN"))
        qputenv("DROVER_SIM_BIN", (QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/drover-sim")).toUtf8());

    test::SimProcess sim;
    if (!sim.start({QStringLiteral("--generate"), QStringLiteral("%1:%2").arg(hosts).arg(vms),
                    QStringLiteral("--time-scale"), QStringLiteral("0")}, 120000)) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(sim.error()));
        return 1;
    }
    auto kc = kube::Kubeconfig::load({sim.kubeconfig()});
    auto ctx = kc ? kc->resolve() : Result<kube::ResolvedContext>::failure(kc.error());
    if (!ctx) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(ctx.error()));
        return 1;
    }
    auto client = kube::KubeClient::create(*ctx);
    if (!client) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(client.error()));
        return 1;
    }
    const double rssBase = statusMb("VmRSS:");
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
                vms, running, static_cast<long long>(listMs), statusMb("VmRSS:"), rssBase);

    std::vector<double> wallRates, cpuRates;
    for (int round = 0; round < rounds; ++round) {
        const qint64 target = vmiEvents + events;
        std::optional<kube::Response> churn;
        QObject ctxObj;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        (*client)->request("POST", QStringLiteral("/drover-sim/v1/churn"),
                           QUrlQuery(QStringLiteral("count=%1").arg(events)), {}, &ctxObj,
                           [&](const kube::Response &r) { churn = r; });
        if (!waitFor([&] { return vmiEvents >= target; }, 300000)) {
            std::fprintf(stderr, "bench_ingest: round %d: only %lld of %d events arrived\n", round,
                         static_cast<long long>(vmiEvents - (target - events)), events);
            return 1;
        }
        QCoreApplication::processEvents(); // let the model flush its last batch
        const double wall = double(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        wallRates.push_back(events / wall);
        cpuRates.push_back(events / cpu);
        std::printf("round %d: %d events in %.2f s wall, %.2f s client CPU: %.0f events/s, %.0f events/s per client core; rss %.1f MB\n",
                    round + 1, events, wall, cpu, events / wall, events / cpu, statusMb("VmRSS:"));
    }
    if (model.rowCount() != vms) {
        std::fprintf(stderr, "bench_ingest: the model has %d rows, expected %d\n", model.rowCount(), vms);
        return 1;
    }
    const double rss = statusMb("VmRSS:");
    std::printf("median of %d rounds: %.0f events/s wall, %.0f events/s per client core; rss %.1f MB, peak %.1f MB\n",
                rounds, median(wallRates), median(cpuRates), rss, statusMb("VmHWM:"));
    std::printf("RESULT events_per_s=%.0f events_per_core_s=%.0f rss_mb=%.1f peak_rss_mb=%.1f list_ms=%lld vms=%d\n",
                median(wallRates), median(cpuRates), rss, statusMb("VmHWM:"), static_cast<long long>(listMs), vms);
    sim.stop();
    return 0;
}
