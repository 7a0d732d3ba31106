// HostTreeModel::data(): what each level of the tree shows.
#include "HostTreeModel.h"

#include "Quantity.h"

#include <QFont>
#include <QLocale>

namespace drover::models {

namespace {

double fraction(double used, double total)
{
    return total > 0 ? used / total : 0.0;
}

QString percent(double f)
{
    return QStringLiteral("%1%").arg(qRound(f * 100));
}

// What the used part of a usage column says while the VMIs are still being listed.
const QString kNotKnownYet = QStringLiteral("…");

// "100 / 508 GiB": both numbers in the unit of the total, so the column stays narrow; "… / 508
// GiB" while what is used is not known yet.
QString usedOfTotal(std::int64_t used, std::int64_t total, bool usedKnown = true)
{
    const double gib = 1024.0 * 1024.0 * 1024.0;
    const bool tib = total >= std::int64_t(10) * 1024 * 1024 * 1024 * 1024;
    const double unit = tib ? gib * 1024.0 : gib;
    auto num = [](double v) { return QString::number(v, 'f', v < 10 && v > 0 ? 1 : 0); };
    return QStringLiteral("%1 / %2 %3")
        .arg(usedKnown ? num(double(used) / unit) : kNotKnownYet, num(double(total) / unit),
             tib ? QStringLiteral("TiB") : QStringLiteral("GiB"));
}

// "66 / 95 vCPU" for a host or the cluster; "… / 95 vCPU" while what is used is not known yet.
QString vcpuOfTotal(std::int64_t used, std::int64_t allocatableMillis, bool usedKnown)
{
    return HostTreeModel::tr("%1 / %2 vCPU")
        .arg(usedKnown ? QLocale().toString(used) : kNotKnownYet, QLocale().toString(allocatableMillis / 1000));
}

QString usageNotKnownYet()
{
    return HostTreeModel::tr("The VM instances are still being listed: what they request on the hosts is not known yet");
}

QString maintenanceText(const QString &state)
{
    if (state == QLatin1String("ready"))
        return HostTreeModel::tr("In maintenance");
    if (state == QLatin1String("leaving"))
        return HostTreeModel::tr("Leaving maintenance");
    return HostTreeModel::tr("Entering maintenance");
}

QColor hostColor(const HostItem &h)
{
    if (h.pseudo)
        return statusColor(StatusKind::Stopped);
    if (!h.hasNode || !h.ready)
        return statusColor(StatusKind::Error);
    if (h.cordoned)
        return statusColor(StatusKind::Paused);
    return statusColor(StatusKind::Running);
}

} // namespace

QVariant HostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto *item = static_cast<const TreeItem *>(index.internalPointer());
    if (role == ItemKindRole)
        return int(item->kind);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() == VmCount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    switch (item->kind) {
    case TreeItemKind::Cluster: return clusterData(index.column(), role);
    case TreeItemKind::Host: return hostData(*static_cast<const HostItem *>(item), index.column(), role);
    case TreeItemKind::Vm: return vmData(*static_cast<const VmItem *>(item), index.column(), role);
    }
    return {};
}

QVariant HostTreeModel::clusterData(int column, int role) const
{
    int hosts = 0, ready = 0, vcpu = 0;
    std::int64_t cpuMillis = 0, mem = 0, memUsed = 0;
    for (const auto &h : m_cluster.hosts) {
        if (h->pseudo)
            continue;
        ++hosts;
        ready += h->hasNode && h->ready ? 1 : 0;
        vcpu += h->vcpuUsed;
        cpuMillis += h->cpuAllocatableMillis;
        mem += h->memoryAllocatableBytes;
        memUsed += h->memoryUsedBytes;
    }
    const double cpuF = fraction(vcpu * 1000.0, double(cpuMillis));
    const double memF = fraction(double(memUsed), double(mem));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return m_cluster.name.isEmpty() ? tr("Cluster") : m_cluster.name;
        case Status: return tr("%1/%2 ready").arg(ready).arg(hosts);
        case Cpu: return vcpuOfTotal(vcpu, cpuMillis, m_usageKnown);
        case Memory: return usedOfTotal(memUsed, mem, m_usageKnown);
        case VmCount: return QLocale().toString(qlonglong(m_vmByKey.size()));
        }
        return {};
    case RawRole:
        switch (column) {
        case Name: return m_cluster.name;
        case Status: return ready;
        case Cpu: return cpuF;
        case Memory: return memF;
        case VmCount: return int(m_vmByKey.size());
        }
        return {};
    case FractionRole:
        if (column == Cpu)
            return cpuF;
        if (column == Memory)
            return memF;
        return {};
    case Qt::FontRole: {
        if (column == Cpu || column == Memory)
            return {}; // the bars' text must fit the same width as the hosts'
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ToolTipRole:
        if ((column == Cpu || column == Memory) && !m_usageKnown)
            return usageNotKnownYet();
        if (column == Cpu || column == Memory)
            return tr("Requested by running VMs: %1 of the hosts' allocatable vCPU, %2 of their memory")
                .arg(percent(cpuF), percent(memF));
        return {};
    }
    return {};
}

QVariant HostTreeModel::hostData(const HostItem &h, int column, int role) const
{
    const double cpuF = fraction(h.vcpuUsed * 1000.0, double(h.cpuAllocatableMillis));
    const double memF = fraction(double(h.memoryUsedBytes), double(h.memoryAllocatableBytes));
    const bool hasCapacity = !h.pseudo && h.hasNode;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return h.pseudo ? tr("Not running") : h.name;
        case Status:
            if (h.pseudo)
                return QString();
            if (!h.hasNode)
                return tr("Unknown host");
            if (!h.ready)
                return h.cordoned ? tr("Not ready, cordoned") : tr("Not ready");
            if (!h.maintenance.isEmpty())
                return maintenanceText(h.maintenance);
            if (m_health.value(h.name).first >= 2)
                return (h.cordoned ? tr("Cordoned") : tr("Ready")) +
                       (m_health.value(h.name).first >= 3 ? tr(" · critical") : tr(" · warning"));
            return h.cordoned ? tr("Cordoned") : tr("Ready");
        case Cpu: return hasCapacity ? vcpuOfTotal(h.vcpuUsed, h.cpuAllocatableMillis, m_usageKnown) : QString();
        case Memory: return hasCapacity ? usedOfTotal(h.memoryUsedBytes, h.memoryAllocatableBytes, m_usageKnown) : QString();
        case VmCount: return QString::number(h.vms.size());
        }
        return {};
    case RawRole:
        switch (column) {
        case Name: return h.name;
        case Status: return h.ready;
        case Cpu: return cpuF;
        case Memory: return memF;
        case VmCount: return int(h.vms.size());
        }
        return {};
    case CapacityRole:
        if (hasCapacity && column == Cpu)
            return double(h.cpuAllocatableMillis) / 1000.0;
        if (hasCapacity && column == Memory)
            return double(h.memoryAllocatableBytes);
        return {};
    case FractionRole:
        if (hasCapacity && column == Cpu)
            return cpuF;
        if (hasCapacity && column == Memory)
            return memF;
        return {};
    case Qt::DecorationRole:
        if (column == Status && m_health.value(h.name).first >= 2)
            return m_health.value(h.name).first >= 3 ? QColor(0xd0, 0x35, 0x35) : QColor(0xd9, 0x8c, 0x00);
        return column == Name ? QVariant(hostColor(h)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Status && !m_health.value(h.name).second.isEmpty())
            return m_health.value(h.name).second;
        if (h.pseudo)
            return tr("VMs without a running instance");
        if ((column == Cpu || column == Memory) && hasCapacity && !m_usageKnown)
            return usageNotKnownYet();
        if (column == Cpu || column == Memory)
            return tr("%1 of allocatable vCPU, %2 of allocatable memory requested by VMs on %3")
                .arg(percent(cpuF), percent(memF), h.name);
        return tr("%1 — %2, kubelet %3").arg(h.name, h.internalIp, h.kubeletVersion);
    }
    return {};
}

QVariant HostTreeModel::vmData(const VmItem &v, int column, int role) const
{
    const VmSummary &s = v.vm();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return s.key;
        case Status: return s.status;
        case Cpu: return s.vcpu > 0 ? tr("%n vCPU", nullptr, s.vcpu) : QString();
        case Memory: return s.memoryBytes > 0 ? core::formatBytes(s.memoryBytes) : QString();
        case VmCount: return QString();
        }
        return {};
    case RawRole:
        switch (column) {
        case Name: return s.key;
        case Status: return s.status;
        case Cpu: return s.vcpu;
        case Memory: return qlonglong(s.memoryBytes);
        }
        return {};
    case KeyRole: return s.key;
    case StatusKindRole: return int(s.kind);
    case Qt::DecorationRole:
        return column == Name ? QVariant(statusColor(s.kind)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3").arg(s.key, s.status, s.os.isEmpty() ? tr("unknown OS") : s.os);
    }
    return {};
}

} // namespace drover::models
