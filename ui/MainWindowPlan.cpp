// MainWindow: droverd's plan — the Plan panel (a bottom dock beside Maintenance and Schedules) and
// View ▸ droverd's Plan. ops::IntentPlans plans (the same `droverd plan` prints); the panel renders.
#include "MainWindow.h"

#include "IntentPlans.h"
#include "PlanPanel.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace drover::ui {

void MainWindow::buildPlan()
{
    m_intentPlans = new ops::IntentPlans(m_connection, m_cephGate, this);
    m_planPanel = new PlanPanel(m_connection, m_intentPlans, this);
    m_planDock = dockPanel(m_planPanel, tr("droverd's Plan"), "planDock", m_schedulesDock);
    m_taskDock->raise();
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(m_hostDock->toggleViewAction(), m_planDock->toggleViewAction());
}

} // namespace drover::ui
