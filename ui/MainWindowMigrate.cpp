// MainWindow: live migration by drag and drop — the plan, the confirmation, the
// VirtualMachineInstanceMigrations created through the API, and their outcome in the banner.
#include "MainWindow.h"

#include "MessageBanner.h"
#include "MigrationDrop.h"
#include "MigrationSupport.h"

#include <QCheckBox>
#include <QMessageBox>

namespace drover::ui {

void MainWindow::migrateVms(const QStringList &keys, const QString &host)
{
    if (!m_connection->client())
        return;
    const auto state = models::clusterStateFrom(m_connection->nodes(), m_connection->vmis(), m_connection->migrations());
    const QList<reconcile::MigrationPlan> plans = planDrop(state, keys, host);
    QList<reconcile::MigrationPlan> go;
    QStringList lines, refused, goKeys;
    for (int i = 0; i < plans.size(); ++i) {
        if (plans[i].check.ok()) {
            go << plans[i];
            goKeys << keys[i];
            lines << tr("%1 → %2: %3").arg(keys[i], plans[i].target, plans[i].reason);
        } else {
            refused << plans[i].check.reason;
        }
    }
    if (go.isEmpty()) {
        m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                    tr("Cannot live-migrate: %1").arg(refused.join(QStringLiteral("; "))));
        return;
    }
    if (m_confirmMigrations) {
        QMessageBox box(QMessageBox::Question, tr("Live-migrate"),
                        go.size() == 1 ? tr("Live-migrate %1 to %2?").arg(goKeys.first(), go.first().target)
                                       : tr("Live-migrate %n VM(s)?", nullptr, int(go.size())),
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
    if (!refused.isEmpty())
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("Not moved: %1").arg(refused.join(QStringLiteral("; "))));
}

void MainWindow::startMigrations(const QList<reconcile::MigrationPlan> &plans)
{
    for (const reconcile::MigrationPlan &p : plans) {
        const QJsonObject meta = p.migration.value(QStringLiteral("metadata")).toObject();
        const QString ns = meta.value(QStringLiteral("namespace")).toString();
        const QString vm = ns + QLatin1Char('/') + p.migration.value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString();
        const QString target = p.target;
        m_actionBanner->showMessage(MessageBanner::Severity::Info, tr("Live-migrating %1 to %2…").arg(vm, target));
        m_connection->client()->create(kube::ApiResource::migrations(), ns, p.migration, this,
                                       [this, vm, target, ns](const kube::Response &r) {
                                           if (!r.ok()) {
                                               m_actionBanner->showMessage(MessageBanner::Severity::Error,
                                                                           tr("Could not live-migrate %1: %2").arg(vm, r.error.userMessage()));
                                               return;
                                           }
                                           const QString name = r.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                                           m_pendingMigrations.insert(ns + QLatin1Char('/') + name, vm);
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
}

} // namespace drover::ui
