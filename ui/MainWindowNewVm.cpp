// VM ▸ New VM… (Ctrl+N): the New VM dialog; once the VM exists the console selects it and shows
// its page, where its disks are seen importing. VM ▸ Edit… (Ctrl+E): the Edit VM dialog; a save
// that needs a restart may ask for one, run as the Restart action.
#include "MainWindow.h"
#include "VmActionSet.h"
#include "VmPane.h"

#include "MessageBanner.h"
#include "NewVmDialog.h"
#include "TaskLog.h"
#include "VmEditDialog.h"
#include "VmPage.h"
#include "VmTableModel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace drover::ui {

void MainWindow::buildNewVmAction(QMenu *vmMenu)
{
    m_newVmAction = new QAction(tr("&New VM…"), this);
    m_newVmAction->setObjectName(QStringLiteral("newVmAction"));
    m_newVmAction->setShortcut(QKeySequence::New);
    m_newVmAction->setToolTip(tr("Create a VM: boot disk, size, networks and first boot, with the YAML shown before it is sent"));
    connect(m_newVmAction, &QAction::triggered, this, [this] { openNewVm(); });
    m_editVmAction = new QAction(tr("&Edit…"), this);
    m_editVmAction->setObjectName(QStringLiteral("editVmAction"));
    m_editVmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editVmAction->setToolTip(tr("Change the selected VM's size, disks, networks, labels and description, "
                                  "with what each change does to the running VM shown before saving"));
    m_editVmAction->setEnabled(false);
    connect(m_editVmAction, &QAction::triggered, this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openEditVm(t.first());
    });
    QAction *first = vmMenu->actions().value(0);
    vmMenu->insertAction(first, m_newVmAction);
    vmMenu->insertAction(first, m_editVmAction);
    vmMenu->insertSeparator(first);
}

VmEditDialog *MainWindow::openEditVm(const QString &key)
{
    for (VmEditDialog *d : findChildren<VmEditDialog *>())
        if (d->vmKey() == key && d->isVisible()) {
            d->raise();
            d->activateWindow();
            return d;
        }
    if (!m_connection->client())
        return nullptr;
    auto *d = new VmEditDialog(m_connection, key, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d->operations(), &ops::VmEditor::finished, this, [this](const ops::VmEditResult &r) {
        if (r.status != ops::VmEditResult::Saved)
            return; // the dialog stays open and says why
        const QString task = QStringLiteral("edit:") + r.request.vmKey;
        const bool clean = r.plugErrors.isEmpty();
        m_taskLog->begin(task, tr("Edit"), r.request.vmKey, {});
        m_taskLog->finish(task, clean ? TaskLog::Outcome::Succeeded : TaskLog::Outcome::Warning, VmEditDialog::describe(r));
        m_actionBanner->showMessage(clean ? MessageBanner::Severity::Success : MessageBanner::Severity::Warning, VmEditDialog::describe(r));
    });
    connect(d, &VmEditDialog::saved, this, [this](const QString &vmKey, bool restartNow) {
        if (restartNow)
            m_runner->run(ops::ActionRequest{ops::VmAction::Restart, vmKey.section(QLatin1Char('/'), 0, 0), vmKey.section(QLatin1Char('/'), 1)});
    });
    d->open();
    return d;
}

NewVmDialog *MainWindow::openNewVm()
{
    if (!m_connection->client())
        return nullptr;
    // Where the user is looking: the selected VM's namespace, else the context's.
    const QStringList targets = m_actions->targets();
    const QString ns = targets.isEmpty() ? m_connection->contextNamespace() : targets.first().section(QLatin1Char('/'), 0, 0);
    auto *d = new NewVmDialog(m_connection, ns, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d->operations(), &ops::VmCreator::finished, this, [this](const ops::VmCreateResult &r) {
        if (r.status != ops::VmCreateResult::Created)
            return; // the dialog stays open and says why
        const QString task = QStringLiteral("create:") + r.vmKey;
        m_taskLog->begin(task, tr("Create"), r.vmKey, {});
        m_taskLog->finish(task, r.warning.isEmpty() ? TaskLog::Outcome::Succeeded : TaskLog::Outcome::Warning, NewVmDialog::describe(r));
        m_actionBanner->showMessage(r.warning.isEmpty() ? MessageBanner::Severity::Success : MessageBanner::Severity::Warning,
                                    NewVmDialog::describe(r));
    });
    connect(d, &NewVmDialog::created, this, &MainWindow::revealVm);
    d->open();
    return d;
}

// Selects key in the VM table once the watch brings it, and shows its page.
void MainWindow::revealVm(const QString &key)
{
    auto show = [this, key] {
        if (!m_vmPane->reveal(key))
            return false;
        m_vmDetailsAction->trigger();
        return true;
    };
    if (show() || !m_connection->vms())
        return;
    auto *once = new QObject(this);
    auto retry = [show, once] {
        if (show())
            once->deleteLater();
    };
    connect(m_vmModel, &QAbstractItemModel::rowsInserted, once, retry);
    connect(m_vmModel, &QAbstractItemModel::modelReset, once, retry);
    connect(m_connection, &ops::ClusterConnection::cachesReplaced, once, &QObject::deleteLater);
    QTimer::singleShot(30000, once, &QObject::deleteLater); // hidden by the filter: give up, do not jump later
}

} // namespace drover::ui
