#include "VmSummaryStore.h"

namespace drover::models {

static constexpr qsizetype kBuildHereAbove = 2000; // keys; a watch batch (1 MiB of VMIs) is ~300

VmSummaryStore::VmSummaryStore()
{
    // One worker, one job at a time (what is asked meanwhile waits for the next): jobs finish in
    // the order they started, which prepare()'s waiters rely on.
    m_worker.setMaxThreadCount(1);
}

VmSummaryStore::~VmSummaryStore()
{
    m_worker.clear();
    m_worker.waitForDone(); // before m_home goes, which drops the results still queued to it
}

void VmSummaryStore::setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis)
{
    if (vms == m_vms && vmis == m_vmis)
        return;
    m_vms = vms;
    m_vmis = vmis;
    clear();
}

void VmSummaryStore::clear()
{
    m_entries.clear();
    m_building.clear();
    m_next.clear();
    ++m_generation;
}

VmSummaryStore::Serials VmSummaryStore::serialsNow(const QString &key) const
{
    return {m_vms ? m_vms->getLazy(key).serial() : 0, m_vmis ? m_vmis->getLazy(key).serial() : 0};
}

std::shared_ptr<const VmSummary> VmSummaryStore::get(const QString &key)
{
    const kube::LazyObject vm = m_vms ? m_vms->getLazy(key) : kube::LazyObject();
    const kube::LazyObject vmi = m_vmis ? m_vmis->getLazy(key) : kube::LazyObject();
    Entry &e = m_entries[key];
    if (!e.summary || e.vmSerial != vm.serial() || e.vmiSerial != vmi.serial()) {
        e.summary = std::make_shared<const VmSummary>(VmSummary::fromJson(key, vm, vmi));
        e.vmSerial = vm.serial();
        e.vmiSerial = vmi.serial();
        ++m_builds;
    }
    return e.summary;
}

bool VmSummaryStore::needsBuild(const QString &key) const
{
    const Serials now = serialsNow(key);
    if (now.first == 0)
        return false; // gone, or not a VM (yet): nothing to show
    const auto e = m_entries.constFind(key);
    if (e != m_entries.cend() && e->summary && Serials{e->vmSerial, e->vmiSerial} == now)
        return false;
    const auto b = m_building.constFind(key);
    return b == m_building.cend() || *b != now;
}

void VmSummaryStore::prepare(const QList<QString> &keys, QObject *receiver, std::function<void()> done)
{
    // A list's worth (start-up, a relist) is built by the view on the GUI thread as it shows it:
    // the window waits for it either way, and a hop to the worker only delays the first complete
    // screen (bench_startup at 10,000 VMs: complete 0.8 -> 1.3 s when the worker built them).
    if (keys.size() <= kBuildHereAbove)
        for (const QString &key : keys)
            if (needsBuild(key))
                m_next.insert(key);
    // The job that will have built these: the next one when some wait for it, else the one running.
    const quint64 target = m_next.isEmpty() ? m_started : m_started + 1;
    if (!m_next.isEmpty() && m_delivered == m_started)
        startJob();
    if (target <= m_delivered)
        done();
    else
        m_waiters.push_back(Waiter{target, receiver, std::move(done)});
}

void VmSummaryStore::startJob()
{
    // The objects as the caches hold them now: a VM that changed five times while the last job
    // ran is built once, and a flood of events cannot queue up old versions (memory) or work.
    struct Source
    {
        QString key;
        kube::LazyObject vm, vmi;
    };
    auto sources = std::make_shared<std::vector<Source>>();
    sources->reserve(size_t(m_next.size()));
    for (const QString &key : std::as_const(m_next)) {
        kube::LazyObject vm = m_vms ? m_vms->getLazy(key) : kube::LazyObject();
        if (vm.isEmpty())
            continue;
        kube::LazyObject vmi = m_vmis ? m_vmis->getLazy(key) : kube::LazyObject();
        m_building.insert(key, {vm.serial(), vmi.serial()});
        sources->push_back(Source{key, std::move(vm), std::move(vmi)});
    }
    m_next.clear();
    const quint64 job = ++m_started, generation = m_generation;
    QObject *home = &m_home;
    m_worker.start([this, sources, job, generation, home] {
        std::vector<Built> built;
        built.reserve(sources->size());
        for (const Source &src : *sources)
            built.push_back(Built{src.key, Entry{std::make_shared<const VmSummary>(VmSummary::fromJson(src.key, src.vm, src.vmi)),
                                                 src.vm.serial(), src.vmi.serial()}});
        QMetaObject::invokeMethod(
            home, [this, job, generation, built = std::move(built)] { deliver(job, generation, built); }, Qt::QueuedConnection);
    });
}

void VmSummaryStore::deliver(quint64 job, quint64 generation, const std::vector<Built> &built)
{
    m_delivered = job;
    if (generation == m_generation) {
        for (const Built &b : built) {
            const auto it = m_building.constFind(b.key);
            const Serials builtFrom{b.entry.vmSerial, b.entry.vmiSerial};
            if (it != m_building.cend() && *it == builtFrom)
                m_building.erase(it);
            // A result the caches have moved past since is dropped: get() builds the newer one.
            if (serialsNow(b.key) == builtFrom)
                m_entries.insert(b.key, b.entry);
        }
        m_builds += built.size();
    }
    if (!m_next.isEmpty())
        startJob();
    std::vector<Waiter> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->job <= job) {
            ready.push_back(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Waiter &w : ready)
        if (w.receiver)
            w.done();
}

} // namespace drover::models
