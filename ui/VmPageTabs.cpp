// VmPage's Disks, Networks and YAML tabs.
#include "VmPage.h"

#include "Appearance.h"
#include "JsonYaml.h"
#include "VmActions.h"
#include "VmEdit.h"
#include "VmYamlDialog.h"
#include "ReadOnlyTable.h"
#include "VmDisks.h"
#include "VmNetworks.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace drover::ui {

namespace {

void setCells(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString kindText(const core::VmDisk &d)
{
    switch (d.kind) {
    case core::VmDisk::Kind::DataVolume:
        return VmPage::tr("DataVolume %1").arg(d.claim);
    case core::VmDisk::Kind::Claim:
        return VmPage::tr("PVC %1").arg(d.claim);
    case core::VmDisk::Kind::ContainerDisk:
        return VmPage::tr("container disk %1").arg(d.image);
    case core::VmDisk::Kind::CloudInit:
        return VmPage::tr("cloud-init data");
    case core::VmDisk::Kind::Other:
        break;
    }
    return VmPage::tr("other");
}

QString sourceText(const core::VmDisk &d)
{
    if (d.sourceKind.isEmpty())
        return {};
    if (d.sourceKind == QLatin1String("blank"))
        return VmPage::tr("blank");
    return d.sourceRef.isEmpty() ? d.sourceKind : VmPage::tr("%1 %2").arg(d.sourceKind, d.sourceRef);
}

// A DataVolume's phase (with its progress while it copies), else the claim's; and why it is stuck.
QString stateText(const core::DiskState &st)
{
    QString text = st.dvPhase.isEmpty() ? st.claimPhase : st.dvPhase;
    if (!st.dvPhase.isEmpty() && st.dvPhase != QLatin1String("Succeeded") && !st.progress.isEmpty() && st.progress != QLatin1String("N/A"))
        text = VmPage::tr("%1 %2").arg(text, st.progress);
    if (!st.message.isEmpty())
        text = VmPage::tr("%1: %2").arg(text, st.message);
    return text;
}

// What kubectl get -o yaml shows (managedFields are hidden there by default too).
QJsonObject shown(QJsonObject o)
{
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    meta.remove(QLatin1String("managedFields"));
    o.insert(QLatin1String("metadata"), meta);
    return o;
}

} // namespace

QWidget *VmPage::buildDisks()
{
    m_disks = readOnlyTable({tr("Volume"), tr("Device"), tr("Kind"), tr("Source"), tr("Size"), tr("Storage class"), tr("Access mode"), tr("State"), tr("Hotplugged")},
                            this, QStringLiteral("vmPageDisks"));
    return m_disks;
}

QWidget *VmPage::buildNetworks()
{
    m_networks = readOnlyTable({tr("Name"), tr("Network"), tr("Binding"), tr("Model"), tr("MAC"), tr("IP addresses"), tr("In the guest"), tr("Reported by")},
                               this, QStringLiteral("vmPageNetworks"));
    return m_networks;
}

QWidget *VmPage::buildYaml()
{
    auto *w = new QWidget(this);
    auto *lay = new QVBoxLayout(w);
    auto *bar = new QHBoxLayout;
    m_yamlKind = new QComboBox(w);
    m_yamlKind->addItem(tr("VirtualMachine"));
    m_yamlKind->addItem(tr("VirtualMachineInstance"));
    m_copyYaml = new QPushButton(tr("Copy"), w);
    m_copyYaml->setToolTip(tr("Copy this YAML to the clipboard"));
    m_editYaml = new QPushButton(tr("Edit YAML…"), w);
    m_editYaml->setObjectName(QStringLiteral("vmPageEditYaml"));
    m_editYaml->setToolTip(tr("Change the VM as text, with a diff shown before it is saved"));
    connect(m_editYaml, &QPushButton::clicked, this, [this] {
        if (m_key.isEmpty())
            return;
        auto *d = new VmYamlDialog(m_connection, m_key, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    bar->addWidget(m_yamlKind);
    bar->addStretch(1);
    bar->addWidget(m_editYaml);
    bar->addWidget(m_copyYaml);
    lay->addLayout(bar);
    m_yaml = new QPlainTextEdit(w);
    m_yaml->setObjectName(QStringLiteral("vmPageYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    lay->addWidget(m_yaml, 1);
    connect(m_yamlKind, &QComboBox::currentIndexChanged, this, &VmPage::fillYaml);
    connect(m_copyYaml, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_yaml->toPlainText()); });
    return w;
}

void VmPage::fillDisks()
{
    const QList<core::VmDisk> disks = core::vmDisksFromJson(m_vm);
    m_disks->setRowCount(int(disks.size()));
    for (int r = 0; r < disks.size(); ++r) {
        const core::VmDisk &d = disks[r];
        const QString device = d.device.isEmpty() ? QString() : d.bus.isEmpty() ? d.device : tr("%1 (%2)").arg(d.device, d.bus);
        // What the cluster granted wins over what the template asked for.
        const core::DiskState st = m_diskStates.value(d.volume);
        const QStringList modes = st.accessModes.isEmpty() ? d.accessModes : st.accessModes;
        setCells(m_disks, r,
                 {d.volume, device, kindText(d), sourceText(d), st.capacity.isEmpty() ? d.size : st.capacity,
                  st.storageClass.isEmpty() ? d.storageClass : st.storageClass, modes.join(QStringLiteral(", ")), stateText(st),
                  d.hotpluggable ? tr("yes") : tr("no")});
        m_disks->item(r, 7)->setToolTip(st.message);
    }
    m_disks->resizeColumnsToContents();
}

void VmPage::fillNetworks()
{
    const QList<core::VmNetwork> nets = core::vmNetworksFromJson(m_vm, m_vmi);
    m_networks->setRowCount(int(nets.size()));
    for (int r = 0; r < nets.size(); ++r) {
        const core::VmNetwork &n = nets[r];
        const QString network = n.pod ? tr("pod network") : !n.multus.isEmpty() ? tr("Multus %1").arg(n.multus) : QString();
        const QString mac = n.mac.isEmpty() ? n.specMac : n.mac;
        setCells(m_networks, r,
                 {n.name, network, n.binding, n.model, mac, n.ips.join(QStringLiteral(", ")), n.guestName, n.infoSource});
    }
    m_networks->resizeColumnsToContents();
}

void VmPage::fillYaml()
{
    const QJsonObject obj = m_yamlKind->currentIndex() == 1 ? m_vmi : m_vm;
    const QString text = obj.isEmpty() ? QString() : core::jsonToYaml(shown(obj));
    if (text == m_yaml->toPlainText())
        return;
    // Keep the reader's place when the object changes under them.
    const int scroll = m_yaml->verticalScrollBar() ? m_yaml->verticalScrollBar()->value() : 0;
    m_yaml->setPlainText(text);
    m_yaml->verticalScrollBar()->setValue(scroll);
}

void VmPage::fillPending()
{
    const core::VmLiveContext c = core::vmLiveContextFrom(m_vm, m_vmi, {});
    QString text;
    Tone tone = Tone::Info;
    if (c.restartRequired) {
        text = tr("Restart required: saved changes wait for a restart (%1).").arg(c.restartMessage);
        tone = Tone::Warning;
    } else if (c.cpuChanging || c.memoryChanging) {
        text = c.cpuChanging && c.memoryChanging ? tr("Adding CPUs and memory to the running VM…")
               : c.cpuChanging                   ? tr("Adding CPUs to the running VM…")
                                                 : tr("Adding memory to the running VM…");
    }
    m_pending->setText(text);
    m_pending->setStyleSheet(text.isEmpty() ? QString() : toneStyle(tone, palette()));
    m_pending->setVisible(!text.isEmpty());
    m_restart->setVisible(c.restartRequired && c.running);
    m_restart->setEnabled(m_actions && !m_actions->isPending(m_key));
}

} // namespace drover::ui
