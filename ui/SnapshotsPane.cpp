#include "SnapshotsPane.h"
#include "Appearance.h"

#include "Quantity.h"
#include "VmStatus.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

SnapshotsPane::SnapshotsPane(ops::ClusterConnection *connection, ops::VmActions *actions, const QString &vmKey,
                               QWidget *parent)
    : QWidget(parent), m_connection(connection), m_key(vmKey), m_ns(vmKey.section(QLatin1Char('/'), 0, 0)),
      m_vm(vmKey.section(QLatin1Char('/'), 1)), m_prompter(this), m_ops(new ops::Snapshots(connection, actions, &m_prompter, this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTableView(this)), m_status(new QLabel(this)), m_take(new QPushButton(tr("Take snapshot…"), this)),
      m_restore(new QPushButton(tr("Restore"), this)), m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("snapshotsPane"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Ready"), tr("Created"), tr("Size"), tr("Indications"),
                                        tr("Description"), tr("Error")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(Name, 200);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_status);
    lay->addLayout(buttons);

    connect(m_take, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Take snapshot"), tr("Name:"), QLineEdit::Normal,
                                                   m_vm + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")), &ok);
        if (!ok || name.isEmpty())
            return;
        const QString description = QInputDialog::getText(this, tr("Take snapshot"), tr("Description (optional):"),
                                                          QLineEdit::Normal, {}, &ok);
        if (ok)
            take(name, description);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] { restore(selected()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { remove(selected()); });
    auto updateButtons = [this] {
        const QString s = selected();
        const int row = s.isEmpty() ? -1 : m_view->selectionModel()->selectedRows().first().row();
        m_restore->setEnabled(row >= 0 && m_model->item(row, Ready)->text() == tr("yes"));
        m_delete->setEnabled(row >= 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    if (m_connection && m_connection->snapshots())
        connect(m_connection->snapshots(), &kube::ObjectCache::changed, this, &SnapshotsPane::refresh);
    connect(m_ops, &ops::Snapshots::progressed, this, &SnapshotsPane::onProgress);
    connect(m_ops, &ops::Snapshots::finished, this, &SnapshotsPane::onFinished);
    connect(m_ops, &ops::Snapshots::sizesChanged, this, &SnapshotsPane::refresh);
    refresh();
    updateButtons();
}

QString SnapshotsPane::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->item(rows.first().row(), Name)->text();
}

void SnapshotsPane::say(bool error, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneStyle(Tone::Error, palette()) : QString());
}

void SnapshotsPane::refresh()
{
    // One VM's snapshots are a handful of rows: update in place, append new, drop deleted ones.
    if (!m_connection || !m_connection->snapshots())
        return;
    QList<core::Snapshot> mine;
    for (const kube::LazyObject &o : m_connection->snapshots()->objects())
        if (auto s = core::Snapshot::fromJson(o.json()); s && s->meta.ns == m_ns && s->sourceName == m_vm)
            mine.append(*s);
    std::sort(mine.begin(), mine.end(), [](const core::Snapshot &a, const core::Snapshot &b) {
        return a.meta.creationTimestamp > b.meta.creationTimestamp;
    });
    for (int r = m_model->rowCount() - 1; r >= 0; --r) {
        const QString n = m_model->item(r, Name)->text();
        if (std::none_of(mine.begin(), mine.end(), [&](const core::Snapshot &s) { return s.meta.name == n; }))
            m_model->removeRow(r);
    }
    for (const core::Snapshot &s : mine) {
        int row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->item(r, Name)->text() == s.meta.name)
                row = r;
        const QStringList cells{s.meta.name, s.phase.isEmpty() ? tr("Pending") : s.phase, s.readyToUse ? tr("yes") : tr("no"),
                                s.creationTime.isValid() ? s.creationTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(),
                                sizeOf(s),
                                s.indications.join(QStringLiteral(", ")), s.meta.annotations.value(QLatin1String(core::kSnapshotDescriptionAnnotation)),
                                s.error};
        if (row < 0) {
            QList<QStandardItem *> items;
            for (const QString &c : cells)
                items << new QStandardItem(c);
            m_model->appendRow(items);
        } else {
            for (int c = 0; c < ColumnCount; ++c)
                if (m_model->item(row, c)->text() != cells[c])
                    m_model->item(row, c)->setText(cells[c]);
        }
    }
}

QString SnapshotsPane::sizeOf(const core::Snapshot &s)
{
    // The size sits in the snapshot's VirtualMachineSnapshotContent: its volume backups' claims.
    const auto bytes = s.readyToUse ? m_ops->contentBytes(m_ns, s.contentName) : std::nullopt;
    return bytes ? core::formatBytes(*bytes) : QStringLiteral("—");
}

void SnapshotsPane::setConfirm(bool on)
{
    for (const char *id : {"snapshot.stopBeforeRestore", "snapshot.delete"})
        m_prompter.setAnswer(QLatin1String(id), on ? std::nullopt : std::optional<bool>(true));
}

void SnapshotsPane::take(const QString &name, const QString &description)
{
    m_ops->take(m_key, name, description);
}

void SnapshotsPane::restore(const QString &snapshot)
{
    if (!snapshot.isEmpty())
        m_ops->restore(m_key, snapshot);
}

void SnapshotsPane::remove(const QString &snapshot)
{
    if (!snapshot.isEmpty())
        m_ops->remove(m_key, snapshot);
}

void SnapshotsPane::onProgress(const ops::SnapshotProgress &p)
{
    const QString snap = p.request.snapshot;
    switch (p.stage) {
    case ops::SnapshotProgress::Taking: say(false, tr("Taking snapshot %1…").arg(snap)); break;
    case ops::SnapshotProgress::Stopping: say(false, tr("Stopping %1 to restore %2…").arg(m_key, snap)); break;
    case ops::SnapshotProgress::Restoring: say(false, tr("Restoring %1 from %2…").arg(m_key, snap)); break;
    case ops::SnapshotProgress::Deleting: say(false, tr("Deleting snapshot %1…").arg(snap)); break;
    }
}

void SnapshotsPane::onFinished(const ops::SnapshotResult &r)
{
    using R = ops::SnapshotResult;
    using Req = ops::SnapshotRequest;
    const QString snap = r.request.snapshot;
    const bool apiError = !r.error.ok();
    switch (r.status) {
    case R::Declined:
        say(false, QString());
        return;
    case R::NotConnected:
        say(true, tr("Not connected to a cluster."));
        return;
    case R::Abandoned:
        say(true, tr("Lost track of %1: the connection was switched or the object was deleted.").arg(snap));
        return;
    case R::Succeeded:
    case R::Failed:
        break;
    }
    const bool ok = r.status == R::Succeeded;
    switch (r.request.kind) {
    case Req::Take:
        say(!ok, ok         ? tr("Snapshot %1 is ready.").arg(snap)
                 : apiError ? tr("Could not take snapshot %1: %2").arg(snap, r.error.userMessage())
                            : tr("Snapshot %1 failed: %2").arg(snap, r.reason));
        break;
    case Req::Restore:
        if (ok)
            say(false, tr("%1 is restored to %2. Start it when you are ready.").arg(m_key, snap));
        else if (r.stage == ops::SnapshotProgress::Stopping)
            say(true, models::VmActionText::describe(r.stop)); // "Could not stop …: why"
        else
            say(true, apiError ? tr("Could not restore %1: %2").arg(snap, r.error.userMessage())
                               : tr("The restore of %1 failed: %2").arg(snap, r.reason));
        break;
    case Req::Delete:
        say(!ok, ok ? tr("Snapshot %1 deleted.").arg(snap) : tr("Could not delete snapshot %1: %2").arg(snap, r.error.userMessage()));
        break;
    }
}

} // namespace drover::ui
