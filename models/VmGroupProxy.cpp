#include "VmGroupProxy.h"

#include "ModelRoles.h"

#include <QCollator>
#include <QFont>

#include <algorithm>

namespace drover::models {

VmGroupProxy::VmGroupProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void VmGroupProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    connectSource();
    rebuild();
    endResetModel();
    Q_EMIT groupsChanged();
}

void VmGroupProxy::connectSource()
{
    QAbstractItemModel *s = sourceModel();
    if (!s)
        return;
    const auto grouped = [this] { return m_by != GroupBy::None; };
    connect(s, &QAbstractItemModel::rowsAboutToBeInserted, this, [=, this](const QModelIndex &, int first, int last) {
        grouped() ? prepareLayout() : beginInsertRows({}, first, last);
    });
    connect(s, &QAbstractItemModel::rowsInserted, this, [=, this] { grouped() ? finishLayout() : endInsertRows(); });
    connect(s, &QAbstractItemModel::rowsAboutToBeRemoved, this, [=, this](const QModelIndex &, int first, int last) {
        grouped() ? prepareLayout() : beginRemoveRows({}, first, last);
    });
    connect(s, &QAbstractItemModel::rowsRemoved, this, [=, this] { grouped() ? finishLayout() : endRemoveRows(); });
    connect(s, &QAbstractItemModel::rowsAboutToBeMoved, this, [=, this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
        grouped() ? prepareLayout() : void(beginMoveRows({}, first, last, {}, to));
    });
    connect(s, &QAbstractItemModel::rowsMoved, this, [=, this] { grouped() ? finishLayout() : endMoveRows(); });
    connect(s, &QAbstractItemModel::layoutAboutToBeChanged, this, &VmGroupProxy::prepareLayout);
    connect(s, &QAbstractItemModel::layoutChanged, this, &VmGroupProxy::finishLayout);
    connect(s, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(s, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
        Q_EMIT groupsChanged();
    });
    connect(s, &QAbstractItemModel::dataChanged, this, &VmGroupProxy::onDataChanged);
    connect(s, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // Columns never change in a VM table: a reset covers it if they ever do.
    connect(s, &QAbstractItemModel::columnsAboutToBeInserted, this, [this] { beginResetModel(); });
    connect(s, &QAbstractItemModel::columnsInserted, this, [this] { rebuild(); endResetModel(); });
    connect(s, &QAbstractItemModel::columnsAboutToBeRemoved, this, [this] { beginResetModel(); });
    connect(s, &QAbstractItemModel::columnsRemoved, this, [this] { rebuild(); endResetModel(); });
}

void VmGroupProxy::setGroupBy(GroupBy by, int column)
{
    if (by == m_by && column == m_column)
        return;
    prepareLayout();
    m_by = by;
    m_column = column;
    finishLayout();
}

QString VmGroupProxy::keyOf(int sourceRow) const
{
    // The raw value (a migrating VM's host, not "a → b"), else what is shown.
    const QModelIndex i = sourceModel()->index(sourceRow, m_column);
    const QVariant raw = i.data(RawRole);
    return raw.isValid() ? raw.toString() : i.data().toString();
}

void VmGroupProxy::rebuild()
{
    m_rows.clear();
    m_rowOfSource.clear();
    m_groups.clear();
    m_counts.clear();
    m_keyOfSource.clear();
    if (m_by == GroupBy::None || !sourceModel())
        return;
    const int n = sourceModel()->rowCount();
    m_keyOfSource.reserve(n);
    for (int r = 0; r < n; ++r)
        m_keyOfSource.append(keyOf(r));
    QStringList keys = m_keyOfSource;
    keys.removeDuplicates();
    QCollator collator;
    collator.setNumericMode(true); // nvme-a2 before nvme-a10
    std::sort(keys.begin(), keys.end(), [&collator](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // the empty group last
        return collator.compare(a, b) < 0;
    });
    QHash<QString, int> groupOf;
    std::vector<std::vector<int>> members(std::size_t(keys.size()));
    for (int g = 0; g < keys.size(); ++g)
        groupOf.insert(keys[g], g);
    for (int r = 0; r < n; ++r)
        members[std::size_t(groupOf.value(m_keyOfSource[r]))].push_back(r);
    m_rowOfSource.assign(std::size_t(n), -1);
    m_groups = keys;
    for (int g = 0; g < keys.size(); ++g) {
        m_rows.push_back({-1, g});
        m_counts.append(int(members[std::size_t(g)].size()));
        for (int r : members[std::size_t(g)]) {
            m_rowOfSource[std::size_t(r)] = int(m_rows.size());
            m_rows.push_back({r, g});
        }
    }
}

void VmGroupProxy::prepareLayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    Q_EMIT layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_saved.clear();
    for (const QModelIndex &p : std::as_const(m_savedProxy)) {
        Saved s;
        s.column = p.column();
        if (isGroupRow(p.row()))
            s.group = m_groups.value(m_rows[std::size_t(p.row())].group);
        else
            s.source = mapToSource(p);
        m_saved.append(s);
    }
}

void VmGroupProxy::beginBatch()
{
    if (m_by == GroupBy::None || m_batch)
        return;
    prepareLayout();
    m_batch = true;
}

void VmGroupProxy::endBatch()
{
    if (!m_batch)
        return;
    m_batch = false;
    finishLayout();
}

void VmGroupProxy::finishLayout()
{
    if (!m_inLayout || m_batch)
        return;
    rebuild();
    QModelIndexList to;
    for (const Saved &s : std::as_const(m_saved)) {
        if (s.source.isValid()) {
            to << mapFromSource(s.source).siblingAtColumn(s.column);
        } else if (const qsizetype g = m_groups.indexOf(s.group); !s.group.isNull() && g >= 0) {
            const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [g](const Row &r) { return r.source < 0 && r.group == g; });
            to << index(int(it - m_rows.cbegin()), s.column);
        } else {
            to << QModelIndex();
        }
    }
    changePersistentIndexList(m_savedProxy, to);
    m_saved.clear();
    m_savedProxy.clear();
    m_inLayout = false;
    Q_EMIT layoutChanged();
    Q_EMIT groupsChanged();
}

void VmGroupProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_by == GroupBy::None) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    int first = rowCount(), last = -1;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (r >= m_keyOfSource.size() || keyOf(r) != m_keyOfSource[r]) { // a VM moved to another group
            prepareLayout();
            finishLayout();
            return;
        }
        first = std::min(first, m_rowOfSource[std::size_t(r)]);
        last = std::max(last, m_rowOfSource[std::size_t(r)]);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

bool VmGroupProxy::isGroupRow(int row) const
{
    return m_by != GroupBy::None && row >= 0 && row < int(m_rows.size()) && m_rows[std::size_t(row)].source < 0;
}

QList<int> VmGroupProxy::groupRows() const
{
    QList<int> out;
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[std::size_t(r)].source < 0)
            out << r;
    return out;
}

QModelIndex VmGroupProxy::mapToSource(const QModelIndex &proxy) const
{
    if (!proxy.isValid() || !sourceModel())
        return {};
    if (m_by == GroupBy::None)
        return sourceModel()->index(proxy.row(), proxy.column());
    if (proxy.row() >= int(m_rows.size()) || m_rows[std::size_t(proxy.row())].source < 0)
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxy.row())].source, proxy.column());
}

QModelIndex VmGroupProxy::mapFromSource(const QModelIndex &source) const
{
    if (!source.isValid())
        return {};
    if (m_by == GroupBy::None)
        return index(source.row(), source.column());
    if (source.row() >= int(m_rowOfSource.size()))
        return {};
    return index(m_rowOfSource[std::size_t(source.row())], source.column());
}

QModelIndex VmGroupProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

int VmGroupProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return m_by == GroupBy::None ? sourceModel()->rowCount() : int(m_rows.size());
}

int VmGroupProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QVariant VmGroupProxy::data(const QModelIndex &index, int role) const
{
    if (!isGroupRow(index.row()))
        return QAbstractProxyModel::data(index, role);
    const Row &row = m_rows[std::size_t(index.row())];
    const QString key = m_groups.value(row.group);
    if (role == Qt::DisplayRole && index.column() == 0) {
        const int n = m_counts.value(row.group);
        const QString name = !key.isEmpty()                  ? key
                             : m_by == GroupBy::Host         ? tr("Not running on a host")
                             : m_by == GroupBy::TenantCluster ? tr("No tenant cluster")
                                                             : tr("(none)");
        return tr("%1 — %n VM(s)", nullptr, n).arg(name);
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

// Columns are the source's one for one (QAbstractProxyModel would map them through row 0, a header).
QVariant VmGroupProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel() || orientation == Qt::Vertical)
        return {};
    return sourceModel()->headerData(section, orientation, role);
}

Qt::ItemFlags VmGroupProxy::flags(const QModelIndex &index) const
{
    if (isGroupRow(index.row()))
        return Qt::ItemIsEnabled; // not selectable, not draggable
    return QAbstractProxyModel::flags(index);
}

} // namespace drover::models
