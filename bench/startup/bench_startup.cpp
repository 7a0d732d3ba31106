// bench_startup: how fast the console is complete on a big cluster, measured as a user starts it.
// For each size (1,000 and 10,000 VMs on 50 and 500 hosts; 100,000 on 5,000 with --huge) one
// drover-sim (--time-scale 0), one warm-up launch, and RUNS launches of the real drover binary (offscreen) with
// DROVER_STARTUP_TRACE=1 (app/drover/StartupTrace.h), whose milestones are read off its output:
//   first_paint, first_rows (VM table painted with rows), synced vms/vmis/nodes (each informer's
//   first list), synced_all, complete (synced and every counter on screen equal to what is listed);
// each in ms from the launch (CLOCK_MONOTONIC on both sides). Memory: peak (VmHWM) at complete,
// settled (VmRSS) 5 s later. Medians over the runs; ends with one RESULT line.
// Where the time goes, from drover's breakdown line at complete (CPU time, ms):
//   net: Qt's network thread (TLS, socket reads: the transfer); other: every other thread (the VM
//   summaries' worker decodes watch batches, not lists); gui: the GUI thread, of which
//   decode (list pages and watch lines), cache (insert), views (the caches' change signals),
//   model (the VM table and host tree taking the batches in, sorting and filtering included;
//   summary is the VM decoding done on the GUI thread, mostly inside model), and the rest
//   (layout, paint, the event loop, what is not measured apart).
// The milestones synced_<kind> are each informer's list, wall-clock from launch.
#include "BenchStats.h"
#include "BenchWait.h"
#include "SimProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace drover;
using bench::spin;

namespace {

qint64 monotonicMs() // CLOCK_MONOTONIC, the same clock on both sides of bench_startup
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

constexpr int kRuns = 3;

struct Run
{
    QMap<QString, double> ms; // milestone -> ms since launch
    QMap<QString, double> cpu; // breakdown key -> CPU ms (see above)
    double peakMb = 0, settledMb = 0;
    QString error;
};

// drover's "gui_cpu_ms=… decode_vms_ms=… model_vmtable_ms=…" summed into the bench's parts.
QMap<QString, double> breakdown(const QString &fields)
{
    QMap<QString, double> out;
    static const QRegularExpression field(QStringLiteral("(\\w+?)_(?:(\\w+)_)?ms=([0-9.]+)"));
    for (auto it = field.globalMatch(fields); it.hasNext();) {
        const QRegularExpressionMatch f = it.next();
        const QString step = f.captured(1), what = f.captured(2);
        const double ms = f.captured(3).toDouble();
        out[step] += ms; // gui, net, other (the threads); decode, cache, views, model, summary (over every kind)
        if (step == QLatin1String("model"))
            out[QStringLiteral("model_") + what] += ms;
    }
    const auto part = [&](const char *k) { return out.value(QString::fromLatin1(k)); };
    out[QStringLiteral("gui_rest")] = part("gui") - part("decode") - part("cache") - part("views") - part("model");
    return out;
}

Run launch(const QString &kubeconfig)
{
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DROVER_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QString out;
    static const QRegularExpression re(QStringLiteral("^STARTUP (\\S+(?: \\S+)?) mono_ms=(\\d+)(.*)$"));
    const qint64 launched = monotonicMs();
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
        out += QString::fromUtf8(p.readAllStandardOutput());
        qsizetype nl;
        while ((nl = out.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString l = out.left(nl);
            out.remove(0, nl + 1);
            const QRegularExpressionMatch m = re.match(l);
            if (!m.hasMatch())
                continue;
            QString event = m.captured(1);
            if (event.contains(QLatin1String(" mono_ms")))
                event = event.section(QLatin1Char(' '), 0, 0);
            run.ms.insert(event, double(m.captured(2).toLongLong() - launched));
            if (event == QLatin1String("complete")) {
                static const QRegularExpression peak(QStringLiteral("peak_kb=(\\d+)"));
                run.peakMb = peak.match(m.captured(3)).captured(1).toDouble() / 1024;
            } else if (event == QLatin1String("breakdown")) {
                run.cpu = breakdown(m.captured(3));
            }
        }
    });
    p.start(QStringLiteral(DROVER_BIN), {QStringLiteral("--kubeconfig"), kubeconfig});
    QElapsedTimer t;
    t.start();
    while (!run.ms.contains(QStringLiteral("complete")) && t.elapsed() < 120000 && p.state() != QProcess::NotRunning)
        spin(5);
    if (!run.ms.contains(QStringLiteral("complete")))
        run.error = QStringLiteral("drover was not complete within 120 s (exit %1)").arg(p.exitCode());
    else {
        spin(5000);
        run.settledMb = bench::statusMb("VmRSS:", p.processId());
    }
    p.terminate();
    if (!p.waitForFinished(10000))
        p.kill();
    return run;
}

struct Size
{
    int hosts, vms;
    QMap<QString, double> median; // milestone -> median ms
    QMap<QString, double> cpu;    // breakdown key -> median CPU ms
    double peakMb = 0, settledMb = 0;
};

bool measure(Size &size)
{
    test::SimProcess sim;
    if (!sim.start({QStringLiteral("--generate"), QStringLiteral("%1:%2").arg(size.hosts).arg(size.vms), QStringLiteral("--time-scale"),
                    QStringLiteral("0")},
                   600000)) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(sim.error()));
        return false;
    }
    // One launch first, not counted: after it says ready the simulator still works through its
    // controllers' first pass over every object (at 10,000 VMs the first launch's lists took it
    // 11-13 s, the next ones 0.5-1 s), so the first run measured the simulator, not drover.
    if (const Run warm = launch(sim.kubeconfig()); !warm.error.isEmpty()) {
        std::fprintf(stderr, "bench_startup: %d VMs, warm-up launch: %s\n", size.vms, qPrintable(warm.error));
        return false;
    }
    QMap<QString, std::vector<double>> samples, cpuSamples;
    std::vector<double> peaks, settled;
    for (int i = 0; i < kRuns; ++i) {
        const Run r = launch(sim.kubeconfig());
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "bench_startup: %d VMs: %s\n", size.vms, qPrintable(r.error));
            return false;
        }
        for (auto it = r.ms.cbegin(); it != r.ms.cend(); ++it)
            samples[it.key()].push_back(it.value());
        for (auto it = r.cpu.cbegin(); it != r.cpu.cend(); ++it)
            cpuSamples[it.key()].push_back(it.value());
        peaks.push_back(r.peakMb);
        settled.push_back(r.settledMb);
        std::printf("%d VMs, run %d: first_rows %.0f ms, complete %.0f ms, peak %.1f MB, settled %.1f MB\n", size.vms, i + 1,
                    r.ms.value(QStringLiteral("first_rows"), -1), r.ms.value(QStringLiteral("complete")), r.peakMb, r.settledMb);
    }
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        size.median.insert(it.key(), bench::median(it.value()));
    for (auto it = cpuSamples.cbegin(); it != cpuSamples.cend(); ++it)
        size.cpu.insert(it.key(), bench::median(it.value()));
    size.peakMb = bench::median(peaks);
    size.settledMb = bench::median(settled);
    std::printf("%d hosts / %d VMs, medians of %d:", size.hosts, size.vms, kRuns);
    for (auto it = size.median.cbegin(); it != size.median.cend(); ++it)
        std::printf(" %s=%.0f", qPrintable(QString(it.key()).replace(QLatin1Char(' '), QLatin1Char('_'))), it.value());
    std::printf(" ms; peak %.1f MB, settled %.1f MB\n", size.peakMb, size.settledMb);
    std::printf("  CPU to complete (ms, medians):");
    for (auto it = size.cpu.cbegin(); it != size.cpu.cend(); ++it)
        std::printf(" %s=%.0f", qPrintable(it.key()), it.value());
    std::printf("\n");
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DROVER_SIM_BIN"))
        qputenv("DROVER_SIM_BIN", QByteArrayLiteral(DROVER_SIM_BIN));
    QList<Size> sizes{{50, 1000, {}, {}, 0, 0}, {500, 10000, {}, {}, 0, 0}};
    if (QCoreApplication::arguments().contains(QStringLiteral("--huge")))
        sizes.append({5000, 100000, {}, {}, 0, 0});
    for (Size &s : sizes)
        if (!measure(s))
            return 1;
    const Size &small = sizes[0], &big = sizes[1];
    const auto at = [](const Size &s, const char *k) { return s.median.value(QString::fromLatin1(k), -1); };
    // Cost growth from 1,000 to 10,000 VMs: 10 is linear.
    const double growth = at(small, "complete") > 0 ? at(big, "complete") / at(small, "complete") : 0;
    std::printf("RESULT vms=%d first_paint_ms=%.0f first_rows_ms=%.0f synced_vms_ms=%.0f synced_vmis_ms=%.0f complete_ms=%.0f "
                "peak_mb=%.1f settled_mb=%.1f complete_1k_ms=%.0f settled_1k_mb=%.1f growth_1k_to_10k=%.1f",
                big.vms, at(big, "first_paint"), at(big, "first_rows"), at(big, "synced vms"), at(big, "synced vmis"), at(big, "complete"),
                big.peakMb, big.settledMb, at(small, "complete"), small.settledMb, growth);
    const auto cpu = [&big](const char *k) { return big.cpu.value(QString::fromLatin1(k), -1); };
    std::printf(" gui_cpu_ms=%.0f net_cpu_ms=%.0f other_cpu_ms=%.0f decode_ms=%.0f cache_ms=%.0f views_ms=%.0f model_vmtable_ms=%.0f "
                "model_hosttree_ms=%.0f summary_ms=%.0f gui_rest_ms=%.0f",
                cpu("gui"), cpu("net"), cpu("other"), cpu("decode"), cpu("cache"), cpu("views"), cpu("model_vmtable"), cpu("model_hosttree"),
                cpu("summary"), cpu("gui_rest"));
    if (sizes.size() > 2) // 10 is linear again
        std::printf(" complete_100k_ms=%.0f settled_100k_mb=%.1f growth_10k_to_100k=%.1f gui_cpu_100k_ms=%.0f",
                    at(sizes[2], "complete"), sizes[2].settledMb,
                    at(big, "complete") > 0 ? at(sizes[2], "complete") / at(big, "complete") : 0,
                    sizes[2].cpu.value(QStringLiteral("gui"), -1));
    std::printf(" goal_complete_ms=1000 goal_rss_mb=150 complete_ok=%d rss_ok=%d\n", at(big, "complete") <= 1000 ? 1 : 0,
                std::max(big.peakMb, big.settledMb) <= 150 ? 1 : 0);
    return 0;
}
