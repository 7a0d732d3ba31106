#include "SnapshotDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace drover::ui {

SnapshotDialog::SnapshotDialog(ops::ClusterConnection *connection, ops::VmActions *actions, const QString &vmKey, QWidget *parent)
    : QDialog(parent), m_pane(new SnapshotsPane(connection, actions, vmKey, this))
{
    setObjectName(QStringLiteral("snapshotDialog"));
    setWindowTitle(tr("Snapshots of %1").arg(vmKey));
    resize(900, 360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_pane, 1);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
}

} // namespace drover::ui
