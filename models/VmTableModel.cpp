#include "VmTableModel.h"

#include "CostClock.h"

#include "MigrationSupport.h"

#include "Quantity.h"

#include <QTimer>
#include <algorithm>

namespace drover::models {

namespace {

// "10.244.0.7" -> "010.244.000.007" so that addresses sort by value; IPv6 after IPv4.
QString sortableIp(const QString &ip)
{
    if (ip.isEmpty())
        return ip;
    const QStringList parts = ip.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return QLatin1Char('~') + ip;
    QString out;
    for (const QString &p : parts)
        out += p.rightJustified(3, QLatin1Char('0')) + QLatin1Char('.');
    out.chop(1);
    return out;
}

} // namespace

VmTableModel::VmTableModel(kube::ObjectCache *vms, kube::ObjectCache *vmis, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::make_shared<VmSummaryStore>()), m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(0);
    connect(m_flush, &QTimer::timeout, this, &VmTableModel::flushReady);
    setCaches(vms, vmis);
}

VmTableModel::~VmTableModel() = default;

void VmTableModel::setSummaryStore(std::shared_ptr<VmSummaryStore> store)
{
    m_store = std::move(store);
    if (m_vms || m_vmis) // a view not bound yet leaves a shared store's binding (and summaries) alone
        m_store->setCaches(m_vms, m_vmis);
    for (const Row &r : m_rows)
        r.summary.reset();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void VmTableModel::setCaches(kube::ObjectCache *vms, kube::ObjectCache *vmis)
{
    beginResetModel();
    for (kube::ObjectCache *old : {m_vms.data(), m_vmis.data()})
        if (old)
            old->disconnect(this);
    m_vms = vms;
    m_vmis = vmis;
    m_pending.clear();
    m_flush->stop();
    m_store->setCaches(vms, vmis);
    populate();
    for (kube::ObjectCache *c : {vms, vmis}) {
        if (!c)
            continue;
        connect(c, &kube::ObjectCache::changed, this, &VmTableModel::onChanged);
        // Teardown of a connection, not a watch event: empty the model.
        connect(c, &QObject::destroyed, this, [this] { setCaches(nullptr, nullptr); });
    }
    endResetModel();
}

void VmTableModel::populate()
{
    m_rows.clear();
    m_index.clear();
    if (!m_vms)
        return;
    QList<QString> keys = m_vms->keys();
    std::sort(keys.begin(), keys.end());
    m_rows.reserve(size_t(keys.size()));
    for (const QString &k : keys) {
        m_index.insert(k, int(m_rows.size()));
        m_rows.push_back(Row{k, nullptr});
    }
}

void VmTableModel::onChanged(const QList<kube::CacheEvent> &events)
{
    // The batch is shown when its summaries are built (off this thread; see VmSummaryStore).
    m_pending.add(events, *m_store, this, [this] {
        if (!m_flush->isActive())
            m_flush->start();
    });
}

void VmTableModel::flushPending()
{
    m_flush->stop();
    apply(m_pending.takeAll());
}

void VmTableModel::flushReady()
{
    const kube::turn::Slice slice;
    QSet<QString> whole;
    const QSet<QString> ready = m_pending.takeReady(&whole);
    apply(ready, &slice, whole);
}

void VmTableModel::apply(const QSet<QString> &pending, const kube::turn::Slice *slice, const QSet<QString> &whole)
{
    if (pending.isEmpty())
        return;
    static const QString kName = QStringLiteral("vmtable");
    const kube::cost::Measure cost(kube::cost::Step::Model, kName);

    std::vector<int> removed, changed, changedWhole; // whole: a VMI come or gone, shown in this turn
    QList<QString> added;
    for (const QString &key : std::as_const(pending)) {
        const auto it = m_index.constFind(key);
        const bool present = m_vms && m_vms->contains(key);
        if (it != m_index.cend()) {
            if (!present)
                removed.push_back(*it);
            else if (!m_store->shows(key, m_rows[size_t(*it)].summary.get()))
                (whole.contains(key) ? changedWhole : changed).push_back(*it); // else a heartbeat: what the row shows stands
        } else if (present) {
            added.append(key);
        }
    }
    if (!removed.empty()) {
        std::sort(removed.begin(), removed.end());
        // Rows after a removed one move up by the number of removed rows before them.
        for (std::vector<int> *rows : {&changed, &changedWhole})
            for (int &r : *rows)
                r -= int(std::lower_bound(removed.begin(), removed.end(), r) - removed.begin());
        removeRows(removed);
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end());
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const QString &k : std::as_const(added)) {
            m_index.insert(k, int(m_rows.size()));
            m_rows.push_back(Row{k, nullptr});
        }
        endInsertRows();
    }
    emitChanged(std::move(changedWhole), nullptr);
    emitChanged(std::move(changed), slice);
}

void VmTableModel::emitChanged(std::vector<int> changed, const kube::turn::Slice *slice)
{
    if (changed.empty())
        return;
    // A row is its VM's key: its Name and Namespace never change in place, so they are left out
    // of the signal. A proxy sorted by name (the table's default) then has nothing to sort again:
    // with them in, Qt's QSortFilterProxyModel took each changed row out and sorted it back in,
    // and the VMIs' list at start-up changes nearly every row.
    const int first = kFirstChangeable, last = ColumnCount - 1;
    if (changed.size() * 2 > m_rows.size()) {
        // Most rows changed: one ranged signal is cheaper for every view and proxy.
        for (int r : changed)
            m_rows[size_t(r)].summary.reset();
        Q_EMIT dataChanged(index(0, first), index(int(m_rows.size()) - 1, last));
        return;
    }
    std::sort(changed.begin(), changed.end());
    size_t i = 0;
    while (i < changed.size()) {
        if (slice && slice->over()) {
            for (; i < changed.size(); ++i) // their rows show the summary they had until then
                m_pending.insertReady(m_rows[size_t(changed[i])].key);
            m_flush->start();
            return;
        }
        size_t j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1)
            ++j;
        for (size_t k = i; k <= j; ++k)
            m_rows[size_t(changed[k])].summary.reset();
        Q_EMIT dataChanged(index(changed[i], first), index(changed[j], last));
        i = j + 1;
    }
}

void VmTableModel::removeRows(std::vector<int> rows)
{
    // rows: sorted ascending, unique. Remove contiguous runs from the bottom up so that the
    // indices of the runs still to go stay valid.
    for (int r : rows) {
        m_index.remove(m_rows[size_t(r)].key);
        m_store->remove(m_rows[size_t(r)].key);
    }
    size_t end = rows.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        const int first = rows[begin], lastRow = rows[end - 1];
        beginRemoveRows({}, first, lastRow);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + lastRow + 1);
        endRemoveRows();
        end = begin;
    }
    reindexFrom(rows.front());
}

void VmTableModel::reindexFrom(int first)
{
    for (size_t i = size_t(first); i < m_rows.size(); ++i)
        m_index[m_rows[i].key] = int(i);
}

int VmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int VmTableModel::rowOf(const QString &key) const
{
    return m_index.value(key, -1);
}

QString VmTableModel::keyAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].key : QString();
}

const VmSummary &VmTableModel::summaryAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if (!r.summary)
        r.summary = m_store->get(r.key);
    return *r.summary;
}

std::optional<VmSummary> VmTableModel::summaryOf(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0)
        return std::nullopt;
    return summaryAt(row);
}

QVariant VmTableModel::display(const VmSummary &s, int column) const
{
    switch (column) {
    case Name: return s.name;
    case Namespace: return s.ns;
    case Status: return s.status;
    case Host: return s.migratingTo.isEmpty() ? s.host : tr("%1 → %2").arg(s.host, s.migratingTo);
    case VCpu: return s.vcpu > 0 ? QString::number(s.vcpu) : QString();
    case Memory: return s.memoryBytes > 0 ? core::formatBytes(s.memoryBytes) : QString();
    case Os: return s.os;
    case Ip: return s.ip;
    case Cluster: return s.tenantCluster;
    }
    return {};
}

QVariant VmTableModel::raw(const VmSummary &s, int column) const
{
    switch (column) {
    case Name: return s.name;
    case Namespace: return s.ns;
    case Status: return s.status;
    case Host: return s.host;
    case VCpu: return s.vcpu;
    case Memory: return qlonglong(s.memoryBytes);
    case Os: return s.os;
    case Ip: return sortableIp(s.ip);
    case Cluster: return s.tenantCluster;
    }
    return {};
}

QVariant VmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(summaryAt(index.row()), col);
    case RawRole: return raw(summaryAt(index.row()), col);
    case KeyRole: return m_rows[size_t(index.row())].key;
    case StatusKindRole: return int(summaryAt(index.row()).kind);
    case Qt::DecorationRole:
        if (col == Status)
            return statusColor(summaryAt(index.row()).kind);
        return {};
    case Qt::TextAlignmentRole:
        if (col == VCpu || col == Memory)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const VmSummary &s = summaryAt(index.row());
        if (col == Status)
            return s.host.isEmpty() ? tr("%1 (run strategy %2)").arg(s.status, core::nameOf(s.runStrategy))
                                    : tr("%1 on %2 (run strategy %3)").arg(s.status, s.host, core::nameOf(s.runStrategy));
        return display(s, col);
    }
    default: return {};
    }
}

QVariant VmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == VCpu || section == Memory ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Namespace: return tr("Namespace");
    case Status: return tr("Status");
    case Host: return tr("Host");
    case VCpu: return tr("vCPU");
    case Memory: return tr("Memory");
    case Os: return tr("Operating system");
    case Ip: return tr("IP address");
    case Cluster: return tr("Tenant cluster");
    }
    return {};
}

Qt::ItemFlags VmTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.data(KeyRole).toString().isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList VmTableModel::mimeTypes() const
{
    return {QLatin1String(kVmKeysMime)};
}

QMimeData *VmTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList keys;
    for (const QModelIndex &i : indexes) {
        const QString k = i.data(KeyRole).toString();
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys.isEmpty() ? nullptr : vmKeysMime(keys);
}

} // namespace drover::models
