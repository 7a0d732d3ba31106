#include "VmCloneDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

using ops::VmCloneResult;

namespace {

enum Column { Interface, Binding, SourceMac, NewMac };

} // namespace

VmCloneDialog::VmCloneDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent)
    : QDialog(parent), m_ops(new ops::VmCloner(connection, this)), m_key(vmKey), m_intro(new QLabel(this)),
      m_name(new QLineEdit(this)), m_start(new QCheckBox(tr("&Start the new VM once it is made"), this)),
      m_interfaces(new QTreeWidget(this)), m_status(new QLabel(this)), m_clone(new QPushButton(tr("&Clone"), this))
{
    setObjectName(QStringLiteral("vmCloneDialog"));
    setWindowTitle(tr("Clone %1").arg(vmKey));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Reading %1…").arg(vmKey));
    m_name->setObjectName(QStringLiteral("cloneName"));
    m_name->setEnabled(false);
    m_start->setObjectName(QStringLiteral("cloneStart"));
    m_interfaces->setObjectName(QStringLiteral("cloneInterfaces"));
    m_interfaces->setHeaderLabels({tr("Interface"), tr("Binding"), tr("Source MAC"), tr("New MAC")});
    m_interfaces->setRootIsDecorated(false);
    m_interfaces->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interfaces->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("cloneStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    m_clone->setEnabled(false);
    m_clone->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_clone, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clone, &QPushButton::clicked, this, [this] {
        setBusy(true);
        say(false, tr("Asking the cluster…"));
        m_ops->run(request());
    });
    connect(m_name, &QLineEdit::textChanged, this, &VmCloneDialog::revalidate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_start);
    auto *macs = new QLabel(tr("Network interfaces: leave New MAC empty and the cluster's MAC pool gives the clone its own."), this);
    macs->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(macs);
    layout->addWidget(m_interfaces, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 320);
    connect(m_ops, &ops::VmCloner::inspected, this, &VmCloneDialog::onInspected);
    connect(m_ops, &ops::VmCloner::progressed, this, &VmCloneDialog::onProgressed);
    connect(m_ops, &ops::VmCloner::finished, this, &VmCloneDialog::onFinished);
    m_ops->inspect(vmKey);
}

QLineEdit *VmCloneDialog::macEdit(const QString &interfaceName) const
{
    for (int i = 0; i < m_interfaces->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_interfaces->topLevelItem(i);
        if (item->text(Interface) == interfaceName)
            return qobject_cast<QLineEdit *>(m_interfaces->itemWidget(item, NewMac));
    }
    return nullptr;
}

core::CloneRequest VmCloneDialog::request() const
{
    core::CloneRequest r;
    r.ns = m_key.section(QLatin1Char('/'), 0, 0);
    r.source = m_key.section(QLatin1Char('/'), 1);
    r.target = m_name->text().trimmed();
    r.start = m_start->isChecked();
    r.sourceUsesRunning = m_source.usesRunning;
    for (const core::VmInterface &i : m_source.interfaces)
        if (QLineEdit *e = macEdit(i.name); e && !e->text().trimmed().isEmpty())
            r.newMacAddresses.insert(i.name, e->text().trimmed());
    return r;
}

void VmCloneDialog::onInspected(const ops::VmCloneSource &s)
{
    if (!s.error.ok()) {
        m_intro->setText(tr("%1 cannot be cloned from here.").arg(m_key));
        say(true, s.error.userMessage());
        return;
    }
    m_source = s;
    m_ready = true;
    const QString name = m_key.section(QLatin1Char('/'), 1);
    m_intro->setText(s.running ? tr("KubeVirt copies %1 and its disks through a snapshot. %1 is running: the snapshot is taken "
                                    "while it runs (its guest agent, if it has one, freezes the file systems for it).").arg(name)
                               : tr("KubeVirt copies %1 and its disks through a snapshot.").arg(name));
    for (const core::VmInterface &i : s.interfaces) {
        const QString now = !i.macAddress.isEmpty()                 ? i.macAddress
                            : s.runtimeMacs.value(i.name).isEmpty() ? tr("not fixed (given at start)")
                                                                    : tr("%1 (given at start)").arg(s.runtimeMacs.value(i.name));
        auto *item = new QTreeWidgetItem(m_interfaces, {i.name, i.binding, now});
        auto *edit = new QLineEdit(m_interfaces);
        edit->setObjectName(QStringLiteral("newMac-") + i.name);
        edit->setPlaceholderText(tr("picked by the cluster"));
        connect(edit, &QLineEdit::textChanged, this, &VmCloneDialog::revalidate);
        m_interfaces->setItemWidget(item, NewMac, edit);
    }
    m_name->setEnabled(true);
    m_name->setText(s.suggestedName);
    m_name->selectAll();
    m_name->setFocus();
    revalidate();
}

void VmCloneDialog::revalidate()
{
    if (!m_ready || m_busy)
        return;
    const QString problem = ops::VmCloner::validate(request(), m_source.interfaces);
    m_clone->setEnabled(problem.isEmpty());
    say(!problem.isEmpty(), problem);
}

void VmCloneDialog::onProgressed(const ops::VmCloneProgress &p)
{
    say(false, phaseInWords(p.phase, p.request.source));
}

QString VmCloneDialog::phaseInWords(const QString &phase, const QString &source)
{
    if (phase.isEmpty())
        return tr("Clone of %1 sent; waiting for KubeVirt…").arg(source);
    if (phase == QLatin1String("SnapshotInProgress"))
        return tr("Taking a snapshot of %1…").arg(source);
    if (phase == QLatin1String("RestoreInProgress"))
        return tr("Making the new VM's disks from the snapshot…");
    if (phase == QLatin1String("CreatingTargetVM"))
        return tr("Creating the new VM…");
    return tr("KubeVirt says: %1").arg(phase);
}

void VmCloneDialog::onFinished(const ops::VmCloneResult &r)
{
    setBusy(false);
    if (r.status == VmCloneResult::Succeeded) {
        accept();
        return;
    }
    revalidate(); // the button follows what is typed; the words are the outcome's
    say(true, describe(r));
}

QString VmCloneDialog::describe(const ops::VmCloneResult &r)
{
    const QString from = r.request.ns + QLatin1Char('/') + r.request.source;
    const QString to = r.request.ns + QLatin1Char('/') + r.request.target;
    switch (r.status) {
    case VmCloneResult::Succeeded:
        return r.request.start ? tr("%1 cloned to %2, which is starting.").arg(from, to) : tr("%1 cloned to %2 (stopped).").arg(from, to);
    case VmCloneResult::Invalid: return r.reason;
    case VmCloneResult::NotConnected: return tr("No cluster is open.");
    case VmCloneResult::Abandoned:
        return r.reason.isEmpty() ? tr("The cluster connection changed before the clone finished.") : r.reason;
    case VmCloneResult::Failed: break;
    }
    const QString why = !r.error.ok() ? r.error.userMessage() : r.reason;
    return tr("%1 was not cloned: %2").arg(from, why.isEmpty() ? tr("KubeVirt gave no reason.") : why);
}

void VmCloneDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setEnabled(!busy && m_ready);
    m_start->setEnabled(!busy);
    m_interfaces->setEnabled(!busy);
    m_clone->setEnabled(!busy && m_ready);
}

void VmCloneDialog::say(bool error, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1").arg(toneText(Tone::Error, palette()).name()) : QString());
}

} // namespace drover::ui
