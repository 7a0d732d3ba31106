#pragma once
// bench_stall's probe: the GUI thread's longest gap between two 1 ms ticks per second, and what
// each gap is made of (the thread's CPU, its wait for a core, its sleeps and page faults, the
// deliveries the application reports), and a spinning thread that measures the CPU time the
// host takes from this virtual machine.
#include "BenchStats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace drover::bench {

// The calling thread's time on a core and time runnable but waiting for one, in ns, from the
// kernel's /proc/thread-self/schedstat (opened once by the thread that reads it).
class SchedStat
{
public:
    SchedStat() : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC)) {}
    ~SchedStat()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SchedStat(const SchedStat &) = delete;
    SchedStat &operator=(const SchedStat &) = delete;
    // {on a core, waiting for a core}; {0, 0} if the kernel keeps no schedstat.
    std::pair<qint64, qint64> read() const
    {
        char buf[128];
        const ssize_t n = m_fd >= 0 ? ::pread(m_fd, buf, sizeof buf - 1, 0) : -1;
        if (n <= 0)
            return {0, 0};
        buf[n] = 0;
        long long run = 0, wait = 0;
        return std::sscanf(buf, "%lld %lld", &run, &wait) == 2 ? std::pair<qint64, qint64>(run, wait)
                                                               : std::pair<qint64, qint64>(0, 0);
    }

private:
    int m_fd;
};

// The calling thread's page faults and sleeps (getrusage), to tell a gap spent faulting in memory
// (a 2 MiB page compacted for the heap) or asleep from the application's own work.
struct Usage
{
    long minorFaults = 0, majorFaults = 0;
    long sleeps = 0; // voluntary context switches: the thread went to sleep (poll, or a lock it waited on)
    static Usage now()
    {
        rusage ru{};
        getrusage(RUSAGE_THREAD, &ru);
        return {ru.ru_minflt, ru.ru_majflt, ru.ru_nvcsw};
    }
    Usage operator-(const Usage &o) const
    {
        return {minorFaults - o.minorFaults, majorFaults - o.majorFaults, sleeps - o.sleeps};
    }
};

// One gap between two ticks, in ms, and what it is made of.
struct Gap
{
    double wall = 0; // what a user sees
    // The GUI thread's CPU: its own work, without the time it waited for a core (on this 2-core
    // machine the simulator and the client share them).
    double cpu = 0;
    // Runnable and waiting for a core (the kernel's schedstat): what the cores being taken costs.
    double waited = 0;
    // In event deliveries: the console's code running, from the moment a delivery began to its end.
    // What is left of a gap is the event loop waiting in poll() and the thread not being run
    // although it was due.
    double work = 0;
    // The GUI thread's CPU in those deliveries: the console's code, without its waits for a core
    // and without the CPU the thread spends between deliveries (the event loop; and on this
    // machine the time the host takes the virtual CPU, which the guest counts as the thread's:
    // a 24 ms gap had 23.4 ms of CPU with 2.0 ms in deliveries).
    double workCpu = 0;
    // Running or runnable (cpu + waited): the gap without the time the thread slept past the
    // tick's due time, which on this virtual machine a sleeping thread does by several ms with
    // nothing else running (the floor), and which no client change reaches.
    double awake = 0;
    // Each measure's largest of this and o (each on its own: in a second they may come from different gaps).
    void keepLargest(const Gap &o)
    {
        wall = std::max(wall, o.wall);
        cpu = std::max(cpu, o.cpu);
        waited = std::max(waited, o.waited);
        work = std::max(work, o.work);
        workCpu = std::max(workCpu, o.workCpu);
        awake = std::max(awake, o.awake);
    }
};

// The GUI thread's longest gap between two 1 ms ticks, per second, and of what it is made.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = bench::threadCpuSeconds();
            const qint64 waited = m_sched.read().second;
            const Usage usage = Usage::now();
            Gap gap{double(now - m_last) / 1e6, (cpu - m_lastCpu) * 1e3, double(waited - m_lastWaited) / 1e6, 0};
            if (m_work)
                std::tie(gap.work, gap.workCpu) = m_work();
            gap.awake = gap.cpu + gap.waited;
            m_second.keepLargest(gap);
            keepIfWorst(gap, usage - m_lastUsage);
            m_last = now;
            m_lastCpu = cpu;
            m_lastWaited = waited;
            m_lastUsage = usage;
            if (now - m_secondStart >= 1000000000) {
                m_seconds.push_back(std::exchange(m_second, Gap{}));
                m_secondStart = now;
            }
        });
    }
    // What ran in a gap (the deliveries since the last tick), told by the application.
    void setDrain(std::function<QString()> drain) { m_drain = std::move(drain); }
    // The wall time and the CPU of the deliveries since the last tick (the application's code
    // running), told by the application.
    void setWork(std::function<std::pair<double, double>()> work) { m_work = std::move(work); }
    // The three longest gaps of the phase, and the three with the most CPU of the GUI thread (the
    // gap's CPU first), each with what it is made of and what ran.
    using Gaps = std::vector<std::pair<double, QString>>;
    const Gaps &worstGaps() const { return m_longest.gaps; }
    const Gaps &busiestGaps() const { return m_busiest.gaps; }
    void start()
    {
        m_longest.gaps.clear();
        m_busiest.gaps.clear();
        m_seconds.clear();
        m_second = Gap{};
        if (m_work)
            m_work(); // what ran before the phase is not in it
        m_clock.start();
        m_last = m_secondStart = 0;
        m_lastCpu = bench::threadCpuSeconds();
        m_lastWaited = m_sched.read().second;
        m_lastUsage = Usage::now();
        m_tick.start();
    }
    // Per second, the longest gap between two ticks (wall time: what a user sees).
    std::vector<double> stop()
    {
        m_tick.stop();
        return perSecond(&Gap::wall);
    }
    // Per second, the largest of one measure of the gaps (Gap::cpu, ::waited, ::work, ::workCpu, ::awake).
    std::vector<double> perSecond(double Gap::*measure) const
    {
        std::vector<double> v;
        v.reserve(m_seconds.size());
        for (const Gap &g : m_seconds)
            v.push_back(g.*measure);
        return v;
    }

private:
    struct Worst
    {
        double Gap::*by;
        Gaps gaps; // the three largest by that measure, largest first
        bool wants(const Gap &gap) const { return gaps.size() < 3 || gap.*by > gaps.back().first; }
        void keep(const Gap &gap, const QString &what)
        {
            if (gaps.size() == 3)
                gaps.pop_back();
            gaps.emplace_back(gap.*by, what);
            std::sort(gaps.begin(), gaps.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        }
    };
    void keepIfWorst(const Gap &gap, const Usage &in)
    {
        const QString ran = m_drain ? m_drain() : QString(); // drained at every tick: what ran since the last
        if (!m_longest.wants(gap) && !m_busiest.wants(gap))
            return;
        const QString what = QStringLiteral("wall %6 ms, GUI thread's CPU %1 ms, %2 page faults, %5 sleeps, waited for a core %3 "
                                            "ms, in deliveries %4 ms (CPU %7): ")
                                 .arg(gap.cpu, 0, 'f', 1)
                                 .arg(in.minorFaults + in.majorFaults)
                                 .arg(gap.waited, 0, 'f', 1)
                                 .arg(gap.work, 0, 'f', 1)
                                 .arg(in.sleeps)
                                 .arg(gap.wall, 0, 'f', 1)
                                 .arg(gap.workCpu, 0, 'f', 1) +
                             ran;
        for (Worst *w : {&m_longest, &m_busiest})
            if (w->wants(gap))
                w->keep(gap, what);
    }
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_secondStart = 0;
    double m_lastCpu = 0;    // s
    qint64 m_lastWaited = 0; // ns
    Usage m_lastUsage;
    Gap m_second;               // this second's largest of each measure so far
    std::vector<Gap> m_seconds; // and each past second's
    std::function<std::pair<double, double>()> m_work;
    SchedStat m_sched;
    std::function<QString()> m_drain;
    Worst m_longest{&Gap::wall, {}}, m_busiest{&Gap::cpu, {}};
};

// A thread that never sleeps, reading the clock: on a machine with nothing else to run, each
// jump in its clock is time the (virtual) CPU was taken from it. Per second, the longest jump,
// and how much of it the kernel counted as the thread's CPU time: all of it means the guest's
// kernel believed the thread ran, i.e. the host took the virtual CPU away (steal this guest's
// kernel does not report: /proc/stat's steal column stays 0 here).
struct LostTime
{
    std::vector<double> longestPerSecond, countedAsCpu; // ms
};

inline LostTime measureLostTime(int seconds)
{
    LostTime lost;
    std::thread spinner([&lost, seconds] {
        const auto ns = [](clockid_t c) {
            timespec ts{};
            clock_gettime(c, &ts);
            return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
        };
        const qint64 end = ns(CLOCK_MONOTONIC) + qint64(seconds) * 1000000000;
        qint64 last = ns(CLOCK_MONOTONIC), lastCpu = ns(CLOCK_THREAD_CPUTIME_ID), secondStart = last;
        double longest = 0, longestCpu = 0;
        for (;;) {
            const qint64 now = ns(CLOCK_MONOTONIC), cpu = ns(CLOCK_THREAD_CPUTIME_ID);
            if (double(now - last) / 1e6 > longest) {
                longest = double(now - last) / 1e6;
                longestCpu = double(cpu - lastCpu) / 1e6;
            }
            last = now;
            lastCpu = cpu;
            if (now - secondStart >= 1000000000) {
                lost.longestPerSecond.push_back(longest);
                lost.countedAsCpu.push_back(longestCpu);
                longest = longestCpu = 0;
                secondStart = now;
            }
            if (now >= end)
                break;
        }
    });
    spinner.join();
    return lost;
}

} // namespace drover::bench
