#include "VmPane.h"
#include "Icons.h"
#include "ThumbnailCache.h"
#include "ThumbnailDelegate.h"
#include "VmFilterProxy.h"
#include "VmGroupProxy.h"
#include "VmTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace drover::ui {

using models::VmGroupProxy;
using models::VmTableModel;

VmPane::VmPane(models::VmTableModel *model, QAbstractItemDelegate *delegate, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new models::VmFilterProxy(this)), m_groups(new VmGroupProxy(this))
{
    setObjectName(QStringLiteral("vmPane"));
    m_proxy->setSourceModel(model);
    m_groups->setSourceModel(m_proxy);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(6);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("vmFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, namespace, host, OS, status or IP  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(Glyph::Filter), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_groups->beginBatch(); // grouped: one regrouping per keystroke, not one per run of rows
        m_proxy->setFilterText(t);
        m_groups->endBatch();
        updateCount();
    });
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("vmCount"));
    m_countLabel->setMinimumWidth(120);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_countLabel);
    lay->addLayout(filterRow);

    buildTable(delegate);
    lay->addWidget(m_table, 1);
    buildColumnMenu();
    connect(m_groups, &VmGroupProxy::groupsChanged, this, &VmPane::respanGroups);
}

void VmPane::buildTable(QAbstractItemDelegate *delegate)
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setModel(m_groups);
    m_table->setItemDelegate(delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // VMs are dragged out of the table and dropped on hosts to live-migrate them.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 80, 100, 84, 48, 80, 175, 100, 110};
    for (int c = 0; c < VmTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_mirroring)
            Q_EMIT selectionChanged(selectedKeys());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_table->indexAt(pos);
        if (!idx.isValid() || m_groups->isGroupRow(idx.row()))
            return;
        if (!m_table->selectionModel()->isRowSelected(idx.row(), {}))
            m_table->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT menuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (const QString key = idx.data(models::KeyRole).toString(); !key.isEmpty())
            Q_EMIT activated(key);
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &VmPane::rowsScrolled);
}

QModelIndex VmPane::indexOf(const QString &key, int column) const
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return {};
    return m_groups->mapFromSource(m_proxy->mapFromSource(m_model->index(row, column)));
}

QStringList VmPane::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        keys << i.data(models::KeyRole).toString();
    return keys;
}

void VmPane::mirrorSelection(const QString &key)
{
    const QModelIndex idx = indexOf(key);
    if (!idx.isValid())
        return;
    m_mirroring = true;
    m_table->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
    m_mirroring = false;
}

bool VmPane::reveal(const QString &key)
{
    const QModelIndex idx = indexOf(key);
    if (!idx.isValid())
        return false;
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
    return true;
}

void VmPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void VmPane::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%Ln VM(s)", nullptr, total) : tr("%L1 of %Ln VM(s)", nullptr, total).arg(shown));
}

void VmPane::syncColumnMenu()
{
    for (QAction *a : m_columnMenu->actions())
        a->setChecked(!m_table->isColumnHidden(a->data().toInt()));
}

// The header: columns can be moved, and hidden or shown again from its context menu (and View ▸
// Columns). Name always stays.
void VmPane::buildColumnMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false);
    m_columnMenu = new QMenu(tr("&Columns"), this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = m_columnMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setData(c);
        a->setEnabled(c != VmTableModel::Name);
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    syncColumnMenu();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnMenu->popup(header->viewport()->mapToGlobal(pos)); });
}

namespace {

int columnOf(VmGroupProxy::GroupBy by)
{
    switch (by) {
    case VmGroupProxy::GroupBy::Namespace: return VmTableModel::Namespace;
    case VmGroupProxy::GroupBy::Host: return VmTableModel::Host;
    case VmGroupProxy::GroupBy::TenantCluster: return VmTableModel::Cluster;
    case VmGroupProxy::GroupBy::None: break;
    }
    return 0;
}

} // namespace

// View ▸ Group VMs By: by namespace, host or tenant cluster (Cluster API's
// cluster.x-k8s.io/cluster-name label, the Cluster column). The choice is kept for the next start.
void VmPane::addGroupMenu(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(tr("&Group VMs By"));
    menu->setObjectName(QStringLiteral("groupByMenu"));
    auto *group = new QActionGroup(menu);
    const struct
    {
        VmGroupProxy::GroupBy by;
        QString text;
        const char *name;
    } choices[] = {{VmGroupProxy::GroupBy::None, tr("&Nothing"), "groupByNone"},
                   {VmGroupProxy::GroupBy::Namespace, tr("N&amespace"), "groupByNamespace"},
                   {VmGroupProxy::GroupBy::Host, tr("&Host"), "groupByHost"},
                   {VmGroupProxy::GroupBy::TenantCluster, tr("&Tenant Cluster"), "groupByCluster"}};
    const int saved = QSettings().value(QStringLiteral("vmTable/groupBy"), 0).toInt();
    for (const auto &c : choices) {
        QAction *a = menu->addAction(c.text);
        a->setObjectName(QLatin1String(c.name));
        a->setCheckable(true);
        a->setChecked(int(c.by) == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, by = c.by] {
            m_groups->setGroupBy(by, columnOf(by));
            QSettings().setValue(QStringLiteral("vmTable/groupBy"), int(by));
        });
    }
    if (saved > 0 && saved <= int(VmGroupProxy::GroupBy::TenantCluster))
        m_groups->setGroupBy(VmGroupProxy::GroupBy(saved), columnOf(VmGroupProxy::GroupBy(saved)));
}

// A group's header row spans the table, so its name is never cut by the first column.
void VmPane::respanGroups()
{
    m_table->clearSpans();
    for (int row : m_groups->groupRows())
        m_table->setSpan(row, 0, 1, m_groups->columnCount());
}

void VmPane::setThumbnails(models::ThumbnailCache *thumbs)
{
    if ((thumbs != nullptr) == (m_thumbDelegate != nullptr))
        return;
    const int name = VmTableModel::Name;
    if (thumbs) {
        m_thumbDelegate = new ThumbnailDelegate(thumbs, m_table);
        m_table->setItemDelegateForColumn(name, m_thumbDelegate);
        m_table->verticalHeader()->setDefaultSectionSize(thumbs->thumbnailSize().height() + 8);
        m_table->setColumnWidth(name, m_table->columnWidth(name) + thumbs->thumbnailSize().width() + 9);
        m_thumbWidth = thumbs->thumbnailSize().width();
        return;
    }
    m_table->setItemDelegateForColumn(name, nullptr);
    m_table->setColumnWidth(name, m_table->columnWidth(name) - m_thumbWidth - 9);
    delete m_thumbDelegate;
    m_thumbDelegate = nullptr;
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

QStringList VmPane::runningKeysOnScreen() const
{
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_groups->rowCount() - 1;
    QStringList keys;
    for (int r = first; r <= last; ++r) {
        const QString key = m_groups->index(r, 0).data(models::KeyRole).toString(); // empty on a group's header
        const auto s = m_model->summaryOf(key);
        if (s && s->vmiRunning)
            keys << key;
    }
    return keys;
}

void VmPane::repaintVm(const QString &key)
{
    if (const QModelIndex idx = indexOf(key, VmTableModel::Name); idx.isValid())
        m_table->update(idx);
}

} // namespace drover::ui
