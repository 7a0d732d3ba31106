#include "MaintenancePanel.h"

#include "ClusterConnection.h"
#include "MaintenanceHandoff.h"

#include "MaintenancePlanModel.h"
#include "MaintenanceText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

namespace {
// The first step not done yet, and what it waits on, in words.
QPair<QString, QString> currentStep(const reconcile::MaintenancePlan &plan)
{
    for (const reconcile::PlanStep &s : plan.steps)
        if (!s.done)
            return {models::MaintenanceText::step(s),
                    s.waitsOn.isEmpty() ? (s.gate == reconcile::Gate::None ? QString() : models::MaintenanceText::gate(s.gate)) : s.waitsOn};
    return {};
}
} // namespace

MaintenancePanel::MaintenancePanel(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(0, ColumnCount, this)), m_hosts(new QTableView(this)),
      m_planModel(new models::MaintenancePlanModel(this)), m_plan(new QTableView(this)), m_detail(new QLabel(this)),
      m_leave(new QPushButton(tr("Leave Maintenance"), this))
{
    setObjectName(QStringLiteral("maintenancePanel"));
    m_model->setHorizontalHeaderLabels({tr("Host"), tr("Phase"), tr("Now"), tr("VMs left"), tr("Pods left"), tr("Time left"),
                                        tr("Waiting on")});
    for (QTableView *t : {m_hosts, m_plan}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(false);
    }
    m_hosts->setModel(m_model);
    // Small minimums: the panel shares the bottom dock area and must not make it tall.
    m_hosts->setMinimumHeight(40);
    m_plan->setMinimumHeight(40);
    m_hosts->setColumnWidth(Phase, 130);
    m_hosts->setColumnWidth(Now, 320);
    m_plan->setModel(m_planModel);
    m_plan->setColumnWidth(models::MaintenancePlanModel::Workload, 280);
    m_plan->setColumnWidth(models::MaintenancePlanModel::Reason, 300);
    m_detail->setWordWrap(true);
    m_leave->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_detail, 1);
    row->addWidget(m_leave);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_hosts, 1);
    lay->addLayout(row);
    lay->addWidget(m_plan, 2);
    connect(m_hosts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MaintenancePanel::showSelected);
    showSelected();
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (const QString n = selectedNode(); !n.isEmpty())
            Q_EMIT leaveRequested(n);
    });
}

void MaintenancePanel::setMaintenance(ops::Maintenance *maintenance)
{
    m_maintenance = maintenance;
    connect(maintenance, &ops::Maintenance::progressed, this, &MaintenancePanel::onProgress);
    connect(maintenance, &ops::Maintenance::left, this, &MaintenancePanel::onLeft);
}

void MaintenancePanel::setConnection(ops::ClusterConnection *connection)
{
    m_connection = connection;
    const auto bind = [this] {
        disconnect(m_intentsChanged);
        if (kube::ObjectCache *c = m_connection->hostMaintenances())
            m_intentsChanged = connect(c, &kube::ObjectCache::changed, this, &MaintenancePanel::refreshIntents);
        refreshIntents();
    };
    connect(connection, &ops::ClusterConnection::cachesReplaced, this, bind);
    bind();
}

namespace {
constexpr int kDroverdRole = Qt::UserRole + 1; // on the Host cell: the HostMaintenance's name

// "Cordon d1", the first step not done in droverd's status, and what it waits on.
QPair<QString, QString> currentStep(const QJsonObject &status)
{
    for (const QJsonValue &v : status.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QLatin1String("done")).toBool())
            return {s.value(QLatin1String("kind")).toString() + QLatin1Char(' ') + s.value(QLatin1String("target")).toString(),
                    s.value(QLatin1String("waitsOn")).toString()};
    }
    return {};
}
} // namespace

bool MaintenancePanel::isDroverds(int row) const
{
    return row >= 0 && !m_model->item(row, Host)->data(kDroverdRole).toString().isEmpty();
}

int MaintenancePanel::addRow(const QString &node)
{
    QList<QStandardItem *> items;
    for (int c = 0; c < ColumnCount; ++c)
        items << new QStandardItem;
    items[Host]->setText(node);
    m_model->appendRow(items);
    const int row = m_model->rowCount() - 1;
    if (m_hosts->selectionModel()->selectedRows().isEmpty())
        m_hosts->selectRow(row);
    return row;
}

// A row per HostMaintenance that this console does not run itself, from the status droverd writes.
void MaintenancePanel::refreshIntents()
{
    QSet<QString> seen;
    const kube::ObjectCache *cache = m_connection ? m_connection->hostMaintenances() : nullptr;
    for (const kube::LazyObject &o : cache ? cache->objects() : QHash<QString, kube::LazyObject>()) {
        const QString node = o.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeName")).toString();
        if (node.isEmpty() || (m_maintenance && m_maintenance->progress(node)))
            continue;
        seen.insert(node);
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        int row = rowOf(node);
        if (row < 0)
            row = addRow(node);
        m_model->item(row, Host)->setData(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), kDroverdRole);
        const auto [now, waits] = currentStep(status);
        const QString phase = status.value(QLatin1String("phase")).toString();
        const QString blocked = status.value(QLatin1String("blockedBy")).toString();
        const QString error = status.value(QLatin1String("lastError")).toString();
        const QStringList cells{node,
                                phase.isEmpty() ? tr("droverd: not started") : tr("droverd: %1").arg(phase),
                                status.contains(QLatin1String("progress")) ? tr("%1 (%2 steps done)").arg(now, status.value(QLatin1String("progress")).toString()) : now,
                                status.contains(QLatin1String("vmsLeft")) ? QString::number(status.value(QLatin1String("vmsLeft")).toInt()) : QString(),
                                status.contains(QLatin1String("podsLeft")) ? QString::number(status.value(QLatin1String("podsLeft")).toInt()) : QString(),
                                models::MaintenanceText::eta(status.value(QLatin1String("etaSeconds")).toInt()),
                                !blocked.isEmpty() ? blocked : !error.isEmpty() ? error : waits};
        for (int c = 0; c < ColumnCount; ++c)
            if (m_model->item(row, c)->text() != cells[c])
                m_model->item(row, c)->setText(cells[c]);
    }
    for (int r = m_model->rowCount() - 1; r >= 0; --r)
        if (isDroverds(r) && !seen.contains(m_model->item(r, Host)->text()))
            m_model->removeRow(r);
    showSelected();
}

int MaintenancePanel::rowOf(const QString &node) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Host)->text() == node)
            return r;
    return -1;
}

QString MaintenancePanel::selectedNode() const
{
    const QModelIndexList rows = m_hosts->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->item(rows.first().row(), Host)->text();
}

void MaintenancePanel::onProgress(const ops::MaintenanceProgress &p)
{
    int row = rowOf(p.node);
    if (row < 0)
        row = addRow(p.node);
    m_model->item(row, Host)->setData(QVariant(), kDroverdRole); // this console's, not droverd's
    const auto [now, waits] = currentStep(p.plan);
    const QStringList cells{p.node,
                            p.synced ? models::MaintenanceText::phase(p.plan.phase) : tr("Reading…"),
                            now,
                            QString::number(p.plan.vmsLeft),
                            QString::number(p.plan.podsLeft),
                            models::MaintenanceText::eta(p.plan.etaSeconds),
                            p.lastError.isEmpty() ? waits : p.lastError};
    for (int c = 0; c < ColumnCount; ++c)
        if (m_model->item(row, c)->text() != cells[c])
            m_model->item(row, c)->setText(cells[c]);
    if (selectedNode() == p.node)
        showSelected();
}

void MaintenancePanel::onLeft(const QString &node)
{
    if (const int row = rowOf(node); row >= 0)
        m_model->removeRow(row);
    showSelected();
}

void MaintenancePanel::showSelected()
{
    const QString node = selectedNode();
    if (const int row = rowOf(node); isDroverds(row)) {
        const QJsonObject intent = ops::hostMaintenanceFor(m_connection, node);
        const QJsonObject ready = intent.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray().first().toObject();
        const bool leaving = intent.value(QLatin1String("spec")).toObject().value(QLatin1String("leave")).toBool();
        m_leave->setEnabled(!leaving);
        m_planModel->setPlan({});
        m_detail->setText(tr("Carried out by droverd (HostMaintenance %1)%2")
                              .arg(m_model->item(row, Host)->data(kDroverdRole).toString(),
                                   ready.isEmpty() ? QString() : QStringLiteral(": ") + ready.value(QLatin1String("message")).toString()));
        return;
    }
    const auto p = m_maintenance && !node.isEmpty() ? m_maintenance->progress(node) : std::nullopt;
    m_leave->setEnabled(p.has_value());
    if (!p) {
        m_planModel->setPlan({});
        m_detail->setText(m_model->rowCount() == 0
                              ? tr("No host is in maintenance. Select a host and choose Host ▸ Enter Maintenance… to see "
                                   "its plan before anything happens.")
                              : QString());
        return;
    }
    m_planModel->setPlan(p->plan, p->evictions);
    QStringList lines;
    for (const reconcile::Blocker &b : p->plan.blockers)
        lines << b.message;
    if (p->ceph.known || !p->ceph.message.isEmpty())
        lines << models::MaintenanceText::ceph(p->ceph);
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

} // namespace drover::ui
