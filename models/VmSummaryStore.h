#pragma once
// The VmSummary of each VM, built once per version of its VM and VMI and shared by every view
// that shows it (the VM table, the host tree): at 10,000 VMs building them is most of the
// console's start-up work, and two copies of each were 15 MB.
// A summary is joined from the facts of the VM and of the VMI (VmFacts, VmiFacts), each kept with
// the serial of the object it was decoded from (LazyObject::serial()) and decoded again only when
// the cache's current object carries another: a VMI update (most of a cluster's churn) decodes the
// VMI alone, and a view reading after a cache change never gets a stale summary, whatever order
// the views are told in.
// Decoding is most of what a change costs the GUI thread (~5 µs an object, bench_facts; a version
// without a print whose read fields are unchanged ~4 µs, one with ~0: readFacts), so a view told of a watch batch
// calls prepare(): the store's worker decodes, then the view shows the batch. A version from a
// watch event carries the print of the fields its facts are read from (setCaches() asks the
// caches for it): one that prints as the kept facts' (a heartbeat) is theirs at once, with no
// job for the worker. A list's worth (start-up, a relist) is decoded by
// get() as the view shows it: the window waits for it either way. Values many VMs share ("Running", a host, an OS name) are kept
// as one string. Threading: GUI thread; the worker only reads copies of cached objects and decodes them.
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
    // Decode what these VMs' summaries miss off the GUI thread, then call done on the GUI thread
    // (unless receiver is gone by then): once every decode asked for so far is in. Nothing to
    // decode: done is called at once. More than kListWorth keys: nothing is decoded here.
    void prepare(const QList<QString> &keys, QObject *receiver, std::function<void()> done);
    // Whether the summary a view shows for this VM (null: none) is the one of the objects the
    // caches hold now, decoded: a version whose fields are unchanged (a heartbeat) keeps its
    // summary, and a view need not show it again. False while a version is not decoded yet.
    bool shows(const QString &key, const VmSummary *shown) const;
    // Forget a VM that is gone.
    void remove(const QString &key) { m_entries.remove(key); }
    void clear();
    int size() const { return int(m_entries.size()); }
    // How many summaries were joined (tests: a second view must not build again).
    quint64 builds() const { return m_builds; }
    // How many objects were decoded, here or on the worker (VM and VMI objects apart); a new
    // version whose read fields are as they were is not decoded (readFacts).
    quint64 decodes() const { return m_decodes; }

private:
    // More changed VMs than this at once are a list's worth.
    static constexpr qsizetype kListWorth = 2000; // a watch batch (1 MiB of VMIs) is ~300
    enum Part { VmPart = 0, VmiPart = 1 };
    struct Entry
    {
        std::shared_ptr<const VmSummary> summary; // of the facts below; null until joined
        VmFacts vm;
        VmiFacts vmi;
        quint64 vmSerial = 0, vmiSerial = 0; // of the objects the facts are of (0: none)
        FieldsPrint vmPrint, vmiPrint;       // of the fields they were read from
    };
    struct Decode // one object for the worker, with the print of the fields its entry's facts are of
    {
        QString key;
        Part part;
        kube::LazyObject object;
        FieldsPrint print;
    };
    struct Decoded
    {
        QString key;
        Part part;
        quint64 serial;
        FieldsPrint print;
        VmFacts vm;
        VmiFacts vmi;
        bool decoded; // false: none, or the fields were as before
        bool same;    // the fields were as before: the entry's facts (and summary) stay
    };
    struct Waiter
    {
        quint64 job;
        QPointer<QObject> receiver;
        std::function<void()> done;
    };
    using Serials = std::pair<quint64, quint64>; // of the VM and the VMI object (0: none)
    Serials serialsNow(const QString &key) const; // in the caches now
    // A VM whose facts are missing or stale; a part whose object carries the print its facts were
    // read from takes that object's serial here (nothing to decode).
    bool needsBuild(const QString &key);
    void startJob();
    void deliver(quint64 job, quint64 generation, const std::vector<Decoded> &decoded);
    bool adopt(const Decoded &d); // into its entry when it is of the object cached now
    void keep(Entry &e, const Decoded &d); // into the entry; a summary of other facts is joined anew
    std::vector<Decode> staleParts(const QList<QString> &keys);
    static Decode decodeOf(const QString &key, Part part, kube::LazyObject object,
                           const Entry *e); // with e's print (e: null for none)
    static Decoded decodeOne(const Decode &d);
    static quint64 decodedObjects(const std::vector<Decoded> &decoded); // not counting kept ones
    // Facts about to be kept: values many VMs share ("Running", a host, an OS name) become one
    // string for all (~4 MB less at 10,000 VMs).
    void settle(VmFacts &f);
    void settle(VmiFacts &f);
    void intern(QString &s);

    QPointer<kube::ObjectCache> m_vms, m_vmis;
    QHash<QString, Entry> m_entries;
    std::vector<Waiter> m_waiters;
    quint64 m_builds = 0, m_decodes = 0;
    quint64 m_generation = 0; // setCaches/clear: results of older jobs are dropped
    QSet<QString> m_next; // asked for while a job runs: the next job decodes them as they are then
    quint64 m_started = 0, m_delivered = 0; // jobs
    QSet<QString> m_strings; // settle(): the shared values
    QObject m_home; // results come back through its (the GUI) thread's event loop
    QThreadPool m_worker;
};

} // namespace drover::models
