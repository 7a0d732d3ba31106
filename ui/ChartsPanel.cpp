#include "ChartsPanel.h"
#include "Appearance.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace drover::ui {

namespace {
constexpr double kMiB = 1024.0 * 1024.0;

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    return chart;
}

QDateTimeAxis *timeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("HH:mm:ss"));
    axis->setTickCount(4);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const QString &title, Qt::Alignment side)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickCount(5);
    chart->addAxis(axis, side);
    return axis;
}

QLineSeries *addSeries(QChart *chart, const QString &name, const QColor &color, QAbstractAxis *x, QAbstractAxis *y)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    s->setPen(pen);
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    return s;
}

// A time range that shows at least a minute, so a new chart is not one squeezed point.
void setTimeRange(QDateTimeAxis *axis, qint64 first, qint64 last)
{
    if (last - first < 60000)
        last = first + 60000;
    axis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
}

double niceMax(double v, double floor)
{
    return qMax(floor, std::ceil(v * 1.15));
}
} // namespace

ChartsPanel::ChartsPanel(models::MetricsHistory *history, QWidget *parent) : QWidget(parent), m_history(history)
{
    QChart *vmChart = newChart(tr("VMs on hosts"));
    m_vmTime = timeAxis(vmChart);
    m_vmAxis = valueAxis(vmChart, tr("VMs"), Qt::AlignLeft);
    m_vms = addSeries(vmChart, tr("running"), QColor(0x2a, 0x7a, 0xd2), m_vmTime, m_vmAxis);
    vmChart->legend()->hide();

    QChart *alloc = newChart(tr("Allocation — cluster"));
    m_allocTime = timeAxis(alloc);
    m_allocAxis = valueAxis(alloc, tr("%"), Qt::AlignLeft);
    m_cpu = addSeries(alloc, tr("vCPU"), QColor(0x3b, 0x9c, 0x4b), m_allocTime, m_allocAxis);
    m_memory = addSeries(alloc, tr("memory"), QColor(0x8e, 0x4c, 0xc2), m_allocTime, m_allocAxis);

    QChart *mig = newChart(tr("Migration — none yet"));
    m_migTime = timeAxis(mig);
    m_rateAxis = valueAxis(mig, tr("MiB/s"), Qt::AlignLeft);
    m_remainingAxis = valueAxis(mig, tr("MiB left"), Qt::AlignRight);
    m_rate = addSeries(mig, tr("transfer rate"), QColor(0xd2, 0x7a, 0x1a), m_migTime, m_rateAxis);
    m_remaining = addSeries(mig, tr("remaining"), QColor(0x55, 0x5f, 0x6b), m_migTime, m_remainingAxis);

    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(2);
    m_vmView = makeView(vmChart);
    m_allocView = makeView(alloc);
    m_migView = makeView(mig);
    for (QChartView *v : {m_vmView, m_allocView, m_migView})
        lay->addWidget(v, 1);

    if (m_history) {
        connect(m_history, &models::MetricsHistory::sampled, this, &ChartsPanel::redrawCluster);
        connect(m_history, &models::MetricsHistory::transferChanged, this, [this](const QString &key) {
            if (m_migration.isEmpty() || key == m_migration)
                redrawMigration();
        });
    }
    redrawCluster();
    redrawMigration();
}

void ChartsPanel::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        for (QChartView *v : {m_vmView, m_allocView, m_migView})
            if (v)
                applyPalette(v->chart(), palette());
}

QChartView *ChartsPanel::makeView(QChart *chart)
{
    applyPalette(chart, palette());
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 190);
    return view;
}

QChart *ChartsPanel::allocationChart() const { return m_allocView->chart(); }
QChart *ChartsPanel::migrationChart() const { return m_migView->chart(); }

QString ChartsPanel::migration() const
{
    return !m_migration.isEmpty() || !m_history ? m_migration : m_history->latestMigration();
}

void ChartsPanel::showHost(const QString &name)
{
    m_host = name;
    redrawCluster();
}

void ChartsPanel::showMigration(const QString &key)
{
    m_migration = key;
    redrawMigration();
}

void ChartsPanel::reset()
{
    m_host.clear();
    m_migration.clear();
    redrawCluster();
    redrawMigration();
}

void ChartsPanel::redrawCluster()
{
    QList<QPointF> vms, cpu, mem;
    qint64 first = QDateTime::currentMSecsSinceEpoch(), last = first;
    double maxVms = 0, maxPct = 0;
    if (m_history) {
        const auto &cluster = m_history->cluster();
        for (const auto &s : cluster) {
            vms.append(QPointF(double(s.msecs), s.vmsOnHosts));
            maxVms = qMax(maxVms, double(s.vmsOnHosts));
        }
        auto addAlloc = [&](qint64 t, double c, double m) {
            cpu.append(QPointF(double(t), c * 100));
            mem.append(QPointF(double(t), m * 100));
            maxPct = qMax(maxPct, qMax(c, m) * 100);
        };
        if (m_host.isEmpty()) {
            for (const auto &s : cluster)
                addAlloc(s.msecs, s.cpu, s.memory);
        } else {
            for (const auto &s : m_history->host(m_host))
                addAlloc(s.msecs, s.cpu, s.memory);
        }
        if (!cluster.empty()) {
            first = cluster.front().msecs;
            last = cluster.back().msecs;
        }
    }
    m_vms->replace(vms);
    m_cpu->replace(cpu);
    m_memory->replace(mem);
    setTimeRange(m_vmTime, first, last);
    setTimeRange(m_allocTime, first, last);
    m_vmAxis->setRange(0, niceMax(maxVms, 4));
    m_vmAxis->applyNiceNumbers();
    m_allocAxis->setRange(0, qMax(100.0, niceMax(maxPct, 100)));
    m_allocAxis->applyNiceNumbers();
    m_allocView->chart()->setTitle(m_host.isEmpty() ? tr("Allocation — cluster") : tr("Allocation — %1").arg(m_host));
}

void ChartsPanel::redrawMigration()
{
    const QString key = migration();
    QList<QPointF> rate, remaining;
    double maxRate = 0, maxRemaining = 0;
    qint64 first = QDateTime::currentMSecsSinceEpoch(), last = first;
    if (m_history && !key.isEmpty()) {
        const auto series = m_history->transfer(key);
        for (const auto &s : series) {
            rate.append(QPointF(double(s.msecs), s.bytesPerSecond / kMiB));
            remaining.append(QPointF(double(s.msecs), s.remainingBytes / kMiB));
            maxRate = qMax(maxRate, s.bytesPerSecond / kMiB);
            maxRemaining = qMax(maxRemaining, s.remainingBytes / kMiB);
        }
        if (!series.empty()) {
            first = series.front().msecs;
            last = series.back().msecs;
        }
    }
    m_rate->replace(rate);
    m_remaining->replace(remaining);
    // A migration takes seconds: a 20 s window keeps its shape readable.
    m_migTime->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(qMax(last, first + 20000)));
    m_rateAxis->setRange(0, niceMax(maxRate, 10));
    m_remainingAxis->setRange(0, niceMax(maxRemaining, 10));
    m_rateAxis->applyNiceNumbers();
    m_remainingAxis->applyNiceNumbers();
    m_migView->chart()->setTitle(key.isEmpty() ? tr("Migration — none yet") : tr("Migration of %1").arg(m_history->transferVm(key)));
}

} // namespace drover::ui
