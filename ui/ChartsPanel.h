#pragma once
// The charts dock: VMs on hosts over time; vCPU and memory allocation of the selected host (or
// the whole cluster); and a migration's transfer rate and remaining data, live. Fed by
// models::MetricsHistory; redraws only the chart whose data changed.
#include "MetricsHistory.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace drover::ui {

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(models::MetricsHistory *history, QWidget *parent = nullptr);

    // Empty: the cluster's totals.
    void showHost(const QString &name);
    // Empty: follow the migration that changed last.
    void showMigration(const QString &key);
    // Forget the selection and the drawn points (another cluster).
    void reset();

    QString host() const { return m_host; }
    QString migration() const;
    QLineSeries *vmSeries() const { return m_vms; }
    QLineSeries *cpuSeries() const { return m_cpu; }
    QLineSeries *memorySeries() const { return m_memory; }
    QLineSeries *rateSeries() const { return m_rate; }
    QLineSeries *remainingSeries() const { return m_remaining; }
    QChart *allocationChart() const;
    QChart *migrationChart() const;

protected:
    void changeEvent(QEvent *e) override; // light or dark: the charts follow

private:
    void redrawCluster();
    void redrawMigration();
    QChartView *makeView(QChart *chart);

    QPointer<models::MetricsHistory> m_history;
    QString m_host, m_migration;
    QChartView *m_vmView = nullptr, *m_allocView = nullptr, *m_migView = nullptr;
    QLineSeries *m_vms, *m_cpu, *m_memory, *m_rate, *m_remaining;
    QDateTimeAxis *m_vmTime, *m_allocTime, *m_migTime;
    QValueAxis *m_vmAxis, *m_allocAxis, *m_rateAxis, *m_remainingAxis;
};

} // namespace drover::ui
