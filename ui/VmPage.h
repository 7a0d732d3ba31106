#pragma once
// One VM whole (issue 13, item 4): a header with its name, state and host, and tabs —
// Overview (status, host, age, run strategy, size, guest OS, hostname, time zone, the guest
// agent, addresses per interface with where they came from, logged-in users, file systems with
// their use), Disks (with their claims' and DataVolumes' state: ops::VmDiskReader), Networks, Snapshots (take, restore, delete: SnapshotsPane), Events (the VM's, its VMI's and its launcher pods', watched,
// newest first) and YAML (read-only, copyable). It follows the connection's caches
// for the VM and its VMI and asks the guest agent (ops::GuestAgentReader) when the VM is shown,
// when its VMI changes state, on Refresh, and every 30 s while visible. It renders and asks;
// nothing here changes the cluster.
#include "GuestAgentReader.h"
#include "VmDiskReader.h"
#include "VmEvents.h"
#include "VmSummary.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace drover::ops {
class ClusterConnection;
class VmActions;
}

namespace drover::ui {

class SnapshotsPane;

class VmPage : public QWidget
{
    Q_OBJECT
public:
    // actions: the window's VM actions (the Snapshots tab stops a VM before a restore with them).
    VmPage(ops::ClusterConnection *connection, ops::VmActions *actions, QWidget *parent = nullptr);

    // "" shows nothing selected.
    void showVm(const QString &key);
    QString vmKey() const { return m_key; }

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *header() const { return m_header; }
    // The Overview's value for a row label ("Host", "Guest agent", ...); empty when absent.
    QString overviewValue(const QString &label) const;
    QTableWidget *filesystems() const { return m_filesystems; }
    QTableWidget *disks() const { return m_disks; }
    QTableWidget *networks() const { return m_networks; }
    QTableWidget *events() const { return m_eventTable; }
    SnapshotsPane *snapshots() const { return m_snapshots; } // nullptr while no VM is shown
    QLabel *eventsStatus() const { return m_eventStatus; }
    // Brings the tab of that title forward ("Overview", "Disks", "Networks", "Events", "YAML").
    bool showTab(const QString &title);
    QPlainTextEdit *yaml() const { return m_yaml; }
    QPushButton *refreshButton() const { return m_refresh; }
    // What waits on the VM: "Restart required: …" or a live change under way; hidden when nothing.
    QLabel *pendingLabel() const { return m_pending; }
    QPushButton *restartButton() const { return m_restart; }
    QPushButton *copyYamlButton() const { return m_copyYaml; }
    QPushButton *editYamlButton() const { return m_editYaml; }
    // The guest agent and disk reports received (tests wait on them).
    int agentReports() const { return m_agentReports; }
    int diskReports() const { return m_diskReports; }

Q_SIGNALS:
    void agentReported();

private:
    QWidget *buildOverview();
    QWidget *buildDisks();
    QWidget *buildNetworks();
    QWidget *buildEvents();
    QWidget *buildYaml();
    void refresh();
    void readAgent(); // and the disks' claims and DataVolumes
    void onAgentReport(const ops::GuestAgentReport &report);
    void fillHeader();
    void fillPending(); // RestartRequired and live changes under way (VmPageTabs.cpp)
    void fillOverview();
    void fillAgentRows();
    void fillDisks();
    void fillNetworks();
    void fillYaml();
    void fillEvents();
    void swapSnapshots();
    void setRow(const QString &label, const QString &value, const QString &tip = {});

    ops::ClusterConnection *m_connection;
    ops::GuestAgentReader *m_reader;
    ops::VmEvents *m_eventSource;
    ops::VmDiskReader *m_diskReader;
    QHash<QString, core::DiskState> m_diskStates; // by volume: the last VmDiskReport of the shown VM
    ops::VmActions *m_actions;
    QString m_key;
    QJsonObject m_vm, m_vmi;
    ops::GuestAgentReport m_agent;
    bool m_agentKnown = false;
    QString m_vmiState; // phase + AgentConnected: a change asks the agent again
    int m_agentReports = 0;
    int m_diskReports = 0;

    QLabel *m_header = nullptr;
    QLabel *m_pending = nullptr;
    models::VmSummary m_summary; // of m_vm and m_vmi, made in refresh()
    QPushButton *m_restart = nullptr;
    QPushButton *m_editYaml = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_overview = nullptr;
    QFormLayout *m_form = nullptr;
    QTableWidget *m_filesystems = nullptr;
    QTableWidget *m_disks = nullptr;
    QTableWidget *m_networks = nullptr;
    QWidget *m_snapshotTab = nullptr;
    SnapshotsPane *m_snapshots = nullptr;
    QHash<QString, SnapshotsPane *> m_parked; // panes of VMs no longer shown whose workflow still runs
    QLabel *m_eventStatus = nullptr;
    QTableWidget *m_eventTable = nullptr;
    QComboBox *m_yamlKind = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QPushButton *m_copyYaml = nullptr;
    QTimer *m_agentTimer = nullptr;
};

} // namespace drover::ui
