#include "MainWindow.h"
#include "ChartsPanel.h"
#include "HostMap.h"
#include "HostDetails.h"

#include "ConfigErrorPage.h"
#include "ConnectionIndicator.h"
#include "ConsoleDelegate.h"
#include "DialogPrompter.h"
#include "Icons.h"
#include "MessageBanner.h"
#include "MigrationDrop.h"
#include "MigrationPanel.h"
#include "SnapshotDialog.h"
#include "TaskLog.h"
#include "VmActionSet.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QTabWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    : QMainWindow(parent), m_connection(new ClusterConnection(this)),
      m_runner(new ops::VmActions(m_connection, this)), m_prompter(std::make_unique<DialogPrompter>(this)),
      m_migrations(new ops::Migrations(m_connection, m_prompter.get(), this)), m_vmModel(new models::VmTableModel(nullptr, nullptr, this)),
      m_proxy(new models::VmFilterProxy(this)), m_hostModel(new models::HostTreeModel(nullptr, nullptr, nullptr, this)),
      m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(Glyph::App));
    resize(1440, 860);
    m_proxy->setSourceModel(m_vmModel);
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
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, schedule);
    watchCounts();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views first: the models they show go with the connection's caches.
    m_table->setModel(nullptr);
    m_tree->setModel(nullptr);
    // The models empty themselves as the connection's caches go: nothing left to count.
    for (QObject *counted : std::initializer_list<QObject *>{m_vmModel, m_proxy, m_hostModel, m_connection})
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
        if (m_targets.size() == 1)
            openSnapshots(m_targets.first());
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
    QAction *find = view->addAction(tr("&Filter VMs"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    addAction(find);
    buildGroupMenu(view);
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

    auto *hostTabs = new QTabWidget(split);
    hostTabs->setObjectName(QStringLiteral("hostTabs"));
    hostTabs->setDocumentMode(true);
    m_tree = new QTreeView(hostTabs);
    m_tree->setObjectName(QStringLiteral("hostTree"));
    m_tree->setModel(m_hostModel);
    m_tree->setItemDelegate(delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // VMs are dragged out of the tree and the table and dropped on hosts to live-migrate them.
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::LinkAction);
    m_drop = new MigrationDrop(m_tree, m_connection, false, this);
    connect(m_drop, &MigrationDrop::dropRequested, this, [this](const QStringList &keys, const QString &host) { migrateVms(keys, host); });
    m_tree->header()->setStretchLastSection(false);
    m_tree->setIndentation(16);
    m_tree->setColumnWidth(models::HostTreeModel::Name, 200);
    m_tree->setColumnWidth(models::HostTreeModel::Status, 120);
    m_tree->setColumnWidth(models::HostTreeModel::Cpu, 116);
    m_tree->setColumnWidth(models::HostTreeModel::Memory, 128);
    m_tree->setColumnWidth(models::HostTreeModel::VmCount, 36);
    m_tree->setMinimumWidth(320);
    connect(m_hostModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        // The cluster always open; hosts open while the list stays short enough to read.
        if (!parent.isValid())
            m_tree->expand(m_hostModel->clusterIndex());
        else if (parent == m_hostModel->clusterIndex() && m_hostModel->rowCount(parent) <= 40)
            for (int r = first; r <= last; ++r)
                m_tree->expand(m_hostModel->index(r, 0, parent));
    });
    connect(m_hostModel, &QAbstractItemModel::modelReset, this, [this] { m_tree->expand(m_hostModel->clusterIndex()); });
    m_tree->expand(m_hostModel->clusterIndex());
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTreeSelection);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_tree->indexAt(pos);
        if (idx.isValid() && !m_tree->selectionModel()->isSelected(idx))
            m_tree->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!idx.data(models::KeyRole).toString().isEmpty())
            showVmMenu(m_tree, m_tree->viewport()->mapToGlobal(pos));
    });

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

    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(right);
    m_filter->setObjectName(QStringLiteral("vmFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, namespace, host, OS, status or IP  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(Glyph::Filter), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_groups->beginBatch(); // grouped: one regrouping per keystroke, not one per run of rows
        m_proxy->setFilterText(t);
        m_groups->endBatch();
        updateCounts();
    });
    m_countLabel = new QLabel(right);
    m_countLabel->setObjectName(QStringLiteral("vmCount"));
    m_countLabel->setMinimumWidth(120);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_countLabel);
    lay->addLayout(filterRow);

    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_groups = new models::VmGroupProxy(this);
    m_groups->setSourceModel(m_proxy);
    m_table->setModel(m_groups);
    m_table->setItemDelegate(delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::VmTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 80, 100, 84, 48, 80, 175, 100, 110};
    for (int c = 0; c < models::VmTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTableSelection);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_table->indexAt(pos);
        if (!idx.isValid() || m_groups->isGroupRow(idx.row()))
            return;
        if (!m_table->selectionModel()->isRowSelected(idx.row(), {}))
            m_table->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showVmMenu(m_table, m_table->viewport()->mapToGlobal(pos));
    });
    lay->addWidget(m_table, 1);

    hostTabs->addTab(m_tree, tr("Hosts"));
    m_map = new HostMap(m_hostModel, hostTabs);
    hostTabs->addTab(m_map, tr("Host map"));
    m_mapDrop = new MigrationDrop(m_map, m_connection, true, this);
    connect(m_mapDrop, &MigrationDrop::dropRequested, this, [this](const QStringList &keys, const QString &host) { migrateVms(keys, host); });
    connect(m_map->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_charts->showHost(current.siblingAtColumn(0).data(models::RawRole).toString());
            m_hostDetails->showHost(current.siblingAtColumn(0).data(models::RawRole).toString());
        }
    });
    split->addWidget(hostTabs);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({590, 850});
    split->setStretchFactor(1, 1);

    m_taskLog = new TaskLog(this);
    m_taskDock = new QDockWidget(tr("Recent Tasks"), this);
    m_taskDock->setObjectName(QStringLiteral("taskDock"));
    m_taskDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_taskDock->setWidget(m_taskLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_taskDock);
    m_migrationPanel = new MigrationPanel(m_connection, m_migrations, this);
    buildMigrations();
    m_migrationDock = new QDockWidget(tr("Migrations"), this);
    m_migrationDock->setObjectName(QStringLiteral("migrationDock"));
    m_migrationDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_migrationDock->setWidget(m_migrationPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_migrationDock);
    tabifyDockWidget(m_taskDock, m_migrationDock);
    buildCharts();
    buildHostDetails();
    m_taskDock->raise();
    resizeDocks({m_taskDock}, {140}, Qt::Vertical);
    return split;
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
        showConfigError(tr("Cannot use the kubeconfig"), kc.error());
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
        showConfigError(tr("Cannot connect to context “%1”").arg(context), r.error());
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

bool MainWindow::showsConfigError() const
{
    return m_stack->currentWidget() == m_errorPage;
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
    m_targets.clear();
    m_vmModel->setCaches(m_connection->vms(), m_connection->vmis());
    m_hostModel->setCaches(m_connection->nodes(), m_connection->vms(), m_connection->vmis());
    m_tree->expand(m_hostModel->clusterIndex());
    m_migrationPanel->rebind(); // ops::Migrations forgets the other cluster's queue itself
    m_metrics->setSources(m_hostModel, m_connection->migrations());
    m_charts->reset();
    m_health->setCaches(m_connection->hostReports(), m_connection->cephClusters());
    if (kube::ObjectCache *vmis = m_connection->vmis()) // "instances running" as they are listed
        connect(vmis, &kube::ObjectCache::changed, this, [this, vmis] {
            if (vmis->size() != m_countedRunning) // churn changes VMIs, rarely their number
                updateCounts();
        });
    if (m_thumbDelegate)
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
