#include "MigrationPanel.h"

#include "ConsoleDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

MigrationPanel::MigrationPanel(ops::ClusterConnection *connection, ops::Migrations *migrations, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_migrations(migrations), m_model(new models::MigrationTableModel(this)),
      m_view(new QTableView(this)), m_cancel(new QPushButton(tr("Cancel migration"), this)),
      m_queued(new QLabel(this)), m_clearQueue(new QPushButton(tr("Drop queued"), this))
{
    setObjectName(QStringLiteral("migrationPanel"));
    m_view->setObjectName(QStringLiteral("migrationTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConsoleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(models::MigrationTableModel::Vm, 170);
    m_view->setColumnWidth(models::MigrationTableModel::Phase, 120);
    m_view->setColumnWidth(models::MigrationTableModel::Route, 190);
    m_view->setColumnWidth(models::MigrationTableModel::Elapsed, 80);
    m_view->setColumnWidth(models::MigrationTableModel::Progress, 170);
    m_cancel->setObjectName(QStringLiteral("cancelMigration"));
    m_cancel->setEnabled(false);

    m_queued->setObjectName(QStringLiteral("migrationQueue"));
    m_queued->setWordWrap(true);
    m_queued->hide();
    m_clearQueue->setObjectName(QStringLiteral("clearMigrationQueue"));
    m_clearQueue->hide();
    connect(m_clearQueue, &QPushButton::clicked, this, &MigrationPanel::clearQueueRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_queued, 1);
    buttons->addWidget(m_clearQueue);
    buttons->addStretch(0);
    buttons->addWidget(m_cancel);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_view, 1);
    lay->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MigrationPanel::updateButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MigrationPanel::updateButton);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            cancelRow(rows.first().row());
    });
}

void MigrationPanel::setQueued(const QList<reconcile::Move> &moves)
{
    QStringList names;
    for (const auto &m : moves)
        names << (m.host.isEmpty() ? m.vmKey : tr("%1 → %2").arg(m.vmKey, m.host));
    m_queued->setText(tr("Waiting for a free migration slot: %1").arg(names.join(QStringLiteral(", "))));
    m_queued->setVisible(!moves.isEmpty());
    m_clearQueue->setVisible(!moves.isEmpty());
}

void MigrationPanel::rebind()
{
    m_model->setCache(m_connection ? m_connection->migrations() : nullptr);
    updateButton();
}

void MigrationPanel::updateButton()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_cancel->setEnabled(!rows.isEmpty() && !m_model->finishedAt(rows.first().row()));
}

void MigrationPanel::cancelRow(int row, bool confirm)
{
    if (!m_migrations || m_model->finishedAt(row))
        return;
    const QString key = m_model->keyAt(row);
    const QString vm = m_model->index(row, models::MigrationTableModel::Vm).data().toString();
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Cancel migration"),
                        tr("Cancel the live migration of %1?").arg(vm), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("cancelMigrationConfirmation"));
        box.setInformativeText(tr("The VM keeps running where it is now."));
        box.addButton(tr("Cancel migration"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep migrating"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep || !box.clickedButton())
            return;
    }
    m_migrations->cancel(key); // a failure comes back as ops::Migrations::cancelFailed
}

} // namespace drover::ui
