// VmSummaryStore's worker: decoding what prepare() asked for off the GUI thread.
#include "VmSummaryStore.h"

#include <algorithm>

namespace drover::models {

quint64 VmSummaryStore::decodedObjects(const std::vector<Decoded> &decoded)
{
    return quint64(std::count_if(decoded.begin(), decoded.end(), [](const Decoded &d) { return d.decoded; }));
}

// The VM and VMI objects of these keys whose facts are missing or stale, as the caches hold them
// now.
std::vector<VmSummaryStore::Decode> VmSummaryStore::staleParts(const QList<QString> &keys)
{
    std::vector<Decode> objects;
    objects.reserve(size_t(keys.size()) * 2);
    for (const QString &key : keys) {
        kube::LazyObject vm = m_vms ? m_vms->getLazy(key) : kube::LazyObject();
        if (vm.isEmpty())
            continue;
        kube::LazyObject vmi = m_vmis ? m_vmis->getLazy(key) : kube::LazyObject();
        const auto found = m_entries.constFind(key);
        const Entry *e = found == m_entries.cend() ? nullptr : &*found;
        const bool vmStale = !e || e->vmSerial != vm.serial();
        const bool vmiStale = !e || e->vmiSerial != vmi.serial();
        if (vmStale)
            objects.push_back(decodeOf(key, VmPart, std::move(vm), e));
        if (vmiStale)
            objects.push_back(decodeOf(key, VmiPart, std::move(vmi), e));
    }
    return objects;
}

void VmSummaryStore::startJob()
{
    // The objects as the caches hold them now: a VM that changed five times while the last job
    // ran is decoded once, and a flood of events cannot queue up old versions (memory) or work.
    auto objects = std::make_shared<std::vector<Decode>>(staleParts(m_next.values()));
    m_next.clear();
    const quint64 job = ++m_started, generation = m_generation;
    QObject *home = &m_home;
    m_worker.start([this, objects, job, generation, home] {
        std::vector<Decoded> decoded;
        decoded.reserve(objects->size());
        for (const Decode &d : *objects)
            decoded.push_back(decodeOne(d));
        QMetaObject::invokeMethod(
            home, [this, job, generation, decoded = std::move(decoded)] { deliver(job, generation, decoded); }, Qt::QueuedConnection);
    });
}

bool VmSummaryStore::adopt(const Decoded &d)
{
    kube::ObjectCache *cache = d.part == VmPart ? m_vms.data() : m_vmis.data();
    if ((cache ? cache->getLazy(d.key).serial() : 0) != d.serial)
        return false; // the cache has moved past it: get() decodes the newer one
    if (!m_vms || !m_vms->contains(d.key))
        return false; // the VM is gone (and removed from the store): no entry for its VMI
    Entry &e = m_entries[d.key];
    if ((d.part == VmPart ? e.vmSerial : e.vmiSerial) != d.serial) // else decoded here meanwhile
        keep(e, d);
    return true;
}

void VmSummaryStore::keep(Entry &e, const Decoded &d)
{
    (d.part == VmPart ? e.vmSerial : e.vmiSerial) = d.serial;
    if (d.same)
        return; // the facts it has, and so its summary
    // Facts equal to the kept ones (a version printed another way: the first watch event after a
    // list) keep the summary, so no view is told its row changed.
    bool changed = false;
    if (d.part == VmPart) {
        changed = !(e.vm == d.vm);
        if (changed) {
            e.vm = d.vm;
            settle(e.vm);
        }
        e.vmPrint = d.print;
    } else {
        changed = !(e.vmi == d.vmi);
        if (changed) {
            e.vmi = d.vmi;
            settle(e.vmi);
        }
        e.vmiPrint = d.print;
    }
    if (changed)
        e.summary.reset(); // joined anew at the next get()
}

void VmSummaryStore::deliver(quint64 job, quint64 generation, const std::vector<Decoded> &decoded)
{
    m_delivered = job;
    if (generation == m_generation) {
        for (const Decoded &d : decoded)
            adopt(d);
        m_decodes += decodedObjects(decoded);
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
