#pragma once
// A host's maintenance plan as table rows: every VM and pod on the host, what will happen to it,
// where it goes and why — blockers first. Updated in place as the plan changes (rows that left
// are removed, new ones inserted, the rest changed in one ranged dataChanged; a reorder is a
// layout change), never reset, so a selection survives the plan's live updates.
#include "Maintenance.h"
#include "MaintenancePlan.h"

#include <QAbstractTableModel>

namespace drover::models {

class MaintenancePlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Workload, Action, Target, Reason, Progress, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const reconcile::MaintenancePlan &plan, const QMap<QString, ops::EvictionStatus> &evictions = {});
    const reconcile::PlanItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QString progressOf(const reconcile::PlanItem &i) const;

    QList<reconcile::PlanItem> m_items;
    QMap<QString, ops::EvictionStatus> m_evictions; // by pod key
    QHash<QString, QString> m_podOfVm;               // VM key -> its virt-launcher pod key
};

} // namespace drover::models
