#include "VmEditDialog.h"

#include "Appearance.h"
#include "Quantity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

using core::VmEditEffect;
using core::VmEditField;
using core::VmEditWhy;
using ops::VmEditResult;

VmEditDialog::VmEditDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent)
    : QDialog(parent), m_key(vmKey), m_ops(new ops::VmEditor(connection, this)), m_catalog(new ops::VmCreator(connection, this))
{
    setObjectName(QStringLiteral("vmEditDialog"));
    setWindowTitle(tr("Edit %1").arg(vmKey));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildSize(), tr("Si&ze"));
    m_tabs->addTab(buildDisks(), tr("&Disks"));
    m_tabs->addTab(buildNetworks(), tr("Net&works"));
    m_restartBanner = new QLabel(this);
    m_restartBanner->setObjectName(QStringLiteral("vmEditRestartBanner"));
    m_restartBanner->setWordWrap(true);
    m_restartBanner->hide();
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("vmEditPlan"));
    m_plan->setHeaderLabels({tr("Change"), tr("From"), tr("To"), tr("What it does")});
    m_plan->setRootIsDecorated(false);
    m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_plan->header()->setStretchLastSection(true);
    m_plan->setWordWrap(true); // "What it does" is a sentence: wrapped, never cut
    m_plan->setMinimumHeight(110);
    m_status = new QLabel(tr("Reading %1…").arg(vmKey), this);
    m_status->setObjectName(QStringLiteral("vmEditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("vmEditSave"));
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        setSaving(true);
        setBusy(true);
        m_status->setText(tr("Saving %1…").arg(m_key));
        m_status->setStyleSheet({});
        m_ops->save({m_key, m_source.vm, edited(), m_source.live});
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_restartBanner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("What saving does:"), this));
    layout->addWidget(m_plan);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 640);
    connect(m_ops, &ops::VmEditor::loaded, this, &VmEditDialog::onLoaded);
    connect(m_ops, &ops::VmEditor::finished, this, &VmEditDialog::onFinished);
    connect(m_catalog, &ops::VmCreator::choicesLoaded, this, &VmEditDialog::onChoices);
    setBusy(true);
    m_ops->load(vmKey);
    m_catalog->loadChoices(vmKey.section(QLatin1Char('/'), 0, 0));
}

void VmEditDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

// While a save runs the dialog stays: Cancel, Esc and the window's close are refused.
void VmEditDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (QPushButton *cancel = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!saving);
}

void VmEditDialog::onLoaded(const ops::VmEditSource &source)
{
    if (!source.error.ok()) {
        m_status->setText(tr("%1 could not be read: %2").arg(m_key, source.error.userMessage()));
        m_status->setStyleSheet(toneStyle(Tone::Error, palette()));
        return;
    }
    const bool reload = m_loaded; // after a partial save: the status says what was not done
    m_source = source;
    m_loaded = true;
    withCatalogSize(&m_source.editable);
    fill(source.editable);
    m_limits->setText(limitsText());
    if (source.live.restartRequired) {
        m_restartBanner->setText(tr("Restart required: changes saved earlier wait for a restart (%1). "
                                    "Until then KubeVirt applies no CPU, memory or disk change live.")
                                     .arg(source.live.restartMessage));
        m_restartBanner->setStyleSheet(toneStyle(Tone::Warning, palette()));
        m_restartBanner->show();
    }
    if (!reload)
        m_status->setText(m_choicesLoaded ? QString() : tr("Reading what this cluster offers…"));
    setBusy(!ready());
    updatePlan();
}

void VmEditDialog::onChoices(const ops::NewVmChoices &choices)
{
    m_choices = choices;
    m_choicesLoaded = true;
    withCatalogSize(&m_source.editable);
    // Before the VM is read nothing is chosen; after, what the combos show (the VM's own or the user's pick).
    if (m_loaded)
        fillInstancetypes(m_instancetype->currentData().toString(), m_preference->currentData().toString());
    else
        fillInstancetypes({}, {});
    if (m_loaded)
        m_status->setText(choices.notes.join(QLatin1Char(' ')));
    setBusy(!ready());
    updatePlan();
}

// The VM's instancetype's vCPUs and memory from the catalogue: what a swap is compared with.
void VmEditDialog::withCatalogSize(core::VmEditable *e) const
{
    if (const core::InstancetypeInfo *i = catalogInstancetype(e->instancetype)) {
        e->instancetypeCpus = i->cpus;
        e->instancetypeMemoryBytes = i->memoryBytes;
    }
}

const core::InstancetypeInfo *VmEditDialog::catalogInstancetype(const QString &name) const
{
    // The last of that name, as the loops this replaces picked (a namespaced one may share a
    // cluster one's name; the combo holds names only).
    const core::InstancetypeInfo *found = nullptr;
    for (const core::InstancetypeInfo &i : m_choices.instancetypes)
        if (i.name == name)
            found = &i;
    return found;
}

QString VmEditDialog::limitsText() const
{
    const core::VmLiveContext &c = m_source.live;
    if (!c.running)
        return tr("The VM is stopped: every change is used when it next starts.");
    if (!c.liveUpdate)
        return tr("This cluster's rollout strategy is Stage: size changes wait for a restart.");
    QStringList parts;
    parts << (c.maxSockets > 0 ? tr("CPU can grow live up to %n socket(s)", nullptr, c.maxSockets)
                               : tr("CPU cannot change live (no maxSockets on the running VM)"));
    parts << (c.maxGuestBytes > 0 ? tr("memory up to %1").arg(core::formatBytes(c.maxGuestBytes))
                                  : tr("memory cannot change live"));
    if (c.cpuChanging || c.memoryChanging)
        parts << tr("a change is being applied now");
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString VmEditDialog::fieldText(VmEditField f) const
{
    switch (f) {
    case VmEditField::Description: return tr("Description");
    case VmEditField::Labels: return tr("Labels");
    case VmEditField::Annotations: return tr("Annotations");
    case VmEditField::Instancetype: return tr("Instancetype");
    case VmEditField::Preference: return tr("Preference");
    case VmEditField::Cpu: return tr("CPU (sockets × cores × threads)");
    case VmEditField::Memory: return tr("Memory");
    case VmEditField::BootOrder: return tr("Boot order");
    case VmEditField::Nics: return tr("Network interfaces");
    case VmEditField::Disks: return tr("Hot-plugged disks");
    }
    return {};
}

QString VmEditDialog::effectText(const core::VmEditChange &c) const
{
    switch (c.why) {
    case VmEditWhy::Metadata: return tr("Saved; the guest does not see it, no restart.");
    case VmEditWhy::Stopped: return tr("Used when the VM next starts.");
    case VmEditWhy::LiveUpdate: return tr("Applied live (KubeVirt moves the VM with a live migration to apply it).");
    case VmEditWhy::Hotplug: return tr("Plugged into the running VM.");
    case VmEditWhy::Migrating: return tr("Applied live once the migration under way ends.");
    case VmEditWhy::StageStrategy: return tr("Restart needed: the cluster's rollout strategy is Stage.");
    case VmEditWhy::RestartPending: return tr("Restart needed: a restart is pending already, KubeVirt applies nothing live until then.");
    case VmEditWhy::AboveMaxSockets: return tr("Restart needed: more sockets than the running VM can take (%1).").arg(m_source.live.maxSockets);
    case VmEditWhy::FewerSockets: return tr("Restart needed: CPUs cannot be unplugged.");
    case VmEditWhy::CoresOrThreads: return tr("Restart needed: only sockets can be added live.");
    case VmEditWhy::AboveMaxGuest:
        return tr("Restart needed: more memory than the running VM can take (%1).").arg(core::formatBytes(m_source.live.maxGuestBytes));
    case VmEditWhy::MemoryLowered: return tr("Restart needed: memory cannot be unplugged.");
    case VmEditWhy::MemoryTooSmall: return tr("Restart needed: memory hotplug needs at least 1 GiB.");
    case VmEditWhy::NotMigratable:
        return m_source.live.notMigratableReason.isEmpty()
            ? tr("Restart needed: memory can only be added live to a VM that can live-migrate.")
            : tr("Restart needed: memory can only be added live to a VM that can live-migrate (%1).").arg(m_source.live.notMigratableReason);
    case VmEditWhy::NotGuestMemory: return tr("Restart needed: the size is set as a resource request, not guest memory.");
    case VmEditWhy::NotLive: return tr("Restart needed: KubeVirt cannot change this on a running VM.");
    }
    return {};
}

QStringList VmEditDialog::planLines() const
{
    QStringList out;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *it = m_plan->topLevelItem(i);
        out << QStringLiteral("%1: %2 → %3 — %4").arg(it->text(0), it->text(1), it->text(2), it->text(3));
    }
    return out;
}

void VmEditDialog::updatePlan()
{
    if (!m_loaded || m_filling)
        return;
    m_plan->clear();
    const QList<core::VmEditChange> plan = core::planVmEdit(m_source.editable, edited(), m_source.live);
    for (const core::VmEditChange &c : plan) {
        auto *it = new QTreeWidgetItem(m_plan, {fieldText(c.field), c.from.isEmpty() ? tr("(none)") : c.from,
                                                c.to.isEmpty() ? tr("(none)") : c.to, effectText(c)});
        if (c.effect == VmEditEffect::Restart)
            it->setForeground(3, toneText(Tone::Warning, palette()));
        it->setToolTip(3, it->text(3));
    }
    if (plan.isEmpty())
        new QTreeWidgetItem(m_plan, {tr("Nothing changed yet.")});
    // A custom size needs a memory size KubeVirt can read: never sent empty or as "4 gigs".
    const bool badMemory = m_custom->isChecked() && !core::parseBytes(m_memory->text().trimmed());
    m_memory->setToolTip(badMemory ? tr("Write the memory as a Kubernetes quantity, e.g. 4Gi or 512Mi.") : QString());
    m_memory->setStyleSheet(badMemory ? toneStyle(Tone::Error, palette()) : QString());
    m_save->setEnabled(ready() && !m_busy && !plan.isEmpty() && !badMemory);
}

void VmEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy && m_loaded);
    m_save->setEnabled(false);
    if (!busy)
        updatePlan();
}

QString VmEditDialog::describe(const VmEditResult &r)
{
    const QString key = r.request.vmKey;
    switch (r.status) {
    case VmEditResult::Saved:
        if (!r.plugErrors.isEmpty())
            return tr("%1 was saved, but some disks were not changed: %2").arg(key, r.plugErrors.join(QStringLiteral("; ")));
        return tr("%1 was saved.").arg(key);
    case VmEditResult::Unchanged: return tr("Nothing to save for %1.").arg(key);
    case VmEditResult::Conflict: return tr("%1 was changed by someone else while you edited it: nothing was saved.").arg(key);
    case VmEditResult::NotConnected: return tr("%1 was not saved: no cluster is open.").arg(key);
    case VmEditResult::Invalid:
    case VmEditResult::Refused:
    case VmEditResult::Failed: break;
    }
    return tr("%1 was not saved: %2").arg(key, r.error.userMessage());
}

void VmEditDialog::onFinished(const VmEditResult &r)
{
    setSaving(false);
    const bool reloading = r.status == VmEditResult::Saved && !r.plugErrors.isEmpty();
    setBusy(reloading); // after a partial save the form waits for the VM as it now is
    if (r.status == VmEditResult::Conflict) {
        // Reload under the user's edits: the base is the VM now, the form keeps what was typed.
        m_source.vm = r.current;
        m_source.editable = core::vmEditableFromJson(r.current);
        withCatalogSize(&m_source.editable);
        fill(r.rebased);
        QStringList fields;
        for (VmEditField f : r.changedMeanwhile)
            fields << fieldText(f);
        m_status->setText(describe(r) + QLatin1Char(' ')
                          + tr("Changed meanwhile: %1. The form now shows the VM as it is, with your changes on top; "
                               "check them and save again.").arg(fields.isEmpty() ? tr("its status or other fields") : fields.join(QStringLiteral(", "))));
        m_status->setStyleSheet(toneStyle(Tone::Warning, palette()));
        updatePlan();
        return;
    }
    if (r.status != VmEditResult::Saved) {
        m_status->setText(describe(r));
        m_status->setStyleSheet(toneStyle(Tone::Error, palette()));
        return;
    }
    QStringList restart;
    for (const core::VmEditChange &c : r.changes)
        if (c.effect == VmEditEffect::Restart)
            restart << fieldText(c.field);
    bool restartNow = false;
    if (!restart.isEmpty())
        restartNow = QMessageBox::question(this, tr("Restart %1?").arg(m_key),
                                           tr("%1 was saved. These changes apply after a restart: %2.\n\nRestart the VM now?")
                                               .arg(m_key, restart.join(QStringLiteral(", "))),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    Q_EMIT saved(m_key, restartNow);
    if (r.plugErrors.isEmpty()) {
        accept();
        return;
    }
    m_status->setText(describe(r)); // the patch landed; say what did not, and let the user close
    m_status->setStyleSheet(toneStyle(Tone::Warning, palette()));
    m_ops->load(m_key);
}

} // namespace drover::ui
