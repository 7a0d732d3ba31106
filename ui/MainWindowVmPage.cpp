// The VM page: a dock that shows the one selected VM whole (VmPage), and VM ▸ Details (Alt+Return,
// the desktop's Properties key) that brings it forward.
#include "MainWindow.h"
#include "VmActionSet.h"

#include "VmPage.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace drover::ui {

void MainWindow::buildVmPage(QMenu *vmMenu, QMenu *viewMenu)
{
    m_vmPage = new VmPage(m_connection, m_runner, this);
    m_vmDock = dockPanel(m_vmPage, tr("VM details"), "vmDock", m_hostDock);
    viewMenu->insertAction(m_hostDock->toggleViewAction(), m_vmDock->toggleViewAction());

    m_vmDetailsAction = vmMenu->addAction(tr("&Details"), this, [this] {
        const QStringList targets = m_actions->targets();
        if (targets.size() != 1)
            return;
        m_vmPage->showVm(targets.first());
        m_vmDock->show();
        m_vmDock->raise();
    });
    m_vmDetailsAction->setObjectName(QStringLiteral("vmDetailsAction"));
    m_vmDetailsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_vmDetailsAction->setToolTip(tr("Everything about the VM: its guest, disks, networks and YAML"));
    m_vmDetailsAction->setEnabled(false);
    // Only a page someone sees asks the cluster (a hidden or tabbed-away dock is not visible).
    connect(m_vmDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            syncVmPage();
    });
}

void MainWindow::syncVmPage()
{
    if (!m_vmPage)
        return;
    const QStringList targets = m_actions->targets();
    m_vmDetailsAction->setEnabled(targets.size() == 1);
    if (m_vmDock->isVisible())
        m_vmPage->showVm(targets.size() == 1 ? targets.first() : QString());
}

} // namespace drover::ui
