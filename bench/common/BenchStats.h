#pragma once
// What every benchmark measures the same way: a process's memory from /proc/PID/status, the
// calling thread's CPU time, and the median and percentiles of its samples (nearest rank, as the
// RESULT lines quote them).
#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <ctime>
#include <vector>

namespace drover::bench {

// The CPU time the calling thread has used, in seconds (the GUI thread's own work, without what
// Qt's network thread or a worker does).
inline double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// A /proc/PID/status field in kB ("VmRSS:", "VmHWM:") as MB; pid 0: this process. 0 when unreadable.
inline double statusMb(const char *field, qint64 pid = 0)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The sample at rank p (0..1) of the sorted samples; 0 for none.
template <typename Samples>
double percentile(const Samples &samples, double p)
{
    std::vector<double> v(samples.begin(), samples.end());
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

template <typename Samples>
double median(const Samples &samples)
{
    return percentile(samples, 0.5);
}

} // namespace drover::bench
