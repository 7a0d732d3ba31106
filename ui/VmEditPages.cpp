// The Edit VM dialog's tabs: building them, filling them from a VmEditable, reading them back.
#include "VmEditDialog.h"

#include "Quantity.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace drover::ui {

namespace {

// Values are shown on one line each: a newline as \n, a backslash as \\ (kubectl's
// last-applied-configuration ends in a newline; a description may span lines).
QString escapeValue(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return v;
}

QString unescapeValue(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size() && (v[i + 1] == QLatin1Char('n') || v[i + 1] == QLatin1Char('\\'))) {
            out += v[i + 1] == QLatin1Char('n') ? QLatin1Char('\n') : QLatin1Char('\\');
            ++i;
        } else {
            out += v[i];
        }
    }
    return out;
}

QString mapToText(const QMap<QString, QString> &m)
{
    QStringList lines;
    for (auto it = m.begin(); it != m.end(); ++it)
        lines << it.key() + QLatin1Char('=') + escapeValue(it.value());
    return lines.join(QLatin1Char('\n'));
}

// The lines read back; a value the user did not change (the same but for the spaces around it)
// stays exactly as it was, so untouched keys are never sent.
QMap<QString, QString> textToMap(const QString &text, const QMap<QString, QString> &original)
{
    QMap<QString, QString> m;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        QString value = unescapeValue(line.section(QLatin1Char('='), 1).trimmed());
        if (const auto was = original.constFind(key); was != original.constEnd() && was->trimmed() == value.trimmed())
            value = *was;
        m.insert(key, value);
    }
    return m;
}

enum DiskColumn { DiskName, DiskDevice, DiskBus, DiskClaim, DiskHotplug, DiskBoot };

} // namespace

QWidget *VmEditDialog::buildGeneral()
{
    auto *w = new QWidget(this);
    m_description = new QLineEdit(w);
    m_description->setObjectName(QStringLiteral("vmEditDescription"));
    m_labels = new QPlainTextEdit(w);
    m_labels->setObjectName(QStringLiteral("vmEditLabels"));
    m_labels->setPlaceholderText(tr("key=value, one per line"));
    m_annotations = new QPlainTextEdit(w);
    m_annotations->setObjectName(QStringLiteral("vmEditAnnotations"));
    m_annotations->setPlaceholderText(tr("key=value, one per line"));
    connect(m_description, &QLineEdit::textChanged, this, [this] { updatePlan(); });
    connect(m_labels, &QPlainTextEdit::textChanged, this, [this] { updatePlan(); });
    connect(m_annotations, &QPlainTextEdit::textChanged, this, [this] { updatePlan(); });
    auto *form = new QFormLayout(w);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("A&nnotations:"), m_annotations);
    return w;
}

QWidget *VmEditDialog::buildSize()
{
    auto *w = new QWidget(this);
    m_useInstancetype = new QRadioButton(tr("An &instancetype:"), w);
    m_custom = new QRadioButton(tr("Cus&tom:"), w);
    m_custom->setObjectName(QStringLiteral("vmEditCustomSize"));
    auto *group = new QButtonGroup(w);
    group->addButton(m_useInstancetype);
    group->addButton(m_custom);
    m_instancetype = new QComboBox(w);
    m_instancetype->setObjectName(QStringLiteral("vmEditInstancetype"));
    m_preference = new QComboBox(w);
    m_preference->setObjectName(QStringLiteral("vmEditPreference"));
    m_sockets = new QSpinBox(w);
    m_sockets->setObjectName(QStringLiteral("vmEditSockets"));
    m_cores = new QSpinBox(w);
    m_threads = new QSpinBox(w);
    for (QSpinBox *s : {m_sockets, m_cores, m_threads}) {
        s->setRange(1, 512);
        connect(s, &QSpinBox::valueChanged, this, [this] { updatePlan(); });
    }
    m_memory = new QLineEdit(w);
    m_memory->setObjectName(QStringLiteral("vmEditMemory"));
    m_memory->setPlaceholderText(QStringLiteral("4Gi"));
    m_limits = new QLabel(w);
    m_limits->setObjectName(QStringLiteral("vmEditLimits"));
    m_limits->setWordWrap(true);
    connect(m_memory, &QLineEdit::textChanged, this, [this] { updatePlan(); });
    connect(m_instancetype, &QComboBox::currentIndexChanged, this, [this] { updatePlan(); });
    connect(m_preference, &QComboBox::currentIndexChanged, this, [this] { updatePlan(); });
    connect(m_custom, &QRadioButton::toggled, this, [this](bool custom) {
        if (custom && !m_filling)
            prefillCustomSize();
        m_instancetype->setEnabled(!custom);
        for (QWidget *x : {static_cast<QWidget *>(m_sockets), static_cast<QWidget *>(m_cores), static_cast<QWidget *>(m_threads),
                           static_cast<QWidget *>(m_memory)})
            x->setEnabled(custom);
        updatePlan();
    });
    auto *cpu = new QHBoxLayout;
    cpu->addWidget(m_sockets);
    cpu->addWidget(new QLabel(tr("sockets ×"), w));
    cpu->addWidget(m_cores);
    cpu->addWidget(new QLabel(tr("cores ×"), w));
    cpu->addWidget(m_threads);
    cpu->addWidget(new QLabel(tr("threads"), w));
    cpu->addStretch(1);
    auto *form = new QFormLayout(w);
    form->addRow(m_useInstancetype, m_instancetype);
    form->addRow(m_custom);
    auto *cpuLabel = new QLabel(tr("&CPU:"), w);
    cpuLabel->setBuddy(m_sockets);
    form->addRow(cpuLabel, cpu);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&Preference:"), m_preference);
    form->addRow(m_limits);
    return w;
}

QWidget *VmEditDialog::buildDisks()
{
    auto *w = new QWidget(this);
    m_disks = new QTableWidget(0, 6, w);
    m_disks->setObjectName(QStringLiteral("vmEditDisks"));
    m_disks->setHorizontalHeaderLabels({tr("Disk"), tr("Device"), tr("Bus"), tr("Volume"), tr("Hot-plugged"), tr("Boot order")});
    m_disks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disks->horizontalHeader()->setStretchLastSection(true);
    m_disks->verticalHeader()->hide();
    m_disks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disks->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_disks, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling || column != DiskBoot || row >= m_diskRows.size())
            return;
        m_diskRows[row].bootOrder = std::max(0, m_disks->item(row, column)->text().toInt());
        updatePlan();
    });
    auto *add = new QPushButton(tr("&Add disk…"), w);
    add->setObjectName(QStringLiteral("vmEditAddDisk"));
    m_removeDisk = new QPushButton(tr("&Remove disk"), w);
    m_removeDisk->setObjectName(QStringLiteral("vmEditRemoveDisk"));
    m_removeDisk->setEnabled(false);
    m_removeDisk->setToolTip(tr("Only hot-plugged disks can be removed from a VM here."));
    connect(add, &QPushButton::clicked, this, &VmEditDialog::promptAddDisk);
    connect(m_disks, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_disks->currentRow();
        m_removeDisk->setEnabled(row >= 0 && row < m_diskRows.size() && m_diskRows[row].hotpluggable);
    });
    connect(m_removeDisk, &QPushButton::clicked, this, [this] {
        const int row = m_disks->currentRow();
        if (row < 0 || row >= m_diskRows.size() || !m_diskRows[row].hotpluggable)
            return;
        m_diskRows.removeAt(row);
        fillDisks(m_diskRows);
        updatePlan();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeDisk);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(new QLabel(tr("Boot order: 1 boots first; empty cells are not booted from. "
                                    "Added disks are hot-plugged (SCSI) into the running VM."), w));
    layout->addWidget(m_disks, 1);
    layout->addLayout(buttons);
    return w;
}

QWidget *VmEditDialog::buildNetworks()
{
    auto *w = new QWidget(this);
    m_nics = new QTableWidget(0, 3, w);
    m_nics->setObjectName(QStringLiteral("vmEditNics"));
    m_nics->setHorizontalHeaderLabels({tr("Interface"), tr("Network"), tr("Binding")});
    m_nics->horizontalHeader()->setStretchLastSection(true);
    m_nics->verticalHeader()->hide();
    m_nics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *add = new QPushButton(tr("Add &NIC…"), w);
    add->setObjectName(QStringLiteral("vmEditAddNic"));
    connect(add, &QPushButton::clicked, this, &VmEditDialog::promptAddNic);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(new QLabel(tr("A NIC added on a Multus network is a bridge interface; KubeVirt plugs it into the running VM."), w));
    layout->addWidget(m_nics, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    return w;
}

void VmEditDialog::fill(const core::VmEditable &e)
{
    m_filling = true;
    m_description->setText(e.description);
    m_labels->setPlainText(mapToText(e.labels));
    m_annotations->setPlainText(mapToText(e.annotations));
    m_sockets->setValue(e.sockets);
    m_cores->setValue(e.cores);
    m_threads->setValue(e.threads);
    m_memory->setText(e.memory);
    (e.instancetype.isEmpty() ? m_custom : m_useInstancetype)->setChecked(true);
    fillInstancetypes(e.instancetype, e.preference);
    m_diskRows = e.disks;
    m_nicRows = e.nics;
    fillDisks(m_diskRows);
    fillNics(m_nicRows);
    m_filling = false;
}

// From an instancetype to a custom size: start from the instancetype's own vCPUs and memory,
// unless the user has typed a size already.
void VmEditDialog::prefillCustomSize()
{
    if (!m_memory->text().trimmed().isEmpty())
        return;
    if (const core::InstancetypeInfo *i = catalogInstancetype(m_instancetype->currentData().toString())) {
        m_sockets->setValue(std::max(1, i->cpus));
        m_cores->setValue(1);
        m_threads->setValue(1);
        m_memory->setText(i->memory);
    }
}

// The catalogue in the two combos, `it` and `pref` chosen — added when the catalogue lacks them
// (one this account cannot list), so a VM's own instancetype and preference are never swapped.
void VmEditDialog::fillInstancetypes(const QString &it, const QString &pref)
{
    const bool was = m_filling;
    m_filling = true;
    m_instancetype->clear();
    for (const core::InstancetypeInfo &i : m_choices.instancetypes)
        m_instancetype->addItem(tr("%1 (%n vCPU(s), %2)", nullptr, i.cpus).arg(i.name, i.memory), i.name);
    if (!it.isEmpty() && m_instancetype->findData(it) < 0)
        m_instancetype->addItem(it, it); // not in the catalogue this account can read
    m_instancetype->setCurrentIndex(std::max(0, m_instancetype->findData(it)));
    m_preference->clear();
    m_preference->addItem(tr("(none)"), QString());
    for (const core::PreferenceInfo &p : m_choices.preferences)
        m_preference->addItem(p.displayName.isEmpty() ? p.name : QStringLiteral("%1 — %2").arg(p.name, p.displayName), p.name);
    if (!pref.isEmpty() && m_preference->findData(pref) < 0)
        m_preference->addItem(pref, pref);
    m_preference->setCurrentIndex(std::max(0, m_preference->findData(pref)));
    m_filling = was;
}

void VmEditDialog::fillDisks(const QList<core::VmEditDisk> &disks)
{
    const bool was = m_filling;
    m_filling = true;
    m_disks->setRowCount(0);
    for (const core::VmEditDisk &d : disks) {
        const int row = m_disks->rowCount();
        m_disks->insertRow(row);
        const QString volume = d.size.isEmpty() ? d.claim : tr("new %1 disk %2").arg(d.size, d.claim);
        const QStringList cells{d.name, d.device, d.bus, volume, d.hotpluggable ? tr("yes") : QString(),
                                d.bootOrder > 0 ? QString::number(d.bootOrder) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != DiskBoot)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_disks->setItem(row, c, item);
        }
    }
    m_filling = was;
}

void VmEditDialog::fillNics(const QList<core::VmNic> &nics)
{
    m_nics->setRowCount(0);
    for (const core::VmNic &n : nics) {
        const int row = m_nics->rowCount();
        m_nics->insertRow(row);
        m_nics->setItem(row, 0, new QTableWidgetItem(n.name));
        m_nics->setItem(row, 1, new QTableWidgetItem(n.network.isEmpty() ? tr("Pod network") : n.network));
        m_nics->setItem(row, 2, new QTableWidgetItem(n.binding));
    }
}

core::VmEditable VmEditDialog::edited() const
{
    core::VmEditable e = m_source.editable;
    const QString description = m_description->text().trimmed();
    if (description != m_source.editable.description.trimmed()) // else kept as it was, to the byte
        e.description = description;
    e.labels = textToMap(m_labels->toPlainText(), m_source.editable.labels);
    e.annotations = textToMap(m_annotations->toPlainText(), m_source.editable.annotations);
    if (m_custom->isChecked()) {
        e.instancetype.clear();
        e.instancetypeKind.clear();
        e.sockets = m_sockets->value();
        e.cores = m_cores->value();
        e.threads = m_threads->value();
        e.memory = m_memory->text().trimmed();
    } else if (const QString it = m_instancetype->currentData().toString(); it != m_source.editable.instancetype) {
        e.instancetype = it;
        e.instancetypeKind.clear();
        if (const core::InstancetypeInfo *i = catalogInstancetype(it)) {
            e.instancetypeKind = i->namespaced ? QStringLiteral("VirtualMachineInstancetype") : QStringLiteral("VirtualMachineClusterInstancetype");
            e.instancetypeCpus = i->cpus;
            e.instancetypeMemoryBytes = i->memoryBytes;
        }
    }
    if (const QString p = m_preference->currentData().toString(); p != m_source.editable.preference) {
        e.preference = p;
        e.preferenceKind.clear();
        for (const core::PreferenceInfo &i : m_choices.preferences)
            if (i.name == p)
                e.preferenceKind = i.namespaced ? QStringLiteral("VirtualMachinePreference") : QStringLiteral("VirtualMachineClusterPreference");
    }
    e.disks = m_diskRows;
    e.nics = m_nicRows;
    return e;
}

void VmEditDialog::addDisk(const core::VmEditDisk &disk)
{
    m_diskRows.append(disk);
    fillDisks(m_diskRows);
    updatePlan();
}

void VmEditDialog::addNic(const QString &network)
{
    int n = 1;
    const auto taken = [this](const QString &name) {
        return std::any_of(m_nicRows.cbegin(), m_nicRows.cend(), [&](const core::VmNic &x) { return x.name == name; });
    };
    while (taken(QStringLiteral("nic-%1").arg(n)))
        ++n;
    m_nicRows.append({QStringLiteral("nic-%1").arg(n), network, QStringLiteral("bridge")});
    fillNics(m_nicRows);
    updatePlan();
}

} // namespace drover::ui
