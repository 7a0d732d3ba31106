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
    m_planDock = new QDockWidget(tr("droverd's Plan"), this);
    m_planDock->setObjectName(QStringLiteral("planDock"));
    m_planDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_planDock->setWidget(m_planPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_planDock);
    tabifyDockWidget(m_schedulesDock, m_planDock);
    m_taskDock->raise();
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(m_hostDock->toggleViewAction(), m_planDock->toggleViewAction());
}

} // namespace drover::ui
