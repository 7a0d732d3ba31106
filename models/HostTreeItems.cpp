#include "HostTreeItems.h"

#include <algorithm>

namespace drover::models {

void HostItem::recomputeUsage()
{
    vcpuUsed = 0;
    memoryUsedBytes = 0;
    if (pseudo)
        return;
    for (const auto &v : vms) {
        vcpuUsed += v->vm().vcpu;
        memoryUsedBytes += v->vm().memoryBytes;
    }
}

int HostItem::vmRow(const QString &key, bool *found) const
{
    auto it = std::lower_bound(vms.begin(), vms.end(), key,
                               [](const std::unique_ptr<VmItem> &v, const QString &k) { return v->vm().key < k; });
    if (found)
        *found = it != vms.end() && (*it)->vm().key == key;
    return int(it - vms.begin());
}

bool HostItem::lessThan(const HostItem &other) const
{
    if (pseudo != other.pseudo)
        return other.pseudo;
    return name < other.name;
}

int ClusterItem::hostRow(const HostItem &probe, bool *found) const
{
    auto it = std::lower_bound(hosts.begin(), hosts.end(), probe,
                               [](const std::unique_ptr<HostItem> &h, const HostItem &p) { return h->lessThan(p); });
    if (found)
        *found = it != hosts.end() && !probe.lessThan(**it);
    return int(it - hosts.begin());
}

void ClusterItem::insertHost(int row, std::unique_ptr<HostItem> host)
{
    hosts.insert(hosts.begin() + row, std::move(host));
    renumberFrom(row);
}

void ClusterItem::removeHost(int row)
{
    hosts.erase(hosts.begin() + row);
    renumberFrom(row);
}

void ClusterItem::renumberFrom(int row)
{
    for (size_t i = size_t(row); i < hosts.size(); ++i)
        hosts[i]->row = int(i);
}

} // namespace drover::models
