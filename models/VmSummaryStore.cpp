#include "VmSummaryStore.h"

#include "CostClock.h"

namespace drover::models {

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
    // Watch events then carry the print of the fields the facts are read from (needsBuild()).
    if (vms)
        vms->setPrintedFields(VmFacts::fields());
    if (vmis)
        vmis->setPrintedFields(VmiFacts::fields());
    clear();
}

void VmSummaryStore::clear()
{
    m_entries.clear();
    m_strings.clear();
    // Waiters for the job that would have decoded m_next are called when the running one ends.
    m_next.clear();
    for (Waiter &w : m_waiters)
        w.job = std::min(w.job, m_started);
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
    if (e.vmSerial != vm.serial() || e.vmiSerial != vmi.serial()) {
        static const QString kName = QStringLiteral("vms");
        const kube::cost::Measure cost(kube::cost::Step::Summary, kName);
        std::vector<Decoded> decoded;
        if (e.vmSerial != vm.serial())
            decoded.push_back(decodeOne(decodeOf(key, VmPart, vm, &e)));
        if (e.vmiSerial != vmi.serial())
            decoded.push_back(decodeOne(decodeOf(key, VmiPart, vmi, &e)));
        for (const Decoded &d : decoded)
            keep(e, d);
        m_decodes += decodedObjects(decoded);
    }
    if (!e.summary) {
        e.summary = std::make_shared<const VmSummary>(VmSummary::combine(key, e.vm, e.vmi));
        ++m_builds;
    }
    return e.summary;
}

bool VmSummaryStore::needsBuild(const QString &key)
{
    const kube::LazyObject vm = m_vms ? m_vms->getLazy(key) : kube::LazyObject();
    if (vm.isEmpty())
        return false; // gone, or not a VM (yet): nothing to show
    const auto e = m_entries.find(key);
    if (e == m_entries.end())
        return true;
    const kube::LazyObject vmi = m_vmis ? m_vmis->getLazy(key) : kube::LazyObject();
    // A part's facts are current when decoded from this object, or when it carries the print they
    // were read from (a heartbeat): that version is theirs without a decode (joining is cheap).
    auto current = [](quint64 &serial, const kube::LazyObject &object, bool printedSame) {
        if (serial != object.serial() && printedSame)
            serial = object.serial();
        return serial == object.serial();
    };
    const bool vmCurrent = current(e->vmSerial, vm, carriesPrint<VmFacts>(vm, e->vmPrint));
    const bool vmiCurrent = current(e->vmiSerial, vmi, carriesPrint<VmiFacts>(vmi, e->vmiPrint));
    return !vmCurrent || !vmiCurrent;
}

bool VmSummaryStore::shows(const QString &key, const VmSummary *shown) const
{
    if (!shown)
        return false;
    const auto e = m_entries.constFind(key);
    return e != m_entries.cend() && e->summary.get() == shown && Serials{e->vmSerial, e->vmiSerial} == serialsNow(key);
}

void VmSummaryStore::prepare(const QList<QString> &keys, QObject *receiver, std::function<void()> done)
{
    // A list's worth (start-up, a relist) is decoded by the view on the GUI thread as it shows it:
    // the window waits for it either way, and a hop to the worker only delays the first complete
    // screen (bench_startup at 10,000 VMs: complete 0.8 -> 1.3 s when the worker built them).
    if (keys.size() <= kListWorth)
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

void VmSummaryStore::intern(QString &s)
{
    if (s.isEmpty())
        return;
    const auto it = m_strings.constFind(s);
    if (it != m_strings.cend()) {
        s = *it;
        return;
    }
    m_strings.insert(s);
}

void VmSummaryStore::settle(VmFacts &f)
{
    for (QString *s : {&f.status, &f.osAnnotation, &f.osLabel, &f.tenantCluster})
        intern(*s);
}

void VmSummaryStore::settle(VmiFacts &f)
{
    for (QString *s : {&f.host, &f.migratingTo, &f.guestOsName}) // not uid and ip: each VM's own
        intern(*s);
}

VmSummaryStore::Decode VmSummaryStore::decodeOf(const QString &key, Part part, kube::LazyObject object, const Entry *e)
{
    return Decode{key, part, std::move(object), !e ? FieldsPrint() : part == VmPart ? e->vmPrint : e->vmiPrint};
}

VmSummaryStore::Decoded VmSummaryStore::decodeOne(const Decode &d)
{
    Decoded r{d.key, d.part, d.object.serial(), {}, {}, {}, false, false};
    auto take = [&r](auto read, auto *facts) {
        *facts = std::move(read.facts);
        r.print = read.print;
        r.decoded = read.decoded;
        r.same = read.same;
    };
    if (d.part == VmPart)
        take(readFacts<VmFacts>(d.object, d.print), &r.vm);
    else
        take(readFacts<VmiFacts>(d.object, d.print), &r.vmi);
    return r;
}

} // namespace drover::models
