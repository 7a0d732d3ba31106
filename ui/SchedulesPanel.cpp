#include "SchedulesPanel.h"
#include "Appearance.h"

#include "ScheduleDialog.h"
#include "ScheduleText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace drover::ui {

using ops::ScheduleRequest;
using Text = models::ScheduleText;

SchedulesPanel::SchedulesPanel(ops::ClusterConnection *connection, ops::Schedules *schedules, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_schedules(schedules), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_notice(new QLabel(this)), m_detail(new QLabel(this)),
      m_outcome(new QLabel(this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulesPanel"));
    m_model->setHorizontalHeaderLabels({tr("Schedule"), tr("When"), tr("VMs"), tr("Next run"), tr("Last taken"), tr("Kept"),
                                        tr("Failures"), tr("State")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(40); // shares the bottom dock area: must not make it tall
    for (auto [c, w] : {std::pair{Name, 200}, {When, 190}, {Vms, 220}, {Next, 125}, {LastTaken, 125}, {Kept, 50}, {Failures, 60}})
        m_table->setColumnWidth(c, w);
    m_notice->setObjectName(QStringLiteral("schedulesNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_notice);
    m_detail->setObjectName(QStringLiteral("scheduleDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_outcome->setObjectName(QStringLiteral("scheduleOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);

    auto *buttons = new QVBoxLayout;
    const std::pair<const char *, QString> defs[] = {{"scheduleNew", tr("New…")},         {"scheduleEdit", tr("Edit…")},
                                                     {"scheduleSuspend", tr("Suspend")}, {"scheduleResume", tr("Resume")},
                                                     {"scheduleDelete", tr("Delete…")}};
    for (const auto &[name, text] : defs) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        m_buttons << b;
    }
    buttons->addStretch(1);
    connect(button(QStringLiteral("scheduleNew")), &QPushButton::clicked, this, [this] { openNew(); });
    connect(button(QStringLiteral("scheduleEdit")), &QPushButton::clicked, this, [this] { openEdit(selectedKey()); });
    connect(button(QStringLiteral("scheduleSuspend")), &QPushButton::clicked, this, [this] { submit(ScheduleRequest::Suspend); });
    connect(button(QStringLiteral("scheduleResume")), &QPushButton::clicked, this, [this] { submit(ScheduleRequest::Resume); });
    connect(button(QStringLiteral("scheduleDelete")), &QPushButton::clicked, this, [this] { confirmDelete(selectedKey()); });

    auto *lower = new QHBoxLayout;
    lower->setContentsMargins(6, 4, 4, 4);
    auto *words = new QVBoxLayout;
    words->addWidget(m_detail, 1);
    words->addWidget(m_outcome);
    lower->addLayout(words, 1);
    lower->addLayout(buttons);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_stack, 3);
    lay->addLayout(lower, 2);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &SchedulesPanel::showSelected);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] { m_refresh->start(); });
    tick->start(30000);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulesPanel::showSelected);
    connect(connection, &ops::ClusterConnection::cachesReplaced, this, &SchedulesPanel::rebind);
    connect(connection, &ops::ClusterConnection::sourcesChanged, this, &SchedulesPanel::updateNotice);
    connect(connection, &ops::ClusterConnection::stateChanged, this, &SchedulesPanel::updateNotice);
    connect(schedules, &ops::Schedules::finished, this, &SchedulesPanel::onFinished);
    rebind();
}

QPushButton *SchedulesPanel::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == objectName)
            return b;
    return nullptr;
}

void SchedulesPanel::rebind()
{
    QObject::disconnect(m_cacheConnection);
    m_cache = m_connection->snapshotSchedules();
    if (m_cache)
        m_cacheConnection = connect(m_cache, &kube::ObjectCache::changed, this, &SchedulesPanel::onChanged);
    // The plan reads the VMs and snapshots too: new ones change what it says.
    for (kube::ObjectCache *c : {m_connection->snapshots(), m_connection->vms()})
        if (c)
            connect(c, &kube::ObjectCache::changed, this, [this] { m_refresh->start(); });
    reload();
}

void SchedulesPanel::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    if (m_cache) {
        QStringList keys = m_cache->keys();
        keys.sort();
        for (const QString &k : std::as_const(keys))
            putRow(k, m_cache->get(k));
    }
    updateNotice();
    showSelected();
}

void SchedulesPanel::onChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        if (e.type == kube::CacheEvent::Deleted) {
            if (const int r = rowOf(e.key); r >= 0)
                m_model->removeRow(r);
        } else {
            putRow(e.key, e.object.json());
        }
    }
    updateNotice();
    m_refresh->start();
}

int SchedulesPanel::rowOf(const QString &key) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Name)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

// One row, in place when it is there, else at its place in key order.
void SchedulesPanel::putRow(const QString &key, const QJsonObject &obj)
{
    auto s = core::SnapshotScheduleObject::fromJson(obj);
    QString state;
    Text::State st = Text::State::Invalid;
    QStringList cells(ColumnCount);
    cells[Name] = key;
    if (!s) {
        cells[State] = tr("Invalid: %1").arg(s.error().message);
    } else {
        st = Text::state(*s, &state);
        cells[When] = Text::when(*s);
        cells[Vms] = Text::vms(*s);
        cells[Next] = st == Text::State::Suspended ? tr("— (suspended)") : Text::time(s->status.value(QLatin1String("nextDue")));
        cells[LastTaken] = Text::time(s->status.value(QLatin1String("lastTaken")));
        cells[Kept] = QString::number(s->status.value(QLatin1String("snapshots")).toArray().size());
        cells[Failures] = QString::number(s->status.value(QLatin1String("consecutiveFailures")).toInt());
        cells[State] = state;
    }
    int row = rowOf(key);
    if (row < 0) {
        row = 0;
        while (row < m_model->rowCount() && m_model->item(row, Name)->data(Qt::UserRole).toString() < key)
            ++row;
        QList<QStandardItem *> items;
        for (int c = 0; c < ColumnCount; ++c)
            items << new QStandardItem;
        m_model->insertRow(row, items);
    }
    for (int c = 0; c < ColumnCount; ++c) {
        QStandardItem *item = m_model->item(row, c);
        item->setText(cells.at(c));
        item->setToolTip(c == State || c == Vms ? cells.at(c) : QString());
    }
    m_model->item(row, Name)->setData(key, Qt::UserRole);
    const bool bad = st == Text::State::Invalid || st == Text::State::Failing;
    m_model->item(row, State)->setForeground(bad                               ? toneText(Tone::Error, palette())
                                              : st == Text::State::Suspended ? toneText(Tone::Warning, palette())
                                                                               : QBrush());
    if (row == m_table->currentIndex().row())
        m_refresh->start();
}

void SchedulesPanel::updateNotice()
{
    QString notice;
    if (!m_connection->client())
        notice = tr("Not connected to a cluster.");
    else if (!m_cache || !m_connection->installed(m_cache))
        notice = tr("SnapshotSchedule CRD is not installed: droverd is not deployed on this cluster "
                    "(kubectl apply -k packaging/kubernetes).");
    else if (m_connection->forbidden(m_cache))
        notice = tr("You may not read SnapshotSchedules on this cluster (403 Forbidden): ask a cluster admin for "
                    "get, list and watch on snapshotschedules.drover.io.");
    else if (m_model->rowCount() == 0)
        notice = tr("No snapshot schedules yet. New… makes one; droverd takes the snapshots.");
    m_notice->setText(notice);
    m_stack->setCurrentWidget(notice.isEmpty() ? static_cast<QWidget *>(m_table) : m_notice);
    const bool usable = m_connection->client() && m_cache && m_connection->installed(m_cache) && !m_connection->forbidden(m_cache);
    button(QStringLiteral("scheduleNew"))->setEnabled(usable);
}

QString SchedulesPanel::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Name);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void SchedulesPanel::select(const QString &key)
{
    if (const int r = rowOf(key); r >= 0)
        m_table->selectRow(r);
}

// The selected schedule in words: its status, then what droverd would do now (the planner's words).
void SchedulesPanel::showSelected()
{
    const QString key = selectedKey();
    const auto s = m_cache && !key.isEmpty() ? core::SnapshotScheduleObject::fromJson(m_cache->get(key))
                                             : Result<core::SnapshotScheduleObject>::failure(Error::Kind::NotFound, QString());
    for (const char *b : {"scheduleEdit", "scheduleDelete", "scheduleSuspend", "scheduleResume"})
        button(QLatin1String(b))->setEnabled(bool(s));
    if (!s) {
        m_detail->setText(key.isEmpty() ? tr("Select a schedule to see what droverd will do with it.") : s.error().message);
        return;
    }
    QString state;
    const bool suspended = Text::state(*s, &state) == Text::State::Suspended;
    button(QStringLiteral("scheduleSuspend"))->setEnabled(!s->suspend);
    button(QStringLiteral("scheduleResume"))->setEnabled(suspended || s->suspend);
    QStringList lines{tr("%1 — %2, snapshots of %3.").arg(key, Text::when(*s), Text::vms(*s)),
                      tr("Keeps the last %1, daily %2, weekly %3; suspends after %4 failures in a row.")
                          .arg(s->keepLast).arg(s->keepDaily).arg(s->keepWeekly).arg(s->maxFailures),
                      tr("State: %1").arg(state)};
    const QJsonArray kept = s->status.value(QLatin1String("snapshots")).toArray();
    if (!kept.isEmpty()) {
        QStringList names;
        for (const QJsonValue &v : kept)
            names << v.toString();
        lines << tr("Kept: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (const auto plan = m_schedules->planOf(key)) {
        const QStringList words = reconcile::describe(*plan);
        lines << tr("What droverd would do now:");
        for (const QString &w : words)
            lines << QStringLiteral("  • ") + w;
        if (words.isEmpty())
            lines << tr("  • nothing: it selects no VM.");
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void SchedulesPanel::submit(ScheduleRequest::Kind kind)
{
    ScheduleRequest r;
    r.kind = kind;
    r.schedule.meta.ns = selectedKey().section(QLatin1Char('/'), 0, 0);
    r.schedule.meta.name = selectedKey().section(QLatin1Char('/'), 1);
    m_schedules->submit(r);
}

void SchedulesPanel::confirmDelete(const QString &key)
{
    if (key.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Snapshot Schedule"),
                    tr("Delete the snapshot schedule %1?\n\nNo new snapshots will be taken and none pruned. The snapshots it "
                       "took stay: delete them from each VM's Snapshots window when you no longer need them.").arg(key),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("scheduleDeleteBox"));
    QPushButton *del = box.addButton(tr("Delete Schedule"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    ScheduleRequest r;
    r.kind = ScheduleRequest::Delete;
    r.schedule.meta.ns = key.section(QLatin1Char('/'), 0, 0);
    r.schedule.meta.name = key.section(QLatin1Char('/'), 1);
    m_schedules->submit(r);
}

void SchedulesPanel::onFinished(const ops::ScheduleResult &result)
{
    const QString key = result.request.key();
    QString done;
    switch (result.request.kind) {
    case ScheduleRequest::Create: done = tr("Created %1: droverd takes its snapshots from its next firing.").arg(key); break;
    case ScheduleRequest::Replace: done = tr("Saved %1.").arg(key); break;
    case ScheduleRequest::Suspend: done = tr("Suspended %1: droverd takes no snapshots for it until it is resumed.").arg(key); break;
    case ScheduleRequest::Resume: done = tr("Resumed %1: failures before now no longer count.").arg(key); break;
    case ScheduleRequest::Delete: done = tr("Deleted %1; the snapshots it took stay.").arg(key); break;
    }
    // The dialog shows its own failures (and keeps the input); the panel says the rest.
    const bool dialogs = result.request.kind == ScheduleRequest::Create || result.request.kind == ScheduleRequest::Replace;
    if (!result.ok() && dialogs && m_dialog)
        return;
    m_outcome->setStyleSheet(result.ok() ? QString() : toneStyle(Tone::Error, palette()));
    m_outcome->setText(result.ok() ? done : tr("%1: %2").arg(key, result.message));
    if (result.ok() && result.request.kind == ScheduleRequest::Create)
        QTimer::singleShot(0, this, [this, key] { select(key); });
}

ScheduleDialog *SchedulesPanel::openDialog(ScheduleDialog *d)
{
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = d;
    d->open();
    return d;
}

ScheduleDialog *SchedulesPanel::openNew(const QString &vmKey)
{
    QStringList namespaces;
    if (kube::ObjectCache *vms = m_connection->vms())
        for (const QString &k : vms->keys())
            if (const QString ns = k.section(QLatin1Char('/'), 0, 0); !namespaces.contains(ns))
                namespaces << ns;
    namespaces.sort();
    auto *d = new ScheduleDialog(m_schedules, namespaces, this);
    // A new dialog's fields (an empty selector) always make a schedule.
    core::SnapshotScheduleObject s = d->schedule().value();
    s.meta.ns = vmKey.isEmpty() ? (namespaces.contains(m_connection->contextNamespace()) || namespaces.isEmpty()
                                       ? m_connection->contextNamespace() : namespaces.first())
                                : vmKey.section(QLatin1Char('/'), 0, 0);
    if (!vmKey.isEmpty()) {
        const QString vm = vmKey.section(QLatin1Char('/'), 1);
        s.meta.name = vm + QStringLiteral("-nightly");
        s.vmNames = {vm};
    }
    d->setSchedule(s, false);
    return openDialog(d);
}

ScheduleDialog *SchedulesPanel::openEdit(const QString &key)
{
    const auto s = m_cache && !key.isEmpty() ? core::SnapshotScheduleObject::fromJson(m_cache->get(key))
                                             : Result<core::SnapshotScheduleObject>::failure(Error::Kind::NotFound, QString());
    if (!s)
        return nullptr;
    auto *d = new ScheduleDialog(m_schedules, {s->meta.ns}, this);
    d->setSchedule(*s, true);
    return openDialog(d);
}

} // namespace drover::ui
