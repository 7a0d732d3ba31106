#pragma once
// One host as its node agent sees it: a headline with its health and what is wrong; NVMe drives
// with SMART wear, spare, temperature and errors (cells coloured by the thresholds) beside a
// chart of their temperatures; its Ceph OSDs (up/in, weight, use, PGs, latency); and the
// hardware inventory (system, CPUs, DIMMs, PCI, NICs) grouped, searchable and copyable.
#include "HealthTracker.h"

#include <QPointer>
#include <functional>
#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace drover::ui {

class HostDetails : public QWidget
{
    Q_OBJECT
public:
    explicit HostDetails(models::HealthTracker *tracker, QWidget *parent = nullptr);
    void showHost(const QString &host);
    QString host() const { return m_host; }
    QString headline() const;
    QTableWidget *drives() const { return m_drives; }
    QTableWidget *osds() const { return m_osds; }
    QTreeWidget *inventory() const { return m_inventory; }
    QLineEdit *inventoryFilter() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    // The inventory rows that pass the filter, as "Group › Item: value" lines.
    QString inventoryText() const;
    // Where to reach a host's agent over SSH ("address" or "address:port"), by default.
    void setAddressProvider(std::function<QString(const QString &host)> f) { m_addressFor = std::move(f); }
    QLineEdit *sshAddress() const { return m_address; }
    QPushButton *fetchButton() const { return m_fetch; }
    void setFetchStatus(bool error, const QString &text);
    // The account may not read HostReports: a host without a report says so (not "is the agent running?").
    void setReportsForbidden(bool forbidden);
    QString fetchStatus() const;

Q_SIGNALS:
    // The user asked to run the agent on host over SSH at address.
    void fetchRequested(const QString &host, const QString &address);

private:
    void refresh();
    void fillDrives(const models::HostHealth &h);
    void fillOsds(const models::HostHealth &h);
    void fillInventory(const models::HostHealth &h);
    void fillTemperatures(const models::HostHealth &h);
    void applyFilter();

    QPointer<models::HealthTracker> m_tracker;
    QString m_host;
    bool m_reportsForbidden = false;
    QLabel *m_headline;
    QTabWidget *m_tabs;
    QTableWidget *m_drives, *m_osds;
    QChartView *m_temps;
    QTreeWidget *m_inventory;
    QLineEdit *m_filter;
    QLineEdit *m_address;
    QPushButton *m_fetch;
    QLabel *m_fetchStatus;
    std::function<QString(const QString &)> m_addressFor;
};

} // namespace drover::ui
