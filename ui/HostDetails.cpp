#include "HostDetails.h"
#include "Appearance.h"
#include "ReadOnlyTable.h"

#include "Quantity.h"

#include <QAction>
#include <QChartView>
#include <QClipboard>
#include <QGuiApplication>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace drover::ui {

using models::Health;

namespace {
QColor levelColor(Health l, const QPalette &p)
{
    return l == Health::Critical  ? toneColors(Tone::Error, p).background
           : l == Health::Warning ? toneColors(Tone::Warning, p).background
                                  : QColor();
}

void setRow(QTableWidget *t, int row, const QStringList &cells, Health level, const QString &tip)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (const QColor tone = levelColor(level, t->palette()); tone.isValid())
            item->setBackground(tone);
        item->setToolTip(tip);
        t->setItem(row, c, item);
    }
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toVariant().toString(); }
} // namespace

HostDetails::HostDetails(models::HealthTracker *tracker, QWidget *parent)
    : QWidget(parent), m_tracker(tracker), m_headline(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_drives(readOnlyTable({tr("Drive"), tr("Model"), tr("Serial"), tr("Firmware"), tr("Size"), tr("Used"), tr("Spare"), tr("Temp."),
                      tr("Media errors"), tr("Power-on h"), tr("Unsafe shutdowns"), tr("Status")}, this)),
      m_osds(readOnlyTable({tr("OSD"), tr("Device"), tr("Class"), tr("Up"), tr("In"), tr("Weight"), tr("Reweight"), tr("Use"), tr("PGs"),
                    tr("Commit latency"), tr("Status")}, this)),
      m_temps(new QChartView(this)), m_inventory(new QTreeWidget(this)), m_filter(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_fetch(new QPushButton(tr("Fetch over SSH"), this)), m_fetchStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("hostDetails"));
    m_headline->setObjectName(QStringLiteral("hostHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *nvme = new QWidget(this);
    auto *nl = new QHBoxLayout(nvme);
    nl->setContentsMargins(0, 0, 0, 0);
    nl->addWidget(m_drives, 3);
    m_temps->setMinimumSize(340, 190); // room for the time and degree labels
    m_temps->setRenderHint(QPainter::Antialiasing);
    nl->addWidget(m_temps, 1);
    m_tabs->addTab(nvme, tr("NVMe"));
    m_tabs->addTab(m_osds, tr("Ceph OSDs"));
    auto *inv = new QWidget(this);
    auto *il = new QVBoxLayout(inv);
    il->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("inventoryFilter"));
    m_filter->setPlaceholderText(tr("Search the inventory (e.g. avx512, mlx5, DIMM)"));
    m_filter->setClearButtonEnabled(true);
    il->addWidget(m_filter);
    m_inventory->setHeaderLabels({tr("Item"), tr("Value")});
    m_inventory->setColumnWidth(0, 260);
    m_inventory->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inventory->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_inventory);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (QTreeWidgetItem *i : m_inventory->selectedItems())
            lines << i->text(0) + QStringLiteral(": ") + i->text(1);
        QGuiApplication::clipboard()->setText(lines.isEmpty() ? inventoryText() : lines.join(QLatin1Char('\n')));
    });
    m_inventory->addAction(copy);
    il->addWidget(m_inventory, 1);
    m_tabs->addTab(inv, tr("Inventory"));
    auto *sshRow = new QHBoxLayout;
    m_address->setObjectName(QStringLiteral("sshAddress"));
    m_address->setPlaceholderText(tr("address[:port] of the host for SSH"));
    m_address->setMaximumWidth(240);
    m_fetch->setObjectName(QStringLiteral("fetchOverSsh"));
    m_fetch->setToolTip(tr("Run drover-agent on the host over SSH now (keys from ssh-agent or ~/.ssh, host key checked against known_hosts)"));
    m_fetchStatus->setObjectName(QStringLiteral("fetchStatus"));
    m_fetchStatus->setWordWrap(true);
    sshRow->addWidget(new QLabel(tr("SSH:"), this));
    sshRow->addWidget(m_address);
    sshRow->addWidget(m_fetch);
    sshRow->addWidget(m_fetchStatus, 1);
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (m_host.isEmpty() || m_address->text().trimmed().isEmpty())
            return;
        setFetchStatus(false, tr("Connecting to %1…").arg(m_address->text().trimmed()));
        Q_EMIT fetchRequested(m_host, m_address->text().trimmed());
    });
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(m_headline);
    lay->addLayout(sshRow);
    lay->addWidget(m_tabs, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &HostDetails::applyFilter);
    if (m_tracker)
        connect(m_tracker, &models::HealthTracker::hostChanged, this, [this](const QString &h) {
            if (h == m_host)
                refresh();
        });
    refresh();
}

void HostDetails::showHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_address->setText(m_addressFor ? m_addressFor(host) : QString());
    m_fetchStatus->clear();
    refresh();
}

void HostDetails::setFetchStatus(bool error, const QString &text)
{
    m_fetchStatus->setStyleSheet(error ? toneStyle(Tone::Error, palette()) : QString());
    m_fetchStatus->setText(text);
}

QString HostDetails::fetchStatus() const { return m_fetchStatus->text(); }

QString HostDetails::headline() const { return m_headline->text(); }

void HostDetails::setReportsForbidden(bool forbidden)
{
    if (forbidden == m_reportsForbidden)
        return;
    m_reportsForbidden = forbidden;
    refresh();
}

void HostDetails::refresh()
{
    if (m_host.isEmpty() || !m_tracker || !m_tracker->has(m_host)) {
        m_headline->setText(m_host.isEmpty()       ? tr("Select a host to see its drives, OSDs and hardware.")
                            : m_reportsForbidden ? tr("<b>%1</b> — your account may not read the agents' reports "
                                                      "(hostreports.drover.io); fetch one over SSH below.").arg(m_host)
                                                 : tr("<b>%1</b> — no agent report (is drover-agent running there?)").arg(m_host));
        m_drives->setRowCount(0);
        m_osds->setRowCount(0);
        m_inventory->clear();
        return;
    }
    const models::HostHealth h = m_tracker->host(m_host);
    if (!h.error.isEmpty()) {
        m_headline->setText(tr("<b>%1</b> — the agent's report cannot be read: %2").arg(m_host, h.error.toHtmlEscaped()));
        return;
    }
    const QString when = h.collectedAt.isValid() ? h.collectedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : tr("unknown time");
    QString text = tr("<b>%1</b> — %2 · report of %3%4").arg(m_host, models::healthText(h.level), when,
                                                             h.source == QLatin1String("SSH") ? tr(" (over SSH)") : QString());
    if (!h.problems.isEmpty())
        text += QStringLiteral("<br>") + h.problems.join(QStringLiteral("; ")).toHtmlEscaped();
    m_headline->setText(text);
    fillDrives(h);
    fillOsds(h);
    fillTemperatures(h);
    fillInventory(h);
}

void HostDetails::fillDrives(const models::HostHealth &h)
{
    m_drives->setRowCount(int(h.drives.size()));
    for (int r = 0; r < h.drives.size(); ++r) {
        const models::DriveHealth &d = h.drives[r];
        const QString status = !d.healthAvailable ? tr("no SMART data: %1").arg(d.healthReason)
                               : d.problems.isEmpty() ? tr("healthy") : d.problems.join(QStringLiteral("; "));
        setRow(m_drives, r,
               {d.name, d.model, d.serial, d.firmware, core::formatBytes(d.sizeBytes),
                d.healthAvailable ? QStringLiteral("%1 %").arg(d.percentUsed) : QString(),
                d.healthAvailable ? QStringLiteral("%1 % (≥ %2 %)").arg(d.spare).arg(d.spareThreshold) : QString(),
                d.healthAvailable ? QStringLiteral("%1 °C").arg(d.temperatureC) : QString(), QString::number(d.mediaErrors),
                QString::number(d.powerOnHours), QString::number(d.unsafeShutdowns), status},
               d.level, status);
    }
    m_drives->resizeColumnsToContents();
}

void HostDetails::fillOsds(const models::HostHealth &h)
{
    m_osds->setRowCount(int(h.osds.size()));
    for (int r = 0; r < h.osds.size(); ++r) {
        const models::OsdHealth &o = h.osds[r];
        setRow(m_osds, r,
               {QStringLiteral("osd.%1").arg(o.id), o.device, o.deviceClass, o.up ? tr("up") : tr("down"), o.in ? tr("in") : tr("out"),
                QString::number(o.crushWeight, 'f', 3), QString::number(o.reweight, 'f', 2), QStringLiteral("%1 %").arg(o.utilization, 0, 'f', 1),
                QString::number(o.pgs), o.commitLatencyMs >= 0 ? tr("%1 ms").arg(o.commitLatencyMs) : QString(),
                o.problem.isEmpty() ? tr("healthy") : o.problem},
               o.level, o.problem);
    }
    m_osds->resizeColumnsToContents();
}

void HostDetails::fillTemperatures(const models::HostHealth &h)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Drive temperatures (°C)"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss")); // the window starts at a minute: minutes alone repeat
    x->setTickCount(3);
    auto *y = new QValueAxis;
    y->setRange(20, 80);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(4);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 first = QDateTime::currentMSecsSinceEpoch(), last = first;
    for (const models::DriveHealth &d : h.drives) {
        auto *s = new QLineSeries;
        s->setName(d.name);
        s->setPointsVisible(true); // the first sample shows before there is a line
        for (const auto &[t, c] : m_tracker->temperatures(m_host, d.name)) {
            s->append(double(t), c);
            first = qMin(first, t);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(qMax(last, first + 60000)));
    QChart *old = m_temps->chart();
    applyPalette(chart, palette());
    m_temps->setChart(chart);
    delete old;
}

void HostDetails::fillInventory(const models::HostHealth &h)
{
    m_inventory->clear();
    const QJsonObject r = h.report();
    const auto group = [&](const QString &title, const QJsonObject &section) -> QTreeWidgetItem * {
        auto *g = new QTreeWidgetItem(m_inventory, {title});
        if (!section.value(QStringLiteral("available")).toBool(true))
            new QTreeWidgetItem(g, {tr("not available"), section.value(QStringLiteral("reason")).toString()});
        return g;
    };
    const auto kv = [](QTreeWidgetItem *p, const QString &k, const QString &v) { new QTreeWidgetItem(p, {k, v}); };
    const QJsonObject sys = r.value(QStringLiteral("system")).toObject();
    QTreeWidgetItem *g = group(tr("System"), sys);
    kv(g, tr("Vendor"), str(sys, "vendor"));
    kv(g, tr("Product"), str(sys, "product"));
    kv(g, tr("Serial"), str(sys, "serial"));
    const QJsonObject bios = sys.value(QStringLiteral("bios")).toObject();
    kv(g, tr("BIOS"), QStringLiteral("%1 %2 (%3)").arg(str(bios, "vendor"), str(bios, "version"), str(bios, "date")));
    const QJsonObject cpu = r.value(QStringLiteral("cpu")).toObject();
    g = group(tr("CPU"), cpu);
    kv(g, tr("Model"), str(cpu, "model"));
    kv(g, tr("Sockets / cores / threads"), QStringLiteral("%1 / %2 / %3").arg(str(cpu, "sockets"), str(cpu, "cores"), str(cpu, "threads")));
    QStringList flags;
    for (const QJsonValue &f : cpu.value(QStringLiteral("flags")).toArray())
        flags << f.toString();
    kv(g, tr("Migration-relevant flags"), flags.join(QLatin1Char(' ')));
    const QJsonObject mem = r.value(QStringLiteral("memory")).toObject();
    g = group(tr("Memory"), mem);
    kv(g, tr("Total"), core::formatBytes(qint64(mem.value(QStringLiteral("totalBytes")).toDouble())));
    for (const QJsonValue &v : mem.value(QStringLiteral("dimms")).toArray()) {
        const QJsonObject d = v.toObject();
        kv(g, str(d, "locator"), QStringLiteral("%1 %2 MT/s %3 %4").arg(core::formatBytes(qint64(d.value(QStringLiteral("sizeBytes")).toDouble())),
                                                                        str(d, "speedMTs"), str(d, "manufacturer"), str(d, "partNumber")));
    }
    const QJsonObject pci = r.value(QStringLiteral("pci")).toObject();
    g = group(tr("PCI devices"), pci);
    for (const QJsonValue &v : pci.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject d = v.toObject();
        kv(g, str(d, "address"), QStringLiteral("%1: %2 %3 [%4]").arg(str(d, "class"), str(d, "vendor"), str(d, "device"), str(d, "driver")));
    }
    const QJsonObject nics = r.value(QStringLiteral("nics")).toObject();
    g = group(tr("Network interfaces"), nics);
    for (const QJsonValue &v : nics.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject n = v.toObject();
        kv(g, str(n, "name"), QStringLiteral("%1 · %2 Mb/s · link %3 · %4").arg(str(n, "driver"), str(n, "speedMbps"), str(n, "link"), str(n, "mac")));
    }
    m_inventory->expandAll();
    applyFilter();
}

void HostDetails::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    for (int i = 0; i < m_inventory->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_inventory->topLevelItem(i);
        int shown = 0;
        for (int c = 0; c < g->childCount(); ++c) {
            QTreeWidgetItem *it = g->child(c);
            const bool match = f.isEmpty() || g->text(0).contains(f, Qt::CaseInsensitive) || it->text(0).contains(f, Qt::CaseInsensitive) ||
                               it->text(1).contains(f, Qt::CaseInsensitive);
            it->setHidden(!match);
            shown += match ? 1 : 0;
        }
        g->setHidden(shown == 0);
    }
}

QString HostDetails::inventoryText() const
{
    QStringList lines;
    for (int i = 0; i < m_inventory->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *g = m_inventory->topLevelItem(i);
        for (int c = 0; c < g->childCount(); ++c)
            if (!g->isHidden() && !g->child(c)->isHidden())
                lines << QStringLiteral("%1 › %2: %3").arg(g->text(0), g->child(c)->text(0), g->child(c)->text(1));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace drover::ui
