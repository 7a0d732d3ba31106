// The New VM dialog's Basics, Size, Networks, First boot and Review pages, what the cluster's
// choices fill in them, and the request they make together.
#include "NewVmDialog.h"

#include "ObjectMeta.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

using core::NewVmPage;

namespace {

constexpr int NamespacedRole = Qt::UserRole + 1;

QString memoryInWords(QString memory)
{
    return memory.replace(QLatin1String("Gi"), QLatin1String(" GiB")).replace(QLatin1String("Mi"), QLatin1String(" MiB"));
}

} // namespace

QWidget *NewVmDialog::buildBasics()
{
    auto *w = new QWidget(this);
    m_ns = new QComboBox(w);
    m_ns->setObjectName(QStringLiteral("newVmNamespace"));
    m_ns->setEditable(true);
    m_name = new QLineEdit(w);
    m_name->setObjectName(QStringLiteral("newVmName"));
    m_description = new QLineEdit(w);
    m_description->setObjectName(QStringLiteral("newVmDescription"));
    m_start = new QCheckBox(tr("&Start the VM once it is created"), w);
    m_start->setObjectName(QStringLiteral("newVmStart"));
    m_start->setChecked(true);
    m_start->setToolTip(tr("Started: runStrategy RerunOnFailure (restarted if it fails, not after a shutdown from inside). "
                           "Not started: Halted."));
    connect(m_ns, &QComboBox::currentTextChanged, this, &NewVmDialog::onNamespaceChosen);
    connect(m_ns->lineEdit(), &QLineEdit::editingFinished, this, [this] { // a namespace not listed, typed
        const QString ns = m_ns->currentText().trimmed();
        if (!ns.isEmpty() && ns != m_loadedNs) {
            m_ready = false;
            updateNavigation();
            m_ops->loadChoices(ns);
        }
    });
    auto *form = new QFormLayout(w);
    form->addRow(tr("Names&pace:"), m_ns);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_start);
    return page(NewVmPage::Basics, tr("Where the VM lives and what it is called. The name becomes the guest's hostname."), w);
}

QWidget *NewVmDialog::buildSize()
{
    auto *w = new QWidget(this);
    m_useInstancetype = new QRadioButton(tr("An &instancetype (vCPUs and memory set by the cluster's catalogue)"), w);
    m_custom = new QRadioButton(tr("Cus&tom"), w);
    m_custom->setObjectName(QStringLiteral("newVmCustomSize"));
    m_useInstancetype->setChecked(true);
    m_instancetypes = new QTreeWidget(w);
    m_instancetypes->setObjectName(QStringLiteral("newVmInstancetypes"));
    m_instancetypes->setHeaderLabels({tr("Instancetype"), tr("vCPUs"), tr("Memory")});
    m_instancetypes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preference = new QComboBox(w);
    m_preference->setObjectName(QStringLiteral("newVmPreference"));
    connect(m_preference, &QComboBox::activated, this, [this] { m_sizeTouched = true; });
    m_sockets = new QSpinBox(w);
    m_sockets->setObjectName(QStringLiteral("newVmSockets"));
    m_sockets->setRange(1, 64);
    m_cores = new QSpinBox(w);
    m_cores->setRange(1, 64);
    m_memory = new QLineEdit(QStringLiteral("2Gi"), w);
    m_memory->setObjectName(QStringLiteral("newVmMemory"));
    auto *custom = new QWidget(w);
    auto *customForm = new QFormLayout(custom);
    customForm->addRow(tr("CPU soc&kets:"), m_sockets);
    customForm->addRow(tr("C&ores per socket:"), m_cores);
    customForm->addRow(tr("&Memory:"), m_memory);
    custom->setEnabled(false);
    connect(m_custom, &QRadioButton::toggled, this, [this, custom](bool on) {
        custom->setEnabled(on);
        m_instancetypes->setEnabled(!on);
        m_sizeTouched = true;
    });
    // The user's pick (mouse or keyboard, so with focus) is kept when another image is chosen.
    connect(m_instancetypes, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_instancetypes->hasFocus())
            m_sizeTouched = true;
    });
    connect(m_instancetypes, &QTreeWidget::itemClicked, this, [this] { m_sizeTouched = true; });
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_useInstancetype);
    layout->addWidget(m_instancetypes, 1);
    layout->addWidget(m_custom);
    layout->addWidget(custom);
    auto *prefForm = new QFormLayout;
    prefForm->addRow(tr("&Preference (guest OS defaults):"), m_preference);
    layout->addLayout(prefForm);
    return page(NewVmPage::Size,
                tr("u1 suits most VMs, cx1 is for compute, m1 for memory, n1 for network functions, o1 overcommits memory."), w);
}

QWidget *NewVmDialog::buildNetworks()
{
    auto *w = new QWidget(this);
    m_nics = new QTreeWidget(w);
    m_nics->setObjectName(QStringLiteral("newVmNics"));
    m_nics->setHeaderLabels({tr("Interface"), tr("Network"), tr("Binding")});
    m_nics->setRootIsDecorated(false);
    auto *pod = new QTreeWidgetItem(m_nics, {QStringLiteral("default"), tr("Pod network"), QStringLiteral("masquerade")});
    pod->setData(1, Qt::UserRole, QString());
    m_nad = new QComboBox(w);
    m_nad->setObjectName(QStringLiteral("newVmNad"));
    auto *add = new QPushButton(tr("&Add interface"), w);
    add->setObjectName(QStringLiteral("newVmAddNic"));
    auto *remove = new QPushButton(tr("Remo&ve"), w);
    connect(add, &QPushButton::clicked, this, &NewVmDialog::addNic);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_nics->currentItem(); });
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Net&work:"), w);
    label->setBuddy(m_nad);
    row->addWidget(label);
    row->addWidget(m_nad, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_nics, 1);
    layout->addLayout(row);
    return page(NewVmPage::Networks,
                tr("The pod network (masquerade) reaches the cluster and the outside; Multus networks attach the VM to a VLAN or "
                   "another network by bridge."),
                w);
}

void NewVmDialog::addNic()
{
    const QString nad = m_nad->currentData().toString();
    if (nad.isEmpty() && m_nad->currentIndex() > 0)
        return;
    int n = 1;
    auto taken = [this](const QString &name) {
        for (int i = 0; i < m_nics->topLevelItemCount(); ++i)
            if (m_nics->topLevelItem(i)->text(0) == name)
                return true;
        return false;
    };
    QString name = nad.isEmpty() ? QStringLiteral("default") : QStringLiteral("nic-1");
    while (taken(name))
        name = QStringLiteral("nic-%1").arg(++n);
    auto *item = new QTreeWidgetItem(m_nics, {name, nad.isEmpty() ? tr("Pod network") : nad,
                                               nad.isEmpty() ? QStringLiteral("masquerade") : QStringLiteral("bridge")});
    item->setData(1, Qt::UserRole, nad);
    m_nics->setCurrentItem(item);
}

QWidget *NewVmDialog::buildFirstBoot()
{
    auto *w = new QWidget(this);
    m_linux = new QRadioButton(tr("&Linux: cloud-init"), w);
    m_windows = new QRadioButton(tr("W&indows: sysprep answer file"), w);
    m_linux->setChecked(true);
    auto *stack = new QStackedWidget(w);
    auto *linuxPage = new QWidget(stack);
    m_user = new QLineEdit(linuxPage);
    m_user->setObjectName(QStringLiteral("newVmUser"));
    m_user->setPlaceholderText(tr("the image's default user"));
    m_password = new QLineEdit(linuxPage);
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_password->setPlaceholderText(tr("none: log in with a key"));
    m_sshKeys = new QPlainTextEdit(linuxPage);
    m_sshKeys->setObjectName(QStringLiteral("newVmSshKeys"));
    m_sshKeys->setPlaceholderText(tr("ssh-ed25519 AAAA… you@laptop (one key per line)"));
    m_sshKeys->setTabChangesFocus(true);
    auto *pick = new QToolButton(linuxPage);
    pick->setText(tr("Add &key from ~/.ssh"));
    pick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(pick);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QDir ssh(QDir::home().filePath(QStringLiteral(".ssh")));
        for (const QString &f : ssh.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name))
            menu->addAction(f, this, [this, path = ssh.filePath(f)] { addKeyFromFile(path); });
        if (menu->isEmpty())
            menu->addAction(tr("No public keys in ~/.ssh"))->setEnabled(false);
    });
    pick->setMenu(menu);
    m_networkData = new QPlainTextEdit(linuxPage);
    m_networkData->setPlaceholderText(tr("cloud-init network-config (empty: DHCP on every interface)"));
    m_networkData->setTabChangesFocus(true);
    auto *linuxForm = new QFormLayout(linuxPage);
    linuxForm->addRow(tr("&User:"), m_user);
    linuxForm->addRow(tr("Pass&word:"), m_password);
    linuxForm->addRow(tr("SS&H keys:"), m_sshKeys);
    linuxForm->addRow(QString(), pick);
    linuxForm->addRow(tr("Network &data:"), m_networkData);
    auto *windowsPage = new QWidget(stack);
    m_sysprep = new QPlainTextEdit(windowsPage);
    m_sysprep->setPlaceholderText(tr("autounattend.xml: kept in a ConfigMap and given to Windows Setup on a CD-ROM"));
    m_sysprep->setTabChangesFocus(true);
    auto *load = new QPushButton(tr("Load &file…"), windowsPage);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Answer file"), QDir::homePath(), tr("XML files (*.xml)"));
        if (QFile file(f); !f.isEmpty() && file.open(QIODevice::ReadOnly))
            m_sysprep->setPlainText(QString::fromUtf8(file.readAll()));
    });
    auto *windowsLayout = new QVBoxLayout(windowsPage);
    windowsLayout->addWidget(m_sysprep, 1);
    windowsLayout->addWidget(load, 0, Qt::AlignLeft);
    stack->addWidget(linuxPage);
    stack->addWidget(windowsPage);
    connect(m_windows, &QRadioButton::toggled, stack, [stack](bool on) { stack->setCurrentIndex(on ? 1 : 0); });
    auto *layout = new QVBoxLayout(w);
    auto *which = new QHBoxLayout;
    which->addWidget(m_linux);
    which->addWidget(m_windows);
    which->addStretch();
    layout->addLayout(which);
    layout->addWidget(stack, 1);
    return page(NewVmPage::FirstBoot, tr("What the guest is told the first time it boots. Keys are kept in a Secret the VM owns."), w);
}

void NewVmDialog::addKeyFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString key = QString::fromUtf8(f.readAll()).trimmed();
    if (!m_sshKeys->toPlainText().contains(key))
        m_sshKeys->appendPlainText(key);
}

QWidget *NewVmDialog::buildReview()
{
    auto *w = new QWidget(this);
    m_yaml = new QPlainTextEdit(w);
    m_yaml->setObjectName(QStringLiteral("newVmYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yaml);
    return page(NewVmPage::Review, tr("Exactly what Create sends to the cluster."), w);
}

void NewVmDialog::fillInstancetypes()
{
    const QString current = m_instancetypes->currentItem() ? m_instancetypes->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_instancetypes->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const core::InstancetypeInfo &t : std::as_const(m_choices.instancetypes)) {
        const QString group = t.namespaced ? tr("In %1").arg(m_choices.ns) : t.series + QStringLiteral(" — ") + t.seriesName;
        QTreeWidgetItem *&g = groups[group];
        if (!g) {
            g = new QTreeWidgetItem(m_instancetypes, {group});
            g->setFlags(Qt::ItemIsEnabled);
            g->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(g, {t.name, QString::number(t.cpus), memoryInWords(t.memory)});
        item->setData(0, Qt::UserRole, t.name);
        item->setData(0, NamespacedRole, t.namespaced);
        if (t.name == current)
            m_instancetypes->setCurrentItem(item);
    }
    m_instancetypes->expandAll();
    if (!m_instancetypes->currentItem()) { // the radio says instancetype: one is always picked
        const QList<QTreeWidgetItem *> medium = m_instancetypes->findItems(QStringLiteral("u1.medium"), Qt::MatchExactly | Qt::MatchRecursive);
        QTreeWidgetItemIterator leaf(m_instancetypes, QTreeWidgetItemIterator::NoChildren);
        m_instancetypes->setCurrentItem(!medium.isEmpty() ? medium.first() : *leaf);
    }
    if (m_choices.instancetypes.isEmpty())
        m_custom->setChecked(true);
    const QString pref = m_preference->currentData().toString();
    m_preference->clear();
    m_preference->addItem(tr("None"), QString());
    for (const core::PreferenceInfo &p : std::as_const(m_choices.preferences)) {
        m_preference->addItem(p.namespaced ? tr("%1 (in %2)").arg(p.name, m_choices.ns) : p.name, p.name);
        m_preference->setItemData(m_preference->count() - 1, p.namespaced, NamespacedRole);
    }
    m_preference->setCurrentIndex(qMax(0, m_preference->findData(pref)));
    m_nad->clear();
    m_nad->addItem(tr("Pod network"), QString());
    for (const core::NadInfo &n : std::as_const(m_choices.nads))
        m_nad->addItem(n.cniType.isEmpty() ? n.name : tr("%1 (%2)").arg(n.name, n.cniType), n.ns == m_choices.ns ? n.name : n.ns + QLatin1Char('/') + n.name);
}

void NewVmDialog::onNamespaceChosen()
{
    const QString ns = m_ns->currentText().trimmed();
    if (ns == m_loadedNs || ns.isEmpty() || m_ns->findText(ns) < 0)
        return; // typing: the choices follow once a listed namespace is picked (or Return)
    m_ready = false;
    updateNavigation();
    m_ops->loadChoices(ns);
}

void NewVmDialog::onChoices(const ops::NewVmChoices &c)
{
    // Another namespace was picked while these were read: read that one's.
    if (const QString want = m_ns->currentText().trimmed(); !want.isEmpty() && want != c.ns && m_ns->findText(want) >= 0) {
        m_ops->loadChoices(want);
        return;
    }
    m_choices = c;
    m_loadedNs = c.ns;
    m_ready = true;
    m_notes->setText(c.notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!c.notes.isEmpty());
    const QString typed = m_ns->currentText();
    {
        const QSignalBlocker block(m_ns);
        m_ns->clear();
        m_ns->addItems(c.namespaces);
        m_ns->setCurrentText(typed.isEmpty() ? c.ns : typed);
    }
    fillImages();
    fillStorageClasses();
    fillInstancetypes();
    onImageChosen();
    suggestName();
    if (currentPage() == NewVmPage::Review) // what Create sends changed under the reader
        m_yaml->setPlainText(reviewYaml());
    updateNavigation();
}

void NewVmDialog::suggestName()
{
    if (!m_name->text().isEmpty() && m_name->text() != m_suggestedName)
        return; // typed by the user
    const QString image = m_bootSource->currentIndex() == 0 ? core::nameOfKey(m_image->currentData().toString()) : QString();
    m_suggestedName = m_ops->freeName(m_choices.ns, (image.isEmpty() ? QStringLiteral("vm") : image.left(50)) + QStringLiteral("-vm"));
    m_name->setText(m_suggestedName);
}

core::NewVmRequest NewVmDialog::request() const
{
    core::NewVmRequest r;
    r.ns = m_ns->currentText().trimmed();
    r.name = m_name->text().trimmed();
    r.description = m_description->text().trimmed();
    r.start = m_start->isChecked();
    if (m_useInstancetype->isChecked()) {
        if (const QTreeWidgetItem *it = m_instancetypes->currentItem(); it && !it->data(0, Qt::UserRole).toString().isEmpty()) {
            r.instancetype = it->data(0, Qt::UserRole).toString();
            r.instancetypeNamespaced = it->data(0, NamespacedRole).toBool();
        }
    }
    r.sockets = m_sockets->value();
    r.cores = m_cores->value();
    r.memory = m_memory->text().trimmed();
    r.preference = m_preference->currentData().toString();
    r.preferenceNamespaced = m_preference->currentData(NamespacedRole).toBool();
    r.disks = disks();
    r.nics = nics();
    if (m_windows->isChecked()) {
        r.sysprepXml = m_sysprep->toPlainText().trimmed();
        return r;
    }
    r.user = m_user->text().trimmed();
    r.password = m_password->text();
    for (const QString &line : m_sshKeys->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            r.sshKeys.append(line.trimmed());
    r.networkData = m_networkData->toPlainText().trimmed();
    return r;
}

QList<core::NewVmNic> NewVmDialog::nics() const
{
    QList<core::NewVmNic> out;
    for (int i = 0; i < m_nics->topLevelItemCount(); ++i)
        out.append({m_nics->topLevelItem(i)->text(0), m_nics->topLevelItem(i)->data(1, Qt::UserRole).toString()});
    return out;
}

} // namespace drover::ui
