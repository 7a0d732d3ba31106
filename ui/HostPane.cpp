#include "HostPane.h"
#include "AccessText.h"
#include "HostMap.h"
#include "HostTreeModel.h"
#include "MigrationDrop.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace drover::ui {

using models::HostTreeModel;
using models::TreeItemKind;

namespace {

TreeItemKind kindOf(const QModelIndex &idx)
{
    return TreeItemKind(idx.data(models::ItemKindRole).toInt());
}

QString hostNameOf(const QModelIndex &idx)
{
    return idx.siblingAtColumn(0).data(models::RawRole).toString();
}

} // namespace

HostPane::HostPane(models::HostTreeModel *model, ops::ClusterConnection *connection, QAbstractItemDelegate *delegate,
                   QWidget *parent)
    : QStackedWidget(parent), m_model(model), m_connection(connection)
{
    setObjectName(QStringLiteral("hostStack"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("hostTabs"));
    m_tabs->setDocumentMode(true);
    buildTree(delegate);
    buildMap();
    addWidget(m_tabs);

    // In the tabs' place when the account may not see nodes.
    auto *page = new QWidget(this);
    auto *lay = new QVBoxLayout(page);
    lay->setContentsMargins(24, 24, 24, 24);
    auto *note = new QLabel(models::AccessText::hostsForbidden(), page);
    note->setObjectName(QStringLiteral("hostAccessNote"));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    note->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt"));
    lay->addStretch(1);
    lay->addWidget(note);
    lay->addStretch(2);
    addWidget(page);
}

void HostPane::buildTree(QAbstractItemDelegate *delegate)
{
    m_tree = new QTreeView(m_tabs);
    m_tree->setObjectName(QStringLiteral("hostTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // VMs are dragged out of the tree and the table and dropped on hosts to live-migrate them.
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::LinkAction);
    auto *drop = new MigrationDrop(m_tree, m_connection, false, this);
    drop->setObjectName(QStringLiteral("treeDrop"));
    connect(drop, &MigrationDrop::dropRequested, this, &HostPane::dropRequested);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setIndentation(16);
    m_tree->setColumnWidth(HostTreeModel::Name, 200);
    m_tree->setColumnWidth(HostTreeModel::Status, 120);
    m_tree->setColumnWidth(HostTreeModel::Cpu, 116);
    m_tree->setColumnWidth(HostTreeModel::Memory, 128);
    m_tree->setColumnWidth(HostTreeModel::VmCount, 36);
    m_tree->setMinimumWidth(320);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        // The cluster always open; hosts open while the list stays short enough to read.
        if (!parent.isValid())
            m_tree->expand(m_model->clusterIndex());
        else if (parent == m_model->clusterIndex() && m_model->rowCount(parent) <= 40)
            for (int r = first; r <= last; ++r)
                m_tree->expand(m_model->index(r, 0, parent));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HostPane::expandCluster);
    expandCluster();
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HostPane::onTreeSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostPane::currentHostChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_tree->indexAt(pos);
        if (idx.isValid() && !m_tree->selectionModel()->isSelected(idx))
            m_tree->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!idx.data(models::KeyRole).toString().isEmpty())
            Q_EMIT menuRequested(m_tree, m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (kindOf(idx) == TreeItemKind::Host)
            Q_EMIT hostOpened(hostNameOf(idx));
    });
    m_tabs->addTab(m_tree, tr("Hosts"));
}

void HostPane::buildMap()
{
    m_map = new HostMap(m_model, m_tabs);
    m_tabs->addTab(m_map, tr("Host map"));
    auto *drop = new MigrationDrop(m_map, m_connection, true, this);
    drop->setObjectName(QStringLiteral("mapDrop"));
    connect(drop, &MigrationDrop::dropRequested, this, &HostPane::dropRequested);
    connect(m_map->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT hostFocused(hostNameOf(current));
        Q_EMIT currentHostChanged();
    });
    connect(m_map, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &idx) { Q_EMIT hostOpened(hostNameOf(idx)); });
}

void HostPane::onTreeSelection()
{
    QStringList keys;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (const QString k = i.data(models::KeyRole).toString(); !k.isEmpty())
            keys << k;
    Q_EMIT vmsSelected(keys);
    // The charts and host details follow the host (or the cluster) the user clicked.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && kindOf(current) != TreeItemKind::Vm)
        Q_EMIT hostFocused(kindOf(current) == TreeItemKind::Host ? hostNameOf(current) : QString());
}

QString HostPane::currentHost() const
{
    QModelIndex idx = m_map->isVisible() ? m_map->currentIndex() : m_tree->currentIndex();
    if (!idx.isValid())
        return {};
    if (kindOf(idx) == TreeItemKind::Vm)
        idx = idx.parent();
    if (kindOf(idx) != TreeItemKind::Host)
        return {};
    return hostNameOf(idx);
}

void HostPane::setHostsForbidden(bool forbidden)
{
    setCurrentIndex(forbidden ? 1 : 0);
}

void HostPane::expandCluster()
{
    m_tree->expand(m_model->clusterIndex());
}

QByteArray HostPane::saveColumns() const
{
    return m_tree->header()->saveState();
}

void HostPane::restoreColumns(const QByteArray &state)
{
    m_tree->header()->restoreState(state);
}

int HostPane::currentTab() const
{
    return m_tabs->currentIndex();
}

void HostPane::setCurrentTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

} // namespace drover::ui
