#pragma once
// The Maintenance panel: every host entering, in or leaving maintenance, live — phase, the step
// it is on, VMs and pods left, the time left at KubeVirt's migration limits, and what waits on
// what; below, the selected host's plan with each workload's progress (KubeVirt's and the
// disruption budgets' answers in their own words). Leave Maintenance from here too. Hosts whose
// maintenance droverd carries out (a HostMaintenance) are listed from that object's status.
// Renders ops::Maintenance's progress and droverd's intents; holds no workflow.
#include "Maintenance.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace drover::models {
class MaintenancePlanModel;
}

namespace drover::ui {

class MaintenancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit MaintenancePanel(QWidget *parent = nullptr);
    void setMaintenance(ops::Maintenance *maintenance);
    // droverd's HostMaintenances, from the connection's cache.
    void setConnection(ops::ClusterConnection *connection);
    QTableView *hostTable() const { return m_hosts; }
    QTableView *planTable() const { return m_plan; }

Q_SIGNALS:
    void leaveRequested(const QString &node);

private:
    enum Column { Host, Phase, Now, VmsLeft, PodsLeft, Eta, WaitingOn, ColumnCount };
    void onProgress(const ops::MaintenanceProgress &p);
    void onLeft(const QString &node);
    int rowOf(const QString &node) const;
    QString selectedNode() const;
    void showSelected();
    void refreshIntents();
    int addRow(const QString &node);
    bool isDroverds(int row) const;

    ops::Maintenance *m_maintenance = nullptr;
    ops::ClusterConnection *m_connection = nullptr;
    QMetaObject::Connection m_intentsChanged;
    QStandardItemModel *m_model;
    QTableView *m_hosts;
    models::MaintenancePlanModel *m_planModel;
    QTableView *m_plan;
    QLabel *m_detail;
    QPushButton *m_leave;
};

} // namespace drover::ui
