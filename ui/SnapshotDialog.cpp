#include "SnapshotDialog.h"

#include "Quantity.h"
#include "Snapshot.h"
#include "Vm.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

SnapshotDialog::SnapshotDialog(models::ClusterConnection *connection, const QString &vmKey, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_key(vmKey), m_ns(vmKey.section(QLatin1Char('/'), 0, 0)),
      m_vm(vmKey.section(QLatin1Char('/'), 1)), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTableView(this)), m_status(new QLabel(this)), m_take(new QPushButton(tr("Take snapshot…"), this)),
      m_restore(new QPushButton(tr("Restore"), this)), m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("snapshotDialog"));
    setWindowTitle(tr("Snapshots of %1").arg(vmKey));
    resize(900, 360);
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
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_status);
    lay->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::close);
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
        connect(m_connection->snapshots(), &kube::ObjectCache::changed, this, &SnapshotDialog::refresh);
    if (m_connection && m_connection->vms())
        connect(m_connection->vms(), &kube::ObjectCache::changed, this, &SnapshotDialog::onVmChanged);
    if (m_connection && m_connection->restores())
        connect(m_connection->restores(), &kube::ObjectCache::changed, this, &SnapshotDialog::onRestoresChanged);
    refresh();
    updateButtons();
}

QString SnapshotDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->item(rows.first().row(), Name)->text();
}

void SnapshotDialog::say(bool error, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void SnapshotDialog::refresh()
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
                                s.indications.join(QStringLiteral(", ")), s.meta.annotations.value(QStringLiteral("drover.io/description")),
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

QString SnapshotDialog::sizeOf(const core::Snapshot &s)
{
    // The size sits in the snapshot's VirtualMachineSnapshotContent: its volume backups' claims.
    if (!s.readyToUse || s.contentName.isEmpty() || !m_connection || !m_connection->client())
        return QStringLiteral("—");
    const auto known = m_sizes.find(s.contentName);
    if (known == m_sizes.end()) {
        m_sizes.insert(s.contentName, std::nullopt); // asked once; an error leaves it unknown
        m_connection->client()->get(kube::ApiResource::snapshotContents(), m_ns, s.contentName, this,
                                    [this, name = s.contentName](const kube::Response &r) {
                                        if (r.ok()) {
                                            m_sizes.insert(name, core::snapshotContentBytes(r.object));
                                            refresh();
                                        }
                                    });
        return QStringLiteral("—");
    }
    return *known ? core::formatBytes(**known) : QStringLiteral("—");
}

void SnapshotDialog::take(const QString &name, const QString &description)
{
    if (!m_connection || !m_connection->client())
        return;
    QJsonObject meta{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), m_ns}};
    if (!description.isEmpty())
        meta.insert(QStringLiteral("annotations"), QJsonObject{{QStringLiteral("drover.io/description"), description}});
    const QJsonObject snap{
        {QStringLiteral("apiVersion"), kube::ApiResource::snapshots().group + QLatin1Char('/') + kube::ApiResource::snapshots().version},
        {QStringLiteral("kind"), QStringLiteral("VirtualMachineSnapshot")},
        {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("source"), QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("kubevirt.io")},
                                                                                   {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
                                                                                   {QStringLiteral("name"), m_vm}}}}}};
    say(false, tr("Taking snapshot %1…").arg(name));
    m_connection->client()->create(kube::ApiResource::snapshots(), m_ns, snap, this, [this, name](const kube::Response &r) {
        if (!r.ok())
            say(true, tr("Could not take snapshot %1: %2").arg(name, r.error.userMessage()));
    });
}

void SnapshotDialog::restore(const QString &snapshot)
{
    if (snapshot.isEmpty() || !m_connection || !m_connection->client())
        return;
    const auto vm = core::Vm::fromJson(m_connection->vms()->get(m_key));
    const bool stopped = vm && vm->printableStatus == QLatin1String("Stopped");
    if (!stopped) {
        // KubeVirt restores only a stopped VM: offer to stop it first.
        if (m_confirm) {
            QMessageBox box(QMessageBox::Question, tr("Restore snapshot"),
                            tr("%1 must be stopped before snapshot “%2” can be restored.").arg(m_key, snapshot), QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("restoreConfirmation"));
            box.setInformativeText(tr("Stop the VM now and restore when it has stopped? Changes since the snapshot are lost."));
            QPushButton *go = box.addButton(tr("Stop and restore"), QMessageBox::DestructiveRole);
            box.exec();
            if (box.clickedButton() != go)
                return;
        }
        m_restoreAfterStop = snapshot;
        say(false, tr("Stopping %1 to restore %2…").arg(m_key, snapshot));
        m_connection->client()->kubevirtAction(QStringLiteral("virtualmachines"), m_ns, m_vm, QStringLiteral("stop"), {}, this,
                                               [this](const kube::Response &r) {
                                                   if (!r.ok()) {
                                                       m_restoreAfterStop.clear();
                                                       say(true, tr("Could not stop %1: %2").arg(m_key, r.error.userMessage()));
                                                   }
                                               });
        return;
    }
    createRestore(snapshot);
}

void SnapshotDialog::onVmChanged()
{
    if (m_restoreAfterStop.isEmpty() || !m_connection)
        return;
    const auto vm = core::Vm::fromJson(m_connection->vms()->get(m_key));
    if (vm && vm->printableStatus == QLatin1String("Stopped")) {
        const QString snap = m_restoreAfterStop;
        m_restoreAfterStop.clear();
        createRestore(snap);
    }
}

void SnapshotDialog::createRestore(const QString &snapshot)
{
    const QString name = m_vm + QStringLiteral("-restore-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    const QJsonObject restore{
        {QStringLiteral("apiVersion"), kube::ApiResource::restores().group + QLatin1Char('/') + kube::ApiResource::restores().version},
        {QStringLiteral("kind"), QStringLiteral("VirtualMachineRestore")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), m_ns}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("target"), QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("kubevirt.io")},
                                                                                   {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
                                                                                   {QStringLiteral("name"), m_vm}}},
                                             {QStringLiteral("virtualMachineSnapshotName"), snapshot}}}};
    m_watchedRestore = m_ns + QLatin1Char('/') + name;
    say(false, tr("Restoring %1 from %2…").arg(m_key, snapshot));
    m_connection->client()->create(kube::ApiResource::restores(), m_ns, restore, this, [this, snapshot](const kube::Response &r) {
        if (!r.ok()) {
            m_watchedRestore.clear();
            say(true, tr("Could not restore %1: %2").arg(snapshot, r.error.userMessage()));
        }
    });
}

void SnapshotDialog::onRestoresChanged()
{
    if (m_watchedRestore.isEmpty() || !m_connection || !m_connection->restores() || !m_connection->restores()->contains(m_watchedRestore))
        return;
    const QJsonObject st = m_connection->restores()->get(m_watchedRestore).value(QStringLiteral("status")).toObject();
    const QString snap = m_connection->restores()->get(m_watchedRestore).value(QStringLiteral("spec")).toObject()
                             .value(QStringLiteral("virtualMachineSnapshotName")).toString();
    if (st.value(QStringLiteral("complete")).toBool()) {
        m_watchedRestore.clear();
        say(false, tr("%1 is restored to %2. Start it when you are ready.").arg(m_key, snap));
        return;
    }
    for (const QJsonValue &c : st.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("Ready") &&
            o.value(QStringLiteral("reason")).toString() == QLatin1String("Failed")) {
            m_watchedRestore.clear();
            say(true, tr("The restore of %1 failed: %2").arg(snap, o.value(QStringLiteral("message")).toString()));
        }
    }
}

void SnapshotDialog::remove(const QString &snapshot)
{
    if (snapshot.isEmpty() || !m_connection || !m_connection->client())
        return;
    if (m_confirm &&
        QMessageBox::question(this, tr("Delete snapshot"), tr("Delete snapshot %1 of %2? This cannot be undone.").arg(snapshot, m_key),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_connection->client()->remove(kube::ApiResource::snapshots(), m_ns, snapshot, this, [this, snapshot](const kube::Response &r) {
        say(!r.ok(), r.ok() ? tr("Snapshot %1 deleted.").arg(snapshot)
                            : tr("Could not delete snapshot %1: %2").arg(snapshot, r.error.userMessage()));
    });
}

} // namespace drover::ui
