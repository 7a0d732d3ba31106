// The Edit VM dialog's small forms: a disk to hot-plug, a NIC on a Multus network.
#include "VmEditDialog.h"

#include "Quantity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace drover::ui {

namespace {

// Names taken by the VM's disks and volumes as edited.
bool diskTaken(const QList<core::VmEditDisk> &disks, const QString &name)
{
    return std::any_of(disks.cbegin(), disks.cend(), [&](const core::VmEditDisk &d) { return d.name == name; });
}

} // namespace

void VmEditDialog::promptAddDisk()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Add disk to %1").arg(m_key));
    int n = 1;
    while (diskTaken(m_diskRows, QStringLiteral("data-%1").arg(n)))
        ++n;
    auto *name = new QLineEdit(QStringLiteral("data-%1").arg(n), &dlg);
    auto *blank = new QRadioButton(tr("A new &blank disk"), &dlg);
    auto *existing = new QRadioButton(tr("An &existing volume claim"), &dlg);
    blank->setChecked(true);
    auto *size = new QLineEdit(QStringLiteral("10Gi"), &dlg);
    auto *storageClass = new QComboBox(&dlg);
    for (const core::StorageClassInfo &c : m_choices.storageClasses)
        storageClass->addItem(c.defaultVirt ? tr("%1 (default for VMs)").arg(c.name) : c.name, c.name);
    for (int i = 0; i < storageClass->count(); ++i)
        if (storageClass->itemText(i) != storageClass->itemData(i).toString())
            storageClass->setCurrentIndex(i);
    auto *claim = new QComboBox(&dlg);
    for (const QString &pvc : m_choices.pvcs)
        if (std::none_of(m_diskRows.cbegin(), m_diskRows.cend(), [&](const core::VmEditDisk &d) { return d.claim == pvc; }))
            claim->addItem(pvc);
    existing->setEnabled(claim->count() > 0);
    auto *bus = new QComboBox(&dlg);
    bus->addItems({QStringLiteral("scsi"), QStringLiteral("virtio")}); // what hotplug allows (virtctl add_volume.go)
    auto *problem = new QLabel(&dlg);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    const auto sync = [=, this] {
        size->setEnabled(blank->isChecked());
        storageClass->setEnabled(blank->isChecked());
        claim->setEnabled(!blank->isChecked());
        QString why;
        const QString typed = name->text().trimmed();
        if (typed.isEmpty() || diskTaken(m_diskRows, typed))
            why = tr("Give the disk a name the VM does not use yet.");
        else if (blank->isChecked() && !core::parseBytes(size->text().trimmed()))
            why = tr("The size is not a quantity such as 10Gi.");
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dlg, sync);
    connect(size, &QLineEdit::textChanged, &dlg, sync);
    connect(blank, &QRadioButton::toggled, &dlg, sync);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto *form = new QFormLayout(&dlg);
    form->addRow(tr("&Name:"), name);
    form->addRow(blank);
    form->addRow(tr("&Size:"), size);
    form->addRow(tr("Storage c&lass:"), storageClass);
    form->addRow(existing);
    form->addRow(tr("&Claim:"), claim);
    form->addRow(tr("B&us:"), bus);
    form->addRow(problem);
    form->addRow(buttons);
    sync();
    if (dlg.exec() != QDialog::Accepted)
        return;
    core::VmEditDisk d;
    d.name = name->text().trimmed();
    d.device = QStringLiteral("disk");
    d.bus = bus->currentText();
    d.hotpluggable = true;
    if (blank->isChecked()) {
        d.claim = m_key.section(QLatin1Char('/'), 1) + QLatin1Char('-') + d.name;
        d.dataVolume = true;
        d.size = size->text().trimmed();
        d.storageClass = storageClass->currentData().toString();
    } else {
        d.claim = claim->currentText();
    }
    addDisk(d);
}

void VmEditDialog::promptAddNic()
{
    const QString ns = m_key.section(QLatin1Char('/'), 0, 0);
    QStringList networks;
    for (const core::NadInfo &nad : m_choices.nads)
        networks << (nad.ns == ns ? nad.name : nad.ns + QLatin1Char('/') + nad.name);
    if (networks.isEmpty()) {
        m_status->setText(tr("No Multus network (NetworkAttachmentDefinition) is available to %1.").arg(ns));
        return;
    }
    bool ok = false;
    const QString network = QInputDialog::getItem(this, tr("Add NIC to %1").arg(m_key), tr("&Network:"), networks, 0, false, &ok);
    if (ok)
        addNic(network);
}

} // namespace drover::ui
