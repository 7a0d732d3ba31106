#pragma once
// The VmSummary of each VM, built once per version of its VM and VMI and shared by every view
// that shows it (the VM table, the host tree): at 10,000 VMs building them is most of the
// console's start-up work, and two copies of each were 15 MB.
// A summary is kept with the serials of the VM and VMI objects it was built from (LazyObject::
// serial()) and rebuilt when the caches' current objects carry others, so a view reading after
// a cache change can never get a stale one, whatever order the views are told in.
// Building is most of what a change costs the GUI thread (two JSON objects parsed and decoded,
// ~50 µs a VM: 5 ms for a watch batch of 100, issue 14's stall probe), so a view told of changes
// calls prepare() first: the summaries are built on the store's own worker thread and the view
// shows the batch when they are in. get() still builds whatever is missing on the spot.
// Threading: GUI thread; the worker only reads copies of cached objects and decodes them.
#include "ObjectCache.h"
#include "VmSummary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace drover::models {

class VmSummaryStore
{
public:
    VmSummaryStore();
    ~VmSummaryStore();
    VmSummaryStore(const VmSummaryStore &) = delete;
    VmSummaryStore &operator=(const VmSummaryStore &) = delete;

    // Summarise these caches (each view sharing the store binds it to the caches it shows); other
    // caches than before forget every summary.
    void setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis);
    // The summary of the VM key as the caches hold it now (a VM absent from them: an invalid
    // summary, VmSummary::valid false).
    std::shared_ptr<const VmSummary> get(const QString &key);
    // Build the summaries of these VMs that are missing or stale off the GUI thread, then call
    // done on the GUI thread (unless receiver is gone by then): once every build asked for so far
    // is in. Nothing to build: done is called at once. More than a watch batch's worth (a list):
    // nothing is built here; the view builds them as it shows them.
    void prepare(const QList<QString> &keys, QObject *receiver, std::function<void()> done);
    // Forget a VM that is gone.
    void remove(const QString &key) { m_entries.remove(key); }
    void clear();
    int size() const { return int(m_entries.size()); }
    // How many summaries were built, here or on the worker (tests: a second view must not build again).
    quint64 builds() const { return m_builds; }

private:
    struct Entry
    {
        std::shared_ptr<const VmSummary> summary;
        quint64 vmSerial = 0;
        quint64 vmiSerial = 0;
    };
    struct Built
    {
        QString key;
        Entry entry;
    };
    struct Waiter
    {
        quint64 job;
        QPointer<QObject> receiver;
        std::function<void()> done;
    };
    using Serials = std::pair<quint64, quint64>; // of the VM and the VMI object (0: none)
    Serials serialsNow(const QString &key) const; // in the caches now
    bool needsBuild(const QString &key) const; // missing or stale, and not being built as it is
    void startJob();
    void deliver(quint64 job, quint64 generation, const std::vector<Built> &built);

    QPointer<kube::ObjectCache> m_vms, m_vmis;
    QHash<QString, Entry> m_entries;
    QHash<QString, Serials> m_building; // key -> serials a job is building
    std::vector<Waiter> m_waiters;
    quint64 m_builds = 0;
    quint64 m_generation = 0; // setCaches/clear: results of older jobs are dropped
    QSet<QString> m_next; // asked for while a job runs: the next job builds them as they are then
    quint64 m_started = 0, m_delivered = 0; // jobs
    QObject m_home; // results come back through its (the GUI) thread's event loop
    QThreadPool m_worker;
};

} // namespace drover::models
