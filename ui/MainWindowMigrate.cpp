// MainWindow: live migration by drag and drop, rendered. ops::Migrations plans, asks (through the
// window's DialogPrompter), creates and follows the VirtualMachineInstanceMigrations and keeps the
// queue; the window turns its results into the banner and the Migrations panel.
#include "MainWindow.h"

#include "DialogPrompter.h"
#include "MessageBanner.h"
#include "MigrationPanel.h"

namespace drover::ui {

void MainWindow::buildMigrations()
{
    // "Do not ask again in this session" is the window's memory, not the workflow's.
    m_prompter->offerDontAskAgain(QStringLiteral("migrate.confirm"));
    connect(m_migrations, &ops::Migrations::submitted, this, &MainWindow::onMigrationBatch);
    connect(m_migrations, &ops::Migrations::started, this, [this](const ops::MigrationStart &s) {
        m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("Live-migrating %1 to %2…").arg(s.vmKey, s.target));
    });
    connect(m_migrations, &ops::Migrations::finished, this, &MainWindow::onMigrationFinished);
    connect(m_migrations, &ops::Migrations::queueChanged, m_migrationPanel, &MigrationPanel::setQueued);
    connect(m_migrations, &ops::Migrations::cancelFailed, this,
            [this](const QString &, const QString &vmKey, const kube::KubeError &error) {
                m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                            tr("Could not cancel the migration of %1: %2").arg(vmKey, error.userMessage()));
            });
    connect(m_migrationPanel, &MigrationPanel::clearQueueRequested, m_migrations, &ops::Migrations::clearQueue);
}

void MainWindow::migrateVms(const QStringList &keys, const QString &host)
{
    m_migrations->submit(ops::MigrationRequest{keys, host});
}

void MainWindow::onMigrationBatch(const ops::MigrationBatch &batch)
{
    QStringList refused;
    for (const ops::MigrationRefusal &r : batch.refused)
        refused << r.reason;
    switch (batch.status) {
    case ops::MigrationBatch::Refused:
        m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                    tr("Cannot live-migrate: %1").arg(refused.join(QStringLiteral("; "))));
        break;
    case ops::MigrationBatch::Accepted:
        if (!refused.isEmpty())
            m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("Not moved: %1").arg(refused.join(QStringLiteral("; "))));
        else if (!batch.queued.isEmpty())
            m_actionBanner->showMessage(MessageBanner::Severity::Info,
                                        tr("%n migration(s) queued: they start as running ones finish.", nullptr,
                                           int(batch.queued.size())));
        break;
    case ops::MigrationBatch::Declined:
    case ops::MigrationBatch::NotConnected:
        break;
    }
}

void MainWindow::onMigrationFinished(const ops::MigrationResult &r)
{
    using R = ops::MigrationResult;
    switch (r.status) {
    case R::Succeeded:
        m_actionBanner->showMessage(MessageBanner::Severity::Success, tr("%1 now runs on %2.").arg(r.vmKey, r.target));
        break;
    case R::Failed:
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("The live migration of %1 failed: %2").arg(r.vmKey, r.reason));
        break;
    case R::Cancelled:
        m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("The migration of %1 was cancelled.").arg(r.vmKey));
        break;
    case R::NotCreated:
        m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                    tr("Could not live-migrate %1: %2").arg(r.vmKey, r.error.userMessage()));
        break;
    case R::Dropped:
        m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                    tr("The queued migration of %1 was dropped: %2").arg(r.vmKey, r.reason));
        break;
    }
}

} // namespace drover::ui
