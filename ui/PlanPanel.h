#pragma once
// The Plan panel ("droverd's plan"): what droverd intends now for every SnapshotSchedule and
// HostMaintenance on this cluster, and why — ops::IntentPlans' entries (the same `droverd plan`
// prints) as a tree, a row per intent with a row per line of its plan. Above, one line says where
// the intents come from and whether droverd's CRDs are served. Renders only: it acts on nothing.
#include "IntentPlans.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace drover::models {
class PlanTreeModel;
}

namespace drover::ui {

class PlanPanel : public QWidget
{
    Q_OBJECT
public:
    // Both must outlive the panel.
    PlanPanel(ops::ClusterConnection *connection, ops::IntentPlans *plans, QWidget *parent = nullptr);

    // For tests and screenshots.
    QLabel *header() const { return m_header; }
    QTreeView *tree() const { return m_tree; }
    models::PlanTreeModel *model() const { return m_model; }

private:
    void update();
    QString headerText() const;
    QString placeholderText() const;

    ops::ClusterConnection *m_connection;
    ops::IntentPlans *m_plans;
    QLabel *m_header;
    QTreeView *m_tree;
    models::PlanTreeModel *m_model;
};

} // namespace drover::ui
