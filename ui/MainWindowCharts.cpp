// MainWindow: the charts dock (VMs on hosts, allocation of the selected host, a migration's
// transfer), tabbed with Recent Tasks and Migrations.
#include "ChartsPanel.h"
#include "MainWindow.h"
#include "MigrationPanel.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QTableView>

namespace drover::ui {

void MainWindow::buildCharts()
{
    m_metrics = new models::MetricsHistory(this);
    m_charts = new ChartsPanel(m_metrics, this);
    m_chartsDock = dockPanel(m_charts, tr("Charts"), "chartsDock", m_migrationDock);
    // Selecting a migration charts it; clearing the selection follows the newest again.
    connect(m_migrationPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_migrationPanel->view()->selectionModel()->selectedRows();
        m_charts->showMigration(rows.size() == 1 ? m_migrationPanel->model()->keyAt(rows.first().row()) : QString());
    });
}

} // namespace drover::ui
