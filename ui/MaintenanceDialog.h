#pragma once
// Host ▸ Enter Maintenance…: the preflight plan before anything happens — every VM and pod on
// the host, what will happen to it, where it goes and why, blockers first in red and in words —
// kept live while open. Apply stays greyed while anything blocks or the plan is still loading.
// The dialog only renders and asks: the plan comes from ops::MaintenancePreview, and Apply hands
// an ops::MaintenanceRequest back (request()) for ops::Maintenance to carry out.
#include "Maintenance.h"
#include "MaintenancePreview.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace drover::models {
class MaintenancePlanModel;
}

namespace drover::ui {

class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(ops::ClusterConnection *connection, ops::CephGate *gate, const QString &node,
                      QWidget *parent = nullptr);
    ops::MaintenanceRequest request() const;
    // Hand it to droverd (a HostMaintenance object) instead of running it in this console.
    bool handToDroverd() const;
    // For tests and screenshots.
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *stopCheck() const { return m_stop; }
    QCheckBox *restartCheck() const { return m_restart; }
    QCheckBox *droverdCheck() const { return m_droverd; }
    QTableView *table() const { return m_table; }
    ops::MaintenancePreview *preview() const { return m_preview; }

private:
    void onPlanned(const reconcile::MaintenancePlan &plan, bool synced);
    reconcile::VmPolicy policy() const;

    QString m_node;
    ops::MaintenancePreview *m_preview;
    models::MaintenancePlanModel *m_model;
    QLabel *m_summary;
    QLabel *m_blockers;
    QLabel *m_ceph;
    QCheckBox *m_stop;
    QCheckBox *m_restart;
    QLineEdit *m_reason;
    QCheckBox *m_droverd;
    QTableView *m_table;
    QPushButton *m_apply;
};

} // namespace drover::ui
