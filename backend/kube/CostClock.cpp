#include "CostClock.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <ctime>

namespace drover::kube::cost {

namespace {

std::atomic<bool> g_enabled{false};

struct Sums
{
    QMutex mutex;
    QHash<QPair<QString, int>, Total> byKey;
};

Sums &sums()
{
    static Sums s;
    return s;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

void enable()
{
    g_enabled.store(true, std::memory_order_relaxed);
}

bool enabled()
{
    return g_enabled.load(std::memory_order_relaxed);
}

const char *name(Step step)
{
    switch (step) {
    case Step::Decode:
        return "decode";
    case Step::Cache:
        return "cache";
    case Step::Views:
        return "views";
    case Step::Model:
        return "model";
    case Step::Summary:
        return "summary";
    }
    return "?";
}

QList<Total> totals()
{
    Sums &s = sums();
    QMutexLocker lock(&s.mutex);
    return s.byKey.values();
}

void reset()
{
    Sums &s = sums();
    QMutexLocker lock(&s.mutex);
    s.byKey.clear();
}

Measure::Measure(Step step, const QString &resource)
    : m_step(step)
{
    if (!enabled())
        return;
    m_resource = resource;
    m_startNs = threadCpuNs();
}

void Measure::stop()
{
    if (m_resource.isEmpty())
        return;
    const double ms = double(threadCpuNs() - m_startNs) / 1e6;
    Sums &s = sums();
    QMutexLocker lock(&s.mutex);
    Total &t = s.byKey[{m_resource, int(m_step)}];
    t.resource = m_resource;
    t.step = m_step;
    t.ms += ms;
    t.maxMs = qMax(t.maxMs, ms);
    m_resource.clear();
}

} // namespace drover::kube::cost
