#include "HostTreeModel.h"

#include "CostClock.h"

#include "MigrationSupport.h"

#include "Node.h"
#include "Quantity.h"

#include <QFont>
#include <QTimer>
#include <algorithm>

namespace drover::models {

HostTreeModel::HostTreeModel(kube::ObjectCache *nodes, kube::ObjectCache *vms, kube::ObjectCache *vmis,
                             QObject *parent)
    : QAbstractItemModel(parent), m_store(std::make_shared<VmSummaryStore>()), m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(0);
    connect(m_flush, &QTimer::timeout, this, &HostTreeModel::flushReady);
    setCaches(nodes, vms, vmis);
}

HostTreeModel::~HostTreeModel() = default;

void HostTreeModel::setSummaryStore(std::shared_ptr<VmSummaryStore> store)
{
    m_store = std::move(store);
    if (m_vms || m_vmis) // a view not bound yet leaves a shared store's binding (and summaries) alone
        m_store->setCaches(m_vms, m_vmis);
}

void HostTreeModel::setCaches(kube::ObjectCache *nodes, kube::ObjectCache *vms, kube::ObjectCache *vmis)
{
    beginResetModel();
    for (kube::ObjectCache *old : {m_nodes.data(), m_vms.data(), m_vmis.data()})
        if (old)
            old->disconnect(this);
    m_cluster.clearHosts();
    m_hostByName.clear();
    m_vmByKey.clear();
    m_pendingNodes.clear();
    m_pendingVms.clear();
    m_nodes = nodes;
    m_vms = vms;
    m_vmis = vmis;
    m_store->setCaches(vms, vmis);
    endResetModel();
    if (nodes)
        connect(nodes, &kube::ObjectCache::changed, this, &HostTreeModel::onNodes);
    for (kube::ObjectCache *c : {vms, vmis})
        if (c)
            connect(c, &kube::ObjectCache::changed, this, &HostTreeModel::onVms);
    for (kube::ObjectCache *c : {nodes, vms, vmis})
        if (c)
            connect(c, &QObject::destroyed, this, [this] { setCaches(nullptr, nullptr, nullptr); });
    // What the caches already hold arrives as ordinary (batched) inserts.
    if (nodes)
        for (const QString &k : nodes->keys())
            m_pendingNodes.insert(k);
    if (vms)
        for (const QString &k : vms->keys())
            m_pendingVms.insertReady(k);
    flushPending();
}

void HostTreeModel::setClusterName(const QString &name)
{
    m_cluster.name = name;
    emitRowChanged(clusterIndex());
}

void HostTreeModel::setUsageKnown(bool known)
{
    if (known == m_usageKnown)
        return;
    m_usageKnown = known;
    // The cluster's row and every host's: the usage columns only.
    const QModelIndex cluster = clusterIndex();
    Q_EMIT dataChanged(cluster.siblingAtColumn(Cpu), cluster.siblingAtColumn(Memory));
    if (const int hosts = rowCount(cluster); hosts > 0)
        Q_EMIT dataChanged(index(0, Cpu, cluster), index(hosts - 1, Memory, cluster));
}

void HostTreeModel::onNodes(const QList<kube::CacheEvent> &events)
{
    for (const auto &e : events)
        m_pendingNodes.insert(e.key);
    schedule();
}

void HostTreeModel::onVms(const QList<kube::CacheEvent> &events)
{
    m_pendingVms.add(events, *m_store, this, [this] { schedule(); }); // shown when their summaries are built
}

void HostTreeModel::schedule()
{
    if (!m_flush->isActive())
        m_flush->start();
}

void HostTreeModel::flushPending()
{
    m_flush->stop();
    apply(std::exchange(m_pendingNodes, {}), m_pendingVms.takeAll());
}

void HostTreeModel::flushReady()
{
    const kube::turn::Slice slice;
    QSet<QString> whole;
    const QSet<QString> vms = m_pendingVms.takeReady(&whole);
    apply(std::exchange(m_pendingNodes, {}), vms, Sliced{&slice, &whole});
}

void HostTreeModel::apply(const QSet<QString> &nodes, const QSet<QString> &vms, Sliced sliced)
{
    if (nodes.isEmpty() && vms.isEmpty())
        return;
    static const QString kName = QStringLiteral("hosttree");
    const kube::cost::Measure cost(kube::cost::Step::Model, kName);
    Touched touched;
    for (const QString &n : std::as_const(nodes))
        updateNode(n, &touched);
    VmMoves moves;
    bool deferred = false;
    for (const QString &k : std::as_const(vms)) {
        if (sliced.slice && !sliced.whole->contains(k) && m_vmByKey.contains(k) && sliced.slice->over()) {
            m_pendingVms.insertReady(k); // its summary is built: shown by the next flush
            deferred = true;
            continue;
        }
        updateVm(k, &moves, &touched);
    }
    if (deferred)
        schedule();
    for (const auto &[host, keys] : moves.removals)
        removeVms(host, keys);
    for (auto &[host, items] : moves.inserts)
        insertVms(host, std::move(items));
    std::vector<HostItem *> gone;
    bool shown = false;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        HostItem *h = it.key();
        const std::pair before(h->vcpuUsed, h->memoryUsedBytes);
        h->recomputeUsage();
        if (!h->hasNode && h->vms.empty()) {
            gone.push_back(h);
        } else if (it.value() || before != std::pair(h->vcpuUsed, h->memoryUsedBytes)) {
            emitRowChanged(indexOf(h));
            shown = true;
        }
    }
    for (HostItem *h : gone)
        removeHost(h);
    if (shown || !gone.empty()) // else heartbeats, or a VM's IP: no host's row, no sum changed
        emitRowChanged(clusterIndex());
}

void HostTreeModel::updateNode(const QString &name, Touched *touched)
{
    HostItem *h = m_hostByName.value(name);
    if (!m_nodes || !m_nodes->contains(name)) {
        if (h) {
            h->hasNode = false;
            touched->insert(h, true);
        }
        return;
    }
    if (!h)
        h = ensureHost(name);
    h->hasNode = true;
    auto node = core::Node::fromJson(m_nodes->get(name));
    if (node) {
        h->ready = node->ready();
        h->cordoned = node->unschedulable;
        h->maintenance = node->meta.annotations.value(QStringLiteral("drover.io/maintenance"));
        h->cpuAllocatableMillis = node->cpuAllocatableMillis;
        h->memoryAllocatableBytes = node->memoryAllocatableBytes;
        h->internalIp = node->internalIp();
        h->kubeletVersion = node->kubeletVersion;
    } else {
        h->ready = false; // a Node we cannot read is not one to schedule on
    }
    touched->insert(h, true);
}

void HostTreeModel::updateVm(const QString &key, VmMoves *moves, Touched *touched)
{
    VmItem *item = m_vmByKey.value(key);
    auto takeOut = [&] { // its row goes after the batch (removeVms)
        moves->removals[item->host].push_back(key);
        touched->insert(item->host, true);
    };
    if (!m_vms || !m_vms->contains(key)) {
        if (item) {
            takeOut();
            m_vmByKey.remove(key);
            m_store->remove(key);
        }
        return;
    }
    std::shared_ptr<const VmSummary> s = m_store->get(key);
    if (item && item->summary == s)
        return; // a heartbeat: its facts, its row and its host's sums stand
    const QString target = s->hasVmi ? s->host : QString();
    if (item && item->host->name == target) {
        item->summary = std::move(s);
        emitRowChanged(indexOf(item));
        if (!touched->contains(item->host))
            touched->insert(item->host, false); // its sums may have changed
        return;
    }
    if (item)
        takeOut(); // moved to another host: its row goes here, a new one comes there
    auto moving = std::make_unique<VmItem>();
    moving->summary = std::move(s);
    HostItem *h = ensureHost(target);
    moving->host = h;
    m_vmByKey.insert(key, moving.get());
    moves->inserts[h].push_back(std::move(moving));
    touched->insert(h, true);
}

void HostTreeModel::removeVms(HostItem *host, const std::vector<QString> &keys)
{
    std::vector<int> rows;
    rows.reserve(keys.size());
    for (const QString &key : keys)
        rows.push_back(host->vmRow(key));
    std::sort(rows.begin(), rows.end());
    // Contiguous runs from the bottom up, so that the rows of the runs still to go stay where they are.
    const QModelIndex parent = indexOf(host);
    size_t end = rows.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        beginRemoveRows(parent, rows[begin], rows[end - 1]);
        host->vms.erase(host->vms.begin() + rows[begin], host->vms.begin() + rows[end - 1] + 1);
        endRemoveRows();
        end = begin;
    }
}

void HostTreeModel::insertVms(HostItem *host, std::vector<std::unique_ptr<VmItem>> items)
{
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a->vm().key < b->vm().key; });
    const QModelIndex parent = indexOf(host);
    size_t i = 0;
    while (i < items.size()) {
        const int pos = host->vmRow(items[i]->vm().key);
        // The following new items that go to the same place form one inserted range.
        size_t j = i + 1;
        while (j < items.size() && (size_t(pos) == host->vms.size() || items[j]->vm().key < host->vms[size_t(pos)]->vm().key))
            ++j;
        beginInsertRows(parent, pos, pos + int(j - i) - 1);
        host->vms.insert(host->vms.begin() + pos, std::make_move_iterator(items.begin() + qsizetype(i)),
                         std::make_move_iterator(items.begin() + qsizetype(j)));
        endInsertRows();
        i = j;
    }
}

HostItem *HostTreeModel::ensureHost(const QString &name)
{
    if (HostItem *h = m_hostByName.value(name))
        return h;
    auto h = std::make_unique<HostItem>();
    h->name = name;
    h->pseudo = name.isEmpty();
    h->cluster = &m_cluster;
    const int row = m_cluster.hostRow(*h);
    HostItem *raw = h.get();
    beginInsertRows(clusterIndex(), row, row);
    m_cluster.insertHost(row, std::move(h));
    m_hostByName.insert(name, raw);
    endInsertRows();
    return raw;
}

void HostTreeModel::removeHost(HostItem *host)
{
    Q_ASSERT(host->vms.empty());
    const int row = m_cluster.hostRow(host);
    beginRemoveRows(clusterIndex(), row, row);
    m_hostByName.remove(host->name);
    m_cluster.removeHost(row);
    endRemoveRows();
}

void HostTreeModel::emitRowChanged(const QModelIndex &first)
{
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex HostTreeModel::indexOf(const TreeItem *item, int column) const
{
    auto *mut = const_cast<TreeItem *>(item);
    switch (item->kind) {
    case TreeItemKind::Cluster: return createIndex(0, column, mut);
    case TreeItemKind::Host: return createIndex(m_cluster.hostRow(static_cast<const HostItem *>(item)), column, mut);
    case TreeItemKind::Vm: {
        const auto *v = static_cast<const VmItem *>(item);
        return createIndex(v->host->vmRow(v->vm().key), column, mut);
    }
    }
    return {};
}

QModelIndex HostTreeModel::clusterIndex() const
{
    return indexOf(&m_cluster);
}

QModelIndex HostTreeModel::hostIndex(const QString &host) const
{
    const HostItem *h = m_hostByName.value(host);
    return h ? indexOf(h) : QModelIndex();
}

QModelIndex HostTreeModel::vmIndex(const QString &key) const
{
    const VmItem *v = m_vmByKey.value(key);
    if (!v)
        return {};
    bool found = false;
    const int row = v->host->vmRow(key, &found);
    return found ? createIndex(row, 0, const_cast<VmItem *>(v)) : QModelIndex();
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, const_cast<ClusterItem *>(&m_cluster)) : QModelIndex();
    const auto *item = static_cast<const TreeItem *>(parent.internalPointer());
    if (item->kind == TreeItemKind::Cluster && size_t(row) < m_cluster.hosts.size())
        return createIndex(row, column, m_cluster.hosts[size_t(row)].get());
    if (item->kind == TreeItemKind::Host) {
        const auto *h = static_cast<const HostItem *>(item);
        if (size_t(row) < h->vms.size())
            return createIndex(row, column, h->vms[size_t(row)].get());
    }
    return {};
}

QModelIndex HostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *item = static_cast<const TreeItem *>(child.internalPointer());
    switch (item->kind) {
    case TreeItemKind::Cluster: return {};
    case TreeItemKind::Host: return clusterIndex();
    case TreeItemKind::Vm: return indexOf(static_cast<const VmItem *>(item)->host);
    }
    return {};
}

int HostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() > 0)
        return 0;
    const auto *item = static_cast<const TreeItem *>(parent.internalPointer());
    switch (item->kind) {
    case TreeItemKind::Cluster: return int(m_cluster.hosts.size());
    case TreeItemKind::Host: return int(static_cast<const HostItem *>(item)->vms.size());
    case TreeItemKind::Vm: return 0;
    }
    return 0;
}

int HostTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Cpu: return tr("vCPU");
    case Memory: return tr("Memory");
    case VmCount: return tr("VMs");
    }
    return {};
}

Qt::ItemFlags HostTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.data(KeyRole).toString().isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList HostTreeModel::mimeTypes() const
{
    return {QLatin1String(kVmKeysMime)};
}

QMimeData *HostTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList keys;
    for (const QModelIndex &i : indexes) {
        const QString k = i.data(KeyRole).toString();
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys.isEmpty() ? nullptr : vmKeysMime(keys);
}

void HostTreeModel::setHostHealth(const QString &host, int level, const QString &summary)
{
    const QPair<int, QString> v{level, summary};
    if (m_health.value(host) == v)
        return;
    m_health.insert(host, v);
    const QModelIndex idx = hostIndex(host);
    if (idx.isValid())
        Q_EMIT dataChanged(idx.siblingAtColumn(Name), idx.siblingAtColumn(ColumnCount - 1));
}

QString HostTreeModel::internalIpOf(const QString &host) const
{
    const HostItem *h = m_hostByName.value(host);
    return h ? h->internalIp : QString();
}

} // namespace drover::models
