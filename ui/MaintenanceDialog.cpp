#include "MaintenanceDialog.h"

#include "MaintenancePlanModel.h"
#include "MaintenanceText.h"
#include "VmStatus.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

MaintenanceDialog::MaintenanceDialog(ops::ClusterConnection *connection, ops::CephGate *gate, const QString &node, QWidget *parent)
    : QDialog(parent), m_node(node), m_preview(new ops::MaintenancePreview(connection, gate, node, this)),
      m_model(new models::MaintenancePlanModel(this)), m_summary(new QLabel(this)), m_blockers(new QLabel(this)),
      m_ceph(new QLabel(this)), m_stop(new QCheckBox(tr("Stop VMs that cannot live-migrate"), this)),
      m_restart(new QCheckBox(tr("…and start them again when %1 leaves maintenance").arg(node), this)),
      m_reason(new QLineEdit(this)),
      m_droverd(new QCheckBox(tr("Hand it to droverd: the cluster's reconciler carries it out, also when this console is closed"), this)),
      m_table(new QTableView(this)), m_apply(new QPushButton(tr("Enter Maintenance"), this))
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Enter Maintenance — %1").arg(node));
    resize(980, 560);
    auto *intro = new QLabel(tr("Drover cordons %1, asks Ceph whether its OSDs may stop, and evicts every pod through the "
                                "Kubernetes Eviction API: KubeVirt live-migrates the VMs, their disruption budgets guard "
                                "the rest. Nothing happens until you press Enter Maintenance.").arg(node), this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("maintenanceSummary"));
    m_blockers->setObjectName(QStringLiteral("maintenanceBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::PlainText);
    m_blockers->setStyleSheet(QStringLiteral("color: %1;").arg(models::statusColor(models::StatusKind::Error).name()));
    m_ceph->setWordWrap(true);
    m_restart->setEnabled(false);
    m_droverd->setObjectName(QStringLiteral("handToDroverd"));
    // Only where droverd's API is installed (packaging/kubernetes); the console runs it otherwise.
    m_droverd->setEnabled(connection->installed(connection->hostMaintenances()) && !connection->forbidden(connection->hostMaintenances()));
    m_droverd->setToolTip(m_droverd->isEnabled() ? tr("Creates the HostMaintenance %1; its progress shows in the Maintenance panel.").arg(node)
                                                 : tr("droverd is not deployed on this cluster (no HostMaintenance API)."));
    m_reason->setPlaceholderText(tr("e.g. replace nvme2, firmware update (kept on the node)"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("maintenancePlan"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::MaintenancePlanModel::Workload, 300);
    m_table->setColumnWidth(models::MaintenancePlanModel::Action, 130);
    m_table->setColumnWidth(models::MaintenancePlanModel::Target, 110);
    m_table->setColumnWidth(models::MaintenancePlanModel::Reason, 360);
    m_table->setColumnHidden(models::MaintenancePlanModel::Progress, true);
    m_apply->setEnabled(false);
    m_apply->setDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addWidget(m_summary);
    lay->addWidget(m_ceph);
    lay->addWidget(m_blockers);
    lay->addWidget(m_table, 1);
    lay->addWidget(m_stop);
    lay->addWidget(m_restart);
    lay->addLayout(form);
    lay->addWidget(m_droverd);
    lay->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QCheckBox::toggled, this, [this](bool on) {
        m_restart->setEnabled(on);
        m_preview->setPolicy(policy());
    });
    connect(m_restart, &QCheckBox::toggled, this, [this] { m_preview->setPolicy(policy()); });
    connect(m_preview, &ops::MaintenancePreview::planned, this, &MaintenanceDialog::onPlanned);
    m_summary->setText(tr("Reading what runs on %1…").arg(node));
}

reconcile::VmPolicy MaintenanceDialog::policy() const
{
    if (!m_stop->isChecked())
        return reconcile::VmPolicy::Refuse;
    return m_restart->isChecked() ? reconcile::VmPolicy::StopAndRestartAfter : reconcile::VmPolicy::Stop;
}

ops::MaintenanceRequest MaintenanceDialog::request() const
{
    return ops::MaintenanceRequest{m_node, policy(), m_reason->text().trimmed()};
}

bool MaintenanceDialog::handToDroverd() const
{
    return m_droverd->isEnabled() && m_droverd->isChecked();
}

void MaintenanceDialog::onPlanned(const reconcile::MaintenancePlan &plan, bool synced)
{
    m_model->setPlan(plan);
    if (!synced) {
        m_summary->setText(tr("Reading what runs on %1…").arg(m_node));
        m_apply->setEnabled(false);
        return;
    }
    QString summary = models::MaintenanceText::summary(plan);
    if (const QString eta = models::MaintenanceText::eta(plan.etaSeconds); !eta.isEmpty())
        summary += QStringLiteral(" · ") + tr("drain takes %1 at KubeVirt's migration limits").arg(eta);
    m_summary->setText(summary);
    m_ceph->setText(m_preview->ceph().known || !m_preview->ceph().message.isEmpty() ? models::MaintenanceText::ceph(m_preview->ceph())
                                                                                    : QString());
    m_ceph->setVisible(!m_ceph->text().isEmpty());
    // A few in full; the table lists every one of them first, in red.
    constexpr int kShown = 3;
    QStringList lines;
    for (const reconcile::Blocker &b : plan.blockers.mid(0, kShown))
        lines << QStringLiteral("• %1").arg(b.message) + (b.key.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(b.key));
    if (plan.blockers.size() > kShown)
        lines << tr("• and %n more, listed first in the table below", nullptr, int(plan.blockers.size()) - kShown);
    m_blockers->setText(lines.isEmpty() ? QString() : tr("Cannot enter maintenance yet:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_blockers->setVisible(!lines.isEmpty());
    m_apply->setEnabled(plan.canApply());
}

} // namespace drover::ui
