// MainWindow: what the user's account may do. Actions it may not take are greyed with the reason
// in their tooltips; sources it may not read (hosts, Ceph) are said so in their place; a VM list
// narrowed to the context's namespace says so in the status bar. The answers are ops::Access's,
// asked asynchronously: until one comes, an action stays as its VM's state makes it.
#include "HostPane.h"
#include "MainWindow.h"

#include "AccessText.h"
#include "HostDetails.h"
#include "VmActionSet.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace drover::ui {

using models::AccessText;

namespace {

// An action's own tooltip, kept the first time access changes it.
void setAccessTip(QAction *a, const QString &denied)
{
    if (!a->property("droverTip").isValid())
        a->setProperty("droverTip", a->toolTip());
    a->setToolTip(denied.isEmpty() ? a->property("droverTip").toString() : denied);
    a->setStatusTip(denied.isEmpty() ? QString() : denied);
}

} // namespace

void MainWindow::buildAccess()
{
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->hide();
    statusBar()->addPermanentWidget(m_scopeLabel);

    connect(m_connection, &ops::ClusterConnection::sourcesChanged, this, &MainWindow::onSourcesChanged);
    connect(m_connection, &ops::ClusterConnection::cachesReplaced, this, &MainWindow::onSourcesChanged);
    connect(m_connection->access(), &ops::Access::changed, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
        updateHostActions();
    });
}

void MainWindow::onSourcesChanged()
{
    const bool connected = m_connection->client();
    const bool noHosts = connected && m_connection->forbidden(m_connection->nodes());
    m_hostPane->setHostsForbidden(noHosts);

    if (connected && m_connection->forbidden(m_connection->cephClusters())) {
        m_cephLabel->setText(AccessText::cephForbidden());
        m_cephLabel->setStyleSheet(QStringLiteral("color: palette(mid)"));
        m_cephLabel->setProperty("droverForbidden", true);
    } else if (m_cephLabel->property("droverForbidden").toBool()) {
        m_cephLabel->clear();
        m_cephLabel->setStyleSheet({});
        m_cephLabel->setProperty("droverForbidden", false);
    }

    m_hostDetails->setReportsForbidden(connected && m_connection->forbidden(m_connection->hostReports()));

    const QString ns = connected ? m_connection->listNamespace(m_connection->vms()) : QString();
    m_scopeLabel->setVisible(!ns.isEmpty());
    m_scopeLabel->setText(ns.isEmpty() ? QString() : AccessText::namespaceOnly(ns));
    m_scopeLabel->setToolTip(ns.isEmpty() ? QString() : AccessText::namespaceOnlyDetail(ns));
    if (!m_refresh->isActive())
        m_refresh->start();
}

// Greys action when the account may not do it in one of namespaces, with a tooltip saying so.
void MainWindow::gateAction(QAction *action, const QStringList &namespaces, kube::ResourceAttributes (*permission)(const QString &),
                            QString (*text)(const QString &))
{
    if (!action)
        return;
    ops::Access *access = m_connection->client() ? m_connection->access() : nullptr;
    QString denied;
    const bool blocked = action->isEnabled() && models::accessBlocks(access, namespaces, permission, &denied);
    if (blocked)
        action->setEnabled(false);
    setAccessTip(action, blocked ? text(denied) : QString());
}

void MainWindow::applyAccess(const QList<models::VmSummary> &selected)
{
    ops::Access *access = m_connection->client() ? m_connection->access() : nullptr;
    for (QAction *act : m_actions->actions()) {
        const auto a = act->data().value<models::VmAction>();
        QStringList namespaces; // of the VMs the action would go to
        for (const auto &s : selected)
            if (models::actionAllowed(a, s) && !namespaces.contains(s.ns))
                namespaces << s.ns;
        QString denied;
        const bool blocked = act->isEnabled() &&
                             models::accessBlocks(access, namespaces, [a](const QString &ns) { return ops::permissions::vmAction(a, ns); }, &denied);
        if (blocked)
            act->setEnabled(false);
        setAccessTip(act, blocked ? AccessText::vmAction(a, denied) : QString());
    }
    QStringList namespaces; // of every selected VM
    for (const auto &s : selected)
        if (!namespaces.contains(s.ns))
            namespaces << s.ns;
    gateAction(m_deleteAction, namespaces, ops::permissions::deleteVm, AccessText::deleteVm);
    gateAction(m_cloneAction, namespaces, ops::permissions::createClone, AccessText::cloneVm);
    gateAction(m_editVmAction, namespaces, ops::permissions::patchVm, AccessText::editVm);
    const QStringList one = selected.size() == 1 ? QStringList{selected.first().ns} : QStringList{};
    const struct
    {
        QAction *action;
        bool serial;
    } consoles[] = {{m_consoleAction, false}, {m_serialAction, true}};
    for (const auto &c : consoles) {
        if (!c.action)
            continue;
        QString denied;
        const bool blocked = c.action->isEnabled() &&
                             models::accessBlocks(access, one, [c](const QString &ns) {
                                 return c.serial ? ops::permissions::serialConsole(ns) : ops::permissions::vncConsole(ns);
                             }, &denied);
        if (blocked)
            c.action->setEnabled(false);
        setAccessTip(c.action, blocked ? AccessText::console(c.serial, denied) : QString());
    }
}

void MainWindow::applyHostAccess()
{
    ops::Access *access = m_connection->client() ? m_connection->access() : nullptr;
    const bool denied = access && access->verdict(ops::permissions::patchNodes()) == ops::Access::Verdict::Denied;
    for (QAction *a : {m_enterMaintenanceAction, m_leaveMaintenanceAction, m_cordonAction, m_uncordonAction}) {
        if (denied)
            a->setEnabled(false);
        setAccessTip(a, denied ? AccessText::nodes() : QString());
    }
}

} // namespace drover::ui
