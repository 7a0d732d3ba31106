// MainWindow: what the user does to VMs — selection, lifecycle actions, their results.
#include "MainWindow.h"
#include "ChartsPanel.h"
#include "HostDetails.h"

#include "MessageBanner.h"
#include "ObjectMeta.h"
#include "SnapshotDialog.h"
#include "TaskLog.h"
#include "VmActionSet.h"
#include "VmCloneDialog.h"
#include "VmDeleteDialog.h"
#include "VmFilterProxy.h"
#include "VmPane.h"

#include <QAction>
#include <QGuiApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

namespace drover::ui {

using models::VmAction;

void MainWindow::setTargets(const QStringList &keys)
{
    m_actions->setTargets(keys);
    updateActionState();
}

void MainWindow::onHostSelection(const QStringList &keys)
{
    setTargets(keys);
    // Show the same VM in the table when the filter lets it through.
    if (keys.size() == 1)
        m_vmPane->mirrorSelection(keys.first());
}

// The charts follow the host (or the cluster) the user clicked, the host details a host.
void MainWindow::onHostFocused(const QString &host)
{
    if (m_charts)
        m_charts->showHost(host);
    if (!host.isEmpty() && m_hostDetails)
        m_hostDetails->showHost(host);
}

void MainWindow::updateActionState()
{
    QList<models::VmSummary> selected;
    const QStringList targets = m_actions->targets();
    for (const QString &k : targets)
        if (auto s = m_vmModel->summaryOf(k))
            selected << *s;
    m_actions->setSelection(selected);
    if (m_snapshotsAction)
        m_snapshotsAction->setEnabled(selected.size() == 1);
    if (m_scheduleAction)
        m_scheduleAction->setEnabled(selected.size() == 1);
    if (m_deleteAction)
        m_deleteAction->setEnabled(!selected.isEmpty());
    if (m_cloneAction)
        m_cloneAction->setEnabled(selected.size() == 1);
    if (m_editVmAction)
        m_editVmAction->setEnabled(selected.size() == 1);
    const bool oneRunning = selected.size() == 1 && selected.first().vmiRunning;
    if (m_consoleAction)
        m_consoleAction->setEnabled(oneRunning);
    if (m_serialAction)
        m_serialAction->setEnabled(oneRunning);
    syncVmPage();
    applyAccess(selected);
}

SnapshotDialog *MainWindow::openSnapshots(const QString &key)
{
    // One dialog per VM, kept while open; it follows the caches of the current cluster.
    for (SnapshotDialog *d : findChildren<SnapshotDialog *>())
        if (d->vmKey() == key) {
            d->raise();
            d->activateWindow();
            return d;
        }
    auto *d = new SnapshotDialog(m_connection, m_runner, key, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

void MainWindow::buildDeleteAction(QMenu *vm)
{
    m_deleteAction = vm->addAction(tr("&Delete…"), this, [this] {
        if (const QStringList t = m_actions->targets(); !t.isEmpty())
            openDelete(t);
    });
    m_deleteAction->setObjectName(QStringLiteral("deleteVmAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete); // Force Stop is Ctrl+Shift+Del
    m_deleteAction->setEnabled(false);
}

void MainWindow::buildCloneAction(QMenu *vm)
{
    m_cloneAction = vm->addAction(tr("C&lone…"), this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openClone(t.first());
    });
    m_cloneAction->setObjectName(QStringLiteral("cloneVmAction"));
    m_cloneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)); // "duplicate"
    m_cloneAction->setEnabled(false);
}

VmCloneDialog *MainWindow::openClone(const QString &key)
{
    auto *d = new VmCloneDialog(m_connection, key, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    // Recent Tasks keeps each attempt (the dialog shows only the last); the banner the success.
    const QString task = QStringLiteral("clone:") + key;
    connect(d->operations(), &ops::VmCloner::progressed, this, [this, task](const ops::VmCloneProgress &p) {
        if (p.phase.isEmpty()) // created
            m_taskLog->begin(task, tr("Clone"), p.request.ns + QLatin1Char('/') + p.request.source,
                             VmCloneDialog::phaseInWords(p.phase, p.request.source));
    });
    connect(d->operations(), &ops::VmCloner::finished, this, [this, task](const ops::VmCloneResult &r) {
        m_taskLog->finish(task, r.status == ops::VmCloneResult::Succeeded ? TaskLog::Outcome::Succeeded : TaskLog::Outcome::Failed,
                          VmCloneDialog::describe(r));
        if (r.status == ops::VmCloneResult::Succeeded)
            m_actionBanner->showMessage(MessageBanner::Severity::Success, VmCloneDialog::describe(r));
    });
    // Closed while KubeVirt works: the clone goes on in the cluster, no longer followed here.
    // (The log is the context: a window closing with the dialog open may have deleted it first.)
    connect(d, &QObject::destroyed, m_taskLog, [log = m_taskLog, task] {
        log->finish(task, TaskLog::Outcome::Warning, tr("Closed before it finished; the clone goes on in the cluster."));
    });
    d->open();
    return d;
}

VmDeleteDialog *MainWindow::openDelete(const QStringList &keys)
{
    auto *d = new VmDeleteDialog(m_connection, keys, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d->operations(), &ops::VmDeleter::finished, this, [this, d](const ops::VmDeleteResult &r) {
        // Recent Tasks keeps each VM's outcome (the dialog closes once all are gone).
        const QString task = QStringLiteral("delete:") + r.request.vmKey;
        m_taskLog->begin(task, tr("Delete"), r.request.vmKey, {});
        m_taskLog->finish(task,
                          r.status == ops::VmDeleteResult::Succeeded    ? TaskLog::Outcome::Succeeded
                          : r.status == ops::VmDeleteResult::Incomplete ? TaskLog::Outcome::Warning
                                                                        : TaskLog::Outcome::Failed,
                          d->statusOf(r));
        if (r.status == ops::VmDeleteResult::Succeeded)
            m_actionBanner->showMessage(MessageBanner::Severity::Success, d->statusOf(r));
    });
    d->open();
    return d;
}

// The counters follow what is listed in the same turn, not a pass later: the VM counter and the
// status bar's totals are set as the table's rows, the host tree's hosts and the VMI cache change,
// so no paint shows a table of thousands beside "0 VMs" (issue 14: they lagged the table by up to
// 1.4 s at 10,000 VMs). Each call reads counts the models keep: a host tree filling one host at a
// time called it 5,000 times at 5,000 hosts, and counting the hosts in each call was 0.6 s of it.
void MainWindow::watchCounts()
{
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{m_vmModel, m_vmPane->proxy(), m_hostModel}) {
        const auto rows = [this, m](const QModelIndex &parent) {
            if (m != m_hostModel || !parent.isValid() || parent == m_hostModel->clusterIndex())
                updateCounts();
        };
        connect(m, &QAbstractItemModel::rowsInserted, this, rows);
        connect(m, &QAbstractItemModel::rowsRemoved, this, rows);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        // Not layoutChanged: a sort moves rows, never changes their number (and under churn the
        // sorted table re-sorts up to 100 times a second).
    }
}

void MainWindow::updateCounts()
{
    m_vmPane->updateCount();
    const int total = m_vmModel->rowCount();
    const int hosts = m_hostModel->hostCount();
    const int running = m_connection->vmis() ? m_connection->vmis()->size() : 0;
    m_countedRunning = running;
    // Hosts the account may not see are not counted from where their VMs run.
    if (m_connection->client() && m_connection->forbidden(m_connection->nodes()))
        m_totalsLabel->setText(tr("%L1 VMs · %L2 instances running").arg(total).arg(running));
    else
        m_totalsLabel->setText(tr("%L1 hosts · %L2 VMs · %L3 instances running").arg(hosts).arg(total).arg(running));
}

void MainWindow::showVmMenu(QWidget *view, const QPoint &globalPos)
{
    auto *menu = new QMenu(view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *a : m_actions->actions()) {
        if (a == m_actions->action(VmAction::ForceStop))
            menu->addSeparator();
        menu->addAction(a);
    }
    menu->addSeparator();
    menu->addAction(m_consoleAction);
    menu->addAction(m_serialAction);
    menu->addAction(m_snapshotsAction);
    menu->addAction(m_scheduleAction);
    menu->addSeparator();
    menu->addAction(m_editVmAction);
    menu->addAction(m_cloneAction);
    menu->addAction(m_deleteAction);
    const QStringList keys = m_actions->targets();
    QAction *copy = menu->addAction(tr("Copy Name"));
    copy->setEnabled(!keys.isEmpty());
    connect(copy, &QAction::triggered, this, [keys] { QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n'))); });
    menu->popup(globalPos);
}

void MainWindow::onActionTriggered(VmAction action)
{
    QStringList keys;
    const QStringList targets = m_actions->targets();
    for (const QString &k : targets)
        if (auto s = m_vmModel->summaryOf(k); s && models::actionAllowed(action, *s))
            keys << k;
    if (keys.isEmpty())
        return;
    if (action != VmAction::ForceStop) {
        runVmAction(action, keys);
        return;
    }
    // Force stop is pulling the plug: ask first (window-modal, the console keeps updating).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Force Stop"),
                                keys.size() == 1
                                    ? tr("Force stop %1?").arg(keys.first())
                                    : tr("Force stop %n VM(s)?", nullptr, int(keys.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forceStopConfirmation"));
    box->setInformativeText(tr("The VM is powered off at once, without shutting its guest down. "
                               "Unsaved data in the guest is lost and its file systems may need a check."));
    QPushButton *yes = box->addButton(tr("Force Stop"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, keys](QAbstractButton *b) {
        if (b == yes)
            runVmAction(VmAction::ForceStop, keys);
    });
    box->open();
}

void MainWindow::runVmAction(VmAction action, const QStringList &keys)
{
    for (const QString &k : keys)
        m_runner->run(ops::ActionRequest{action, core::namespaceOfKey(k), core::nameOfKey(k)});
}

void MainWindow::onActionStarted(const ops::ActionRequest &request)
{
    const QString message = models::VmActionText::progress(request.action, request.key());
    // Not statusBar()->showMessage(): it would hide the connection read-out.
    m_taskLog->addStarted(request, message);
    // An error stays visible until dismissed; progress of other actions must not hide it.
    if (!m_actionBanner->isVisible() || m_actionBanner->severity() != MessageBanner::Severity::Error)
        m_actionBanner->showMessage(MessageBanner::Severity::Info, message);
}

void MainWindow::onActionFinished(const ops::ActionResult &result)
{
    const QString message = models::VmActionText::describe(result);
    m_taskLog->addFinished(result, message);
    using R = ops::ActionResult;
    const bool errorShown = m_actionBanner->isVisible() && m_actionBanner->severity() == MessageBanner::Severity::Error;
    switch (result.status) {
    case R::Succeeded:
        if (!errorShown)
            m_actionBanner->showMessage(MessageBanner::Severity::Success, message);
        break;
    case R::Failed:
    case R::TimedOut:
        m_actionBanner->showMessage(MessageBanner::Severity::Error, message);
        if (result.error.kind == kube::ErrorKind::Forbidden)
            m_connection->access()->forget(result.request.ns); // the rights changed: ask again
        break;
    case R::Abandoned:
        break;
    }
    updateActionState();
}

} // namespace drover::ui
