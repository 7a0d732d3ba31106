#include "PlanPanel.h"

#include "PlanTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace drover::ui {

using State = ops::ClusterConnection::State;

PlanPanel::PlanPanel(ops::ClusterConnection *connection, ops::IntentPlans *plans, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_plans(plans), m_header(new QLabel(this)), m_tree(new QTreeView(this)),
      m_model(new models::PlanTreeModel(this))
{
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // long lines scroll, never cut
    // A new intent shows its plan; what the user collapsed stays collapsed.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &under, int first, int last) {
        if (under.isValid())
            return;
        for (int r = first; r <= last; ++r)
            m_tree->expand(m_model->index(r, 0));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_tree, 1);

    connect(m_plans, &ops::IntentPlans::changed, this, &PlanPanel::update);
    update();
}

void PlanPanel::update()
{
    m_header->setText(headerText());
    m_model->setEntries(m_plans->entries(), placeholderText());
}

QString PlanPanel::headerText() const
{
    if (m_connection->state() == State::Closed)
        return tr("Not connected: droverd's intents are read from the cluster's SnapshotSchedule and HostMaintenance objects.");
    const QString where = tr("Intents from %1 (%2)").arg(m_connection->contextName(), m_connection->server());
    const bool schedules = m_plans->schedulesServed();
    const bool maintenance = m_plans->maintenanceServed();
    if (schedules && maintenance)
        return tr("%1 · droverd's CRDs are served · planned as droverd would now").arg(where);
    if (!schedules && !maintenance)
        return tr("%1 · droverd's CRDs are not served (kubectl apply -k packaging/kubernetes)").arg(where);
    return tr("%1 · the %2 CRD is not served (kubectl apply -k packaging/kubernetes)")
        .arg(where, schedules ? QStringLiteral("HostMaintenance") : QStringLiteral("SnapshotSchedule"));
}

QString PlanPanel::placeholderText() const
{
    switch (m_connection->state()) {
    case State::Closed:
        return tr("Nothing to plan: no cluster.");
    case State::Connecting:
        return tr("Listing the cluster…");
    case State::Synced:
    case State::Reconnecting:
        break;
    }
    return tr("No SnapshotSchedule or HostMaintenance: droverd has nothing to do.");
}

} // namespace drover::ui
