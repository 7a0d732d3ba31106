#include "MainWindow.h"
#include "ChartsPanel.h"
#include "HostMap.h"
#include "HostPane.h"
#include "VmFilterProxy.h"
#include "VmPane.h"
#include "HostDetails.h"

#include "ConfigErrorPage.h"
#include "ConnectionIndicator.h"
#include "ConsoleDelegate.h"
#include "DialogPrompter.h"
#include "Icons.h"
#include "MessageBanner.h"
#include "MigrationPanel.h"
#include "SnapshotDialog.h"
#include "TaskLog.h"
#include "VmActionSet.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace drover::ui {

using ops::ClusterConnection;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_connection(new ClusterConnection(this)), m_runner(new ops::VmActions(m_connection, this)),
      m_prompter(new DialogPrompter(this)), m_migrations(new ops::Migrations(m_connection, m_prompter, this)),
      m_vmModel(new models::VmTableModel(nullptr, nullptr, this)),
      m_hostModel(new models::HostTreeModel(nullptr, nullptr, nullptr, this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(Glyph::App));
    resize(1440, 860);
    m_vmModel->setObjectName(QStringLiteral("vmModel"));
    m_hostModel->setObjectName(QStringLiteral("hostModel"));
    // One summary per VM for the table and the tree (VmSummaryStore.h).
    const auto summaries = std::make_shared<models::VmSummaryStore>();
    m_vmModel->setSummaryStore(summaries);
    m_hostModel->setSummaryStore(summaries);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        updateActionState();
        updateCounts();
    });

    m_actions = new VmActionSet(this);
    connect(m_actions, &VmActionSet::triggered, this, &MainWindow::onActionTriggered);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildConsole());
    m_errorPage = new ConfigErrorPage(m_stack);
    m_stack->addWidget(m_errorPage);
    setCentralWidget(m_stack);
    connect(m_errorPage, &ConfigErrorPage::openRequested, this, &MainWindow::chooseKubeconfig);
    connect(m_errorPage, &ConfigErrorPage::retryRequested, this, [this] { openKubeconfig(m_configFiles); });

    buildMenusAndToolbar();
    buildMaintenance();
    buildSchedules();
    buildPlan();
    buildStatusBar();
    buildAccess();
    buildHelpMenu();
    buildLayoutMenu();

    connect(m_connection, &ClusterConnection::cachesReplaced, this, &MainWindow::rebindModels);
    connect(m_connection, &ClusterConnection::stateChanged, this, &MainWindow::onConnectionState);
    connect(m_runner, &ops::VmActions::started, this, &MainWindow::onActionStarted);
    connect(m_runner, &ops::VmActions::finished, this, &MainWindow::onActionFinished);
    auto schedule = [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    };
    connect(m_vmModel, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_vmModel, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_vmModel, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_vmModel, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_vmPane->proxy(), &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_vmPane->proxy(), &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_vmPane->proxy(), &QAbstractItemModel::layoutChanged, this, schedule);
    watchCounts();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views first: the models they show go with the connection's caches.
    m_vmPane->table()->setModel(nullptr);
    m_hostPane->tree()->setModel(nullptr);
    // The models empty themselves as the connection's caches go: nothing left to count.
    for (QObject *counted : std::initializer_list<QObject *>{m_vmModel, m_vmPane->proxy(), m_hostModel, m_connection})
        counted->disconnect(this);
    if (m_connection->vmis())
        m_connection->vmis()->disconnect(this);
}

void MainWindow::buildMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Kubeconfig…"), this, &MainWindow::chooseKubeconfig);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to a &Console…"), this, &MainWindow::askDirectConsole)->setObjectName(QStringLiteral("directConsoleAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // not QKeySequence::Quit: some platforms map it to nothing

    QMenu *vm = menuBar()->addMenu(tr("&VM"));
    vm->setObjectName(QStringLiteral("vmMenu"));
    vm->addActions(m_actions->actions());
    vm->insertSeparator(m_actions->action(models::VmAction::ForceStop));

    vm->addSeparator();
    m_snapshotsAction = vm->addAction(tr("&Snapshots…"), this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openSnapshots(t.first());
    });
    m_snapshotsAction->setObjectName(QStringLiteral("snapshotsAction"));
    m_snapshotsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)); // Ctrl+Shift+S is Start
    m_snapshotsAction->setEnabled(false);
    buildCloneAction(vm);
    buildDeleteAction(vm);
    buildNewVmAction(vm);
    buildConsoleActions(vm);
    QMenu *view = menuBar()->addMenu(tr("V&iew"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *find = view->addAction(tr("&Filter VMs"), this, [this] { m_vmPane->focusFilter(); });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    addAction(find);
    m_vmPane->addGroupMenu(view);
    view->addAction(m_taskDock->toggleViewAction());
    view->addAction(m_migrationDock->toggleViewAction());
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_hostDock->toggleViewAction());
    buildVmPage(vm, view);
    view->addSeparator();
    buildThumbnails(view);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setMovable(false);
    tb->setIconSize(QSize(20, 20));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_contextCombo = new QComboBox(tb);
    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    m_contextCombo->setToolTip(tr("Kubeconfig context: which cluster and user"));
    m_contextCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextComboAction = tb->addWidget(m_contextCombo);
    m_contextComboAction->setVisible(false);
    connect(m_contextCombo, &QComboBox::activated, this, [this](int i) { switchContext(m_contextCombo->itemText(i)); });
    tb->addSeparator();
    for (QAction *a : m_actions->actions()) {
        if (a == m_actions->action(models::VmAction::ForceStop))
            tb->addSeparator();
        tb->addAction(a);
    }
    tb->addSeparator();
    tb->addAction(m_consoleAction);
}

QWidget *MainWindow::buildConsole()
{
    auto *delegate = new ConsoleDelegate(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->setChildrenCollapsible(false);

    m_hostPane = new HostPane(m_hostModel, m_connection, delegate, split);
    connect(m_hostPane, &HostPane::vmsSelected, this, &MainWindow::onHostSelection);
    connect(m_hostPane, &HostPane::hostFocused, this, &MainWindow::onHostFocused);
    connect(m_hostPane, &HostPane::hostOpened, this, &MainWindow::showHostDetails);
    connect(m_hostPane, &HostPane::dropRequested, this, &MainWindow::migrateVms);
    connect(m_hostPane, &HostPane::menuRequested, this, &MainWindow::showVmMenu);

    // The VM side: what the connection and the last action say, then the filtered VM table.
    auto *right = new QWidget(split);
    auto *lay = new QVBoxLayout(right);
    lay->setContentsMargins(6, 6, 6, 0);
    lay->setSpacing(6);
    m_connBanner = new MessageBanner(right);
    m_connBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_actionBanner = new MessageBanner(right);
    m_actionBanner->setObjectName(QStringLiteral("actionBanner"));
    lay->addWidget(m_connBanner);
    lay->addWidget(m_actionBanner);
    m_vmPane = new VmPane(m_vmModel, delegate, right);
    lay->addWidget(m_vmPane, 1);
    connect(m_vmPane, &VmPane::selectionChanged, this, &MainWindow::setTargets);
    connect(m_vmPane, &VmPane::menuRequested, this, [this](const QPoint &pos) { showVmMenu(m_vmPane->table(), pos); });

    split->addWidget(m_hostPane);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({590, 850});

    m_taskLog = new TaskLog(this);
    m_taskDock = dockPanel(m_taskLog, tr("Recent Tasks"), "taskDock", nullptr);
    m_migrationPanel = new MigrationPanel(m_connection, m_migrations, this);
    buildMigrations();
    m_migrationDock = dockPanel(m_migrationPanel, tr("Migrations"), "migrationDock", m_taskDock);
    buildCharts();
    buildHostDetails();
    m_taskDock->raise();
    resizeDocks({m_taskDock}, {140}, Qt::Vertical);
    return split;
}

QDockWidget *MainWindow::dockPanel(QWidget *panel, const QString &title, const char *name, QDockWidget *tabWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1String(name));
    dock->setFeatures(QDockWidget::DockWidgetClosable);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (tabWith)
        tabifyDockWidget(tabWith, dock);
    return dock;
}

void MainWindow::buildStatusBar()
{
    m_indicator = new ConnectionIndicator(this);
    statusBar()->addWidget(m_indicator, 1);
    m_insecure = new InsecureWarning(this);
    m_insecure->hide();
    statusBar()->addPermanentWidget(m_insecure);
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    statusBar()->addPermanentWidget(m_totalsLabel);
}

bool MainWindow::openKubeconfig(const QStringList &files, const QString &context)
{
    m_configFiles = files;
    auto kc = files.isEmpty() ? kube::Kubeconfig::loadDefault() : kube::Kubeconfig::load(files);
    if (!kc) {
        showConfigError(tr("Cannot use the kubeconfig"), kc.error().message);
        return false;
    }
    m_config = *kc;
    const QStringList contexts = m_config->contextNames();
    m_contextCombo->clear();
    m_contextCombo->addItems(contexts);
    m_contextComboAction->setVisible(contexts.size() > 1);
    return switchContext(context.isEmpty() ? m_config->currentContext() : context);
}

bool MainWindow::switchContext(const QString &context)
{
    if (!m_config)
        return false;
    auto r = m_connection->open(*m_config, context);
    if (!r) {
        showConfigError(tr("Cannot connect to context “%1”").arg(context), r.error().message);
        return false;
    }
    m_contextCombo->setCurrentText(m_connection->contextName());
    m_hostModel->setClusterName(m_connection->contextName());
    m_insecure->setVisible(m_connection->insecure());
    m_connBanner->clear();
    m_actionBanner->clear();
    if (m_connection->insecure())
        m_connBanner->showMessage(MessageBanner::Severity::Warning,
                                  tr("TLS certificate checks are off for %1: the kubeconfig sets "
                                     "insecure-skip-tls-verify. Anyone on the network path can read your "
                                     "credentials and change what you see.").arg(m_connection->server()));
    if (m_stack->currentWidget() == m_errorPage) {
        m_taskDock->show();
        m_migrationDock->show();
        m_taskDock->raise();
    }
    m_stack->setCurrentIndex(0);
    updateTitle();
    return true;
}

void MainWindow::showConfigError(const QString &title, const QString &detail)
{
    if (m_connection->state() != ClusterConnection::State::Closed) {
        // Still connected: keep the console and its data, say what went wrong.
        m_connBanner->showMessage(MessageBanner::Severity::Error, QStringLiteral("%1: %2").arg(title, detail));
        return;
    }
    m_errorPage->setError(title, detail);
    m_stack->setCurrentWidget(m_errorPage);
    m_taskDock->hide(); // nothing to show there; the page is the whole story
    m_migrationDock->hide();
    m_indicator->setState(ClusterConnection::State::Closed, {}, {}, {});
    updateTitle();
}

void MainWindow::chooseKubeconfig()
{
    const QString start = m_configFiles.isEmpty() ? QDir::home().filePath(QStringLiteral(".kube")) : m_configFiles.first();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Kubeconfig"), start);
    if (!file.isEmpty())
        openKubeconfig({file});
}

void MainWindow::rebindModels()
{
    m_actions->setTargets({});
    m_vmModel->setCaches(m_connection->vms(), m_connection->vmis());
    m_hostModel->setCaches(m_connection->nodes(), m_connection->vms(), m_connection->vmis());
    // The hosts' usage is known once the VMIs are listed (their first list; a re-list keeps it).
    m_hostModel->setUsageKnown(!m_connection->vmis() || m_connection->vmis()->synced());
    if (kube::ObjectCache *vmis = m_connection->vmis())
        connect(vmis, &kube::ObjectCache::syncedChanged, m_hostModel, &models::HostTreeModel::setUsageKnown);
    m_hostPane->expandCluster();
    m_migrationPanel->rebind(); // ops::Migrations forgets the other cluster's queue itself
    m_metrics->setSources(m_hostModel, m_connection->migrations());
    m_charts->reset();
    m_health->setCaches(m_connection->hostReports(), m_connection->cephClusters());
    if (kube::ObjectCache *vmis = m_connection->vmis()) // "instances running" as they are listed
        connect(vmis, &kube::ObjectCache::changed, this, [this, vmis] {
            if (vmis->size() != m_countedRunning) // churn changes VMIs, rarely their number
                updateCounts();
        });
    if (m_thumbTimer->isActive())
        m_thumbs->setClient(m_connection->client());
    updateActionState();
    updateCounts();
}

void MainWindow::onConnectionState(ClusterConnection::State state, const QString &detail)
{
    m_indicator->setState(state, m_connection->server(), m_connection->contextName(), detail);
    if (state == ClusterConnection::State::Reconnecting)
    {
        // Transport failures mean "not reached"; an HTTP answer (401, 403, 5xx) means the server
        // was reached and said no, so the lead sentence must not claim otherwise.
        const auto kind = m_connection->lastError().kind;
        const bool transport = kind == kube::ErrorKind::Network || kind == kube::ErrorKind::Timeout ||
                               kind == kube::ErrorKind::Tls || kind == kube::ErrorKind::None;
        const QString lead = transport ? tr("The cluster cannot be reached.") : tr("The cluster refuses Drover's requests.");
        m_connBanner->showMessage(MessageBanner::Severity::Error,
                                  tr("%1 %2 Drover keeps retrying; the window keeps the last known state "
                                     "until the connection is back.").arg(lead, detail));
    }
    else if (state == ClusterConnection::State::Synced && m_lastState == ClusterConnection::State::Reconnecting)
        m_connBanner->showMessage(MessageBanner::Severity::Success, tr("Connection to %1 restored.").arg(m_connection->server()));
    m_lastState = state;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString ctx = m_connection->contextName();
    if (ctx.isEmpty())
        setWindowTitle(tr("Drover"));
    else if (m_connection->insecure()) // seen in the taskbar and window switcher too
        setWindowTitle(tr("%1 — TLS CHECKS OFF — Drover").arg(ctx));
    else
        setWindowTitle(tr("%1 — Drover").arg(ctx));
}

} // namespace drover::ui
