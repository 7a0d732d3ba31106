#pragma once
// The VmSummary of each VM, built once per version of its VM and VMI and shared by every view
// that shows it (the VM table, the host tree): at 10,000 VMs building them is most of the
// console's start-up work, and two copies of each were 15 MB.
// A summary is kept with the serials of the VM and VMI objects it was built from (LazyObject::
// serial()) and rebuilt when the caches' current objects carry others, so a view reading after
// a cache change can never get a stale one, whatever order the views are told in.
// Threading: GUI thread.
#include "ObjectCache.h"
#include "VmSummary.h"

#include <QHash>
#include <QPointer>
#include <memory>

namespace drover::models {

class VmSummaryStore
{
public:
    // Summarise these caches (each view sharing the store binds it to the caches it shows); other
    // caches than before forget every summary.
    void setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis);
    // The summary of the VM key as the caches hold it now (a VM absent from them: an invalid
    // summary, VmSummary::valid false).
    std::shared_ptr<const VmSummary> get(const QString &key);
    // Forget a VM that is gone.
    void remove(const QString &key) { m_entries.remove(key); }
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }
    // How many summaries were built (tests: a second view must not build again).
    quint64 builds() const { return m_builds; }

private:
    struct Entry
    {
        std::shared_ptr<const VmSummary> summary;
        quint64 vmSerial = 0;
        quint64 vmiSerial = 0;
    };
    QPointer<kube::ObjectCache> m_vms, m_vmis;
    QHash<QString, Entry> m_entries;
    quint64 m_builds = 0;
};

} // namespace drover::models
