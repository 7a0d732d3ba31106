#include "VmDeleteDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

using ops::VmDeleteResult;
using reconcile::DeleteStep;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;    // the VM key on every row
constexpr int kVolumeRole = Qt::UserRole + 2; // the volume name on disk rows

QString stepInWords(const DeleteStep &s)
{
    using K = DeleteStep::Kind;
    switch (s.kind) {
    case K::PatchVm: return VmDeleteDialog::tr("taking the kept disks out of its templates");
    case K::PatchDataVolume:
    case K::PatchClaim: return VmDeleteDialog::tr("releasing disk %1 from the VM").arg(s.name);
    case K::StopVm: return VmDeleteDialog::tr("stopping the VM within the grace period");
    case K::DeleteVm: return VmDeleteDialog::tr("deleting the VM");
    case K::DeleteSnapshot: return VmDeleteDialog::tr("deleting snapshot %1").arg(s.name);
    case K::DeleteDataVolume:
    case K::DeleteClaim: return VmDeleteDialog::tr("deleting disk %1").arg(s.name);
    }
    return {};
}

} // namespace

VmDeleteDialog::VmDeleteDialog(ops::ClusterConnection *connection, const QStringList &vmKeys, QWidget *parent)
    : QDialog(parent), m_ops(new ops::VmDeleter(connection, this)), m_keys(vmKeys), m_pending(int(vmKeys.size())),
      m_tree(new QTreeWidget(this)), m_snapshots(new QCheckBox(this)), m_overrideGrace(new QCheckBox(tr("Shut down within"), this)),
      m_grace(new QSpinBox(this)), m_graceNote(new QLabel(this)), m_status(new QLabel(this)),
      m_delete(new QPushButton(tr("Delete %n VM(s)", nullptr, int(vmKeys.size())), this))
{
    setObjectName(QStringLiteral("vmDeleteDialog"));
    setWindowTitle(vmKeys.size() == 1 ? tr("Delete %1").arg(vmKeys.first()) : tr("Delete %n VMs", nullptr, int(vmKeys.size())));
    auto *intro = new QLabel(tr("Ticked disks are deleted with the VM; unticked ones stay in the namespace, owned by no VM. "
                                "This cannot be undone."), this);
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("deleteTree"));
    m_tree->setHeaderLabels({tr("VM / disk"), tr("Claim"), tr("Size"), tr("Storage class"), tr("Phase"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_snapshots->setObjectName(QStringLiteral("deleteSnapshots"));
    m_snapshots->setChecked(true);
    m_grace->setObjectName(QStringLiteral("gracePeriod"));
    m_grace->setRange(0, 86400);
    m_grace->setSuffix(tr(" s"));
    m_grace->setEnabled(false);
    m_overrideGrace->setObjectName(QStringLiteral("overrideGrace"));
    connect(m_overrideGrace, &QCheckBox::toggled, m_grace, &QWidget::setEnabled);
    m_status->setObjectName(QStringLiteral("deleteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &VmDeleteDialog::start);
    auto *grace = new QHBoxLayout;
    grace->addWidget(m_overrideGrace);
    grace->addWidget(m_grace);
    grace->addWidget(m_graceNote);
    grace->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_snapshots);
    layout->addLayout(grace);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_ops, &ops::VmDeleter::inspected, this, &VmDeleteDialog::onInspected);
    connect(m_ops, &ops::VmDeleter::finished, this, &VmDeleteDialog::onFinished);
    for (const QString &key : vmKeys) {
        auto *item = new QTreeWidgetItem(m_tree, {key});
        item->setData(Name, kKeyRole, key);
        item->setText(Note, tr("Reading its disks…"));
        QFont bold = item->font(Name);
        bold.setBold(true);
        item->setFont(Name, bold);
        m_vmItems.insert(key, item);
        m_ops->inspect(key);
    }
    updateSummary();
}

QTreeWidgetItem *VmDeleteDialog::diskItem(const QString &vmKey, const QString &volume) const
{
    QTreeWidgetItem *vm = m_vmItems.value(vmKey);
    for (int i = 0; vm && i < vm->childCount(); ++i)
        if (vm->child(i)->data(Name, kVolumeRole).toString() == volume)
            return vm->child(i);
    return nullptr;
}

void VmDeleteDialog::onInspected(const ops::VmDeleteCandidate &c)
{
    QTreeWidgetItem *vm = m_vmItems.value(c.vmKey);
    if (!vm || m_candidates.contains(c.vmKey))
        return;
    --m_pending;
    if (!c.error.ok()) {
        vm->setText(Note, tr("Cannot be deleted: %1").arg(c.error.userMessage()));
        vm->setForeground(Note, toneText(Tone::Error, palette()));
        updateSummary();
        return;
    }
    m_candidates.insert(c.vmKey, c);
    vm->setText(Note, c.running ? tr("Running: its guest is shut down first") : tr("Stopped"));
    if (c.disks.isEmpty())
        vm->setText(Note, vm->text(Note) + tr(" · no disks that outlive it"));
    for (const reconcile::DiskOption &d : c.disks) {
        auto *item = new QTreeWidgetItem(vm, {d.disk.volume, d.disk.claim, d.size, d.storageClass, d.phase});
        item->setData(Name, kKeyRole, c.vmKey);
        item->setData(Name, kVolumeRole, d.disk.volume);
        item->setCheckState(Name, d.deleteByDefault ? Qt::Checked : Qt::Unchecked);
        QStringList notes;
        if (!d.exists) {
            notes << tr("not found");
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else if (!d.ownedByVm) {
            notes << tr("not made by this VM: kept unless ticked");
        }
        if (!d.alsoUsedBy.isEmpty())
            notes << tr("also used by %1").arg(d.alsoUsedBy.join(QStringLiteral(", ")));
        item->setText(Note, notes.join(QStringLiteral("; ")));
        if (!d.alsoUsedBy.isEmpty())
            item->setForeground(Note, toneText(Tone::Warning, palette()));
    }
    vm->setExpanded(true);
    updateSummary();
}

void VmDeleteDialog::updateSummary()
{
    int snapshots = 0, grace = 0, running = 0;
    for (const ops::VmDeleteCandidate &c : std::as_const(m_candidates)) {
        snapshots += int(c.snapshots.size());
        grace = qMax(grace, c.gracePeriodSeconds);
        running += c.running ? 1 : 0;
    }
    m_snapshots->setText(tr("Delete their %n snapshot(s) too", nullptr, snapshots));
    m_snapshots->setVisible(snapshots > 0);
    m_snapshots->setToolTip(tr("Snapshots go with the VM unless you untick this; kept snapshots stay in the namespace."));
    if (!m_overrideGrace->isChecked())
        m_grace->setValue(grace);
    m_graceNote->setText(running ? tr("(running guests get their own: up to %n s here)", nullptr, grace)
                                 : tr("(none of these VMs is running)"));
    m_delete->setText(tr("Delete %n VM(s)", nullptr, int(m_pending > 0 ? m_keys.size() : m_candidates.size())));
    m_delete->setEnabled(m_pending == 0 && !m_candidates.isEmpty() && m_running.isEmpty());
    if (m_pending == 0 && m_candidates.isEmpty() && m_status->text().isEmpty())
        say(true, tr("Nothing can be deleted: see the notes above."));
}

void VmDeleteDialog::start()
{
    m_failed.clear();
    m_status->clear();
    m_tree->setEnabled(false);
    m_delete->setEnabled(false);
    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
        ops::VmDeleteRequest req;
        req.vmKey = it.key();
        req.choice.deleteSnapshots = m_snapshots->isChecked();
        if (m_overrideGrace->isChecked())
            req.choice.gracePeriodSeconds = m_grace->value();
        QTreeWidgetItem *vm = m_vmItems.value(it.key());
        for (int i = 0; i < vm->childCount(); ++i)
            if (vm->child(i)->checkState(Name) == Qt::Checked)
                req.choice.deleteVolumes.insert(vm->child(i)->data(Name, kVolumeRole).toString());
        vm->setText(Note, tr("Deleting…"));
        m_running << it.key();
        m_ops->run(req);
    }
}

void VmDeleteDialog::onFinished(const ops::VmDeleteResult &r)
{
    const QString key = r.request.vmKey;
    if (!m_running.removeOne(key))
        return;
    QTreeWidgetItem *vm = m_vmItems.value(key);
    const bool gone = r.status == VmDeleteResult::Succeeded || r.status == VmDeleteResult::Incomplete;
    vm->setText(Note, describe(r));
    vm->setForeground(Note, toneText(r.status == VmDeleteResult::Succeeded ? Tone::Success : Tone::Error, palette()));
    const bool goneBefore = r.status == VmDeleteResult::Failed && !r.failedStep && r.error.kind == kube::ErrorKind::NotFound;
    if (gone || goneBefore)
        m_candidates.remove(key); // nothing left to send again
    if (r.status != VmDeleteResult::Succeeded)
        m_failed << describe(r);
    if (!m_running.isEmpty())
        return;
    if (m_failed.isEmpty()) {
        accept();
        return;
    }
    m_tree->setEnabled(true);
    say(true, m_failed.join(QLatin1Char('\n')));
    updateSummary();
}

QString VmDeleteDialog::describe(const VmDeleteResult &r) const
{
    const QString key = r.request.vmKey;
    switch (r.status) {
    case VmDeleteResult::Succeeded:
        return r.keptClaims.isEmpty() ? tr("%1 deleted").arg(key)
                                      : tr("%1 deleted; kept: %2").arg(key, r.keptClaims.join(QStringLiteral(", ")));
    case VmDeleteResult::Failed:
        if (!r.failedStep && r.error.kind == kube::ErrorKind::NotFound)
            return tr("%1 was not deleted here: someone else deleted it meanwhile, with whatever it owned").arg(key);
        if (!r.failedStep)
            return tr("%1 was not deleted: it or its disks could not be read: %2").arg(key, r.error.userMessage());
        return tr("%1 was not deleted: %2 failed: %3").arg(key, stepInWords(*r.failedStep), r.error.userMessage());
    case VmDeleteResult::Incomplete: {
        QStringList what;
        for (const auto &[step, error] : r.failures)
            what << tr("%1 failed: %2").arg(stepInWords(step), error.userMessage());
        return tr("%1 deleted, but %2").arg(key, what.join(QStringLiteral("; ")));
    }
    case VmDeleteResult::NotConnected:
        return tr("%1 was not deleted: no cluster is open").arg(key);
    case VmDeleteResult::Abandoned:
        return tr("%1: the connection changed before the delete finished; check what is left").arg(key);
    }
    return {};
}

void VmDeleteDialog::say(bool error, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1").arg(toneText(Tone::Error, palette()).name()) : QString());
}

} // namespace drover::ui
