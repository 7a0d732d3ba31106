// MainWindow: host maintenance — the Host menu (Enter Maintenance…, Leave Maintenance, Cordon,
// Uncordon), the preflight dialog, and the Maintenance panel. The workflow itself is
// ops::Maintenance's; this file only asks and shows.
#include "MainWindow.h"
#include "HostPane.h"

#include "HostMap.h"
#include "MaintenanceDialog.h"
#include "MaintenanceHandoff.h"
#include "MaintenancePanel.h"
#include "MessageBanner.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTreeView>

namespace drover::ui {

void MainWindow::buildMaintenance()
{
    m_agentGate = new ops::AgentCephGate(this);
    m_agentGate->setPrompts(sshPrompts());
    m_agentGate->setAgentPath(QSettings().value(QStringLiteral("agent/path"), QStringLiteral("drover-agent")).toString());
    m_agentGate->setAddressOf([this](const QString &host) {
        const QString saved = QSettings().value(QStringLiteral("sshAddress/%1/%2").arg(m_connection->contextName(), host)).toString();
        return saved.isEmpty() ? m_hostModel->internalIpOf(host) : saved;
    });
    m_cephGate = new ops::AutoCephGate([this] { return m_connection->client(); }, m_agentGate, this);
    m_maintenance = new ops::Maintenance(m_connection, m_cephGate, this);
    // A drain droverd carries out (a HostMaintenance) is droverd's: shown, not resumed here.
    m_maintenance->setResumeFilter([this](const QString &node) { return !ops::handledByDroverd(m_connection, node); });
    m_maintenancePanel = new MaintenancePanel(this);
    m_maintenancePanel->setMaintenance(m_maintenance);
    m_maintenancePanel->setConnection(m_connection);
    m_maintenanceDock = dockPanel(m_maintenancePanel, tr("Maintenance"), "maintenanceDock", m_migrationDock);
    m_taskDock->raise(); // the recent tasks stay in front until a maintenance starts
    resizeDocks({m_taskDock}, {140}, Qt::Vertical);
    connect(m_maintenancePanel, &MaintenancePanel::leaveRequested, this, &MainWindow::leaveMaintenance);
    connect(m_maintenance, &ops::Maintenance::ready, this, [this](const QString &node) {
        m_actionBanner->showMessage(MessageBanner::Severity::Success,
                                    tr("%1 is in maintenance: every VM runs elsewhere and only DaemonSet pods remain. "
                                       "It is safe to power it off.").arg(node));
    });
    connect(m_maintenance, &ops::Maintenance::left, this, [this](const QString &node) {
        m_actionBanner->showMessage(MessageBanner::Severity::Success, tr("%1 has left maintenance.").arg(node));
    });
    connect(m_maintenance, &ops::Maintenance::failed, this, [this](const QString &node, const QString &message) {
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("Maintenance of %1: %2").arg(node, message));
    });
    connect(m_maintenance, &ops::Maintenance::cordonChanged, this, [this](const QString &node, bool cordoned, const QString &error) {
        if (!error.isEmpty())
            m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                        (cordoned ? tr("Could not cordon %1: %2") : tr("Could not uncordon %1: %2")).arg(node, error));
        else
            m_actionBanner->showMessage(MessageBanner::Severity::Info,
                                        (cordoned ? tr("%1 is cordoned: nothing new is scheduled there.") : tr("%1 is uncordoned.")).arg(node));
    });
    // A drain that was under way when the console (or another one) stopped goes on.
    connect(m_connection, &ops::ClusterConnection::stateChanged, this, [this](ops::ClusterConnection::State s) {
        if (s == ops::ClusterConnection::State::Synced)
            m_maintenance->resume();
    });

    QMenu *host = menuBar()->addMenu(tr("&Host"));
    host->setObjectName(QStringLiteral("hostMenu"));
    m_enterMaintenanceAction = host->addAction(tr("Enter &Maintenance…"), this, [this] { enterMaintenance(currentHost()); });
    m_enterMaintenanceAction->setObjectName(QStringLiteral("enterMaintenanceAction"));
    m_enterMaintenanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_leaveMaintenanceAction = host->addAction(tr("&Leave Maintenance"), this, [this] { leaveMaintenance(currentHost()); });
    m_leaveMaintenanceAction->setObjectName(QStringLiteral("leaveMaintenanceAction"));
    host->addSeparator();
    m_cordonAction = host->addAction(tr("&Cordon"), this, [this] { m_maintenance->setCordoned(currentHost(), true); });
    m_uncordonAction = host->addAction(tr("&Uncordon"), this, [this] { m_maintenance->setCordoned(currentHost(), false); });
    m_cordonAction->setObjectName(QStringLiteral("cordonAction"));
    m_uncordonAction->setObjectName(QStringLiteral("uncordonAction"));
    host->addSeparator();
    host->addAction(m_maintenanceDock->toggleViewAction());
    connect(host, &QMenu::aboutToShow, this, &MainWindow::updateHostActions);
    // Shortcuts and tests reach the actions without the menu: keep their state current.
    connect(m_hostPane, &HostPane::currentHostChanged, this, &MainWindow::updateHostActions);
    connect(m_hostModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateHostActions);
    updateHostActions();
}

QString MainWindow::currentHost() const
{
    return m_hostPane->currentHost();
}

void MainWindow::updateHostActions()
{
    const QString host = currentHost();
    const bool have = !host.isEmpty() && m_connection->client();
    const auto node = have && m_connection->nodes() ? m_connection->nodes()->getLazy(host) : kube::LazyObject();
    const QString state = node.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                              .value(reconcile::annotations::state).toString();
    const bool cordoned = node.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool();
    m_enterMaintenanceAction->setEnabled(have && (state.isEmpty() || state == QLatin1String("leaving")));
    m_leaveMaintenanceAction->setEnabled(have && (!state.isEmpty() || cordoned));
    m_cordonAction->setEnabled(have && !cordoned);
    m_uncordonAction->setEnabled(have && cordoned && state.isEmpty());
    const QString suffix = host.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(host);
    m_enterMaintenanceAction->setText(tr("Enter &Maintenance…") + suffix);
    applyHostAccess();
}

void MainWindow::enterMaintenance(const QString &host)
{
    if (host.isEmpty() || !m_connection->client())
        return;
    auto *dialog = new MaintenanceDialog(m_connection, m_cephGate, host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ops::MaintenanceRequest request = dialog->request();
        if (dialog->handToDroverd()) {
            ops::handToDroverd(m_connection, request, this, [this, node = request.node](const Result<void> &r) {
                if (!r)
                    m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                                tr("Could not hand %1 to droverd: %2").arg(node, r.error().message));
                else
                    m_actionBanner->showMessage(MessageBanner::Severity::Info,
                                                tr("droverd carries out the maintenance of %1 (HostMaintenance %1); "
                                                   "its progress shows in the Maintenance panel.").arg(node));
            });
            m_maintenanceDock->show();
            m_maintenanceDock->raise();
            return;
        }
        m_maintenance->enter(request);
        m_maintenanceDock->show();
        m_maintenanceDock->raise();
        m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("%1 is entering maintenance…").arg(request.node));
    });
    dialog->open();
}

void MainWindow::leaveMaintenance(const QString &host)
{
    if (host.isEmpty() || !m_connection->client())
        return;
    if (ops::handledByDroverd(m_connection, host)) {
        ops::askDroverdToLeave(m_connection, host, this, [this, host](const Result<void> &r) {
            if (!r)
                m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                            tr("Could not ask droverd to bring %1 back: %2").arg(host, r.error().message));
            else
                m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("droverd brings %1 back into service.").arg(host));
        });
        return;
    }
    m_maintenance->leave(host);
    m_actionBanner->showMessage(MessageBanner::Severity::Info,
                                tr("%1 is leaving maintenance: uncordon, then restart the VMs it stopped.").arg(host));
}

} // namespace drover::ui
