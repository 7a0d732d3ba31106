// bench_droverd: droverd against a 500-host / 10,000-VM drover-sim with 100 SnapshotSchedules
// (each naming 100 VMs of one namespace, daily at 02:00 Europe/Berlin, keep-last 7). Three runs
// of the real droverd binary, measured from outside through /proc and its debug log:
//  1. defaults (a pass every 10 s), idle: time to its first pass (listing the cluster), CPU
//     seconds over the next idle minute, RSS;
//  2. a pass every 0.2 s for 20 s: pass time median and p99 (a pass = observe, plan 100
//     schedules over 10,000 VMs, write what changed);
//  3. its clock run fast to the 02:00 firing: 10,000 snapshots taken, how long they took, peak RSS.
// Goals: steady RSS <= 100 MB (issue 12), and the firing's peak (VmHWM, the start included)
// under the memory limit droverd's Deployment sets, or it would be OOM-killed at 02:00.
// Ends with one RESULT line.
#include "ApiResource.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include "BenchStats.h"
#include "BenchWait.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace drover;
using bench::spin;
using bench::waitFor;

namespace {

double cpuSeconds(qint64 pid) // utime + stime
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

struct Droverd
{
    QProcess process;
    QString log;
    void start(const QString &kubeconfig, const QStringList &extra)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&process, &QProcess::readyRead, &process, [this] { log += QString::fromUtf8(process.readAll()); });
        process.start(QStringLiteral(DROVERD_BIN), QStringList{QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--listen"),
                                                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--log-level"), QStringLiteral("debug"),
                                                               QStringLiteral("--lease-name"), QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid())} + extra);
    }
    qint64 pid() const { return process.processId(); }
    QList<double> passMs() const
    {
        QList<double> out;
        static const QRegularExpression re(QStringLiteral("pass: \\d+ schedules, \\d+ taken, \\d+ pruned, \\d+ errors in ([0-9.]+) ms"));
        for (auto it = re.globalMatch(log); it.hasNext();)
            out << it.next().captured(1).toDouble();
        return out;
    }
    void stop()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
};

// 100 schedules, each naming up to 100 VMs of one namespace.
bool createSchedules(kube::KubeClient *client)
{
    QMap<QString, QStringList> byNs;
    bool listed = false;
    client->listAll(kube::ApiResource::virtualMachines(), {}, 500, client, [&](const kube::ListResult &r) {
        for (const kube::ListItem &i : r.items) {
            const QJsonObject meta = i.object.json().value(QLatin1String("metadata")).toObject();
            byNs[meta.value(QLatin1String("namespace")).toString()] << meta.value(QLatin1String("name")).toString();
        }
        listed = true;
    });
    if (!waitFor([&] { return listed; }, 60000))
        return false;
    int made = 0, answered = 0, failed = 0;
    for (auto it = byNs.cbegin(); it != byNs.cend(); ++it) {
        const int chunks = std::max(1, int((it.value().size() + 99) / 100));
        for (int c = 0; c < chunks; ++c) {
            const QStringList names = it.value().mid(qsizetype(c) * it.value().size() / chunks, (qsizetype(c) + 1) * it.value().size() / chunks - qsizetype(c) * it.value().size() / chunks);
            const QJsonObject body{{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
                                   {QStringLiteral("kind"), QStringLiteral("SnapshotSchedule")},
                                   {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("nightly-%1").arg(c)}}},
                                   {QStringLiteral("spec"), QJsonObject{{QStringLiteral("schedule"), QStringLiteral("0 2 * * *")},
                                                                        {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
                                                                        {QStringLiteral("vmNames"), QJsonArray::fromStringList(names)},
                                                                        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepLast"), 7}}}}}};
            ++made;
            client->create(kube::ApiResource::snapshotSchedules(), it.key(), body, client, [&](const kube::Response &r) {
                ++answered;
                failed += r.ok() ? 0 : 1;
            });
        }
    }
    std::printf("created %d schedules over %lld namespaces\n", made, static_cast<long long>(byNs.size()));
    return waitFor([&] { return answered == made; }, 60000) && failed == 0;
}

// limits: {memory: NMi} of the Deployment's manifest, in MB; 0 when not found.
double deploymentLimitMb()
{
    QFile f(QStringLiteral(DROVERD_DEPLOYMENT));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression re(QStringLiteral("limits:\\s*\\{\\s*memory:\\s*(\\d+)Mi"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() * 1.048576 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DROVER_SIM_BIN"))
        qputenv("DROVER_SIM_BIN", QByteArrayLiteral(DROVER_SIM_BIN));
    test::SimProcess sim;
    if (!sim.start({QStringLiteral("--generate"), QStringLiteral("500:10000"), QStringLiteral("--time-scale"), QStringLiteral("0")}, 120000)) {
        std::fprintf(stderr, "bench_droverd: %s\n", qPrintable(sim.error()));
        return 1;
    }
    auto kc = kube::Kubeconfig::load({sim.kubeconfig()});
    auto ctx = kc ? kc->resolve() : Result<kube::ResolvedContext>::failure(kc.error());
    auto client = ctx ? kube::KubeClient::create(*ctx) : Result<kube::KubeClient *>::failure(ctx.error());
    if (!client || !createSchedules(*client)) {
        std::fprintf(stderr, "bench_droverd: cannot set up the schedules\n");
        return 1;
    }

    // 1. Defaults, idle.
    Droverd idle;
    QElapsedTimer t;
    t.start();
    idle.start(sim.kubeconfig(), {});
    if (!waitFor([&] { return !idle.passMs().isEmpty(); }, 120000)) {
        std::fprintf(stderr, "bench_droverd: no pass in 120 s:\n%s\n", qPrintable(idle.log));
        return 1;
    }
    const double firstPassS = double(t.elapsed()) / 1000;
    const double cpu0 = cpuSeconds(idle.pid());
    std::vector<double> idleSamples; // RSS once a second over the idle minute
    for (int s = 0; s < 60; ++s) {
        spin(1000);
        idleSamples.push_back(bench::statusMb("VmRSS:", idle.pid()));
    }
    const double idleCpuPerMin = cpuSeconds(idle.pid()) - cpu0;
    const double idleRss = bench::median(idleSamples), idleRssMax = *std::max_element(idleSamples.begin(), idleSamples.end());
    std::printf("defaults: first pass after %.1f s; idle minute: %.2f CPU s, %d passes; RSS median %.1f MB, max %.1f MB\n", firstPassS,
                idleCpuPerMin, int(idle.passMs().size()), idleRss, idleRssMax);
    idle.stop();

    // 2. Pass time.
    Droverd fast;
    fast.start(sim.kubeconfig(), {QStringLiteral("--pass-interval"), QStringLiteral("0.2"), QStringLiteral("--lease-duration"), QStringLiteral("2"),
                                  QStringLiteral("--renew-deadline"), QStringLiteral("1.5"), QStringLiteral("--retry-period"), QStringLiteral("0.5")});
    waitFor([&] { return !fast.passMs().isEmpty(); }, 120000);
    spin(20000);
    std::vector<double> passes;
    for (double ms : fast.passMs().mid(1)) // the first one writes 100 new statuses
        passes.push_back(ms);
    const double passMedian = bench::percentile(passes, 0.5), passP99 = bench::percentile(passes, 0.99);
    std::printf("passes: %zu, median %.2f ms, p99 %.2f ms, max %.2f ms; first %.1f ms; RSS %.1f MB\n", passes.size(), passMedian, passP99,
                passes.empty() ? 0 : *std::max_element(passes.begin(), passes.end()), fast.passMs().value(0), bench::statusMb("VmRSS:", fast.pid()));
    fast.stop();

    // 3. The 02:00 firing: the clock run so that it comes about 5 s after the start.
    const QTimeZone berlin("Europe/Berlin");
    QDateTime next = QDateTime::currentDateTimeUtc().toTimeZone(berlin);
    next = QDateTime(next.date().addDays(next.time().hour() >= 2 ? 1 : 0), QTime(2, 0), berlin);
    const double scale = double(QDateTime::currentDateTimeUtc().secsTo(next)) / 5.0;
    Droverd firing;
    firing.start(sim.kubeconfig(), {QStringLiteral("--pass-interval"), QStringLiteral("1"), QStringLiteral("--time-scale"), QString::number(scale, 'f', 1)});
    const auto taken = [&] { return int(firing.log.count(QStringLiteral(" took "))); };
    if (!waitFor([&] { return taken() > 0; }, 60000)) {
        std::fprintf(stderr, "bench_droverd: the firing never came:\n%s\n", qPrintable(firing.log.right(2000)));
        return 1;
    }
    QElapsedTimer burst;
    burst.start();
    waitFor([&] { return taken() >= 10000; }, 300000);
    const double burstS = double(burst.elapsed()) / 1000;
    const double peakRss = bench::statusMb("VmHWM:", firing.pid());
    std::printf("firing: %d snapshots taken in %.1f s (%.0f/s); peak RSS %.1f MB\n", taken(), burstS, double(taken()) / std::max(0.001, burstS), peakRss);
    const int takenAll = taken();
    firing.stop();
    const double limitMb = deploymentLimitMb();
    std::printf("RESULT vms=10000 schedules=100 first_pass_s=%.1f idle_cpu_s_per_min=%.2f pass_median_ms=%.2f pass_p99_ms=%.2f "
                "firing_snapshots=%d firing_s=%.1f rss_idle_mb=%.1f rss_idle_max_mb=%.1f rss_peak_mb=%.1f goal_rss_mb=100 rss_ok=%d "
                "limit_mb=%.1f peak_under_limit=%d\n",
                firstPassS, idleCpuPerMin, passMedian, passP99, takenAll, burstS, idleRss, idleRssMax, peakRss, idleRssMax <= 100 ? 1 : 0,
                limitMb, limitMb > 0 && peakRss < limitMb ? 1 : 0);
    return 0;
}
