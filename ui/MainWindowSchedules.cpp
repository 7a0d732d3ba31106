// MainWindow: droverd's snapshot schedules — the Schedules panel (a bottom dock beside Migrations
// and Maintenance), View ▸ Schedules, and VM ▸ Snapshot Schedule… (the New dialog for the VM).
// The writes are ops::Schedules'; the panel renders and asks.
#include "MainWindow.h"
#include "VmActionSet.h"

#include "ScheduleDialog.h"
#include "SchedulesPanel.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace drover::ui {

void MainWindow::buildSchedules()
{
    m_schedules = new ops::Schedules(m_connection, this);
    m_schedulesPanel = new SchedulesPanel(m_connection, m_schedules, this);
    m_schedulesDock = dockPanel(m_schedulesPanel, tr("Schedules"), "schedulesDock", m_maintenanceDock);
    m_taskDock->raise();

    m_scheduleAction = new QAction(tr("Snapshot Sc&hedule…"), this);
    m_scheduleAction->setObjectName(QStringLiteral("scheduleAction"));
    m_scheduleAction->setEnabled(false);
    connect(m_scheduleAction, &QAction::triggered, this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openScheduleFor(t.first());
    });
    // Right after Snapshots… in the VM menu; beside the other panels in the View menu.
    if (auto *vm = menuBar()->findChild<QMenu *>(QStringLiteral("vmMenu"))) {
        const QList<QAction *> all = vm->actions();
        const qsizetype at = all.indexOf(m_snapshotsAction) + 1;
        vm->insertAction(at > 0 && at < all.size() ? all.at(at) : nullptr, m_scheduleAction);
    }
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(m_hostDock->toggleViewAction(), m_schedulesDock->toggleViewAction());
}

ScheduleDialog *MainWindow::openScheduleFor(const QString &vmKey)
{
    if (!m_connection->client())
        return nullptr;
    m_schedulesDock->show();
    m_schedulesDock->raise();
    return m_schedulesPanel->openNew(vmKey);
}

} // namespace drover::ui
