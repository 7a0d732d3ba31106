#pragma once
// Drover's main window: host tree on the left, filterable VM table in the centre, lifecycle
// actions in the toolbar/menus/context menus, connection state and action results in the
// status bar and a non-modal banner, recent tasks at the bottom. Without a usable kubeconfig
// it shows the loader's error and lets the user open another file.
#include "ClusterConnection.h"
#include "HostTreeModel.h"
#include "MetricsHistory.h"
#include "ThumbnailCache.h"
#include "HealthTracker.h"
#include "IntentPlans.h"
#include "AgentFetcher.h"
#include "SshTunnels.h"
#include "Maintenance.h"
#include "Migrations.h"
#include "Schedules.h"
#include "VmActions.h"
#include "VmTableModel.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QTimer;

namespace drover::console {
struct KubeVirtEndpoint;
}

namespace drover::ui {

class ConfigErrorPage;
class DialogPrompter;
class ConnectionIndicator;
class MessageBanner;
class TaskLog;
class VmActionSet;
class MigrationPanel;
class SnapshotDialog;
class VmCloneDialog;
class NewVmDialog;
class VmEditDialog;
class VmDeleteDialog;
class VmPage;
class ChartsPanel;
struct ConsoleWindows;
class HostDetails;
class MaintenanceDialog;
class MaintenancePanel;
class SchedulesPanel;
class ScheduleDialog;
class PlanPanel;
class HostPane;
class VmPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Load kubeconfig files (empty: $KUBECONFIG or ~/.kube/config) and connect to a context
    // (empty: the current one). False when it failed; the window then shows why.
    bool openKubeconfig(const QStringList &files = {}, const QString &context = {});
    // Switch to another context of the loaded kubeconfig.
    bool switchContext(const QString &context);
    // Run an action on VMs by key ("ns/name") as the toolbar would, without asking and without
    // the enabled-state rules (the cluster has the last word).
    void runVmAction(models::VmAction action, const QStringList &keys);

    // The cluster the window shows (main.cpp's startup trace and status follow it).
    ops::ClusterConnection *connection() const { return m_connection; }
    // The banner over the VM table that says how actions went (main.cpp shows startup notes in it).
    MessageBanner *actionBanner() const { return m_actionBanner; }
    // Show a problem that leaves nothing to connect to (e.g. the demo cluster did not start).
    // While connected, it goes to the banner instead and the console stays.
    void showConfigError(const QString &title, const QString &detail);
    // The host the Host menu acts on: the map's current tile when the map shows, else the tree's
    // current host (or the host of its current VM).
    QString currentHost() const;

    // What the menus do, callable as they call it (the parts are the window's own: tests reach
    // them as a user sees them, by their object names — tests/gui/WindowParts.h).
    // Live-migrate VMs to host (empty: the best host), as a drop on the tree does: ops::Migrations
    // plans, asks (a dialog, unless turned off), creates and follows; the window shows the outcome.
    void migrateVms(const QStringList &keys, const QString &host);
    // The snapshots of one VM (take, restore, delete) in their own window.
    SnapshotDialog *openSnapshots(const QString &key);
    // VM ▸ Delete… (Del): the delete dialog for keys, window-modal.
    VmDeleteDialog *openDelete(const QStringList &keys);
    // VM ▸ Clone… (Ctrl+Shift+D): the clone dialog for one VM, window-modal.
    VmCloneDialog *openClone(const QString &key);
    // VM ▸ New VM… (Ctrl+N): the New VM dialog, window-modal, in the selected VM's namespace.
    NewVmDialog *openNewVm();
    // VM ▸ Edit… (Ctrl+E): one dialog per VM, raised when open already.
    VmEditDialog *openEditVm(const QString &key);
    // The graphical (VNC) or serial console of a running VM, each in its own window; one per VM.
    // Each a ConsoleWindow / SerialConsoleWindow of the console module (ConsoleWindows.h); nullptr
    // when there is no cluster, or the module cannot load (the action banner then says why).
    QWidget *openConsole(const QString &key);
    QWidget *openSerialConsole(const QString &key);
    // A console straight to a hypervisor's VNC or SPICE server ("VNC" / "SPICE"). With
    // `sshVia` ("[user@]host[:port]"), VNC goes through an SSH tunnel from that host, and
    // host:port are as that host sees them.
    QWidget *openDirectConsole(const QString &protocol, const QString &host, quint16 port, const QString &password = {},
                               const QString &sshVia = {});
    // View ▸ Screen Thumbnails: live screens in the VM table and on the map (only those on screen).
    void setThumbnailsShown(bool on);
    // Host maintenance (MainWindowMaintenance.cpp): the preflight dialog for a host, then
    // ops::Maintenance drains it; the Maintenance panel shows progress.
    void enterMaintenance(const QString &host);
    void leaveMaintenance(const QString &host);
    // VM ▸ Snapshot Schedule…: droverd's schedule for one VM (MainWindowSchedules.cpp).
    ScheduleDialog *openScheduleFor(const QString &vmKey);
    // Window geometry, docks, splitter, columns and appearance between runs (MainWindowLayout.cpp).
    // main.cpp restores them at start and saves them on quit; tests leave the user's alone.
    void saveLayout(QSettings &s) const;
    void restoreLayout(const QSettings &s);
    void resetLayout(); // View ▸ Reset Layout: docks, splitter and columns as on first start
    // Help ▸ About: Drover's version and the Qt and libraries it runs on.
    static QList<QPair<QString, QString>> libraryVersions();

private:
    void buildMaintenance();
    void buildSchedules();
    void buildPlan();
    void updateHostActions();
    // MainWindowAccess.cpp: what the account may do and see.
    void buildAccess();
    void onSourcesChanged();
    void applyAccess(const QList<models::VmSummary> &selected);
    void applyHostAccess();
    void buildMenusAndToolbar();
    void buildHelpMenu(); // MainWindowHelp.cpp
    void buildLayoutMenu(); // MainWindowLayout.cpp
    void onHostSelection(const QStringList &keys);
    void onHostFocused(const QString &host);
    void showHostDetails(const QString &host);
    void showAbout();
    QWidget *buildConsole();
    void buildStatusBar();
    void buildCharts();
    void buildConsoleActions(QMenu *vmMenu);
    void buildDeleteAction(QMenu *vmMenu); // VM ▸ Delete… (MainWindowVm.cpp)
    void buildCloneAction(QMenu *vmMenu);  // VM ▸ Clone… (MainWindowVm.cpp)
    void buildNewVmAction(QMenu *vmMenu);  // VM ▸ New VM…, Edit… (MainWindowNewVm.cpp)
    void revealVm(const QString &key);     // select it once listed, and show its page
    void buildVmPage(QMenu *vmMenu, QMenu *viewMenu); // the VM page dock and VM ▸ Details (MainWindowVmPage.cpp)
    void syncVmPage(); // the page shows the one selected VM (nothing for none or several)
    void gateAction(QAction *action, const QStringList &namespaces, kube::ResourceAttributes (*permission)(const QString &),
                    QString (*text)(const QString &));
    void askDirectConsole();
    const ConsoleWindows *consoleModule(); // loaded, or nullptr with the banner saying why
    using KubeVirtConsoleMaker = QWidget *(*ConsoleWindows::*)(QWidget *, const QString &, const console::KubeVirtEndpoint &);
    QWidget *openKubeVirtConsole(const char *kind, const QString &key, KubeVirtConsoleMaker make);
    void buildThumbnails(QMenu *viewMenu);
    void buildHostDetails();
    void buildAgentFetch();
    ssh::SshPrompts sshPrompts();
    void requestVisibleThumbnails();
    void chooseKubeconfig();
    void rebindModels();
    void onConnectionState(ops::ClusterConnection::State state, const QString &detail);
    void updateTitle();
    void updateCounts();
    void watchCounts();
    void setTargets(const QStringList &keys);
    void updateActionState();
    void onActionTriggered(models::VmAction action);
    void onActionStarted(const ops::ActionRequest &request);
    void onActionFinished(const ops::ActionResult &result);
    void showVmMenu(QWidget *view, const QPoint &globalPos);
    // A bottom dock around panel, closable, tabbed with tabWith.
    QDockWidget *dockPanel(QWidget *panel, const QString &title, const char *name, QDockWidget *tabWith);
    void buildMigrations();
    void onMigrationBatch(const ops::MigrationBatch &batch);
    void onMigrationFinished(const ops::MigrationResult &result);

    struct DefaultLayout
    {
        QByteArray state, splitter, vmColumns, hostColumns;
    } m_defaultLayout;
    ops::ClusterConnection *m_connection;
    ops::VmActions *m_runner;
    DialogPrompter *m_prompter; // child: asks ops' questions and the window's own
    ops::Migrations *m_migrations;
    models::VmTableModel *m_vmModel;
    models::HostTreeModel *m_hostModel;
    HostPane *m_hostPane = nullptr;
    VmPane *m_vmPane = nullptr;
    std::optional<kube::Kubeconfig> m_config;
    QStringList m_configFiles;
    ops::ClusterConnection::State m_lastState = ops::ClusterConnection::State::Closed;

    QStackedWidget *m_stack = nullptr;
    ConfigErrorPage *m_errorPage = nullptr;
    QLabel *m_totalsLabel = nullptr;
    MessageBanner *m_connBanner = nullptr;
    MessageBanner *m_actionBanner = nullptr;
    VmActionSet *m_actions = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QAction *m_contextComboAction = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QWidget *m_insecure = nullptr;
    TaskLog *m_taskLog = nullptr;
    QDockWidget *m_taskDock = nullptr;
    QAction *m_snapshotsAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_newVmAction = nullptr;
    QAction *m_editVmAction = nullptr;
    VmPage *m_vmPage = nullptr;
    QDockWidget *m_vmDock = nullptr;
    QAction *m_vmDetailsAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_serialAction = nullptr;
    models::ThumbnailCache *m_thumbs = nullptr;
    QAction *m_thumbAction = nullptr;
    QTimer *m_thumbTimer = nullptr;
    models::HealthTracker *m_health = nullptr;
    HostDetails *m_hostDetails = nullptr;
    QDockWidget *m_hostDock = nullptr;
    QLabel *m_cephLabel = nullptr;
    MessageBanner *m_storageBanner = nullptr;
    models::AgentFetcher *m_fetcher = nullptr;
    models::SshTunnels *m_tunnels = nullptr;
    MigrationPanel *m_migrationPanel = nullptr;
    QDockWidget *m_migrationDock = nullptr;
    models::MetricsHistory *m_metrics = nullptr;
    ChartsPanel *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ops::AgentCephGate *m_agentGate = nullptr;
    ops::AutoCephGate *m_cephGate = nullptr;
    ops::Maintenance *m_maintenance = nullptr;
    MaintenancePanel *m_maintenancePanel = nullptr;
    QDockWidget *m_maintenanceDock = nullptr;
    QAction *m_enterMaintenanceAction = nullptr;
    ops::Schedules *m_schedules = nullptr;
    SchedulesPanel *m_schedulesPanel = nullptr;
    QDockWidget *m_schedulesDock = nullptr;
    QAction *m_scheduleAction = nullptr;
    ops::IntentPlans *m_intentPlans = nullptr;
    PlanPanel *m_planPanel = nullptr;
    QDockWidget *m_planDock = nullptr;
    QAction *m_leaveMaintenanceAction = nullptr;
    QAction *m_cordonAction = nullptr;
    QAction *m_uncordonAction = nullptr;
    QLabel *m_scopeLabel = nullptr; // "Namespace team-a" when the VM list is one namespace's
    QTimer *m_refresh = nullptr; // coalesces action-state and count updates per event-loop turn
    int m_countedRunning = 0;    // the VMI count the status bar shows
};

} // namespace drover::ui
