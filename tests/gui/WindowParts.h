#pragma once
// The main window's parts as the tests reach them: by type or object name, as a user sees them
// (the window has no getters for tests). A part that is not there ends the test with its name.
#include "ChartsPanel.h"
#include "ConfigErrorPage.h"
#include "DialogPrompter.h"
#include "HostDetails.h"
#include "HostMap.h"
#include "HostPane.h"
#include "MainWindow.h"
#include "MaintenanceDialog.h"
#include "MaintenancePanel.h"
#include "MessageBanner.h"
#include "MigrationDrop.h"
#include "MigrationPanel.h"
#include "ObjectCache.h"
#include "PlanPanel.h"
#include "SchedulesPanel.h"
#include "VmActionSet.h"
#include "VmFilterProxy.h"
#include "VmGroupProxy.h"
#include "VmPage.h"
#include "VmPane.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace drover::parts {

// The window's one T (named name when given); fatal when missing.
template <typename T>
T *part(const ui::MainWindow &w, const char *name = nullptr)
{
    T *p = name ? w.findChild<T *>(QLatin1String(name)) : w.findChild<T *>();
    if (!p)
        qFatal("the main window has no %s %s", T::staticMetaObject.className(), name ? name : "");
    return p;
}

// One part per line, read as a table:
// clang-format off
inline ui::VmPane *vmPane(const ui::MainWindow &w) { return part<ui::VmPane>(w); }
inline ui::HostPane *hostPane(const ui::MainWindow &w) { return part<ui::HostPane>(w); }
inline ops::ClusterConnection *connection(const ui::MainWindow &w) { return w.connection(); }
inline models::VmTableModel *vmModel(const ui::MainWindow &w) { return part<models::VmTableModel>(w, "vmModel"); }
inline models::HostTreeModel *hostModel(const ui::MainWindow &w) { return part<models::HostTreeModel>(w, "hostModel"); }
inline models::VmFilterProxy *vmProxy(const ui::MainWindow &w) { return vmPane(w)->proxy(); }
inline models::VmGroupProxy *vmGroups(const ui::MainWindow &w) { return vmPane(w)->groups(); }
inline QModelIndex tableIndexOf(const ui::MainWindow &w, const QString &key, int column = 0) { return vmPane(w)->indexOf(key, column); }
inline QTableView *vmTable(const ui::MainWindow &w) { return vmPane(w)->table(); }
inline QTreeView *hostTree(const ui::MainWindow &w) { return hostPane(w)->tree(); }
inline ui::HostMap *hostMap(const ui::MainWindow &w) { return hostPane(w)->map(); }
inline QLineEdit *filterEdit(const ui::MainWindow &w) { return part<QLineEdit>(w, "vmFilter"); }
inline QMenu *columnMenu(const ui::MainWindow &w) { return vmPane(w)->columnMenu(); }
inline QAction *vmAction(const ui::MainWindow &w, models::VmAction a) { return part<ui::VmActionSet>(w)->action(a); }
// What answers the window's questions: setAnswer(id, yes) is "Do not ask again in this session"
// (ids: "migrate.confirm", "ssh.hostKey", ...).
inline ui::DialogPrompter *prompter(const ui::MainWindow &w) { return part<ui::DialogPrompter>(w, "dialogPrompter"); }
// The VMs the VM actions and menu apply to: the selection of the view the user touched last.
inline QStringList targets(const ui::MainWindow &w) { return part<ui::VmActionSet>(w)->targets(); }
inline ui::MessageBanner *actionBanner(const ui::MainWindow &w) { return part<ui::MessageBanner>(w, "actionBanner"); }
inline ui::MessageBanner *connectionBanner(const ui::MainWindow &w) { return part<ui::MessageBanner>(w, "connectionBanner"); }
inline ui::MessageBanner *storageBanner(const ui::MainWindow &w) { return part<ui::MessageBanner>(w, "storageBanner"); }
inline ui::ConfigErrorPage *configErrorPage(const ui::MainWindow &w) { return part<ui::ConfigErrorPage>(w); }
// True while the window shows why there is nothing to connect to: the error page is in front.
inline bool showsConfigError(const ui::MainWindow &w)
{
    ui::ConfigErrorPage *page = configErrorPage(w);
    const auto *stack = qobject_cast<QStackedWidget *>(page->parentWidget());
    return stack && stack->currentWidget() == page;
}

inline QAction *newVmAction(const ui::MainWindow &w) { return part<QAction>(w, "newVmAction"); }
inline QAction *editVmAction(const ui::MainWindow &w) { return part<QAction>(w, "editVmAction"); }
inline QAction *snapshotsAction(const ui::MainWindow &w) { return part<QAction>(w, "snapshotsAction"); }
inline QAction *deleteAction(const ui::MainWindow &w) { return part<QAction>(w, "deleteVmAction"); }
inline QAction *cloneAction(const ui::MainWindow &w) { return part<QAction>(w, "cloneVmAction"); }
inline QAction *consoleAction(const ui::MainWindow &w) { return part<QAction>(w, "consoleAction"); }
inline QAction *vmDetailsAction(const ui::MainWindow &w) { return part<QAction>(w, "vmDetailsAction"); }
inline QAction *scheduleAction(const ui::MainWindow &w) { return part<QAction>(w, "scheduleAction"); }
inline QAction *enterMaintenanceAction(const ui::MainWindow &w) { return part<QAction>(w, "enterMaintenanceAction"); }

inline ops::VmActions *vmActions(const ui::MainWindow &w) { return part<ops::VmActions>(w); }
inline ops::Migrations *migrations(const ui::MainWindow &w) { return part<ops::Migrations>(w); }
inline QList<reconcile::Move> migrationQueue(const ui::MainWindow &w) { return migrations(w)->queue(); }
inline void clearMigrationQueue(const ui::MainWindow &w) { migrations(w)->clearQueue(); }
inline ui::MigrationDrop *migrationDrop(const ui::MainWindow &w) { return part<ui::MigrationDrop>(w, "treeDrop"); }
inline ui::MigrationDrop *mapDrop(const ui::MainWindow &w) { return part<ui::MigrationDrop>(w, "mapDrop"); }
inline ui::MigrationPanel *migrationPanel(const ui::MainWindow &w) { return part<ui::MigrationPanel>(w); }
inline QDockWidget *migrationDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "migrationDock"); }

inline ui::VmPage *vmPage(const ui::MainWindow &w) { return part<ui::VmPage>(w); }
inline QDockWidget *vmDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "vmDock"); }
inline models::SshTunnels *sshTunnels(const ui::MainWindow &w) { return part<models::SshTunnels>(w); }
inline models::ThumbnailCache *thumbnails(const ui::MainWindow &w) { return part<models::ThumbnailCache>(w); }
inline ui::HostDetails *hostDetails(const ui::MainWindow &w) { return part<ui::HostDetails>(w); }
inline QDockWidget *hostDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "hostDock"); }
inline models::HealthTracker *health(const ui::MainWindow &w) { return part<models::HealthTracker>(w); }
inline models::AgentFetcher *agentFetcher(const ui::MainWindow &w) { return part<models::AgentFetcher>(w); }
inline ui::ChartsPanel *chartsPanel(const ui::MainWindow &w) { return part<ui::ChartsPanel>(w); }
inline QDockWidget *chartsDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "chartsDock"); }
inline models::MetricsHistory *metrics(const ui::MainWindow &w) { return part<models::MetricsHistory>(w); }

inline ops::Maintenance *maintenance(const ui::MainWindow &w) { return part<ops::Maintenance>(w); }
inline ui::MaintenancePanel *maintenancePanel(const ui::MainWindow &w) { return part<ui::MaintenancePanel>(w); }
inline QDockWidget *maintenanceDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "maintenanceDock"); }
// The open preflight dialog, if any (a closed one deletes itself).
inline ui::MaintenanceDialog *maintenanceDialog(const ui::MainWindow &w) { return w.findChild<ui::MaintenanceDialog *>(); }
inline ops::Schedules *schedules(const ui::MainWindow &w) { return part<ops::Schedules>(w); }
inline ui::SchedulesPanel *schedulesPanel(const ui::MainWindow &w) { return part<ui::SchedulesPanel>(w); }
inline QDockWidget *schedulesDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "schedulesDock"); }
inline ops::IntentPlans *intentPlans(const ui::MainWindow &w) { return part<ops::IntentPlans>(w); }
inline ui::PlanPanel *planPanel(const ui::MainWindow &w) { return part<ui::PlanPanel>(w); }
inline QDockWidget *planDock(const ui::MainWindow &w) { return part<QDockWidget>(w, "planDock"); }

// clang-format on

// True once the host tree holds every Node the connection has listed. The tree takes a cache's
// batch on a later turn of the event loop, so a connection that says Synced can be a turn ahead
// of it (a loaded machine shows that: a host selected right after Synced was not there yet).
inline bool hostsShown(const ui::MainWindow &w)
{
    const kube::ObjectCache *nodes = w.connection()->nodes();
    const QStringList names = nodes ? nodes->keys() : QStringList();
    return nodes && nodes->synced() && !names.isEmpty() &&
           std::all_of(names.cbegin(), names.cend(), [&w](const QString &n) { return hostModel(w)->hostIndex(n).isValid(); });
}

} // namespace drover::parts

// Reachable as parts:: from tests at any scope.
namespace parts = drover::parts;
