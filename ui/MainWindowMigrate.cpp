// MainWindow: live migration by drag and drop — the plan, the confirmation, the
// VirtualMachineInstanceMigrations created through the API, and their outcome in the banner.
#include "MainWindow.h"

#include "MessageBanner.h"
#include "MigrationDrop.h"
#include "MigrationPanel.h"
#include "MigrationSupport.h"

#include <QCheckBox>
#include <QMessageBox>

namespace drover::ui {

void MainWindow::migrateVms(const QStringList &keys, const QString &host)
{
    if (!m_connection->client())
        return;
    const auto state = models::clusterStateFrom(m_connection->nodes(), m_connection->vmis(), m_connection->migrations());
    // Moves already queued count too: planning them first keeps their slots theirs.
    QList<reconcile::Move> moves = m_migrationQueue;
    const int queuedBefore = int(moves.size());
    moves += movesFor(keys, host);
    const QList<reconcile::MoveStep> steps = reconcile::planMoves(state, moves);
    QList<reconcile::MigrationPlan> go;
    QList<reconcile::Move> wait;
    QStringList lines, refused;
    for (int i = queuedBefore; i < steps.size(); ++i) {
        const reconcile::MoveStep &s = steps[i];
        if (s.outcome == reconcile::MoveOutcome::Start) {
            go << s.plan;
            lines << tr("%1 → %2: %3").arg(s.move.vmKey, s.plan.target, s.plan.reason);
        } else if (s.outcome == reconcile::MoveOutcome::Wait) {
            wait << s.move;
            lines << tr("%1 waits for a free migration slot (%2)").arg(s.move.vmKey, s.plan.check.reason);
        } else {
            refused << s.plan.check.reason;
        }
    }
    if (go.isEmpty() && wait.isEmpty()) {
        m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                    tr("Cannot live-migrate: %1").arg(refused.join(QStringLiteral("; "))));
        return;
    }
    if (m_confirmMigrations) {
        const int n = int(go.size() + wait.size());
        QMessageBox box(QMessageBox::Question, tr("Live-migrate"),
                        n == 1 && !go.isEmpty() ? tr("Live-migrate %1 to %2?").arg(keys.first(), go.first().target)
                                                : tr("Live-migrate %n VM(s)?", nullptr, n),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("migrationConfirmation"));
        QString detail = lines.join(QLatin1Char('\n'));
        if (!refused.isEmpty())
            detail += QStringLiteral("\n\n") + tr("Not moved:") + QLatin1Char('\n') + refused.join(QLatin1Char('\n'));
        box.setInformativeText(detail);
        box.addButton(tr("Migrate"), QMessageBox::AcceptRole);
        auto *dontAsk = new QCheckBox(tr("Do not ask again in this session"), &box);
        box.setCheckBox(dontAsk);
        if (box.exec() == QMessageBox::Cancel)
            return;
        if (dontAsk->isChecked())
            m_confirmMigrations = false;
    }
    startMigrations(go);
    m_migrationQueue += wait;
    m_migrationPanel->setQueued(m_migrationQueue);
    if (!refused.isEmpty())
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("Not moved: %1").arg(refused.join(QStringLiteral("; "))));
    else if (!wait.isEmpty())
        m_actionBanner->showMessage(MessageBanner::Severity::Info,
                                    tr("%n migration(s) queued: they start as running ones finish.", nullptr, int(wait.size())));
}

void MainWindow::advanceMigrationQueue()
{
    if (m_migrationQueue.isEmpty() || m_creatingMigrations > 0 || !m_connection->migrations())
        return;
    // Until the cache shows what was just created, the limits would be judged on stale counts.
    for (auto it = m_pendingMigrations.cbegin(); it != m_pendingMigrations.cend(); ++it)
        if (m_connection->migrations()->get(it.key()).isEmpty())
            return;
    const auto state = models::clusterStateFrom(m_connection->nodes(), m_connection->vmis(), m_connection->migrations());
    QList<reconcile::MigrationPlan> go;
    QList<reconcile::Move> still;
    for (const reconcile::MoveStep &s : reconcile::planMoves(state, m_migrationQueue)) {
        if (s.outcome == reconcile::MoveOutcome::Start)
            go << s.plan;
        else if (s.outcome == reconcile::MoveOutcome::Wait)
            still << s.move;
        else
            m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                        tr("The queued migration of %1 was dropped: %2").arg(s.move.vmKey, s.plan.check.reason));
    }
    m_migrationQueue = still;
    m_migrationPanel->setQueued(m_migrationQueue);
    startMigrations(go);
}

void MainWindow::clearMigrationQueue()
{
    m_migrationQueue.clear();
    m_migrationPanel->setQueued({});
}

void MainWindow::startMigrations(const QList<reconcile::MigrationPlan> &plans)
{
    for (const reconcile::MigrationPlan &p : plans) {
        const QJsonObject meta = p.migration.value(QStringLiteral("metadata")).toObject();
        const QString ns = meta.value(QStringLiteral("namespace")).toString();
        const QString vm = ns + QLatin1Char('/') + p.migration.value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString();
        const QString target = p.target;
        m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("Live-migrating %1 to %2…").arg(vm, target));
        ++m_creatingMigrations;
        m_connection->client()->create(kube::ApiResource::migrations(), ns, p.migration, this,
                                       [this, vm, target, ns](const kube::Response &r) {
                                           --m_creatingMigrations;
                                           if (!r.ok()) {
                                               m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                                                           tr("Could not live-migrate %1: %2").arg(vm, r.error.userMessage()));
                                               return;
                                           }
                                           const QString name = r.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                                           m_pendingMigrations.insert(ns + QLatin1Char('/') + name, vm);
                                           advanceMigrationQueue();
                                       });
    }
}

void MainWindow::onMigrationsChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const auto it = m_pendingMigrations.constFind(e.key);
        if (it == m_pendingMigrations.cend())
            continue;
        const QString vm = it.value();
        if (e.type == kube::CacheEvent::Deleted) {
            m_pendingMigrations.remove(e.key);
            m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("The migration of %1 was cancelled.").arg(vm));
            continue;
        }
        auto m = core::Migration::fromJson(e.object.json());
        if (!m)
            continue;
        if (m->phase == QLatin1String("Succeeded")) {
            m_pendingMigrations.remove(e.key);
            m_actionBanner->showMessage(MessageBanner::Severity::Success,
                                        tr("%1 now runs on %2.").arg(vm, m->migrationState.targetNode));
        } else if (m->phase == QLatin1String("Failed")) {
            m_pendingMigrations.remove(e.key);
            m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                        tr("The live migration of %1 failed: %2").arg(vm, m->migrationState.failureReason));
        }
    }
    advanceMigrationQueue();
}

} // namespace drover::ui
