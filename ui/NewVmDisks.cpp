// The New VM dialog's Boot disk page: where the boot disk comes from, its size, StorageClass,
// access and volume mode (with a warning when the VM could not live-migrate), and more disks.
#include "NewVmDialog.h"

#include "Appearance.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

using core::NewVmDisk;
using core::NewVmPage;

namespace {

enum BootSource { GoldenImage, Url, Registry, ClonePvc, ContainerImage, BlankIso };

} // namespace

QWidget *NewVmDialog::buildDisks()
{
    auto *w = new QWidget(this);
    m_bootSource = new QComboBox(w);
    m_bootSource->setObjectName(QStringLiteral("newVmBootSource"));
    m_bootSource->addItems({tr("A golden image (DataSource), cloned"), tr("Import from a URL (http or https)"),
                            tr("Import from a container registry"), tr("Clone a volume of this namespace"),
                            tr("A container disk (ephemeral: lost at each restart)"), tr("A blank disk, installed from an ISO")});
    m_image = new QComboBox(w);
    m_image->setObjectName(QStringLiteral("newVmImage"));
    m_bootRef = new QLineEdit(w);
    m_bootRef->setObjectName(QStringLiteral("newVmBootRef"));
    m_isoUrl = new QLineEdit(w);
    m_isoUrl->setPlaceholderText(QStringLiteral("https://…/installer.iso"));
    m_bootSize = new QLineEdit(QStringLiteral("30Gi"), w);
    m_bootSize->setObjectName(QStringLiteral("newVmBootSize"));
    m_storageClass = new QComboBox(w);
    m_storageClass->setObjectName(QStringLiteral("newVmStorageClass"));
    m_accessMode = new QComboBox(w);
    m_accessMode->setObjectName(QStringLiteral("newVmAccessMode"));
    m_accessMode->addItem(tr("As the storage profile says"), QString());
    m_accessMode->addItem(tr("ReadWriteMany (live-migratable)"), QStringLiteral("ReadWriteMany"));
    m_accessMode->addItem(tr("ReadWriteOnce"), QStringLiteral("ReadWriteOnce"));
    m_volumeMode = new QComboBox(w);
    m_volumeMode->addItem(tr("As the storage profile says"), QString());
    m_volumeMode->addItem(tr("Block"), QStringLiteral("Block"));
    m_volumeMode->addItem(tr("Filesystem"), QStringLiteral("Filesystem"));
    m_rwoWarning = new QLabel(w);
    m_rwoWarning->setObjectName(QStringLiteral("newVmRwoWarning"));
    m_rwoWarning->setWordWrap(true);
    m_rwoWarning->setStyleSheet(QStringLiteral("color: %1").arg(toneText(Tone::Warning, palette()).name()));
    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_bootSource);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&URL:"), m_bootRef);
    form->addRow(tr("Installer IS&O:"), m_isoUrl);
    form->addRow(tr("Si&ze:"), m_bootSize);
    form->addRow(tr("Storage c&lass:"), m_storageClass);
    form->addRow(tr("Access &mode:"), m_accessMode);
    form->addRow(tr("&Volume mode:"), m_volumeMode);
    m_dataDisks = new QTreeWidget(w);
    m_dataDisks->setObjectName(QStringLiteral("newVmDataDisks"));
    m_dataDisks->setHeaderLabels({tr("Disk"), tr("Size"), tr("Storage class")});
    m_dataDisks->setRootIsDecorated(false);
    m_dataDisks->setMaximumHeight(110);
    m_dataSize = new QLineEdit(QStringLiteral("10Gi"), w);
    auto *add = new QPushButton(tr("A&dd blank disk"), w);
    auto *remove = new QPushButton(tr("Remove dis&k"), w);
    connect(add, &QPushButton::clicked, this, &NewVmDialog::addDataDisk);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_dataDisks->currentItem(); });
    auto *more = new QGroupBox(tr("More disks (same storage class)"), w);
    auto *row = new QHBoxLayout;
    row->addWidget(m_dataSize);
    row->addWidget(add);
    row->addWidget(remove);
    auto *moreLayout = new QVBoxLayout(more);
    moreLayout->addWidget(m_dataDisks);
    moreLayout->addLayout(row);
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(form);
    layout->addWidget(m_rwoWarning);
    layout->addWidget(more);
    layout->addStretch();
    connect(m_bootSource, &QComboBox::currentIndexChanged, this, [this, form] {
        const int s = m_bootSource->currentIndex();
        form->setRowVisible(m_image, s == GoldenImage || s == ClonePvc);
        form->setRowVisible(m_bootRef, s == Url || s == Registry || s == ContainerImage);
        form->setRowVisible(m_isoUrl, s == BlankIso);
        for (QWidget *f : {static_cast<QWidget *>(m_bootSize), static_cast<QWidget *>(m_storageClass),
                           static_cast<QWidget *>(m_accessMode), static_cast<QWidget *>(m_volumeMode)})
            form->setRowVisible(f, s != ContainerImage);
        onBootSourceChanged();
    });
    connect(m_image, &QComboBox::currentIndexChanged, this, &NewVmDialog::onImageChosen);
    connect(m_storageClass, &QComboBox::currentIndexChanged, this, &NewVmDialog::updateRwoWarning);
    connect(m_accessMode, &QComboBox::currentIndexChanged, this, &NewVmDialog::updateRwoWarning);
    Q_EMIT m_bootSource->currentIndexChanged(0);
    return page(NewVmPage::Disks,
                tr("The disk the VM boots from. CDI copies or imports it into a volume the VM owns; the VM starts once it is ready."), w);
}

void NewVmDialog::onBootSourceChanged()
{
    static const char *const placeholders[] = {"", "https://…/disk.qcow2", "docker://quay.io/containerdisks/fedora:latest", "",
                                                "quay.io/containerdisks/fedora:latest", ""};
    m_bootRef->setPlaceholderText(QString::fromLatin1(placeholders[qMax(0, m_bootSource->currentIndex())]));
    fillImages();
    updateRwoWarning();
    suggestName();
}

void NewVmDialog::fillImages()
{
    const QString current = m_image->currentData().toString();
    const QSignalBlocker block(m_image);
    m_image->clear();
    if (m_bootSource->currentIndex() == GoldenImage) {
        for (const core::DataSourceInfo &d : std::as_const(m_choices.dataSources))
            m_image->addItem(d.ready ? d.name : tr("%1 (not ready: %2)").arg(d.name, d.notReadyWhy), d.key());
        if (m_choices.dataSources.isEmpty() && m_ready)
            m_image->addItem(tr("No golden images in kubevirt-os-images or %1").arg(m_choices.ns), QString());
    } else if (m_bootSource->currentIndex() == ClonePvc) {
        for (const QString &pvc : std::as_const(m_choices.pvcs))
            m_image->addItem(pvc, m_choices.ns + QLatin1Char('/') + pvc);
    }
    m_image->setCurrentIndex(qMax(0, m_image->findData(current)));
}

void NewVmDialog::fillStorageClasses()
{
    const QString current = m_storageClass->currentData().toString();
    const QSignalBlocker block(m_storageClass);
    m_storageClass->clear();
    for (const core::StorageClassInfo &c : std::as_const(m_choices.storageClasses)) {
        QString text = c.name;
        if (c.defaultVirt)
            text += tr(" (default for VMs)");
        else if (c.defaultClass)
            text += tr(" (cluster default)");
        if (!c.accessModes.isEmpty())
            text += QStringLiteral(" · ") + (c.offersRwx() ? QStringLiteral("RWX") : QStringLiteral("RWO"));
        m_storageClass->addItem(text, c.name);
    }
    if (m_choices.storageClasses.isEmpty())
        m_storageClass->addItem(tr("The cluster's default"), QString());
    const core::StorageClassInfo *preferred = core::preferredStorageClass(m_choices.storageClasses);
    const int keep = m_storageClass->findData(current);
    m_storageClass->setCurrentIndex(keep >= 0 && !current.isEmpty() ? keep : qMax(0, preferred ? m_storageClass->findData(preferred->name) : 0));
    updateRwoWarning();
}

void NewVmDialog::onImageChosen()
{
    if (m_bootSource->currentIndex() == GoldenImage && !m_sizeTouched) {
        const QString key = m_image->currentData().toString();
        for (const core::DataSourceInfo &d : std::as_const(m_choices.dataSources)) {
            if (d.key() != key)
                continue;
            // The image says what suits it (the labels CDI's DataImportCrons set).
            for (QTreeWidgetItemIterator it(m_instancetypes); *it; ++it)
                if ((*it)->data(0, Qt::UserRole).toString() == d.defaultInstancetype) {
                    m_instancetypes->setCurrentItem(*it);
                    m_instancetypes->scrollToItem(*it, QAbstractItemView::PositionAtCenter);
                }
            if (const int p = m_preference->findData(d.defaultPreference); p >= 0)
                m_preference->setCurrentIndex(p);
            m_windows->setChecked(d.defaultPreference.startsWith(QLatin1String("windows")));
            m_linux->setChecked(!m_windows->isChecked());
        }
    }
    suggestName();
}

void NewVmDialog::updateRwoWarning()
{
    QString mode = m_accessMode->currentData().toString();
    const QString cls = m_storageClass->currentData().toString();
    for (const core::StorageClassInfo &c : std::as_const(m_choices.storageClasses))
        if (c.name == cls && mode.isEmpty())
            mode = c.accessModes.value(0);
    const bool rwo = m_bootSource->currentIndex() != ContainerImage && mode == QLatin1String("ReadWriteOnce");
    m_rwoWarning->setText(rwo ? tr("This disk will be ReadWriteOnce: the VM cannot live-migrate, so a host entering maintenance "
                                   "must stop it. Pick ReadWriteMany storage (Ceph RBD in Block mode) to keep it running.")
                              : QString());
    m_rwoWarning->setVisible(rwo);
}

void NewVmDialog::addDataDisk()
{
    int n = m_dataDisks->topLevelItemCount() + 1;
    auto taken = [this](const QString &name) { return !m_dataDisks->findItems(name, Qt::MatchExactly, 0).isEmpty(); };
    while (taken(QStringLiteral("disk-%1").arg(n)))
        ++n;
    auto *item = new QTreeWidgetItem(m_dataDisks, {QStringLiteral("disk-%1").arg(n), m_dataSize->text().trimmed(),
                                                   m_storageClass->currentData().toString()});
    m_dataDisks->setCurrentItem(item);
}

QList<NewVmDisk> NewVmDialog::bootDisks() const
{
    NewVmDisk boot;
    boot.name = QStringLiteral("rootdisk");
    boot.size = m_bootSize->text().trimmed();
    boot.storageClass = m_storageClass->currentData().toString();
    boot.accessMode = m_accessMode->currentData().toString();
    boot.volumeMode = m_volumeMode->currentData().toString();
    switch (m_bootSource->currentIndex()) {
    case GoldenImage: boot.source = NewVmDisk::Source::DataSource; boot.ref = m_image->currentData().toString(); break;
    case Url: boot.source = NewVmDisk::Source::Http; boot.ref = m_bootRef->text().trimmed(); break;
    case Registry: boot.source = NewVmDisk::Source::Registry; boot.ref = m_bootRef->text().trimmed(); break;
    case ClonePvc: boot.source = NewVmDisk::Source::Pvc; boot.ref = m_image->currentData().toString(); break;
    case ContainerImage:
        boot.source = NewVmDisk::Source::ContainerDisk;
        boot.ref = m_bootRef->text().trimmed();
        boot.size.clear();
        boot.storageClass.clear();
        boot.accessMode.clear();
        boot.volumeMode.clear();
        break;
    default: boot.source = NewVmDisk::Source::Blank; break;
    }
    if (m_bootSource->currentIndex() != BlankIso)
        return {boot};
    // The blank disk first: empty, the firmware falls through to the installer; installed, it boots.
    NewVmDisk iso = boot;
    iso.name = QStringLiteral("installer");
    iso.source = NewVmDisk::Source::Http;
    iso.ref = m_isoUrl->text().trimmed();
    iso.size = QStringLiteral("10Gi");
    iso.cdrom = true;
    return {boot, iso};
}

QList<NewVmDisk> NewVmDialog::disks() const
{
    QList<NewVmDisk> out = bootDisks();
    for (int i = 0; i < m_dataDisks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *it = m_dataDisks->topLevelItem(i);
        NewVmDisk d;
        d.name = it->text(0);
        d.size = it->text(1);
        d.storageClass = it->text(2);
        d.accessMode = m_accessMode->currentData().toString();
        d.volumeMode = m_volumeMode->currentData().toString();
        out.append(d);
    }
    return out;
}

} // namespace drover::ui
