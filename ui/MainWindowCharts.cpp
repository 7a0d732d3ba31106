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
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_migrationDock, m_chartsDock);
    // Selecting a migration charts it; clearing the selection follows the newest again.
    connect(m_migrationPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_migrationPanel->view()->selectionModel()->selectedRows();
        m_charts->showMigration(rows.size() == 1 ? m_migrationPanel->model()->keyAt(rows.first().row()) : QString());
    });
}

} // namespace drover::ui
