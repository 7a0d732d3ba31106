#include "VmSummaryStore.h"

namespace drover::models {

void VmSummaryStore::setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis)
{
    if (vms == m_vms && vmis == m_vmis)
        return;
    m_vms = vms;
    m_vmis = vmis;
    m_entries.clear();
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

} // namespace drover::models
