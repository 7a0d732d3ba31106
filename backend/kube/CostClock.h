#pragma once
// Where the client's CPU goes, per resource and step: bench_startup's breakdown (issue 14).
//   Decode: reading list pages and watch lines (simdjson, each item kept as its bytes);
//   Cache:  putting the objects into the ObjectCache;
//   Views:  the cache's changed() batch delivered (every slot on it: table and tree models,
//           counters, host health) — what the views cost to take the data in at once;
//   Model:  what a model does later with what it took (a table or tree inserting a batch, with
//           its proxies' sorting and filtering), named by the model ("vmtable", "hosttree");
//   Summary: VM summaries built on the GUI thread (also counted in the Model that asked for them).
// Each is the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID), summed per resource or model.
// Off unless enable() was called (drover's DROVER_STARTUP_TRACE): a Measure is then one flag test.
#include <QList>
#include <QString>

namespace drover::kube::cost {

enum class Step { Decode, Cache, Views, Model, Summary };

void enable();
bool enabled();

struct Total
{
    QString resource; // "virtualmachines"
    Step step;
    double ms = 0;    // CPU time spent
    double maxMs = 0; // the most one Measure took (bench_stall: what one delivery can cost)
};
QList<Total> totals();
void reset();                // forget the totals (a bench's next phase)
const char *name(Step step); // "decode", "cache", "views", "model", "summary"

// Measures from construction to destruction (or stop()).
class Measure
{
public:
    Measure(Step step, const QString &resource);
    ~Measure() { stop(); }
    void stop();
    Measure(const Measure &) = delete;
    Measure &operator=(const Measure &) = delete;

private:
    QString m_resource; // empty when off (or stopped)
    Step m_step;
    qint64 m_startNs = 0;
};

} // namespace drover::kube::cost
