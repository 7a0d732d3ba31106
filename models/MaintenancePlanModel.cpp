#include "MaintenancePlanModel.h"

#include "MaintenanceText.h"
#include "ModelRoles.h"
#include "VmStatus.h"

#include <QBrush>
#include <QFont>

namespace drover::models {

void MaintenancePlanModel::setPlan(const reconcile::MaintenancePlan &plan, const QMap<QString, ops::EvictionStatus> &evictions)
{
    m_evictions = evictions;
    QHash<QString, int> wanted;
    for (int i = 0; i < plan.items.size(); ++i)
        wanted.insert(plan.items[i].kind + plan.items[i].key, i);
    for (int r = int(m_items.size()) - 1; r >= 0; --r) {
        if (wanted.contains(m_items[r].kind + m_items[r].key))
            continue;
        beginRemoveRows({}, r, r);
        m_items.removeAt(r);
        endRemoveRows();
    }
    QSet<QString> have;
    for (const reconcile::PlanItem &i : std::as_const(m_items))
        have.insert(i.kind + i.key);
    QList<reconcile::PlanItem> added;
    for (const reconcile::PlanItem &i : plan.items)
        if (!have.contains(i.kind + i.key))
            added << i;
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size()) - 1);
        m_items += added;
        endInsertRows();
    }
    bool sameOrder = true;
    for (int r = 0; r < m_items.size() && sameOrder; ++r)
        sameOrder = wanted.value(m_items[r].kind + m_items[r].key) == r;
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QList<QString> oldKeys;
        for (const reconcile::PlanItem &i : std::as_const(m_items))
            oldKeys << i.kind + i.key;
        m_items = plan.items;
        QModelIndexList after;
        for (const QModelIndex &ix : before)
            after << index(wanted.value(oldKeys.value(ix.row())), ix.column());
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged();
    } else {
        m_items = plan.items;
    }
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

QString MaintenancePlanModel::progressOf(const reconcile::PlanItem &i) const
{
    if (i.done)
        return i.action == reconcile::ItemAction::LiveMigrate ? tr("moved") : tr("done");
    // A VM's row shows its launcher pod's eviction; a pod's its own.
    for (auto it = m_evictions.cbegin(); it != m_evictions.cend(); ++it) {
        const bool mine = it.key() == i.key ||
                          (i.kind == QLatin1String("VirtualMachine") &&
                           it.key().startsWith(i.key.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/virt-launcher-") +
                                               i.key.section(QLatin1Char('/'), 1) + QLatin1Char('-')));
        if (mine)
            return MaintenanceText::eviction(it.value());
    }
    return QString();
}

QVariant MaintenancePlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const reconcile::PlanItem &i = m_items[index.row()];
    const bool blocked = i.block != reconcile::Block::None;
    switch (role) {
    case Qt::DisplayRole:
    case RawRole:
        switch (index.column()) {
        case Workload: return i.key;
        case Action: return MaintenanceText::action(i.action);
        case Target: return i.target;
        case Reason: return i.blockKey.isEmpty() ? i.reason : QStringLiteral("%1 (%2)").arg(i.reason, i.blockKey);
        case Progress: return progressOf(i);
        }
        break;
    case Qt::ToolTipRole:
        return i.blockKey.isEmpty() ? i.reason : QStringLiteral("%1\n%2").arg(i.reason, i.blockKey);
    case Qt::ForegroundRole:
        if (blocked)
            return QBrush(statusColor(StatusKind::Error));
        if (i.done)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (blocked && index.column() == Action) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case KeyRole:
        return i.kind == QLatin1String("VirtualMachine") ? i.key : QString();
    default:
        break;
    }
    return {};
}

QVariant MaintenancePlanModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Workload: return tr("VM or pod");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case Reason: return tr("Why");
    case Progress: return tr("Progress");
    }
    return {};
}

} // namespace drover::models
