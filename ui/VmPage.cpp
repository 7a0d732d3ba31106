#include "VmPage.h"

#include "ClusterConnection.h"
#include "GuestAgent.h"
#include "ObjectCache.h"
#include "ObjectMeta.h"
#include "Quantity.h"
#include "ReadOnlyTable.h"
#include "SnapshotsPane.h"
#include "Vm.h"
#include "VmDisks.h"
#include "VmNetworks.h"
#include "VmSummary.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace drover::ui {

namespace {

constexpr int kAgentIntervalMs = 30000;
constexpr int kImportPollMs = 3000;

QString ageText(const QDateTime &created)
{
    if (!created.isValid())
        return {};
    const qint64 s = qMax<qint64>(0, created.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return VmPage::tr("%n second(s)", nullptr, int(s));
    if (s < 7200)
        return VmPage::tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return VmPage::tr("%n hour(s)", nullptr, int(s / 3600));
    return VmPage::tr("%n day(s)", nullptr, int(s / 86400));
}

// "phase/AgentConnected": what decides whether to ask the agent again.
QString vmiState(const QJsonObject &vmi)
{
    const QJsonObject status = vmi.value(QLatin1String("status")).toObject();
    const QList<core::Condition> conds = core::conditionsFromJson(status.value(QLatin1String("conditions")));
    const core::Condition *agent = core::findCondition(conds, QStringLiteral("AgentConnected"));
    return status.value(QLatin1String("phase")).toString() + QLatin1Char('/') + (agent && agent->isTrue() ? u'1' : u'0');
}

} // namespace

VmPage::VmPage(ops::ClusterConnection *connection, ops::VmActions *actions, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_reader(new ops::GuestAgentReader(connection, this)),
      m_eventSource(new ops::VmEvents(connection, this)), m_diskReader(new ops::VmDiskReader(connection, this)), m_actions(actions)
{
    auto *lay = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("vmPageHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Ask the guest agent again"));
    top->addWidget(m_header, 1);
    top->addWidget(m_refresh);
    lay->addLayout(top);
    auto *pending = new QHBoxLayout;
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("vmPagePending"));
    m_pending->setWordWrap(true);
    m_pending->hide();
    m_restart = new QPushButton(tr("Restart now"), this);
    m_restart->setObjectName(QStringLiteral("vmPageRestart"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (!m_key.isEmpty() && m_actions)
            m_actions->run(ops::ActionRequest{ops::VmAction::Restart, m_key.section(QLatin1Char('/'), 0, 0), m_key.section(QLatin1Char('/'), 1)});
    });
    pending->addWidget(m_pending, 1);
    pending->addWidget(m_restart);
    lay->addLayout(pending);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildDisks(), tr("Disks"));
    m_tabs->addTab(buildNetworks(), tr("Networks"));
    m_snapshotTab = new QWidget(this);
    new QVBoxLayout(m_snapshotTab);
    m_tabs->addTab(m_snapshotTab, tr("Snapshots"));
    m_tabs->addTab(buildEvents(), tr("Events"));
    m_tabs->addTab(buildYaml(), tr("YAML"));
    connect(m_eventSource, &ops::VmEvents::changed, this, &VmPage::fillEvents);
    lay->addWidget(m_tabs, 1);

    m_agentTimer = new QTimer(this);
    m_agentTimer->setInterval(kAgentIntervalMs);
    connect(m_agentTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            readAgent();
    });
    connect(m_refresh, &QPushButton::clicked, this, &VmPage::readAgent);
    connect(m_reader, &ops::GuestAgentReader::reported, this, &VmPage::onAgentReport);
    connect(m_diskReader, &ops::VmDiskReader::reported, this, [this](const ops::VmDiskReport &r) {
        if (r.vmKey != m_key)
            return;
        m_diskStates = r.states;
        ++m_diskReports;
        fillDisks();
        // An import or clone under way: follow its progress closely until it ends.
        for (const core::DiskState &d : std::as_const(m_diskStates))
            if (!d.dvPhase.isEmpty() && d.dvPhase != QLatin1String("Succeeded") && d.dvPhase != QLatin1String("Failed")) {
                QTimer::singleShot(kImportPollMs, this, [this, key = r.vmKey] {
                    if (key == m_key && isVisible())
                        m_diskReader->read(m_key, core::vmDisksFromJson(m_vm));
                });
                break;
            }
    });
    auto follow = [this](const QList<kube::CacheEvent> &events) {
        for (const kube::CacheEvent &e : events)
            if (e.key == m_key) {
                refresh();
                return;
            }
    };
    auto bind = [this, follow] {
        if (m_connection->vms())
            connect(m_connection->vms(), &kube::ObjectCache::changed, this, follow);
        if (m_connection->vmis())
            connect(m_connection->vmis(), &kube::ObjectCache::changed, this, follow);
        refresh();
    };
    connect(m_connection, &ops::ClusterConnection::cachesReplaced, this, bind);
    bind();
}

QWidget *VmPage::buildOverview()
{
    // The facts on the left, the guest's file systems beside them: the dock is wide, not tall.
    auto *scroll = m_overview = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *w = new QWidget(scroll);
    auto *lay = new QHBoxLayout(w);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    lay->addLayout(m_form, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>File systems</b> (from the guest agent)"), w));
    m_filesystems = readOnlyTable({tr("Mount point"), tr("Disk"), tr("Type"), tr("Used"), tr("Size")}, w, QStringLiteral("vmPageFilesystems"));
    right->addWidget(m_filesystems, 1);
    lay->addLayout(right, 2);
    scroll->setWidget(w);
    return scroll;
}

void VmPage::showVm(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_agent = {};
    m_agentKnown = false;
    m_diskStates.clear();
    m_vmiState.clear();
    m_tabs->setEnabled(!m_key.isEmpty());
    m_overview->verticalScrollBar()->setValue(0);
    m_eventSource->follow(m_key);
    swapSnapshots();
    refresh();
    readAgent();
    if (m_key.isEmpty())
        m_agentTimer->stop();
    else if (!m_agentTimer->isActive())
        m_agentTimer->start();
}

// The Snapshots tab gets the shown VM's pane. The last VM's pane goes, unless a take or a
// restore of its still runs: then it waits, hidden, until that ends (or until its VM is shown
// again), so leaving the page never abandons a restore halfway.
void VmPage::swapSnapshots()
{
    if (SnapshotsPane *old = m_snapshots) {
        m_snapshots = nullptr;
        if (old->operations()->busy()) {
            old->hide();
            m_parked.insert(old->vmKey(), old);
            connect(old->operations(), &ops::Snapshots::finished, old, [this, old] {
                if (old != m_snapshots && !old->operations()->busy()) {
                    m_parked.remove(old->vmKey());
                    old->deleteLater();
                }
            });
        } else {
            delete old;
        }
    }
    if (m_key.isEmpty())
        return;
    m_snapshots = m_parked.take(m_key);
    if (!m_snapshots)
        m_snapshots = new SnapshotsPane(m_connection, m_actions, m_key, m_snapshotTab);
    m_snapshotTab->layout()->addWidget(m_snapshots);
    m_snapshots->show();
}

void VmPage::refresh()
{
    m_vm = m_key.isEmpty() || !m_connection->vms() ? QJsonObject() : m_connection->vms()->get(m_key);
    m_vmi = m_key.isEmpty() || !m_connection->vmis() ? QJsonObject() : m_connection->vmis()->get(m_key);
    // One summary per refresh, read by the header, the Overview and the agent rows.
    m_summary = m_vm.isEmpty() ? models::VmSummary()
                               : models::VmSummary::fromJson(m_key, m_connection->vms()->getLazy(m_key),
                                                             m_connection->vmis() ? m_connection->vmis()->getLazy(m_key) : kube::LazyObject());
    const QString state = vmiState(m_vmi);
    if (m_agentKnown && state != m_vmiState)
        QTimer::singleShot(0, this, &VmPage::readAgent);
    m_vmiState = state;
    m_refresh->setEnabled(!m_vm.isEmpty());
    fillHeader();
    fillPending();
    fillOverview();
    fillDisks();
    fillNetworks();
    fillYaml();
}

void VmPage::readAgent()
{
    if (m_key.isEmpty())
        return;
    m_reader->read(m_key);
    m_diskReader->read(m_key, core::vmDisksFromJson(m_vm));
}

void VmPage::onAgentReport(const ops::GuestAgentReport &report)
{
    if (report.vmKey != m_key)
        return;
    m_agent = report;
    m_agentKnown = true;
    ++m_agentReports;
    fillOverview();
    fillNetworks();
    Q_EMIT agentReported();
}

void VmPage::fillHeader()
{
    if (m_key.isEmpty()) {
        m_header->setText(tr("Select one VM to see it here."));
        return;
    }
    if (m_vm.isEmpty()) {
        m_header->setText(tr("<b>%1</b> is gone: it was deleted, or this account can no longer read it.").arg(m_key.toHtmlEscaped()));
        return;
    }
    const models::VmSummary &s = m_summary;
    const QString where = s.host.isEmpty() ? QString() : tr(" on %1").arg(s.host.toHtmlEscaped());
    m_header->setText(tr("<b>%1</b> <span>in %2</span> — %3%4")
                          .arg(s.name.toHtmlEscaped(), s.ns.toHtmlEscaped(), s.status.toHtmlEscaped(), where));
}

void VmPage::setRow(const QString &label, const QString &value, const QString &tip)
{
    auto *l = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_form->parentWidget());
    l->setObjectName(label);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    l->setToolTip(tip);
    m_form->addRow(tr("%1:").arg(label), l);
}

bool VmPage::showTab(const QString &title)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabText(i) == title) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

QString VmPage::overviewValue(const QString &label) const
{
    for (int r = 0; r < m_form->rowCount(); ++r)
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::FieldRole) ? m_form->itemAt(r, QFormLayout::FieldRole)->widget() : nullptr))
            if (l->objectName() == label)
                return l->text();
    return {};
}

void VmPage::fillOverview()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_filesystems->setRowCount(0);
    if (m_vm.isEmpty())
        return;
    const auto vm = core::Vm::fromJson(m_vm);
    const models::VmSummary &s = m_summary;
    const QString reason = m_vmi.value(QLatin1String("status")).toObject().value(QLatin1String("reason")).toString();
    setRow(tr("Status"), reason.isEmpty() ? s.status : tr("%1 (%2)").arg(s.status, reason));
    setRow(tr("Host"), s.host.isEmpty() ? tr("not scheduled") : s.host);
    setRow(tr("Age"), vm ? ageText(vm->meta.creationTimestamp) : QString(),
           vm ? QLocale().toString(vm->meta.creationTimestamp.toLocalTime(), QLocale::LongFormat) : QString());
    setRow(tr("Run strategy"), core::nameOf(s.runStrategy));
    const QString size = s.vcpu > 0 ? tr("%n vCPU(s)", nullptr, s.vcpu) + (s.memoryBytes > 0 ? tr(", %1").arg(core::formatBytes(s.memoryBytes)) : QString()) : QString();
    if (vm && !vm->instancetype.isEmpty())
        setRow(tr("Size"), size.isEmpty() ? vm->instancetype : tr("%1 (%2)").arg(vm->instancetype, size));
    else
        setRow(tr("Size"), size);
    fillAgentRows();
    const QString description = m_vm.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject().value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        setRow(tr("Description"), description);
}

namespace {

QString sourceInWords(const QString &infoSource)
{
    QStringList words;
    for (const QString &part : infoSource.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        words << (p == QLatin1String("domain")          ? VmPage::tr("the domain")
                  : p == QLatin1String("guest-agent")   ? VmPage::tr("the guest agent")
                  : p == QLatin1String("multus-status") ? VmPage::tr("Multus")
                                                        : p);
    }
    return words.join(QStringLiteral(", "));
}

QString agentText(const ops::GuestAgentReport &r, bool known)
{
    if (!known)
        return VmPage::tr("asking…");
    switch (r.status) {
    case ops::GuestAgentReport::Connected:
        return r.info.agentVersion.isEmpty() ? VmPage::tr("connected") : VmPage::tr("connected (version %1)").arg(r.info.agentVersion);
    case ops::GuestAgentReport::NoAgent:
        return VmPage::tr("not connected: the guest runs no QEMU guest agent, or it has not started yet. "
                          "Hostname, users and file systems need it (KubeVirt: %1)")
            .arg(r.error.message);
    case ops::GuestAgentReport::NotRunning:
        return VmPage::tr("the VM is not running");
    case ops::GuestAgentReport::Failed:
        break;
    }
    return VmPage::tr("could not ask it: %1").arg(r.error.userMessage());
}

} // namespace

void VmPage::fillAgentRows()
{
    const bool connected = m_agentKnown && m_agent.status == ops::GuestAgentReport::Connected;
    setRow(tr("Guest agent"), agentText(m_agent, m_agentKnown));
    const models::VmSummary &s = m_summary;
    const core::GuestAgentInfo &info = m_agent.info;
    setRow(tr("Guest OS"), connected && !info.os.displayName().isEmpty() ? info.os.displayName() : s.os,
           connected ? tr("Kernel %1, %2").arg(info.os.kernelRelease, info.os.machine) : QString());
    if (connected) {
        setRow(tr("Hostname"), info.hostname);
        setRow(tr("Time zone"), info.timezone);
    }
    QStringList addresses;
    for (const core::VmNetwork &n : core::vmNetworksFromJson(m_vm, m_vmi))
        if (!n.ips.isEmpty()) {
            const QString name = n.guestName.isEmpty() ? n.name : tr("%1 (%2)").arg(n.name, n.guestName);
            addresses << tr("%1: %2 — from %3").arg(name, n.ips.join(QStringLiteral(", ")), sourceInWords(n.infoSource));
        }
    setRow(tr("IP addresses"), addresses.join(QLatin1Char('\n')));
    if (connected) {
        QStringList users;
        for (const core::GuestUser &u : info.users) {
            const QString who = u.domain.isEmpty() ? u.userName : u.domain + QLatin1Char('\\') + u.userName;
            users << (u.loginTime.isValid() ? tr("%1 since %2").arg(who, QLocale().toString(u.loginTime.toLocalTime(), QLocale::ShortFormat)) : who);
        }
        setRow(tr("Logged-in users"), users.isEmpty() ? tr("nobody") : users.join(QLatin1Char('\n')));
    }
    m_filesystems->setRowCount(int(info.filesystems.size()));
    for (int r = 0; r < info.filesystems.size(); ++r) {
        const core::GuestFilesystem &f = info.filesystems[r];
        const double used = f.usedFraction();
        const QStringList cells{f.mountPoint, f.diskName, f.type,
                                f.usedBytes < 0 ? QString() : used < 0 ? core::formatBytes(f.usedBytes)
                                                                      : tr("%1 (%2%)").arg(core::formatBytes(f.usedBytes)).arg(qRound(used * 100)),
                                f.totalBytes < 0 ? QString() : core::formatBytes(f.totalBytes)};
        for (int c = 0; c < cells.size(); ++c)
            m_filesystems->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_filesystems->resizeColumnsToContents();
}

} // namespace drover::ui
