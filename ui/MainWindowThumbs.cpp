// MainWindow: live screen thumbnails in the VM table and on the host map's tiles (View ▸ Screen
// Thumbnails). Only rows and tiles on screen are fetched, again every few seconds while they stay.
#include "MainWindow.h"
#include "HostMap.h"
#include "ThumbnailDelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace drover::ui {

void MainWindow::buildThumbnails(QMenu *viewMenu)
{
    m_thumbs = new models::ThumbnailCache(this);
    m_thumbTimer = new QTimer(this);
    m_thumbTimer->setInterval(1000);
    connect(m_thumbTimer, &QTimer::timeout, this, &MainWindow::requestVisibleThumbnails);
    connect(m_thumbs, &models::ThumbnailCache::updated, this, [this](const QString &key) {
        const QModelIndex idx = tableIndexOf(key, models::VmTableModel::Name);
        if (idx.isValid())
            m_table->update(idx);
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::requestVisibleThumbnails);
    connect(m_map, &HostMap::shownTilesChanged, this, &MainWindow::requestVisibleThumbnails);
    m_thumbAction = viewMenu->addAction(tr("Screen &Thumbnails"));
    m_thumbAction->setObjectName(QStringLiteral("thumbnailsAction"));
    m_thumbAction->setCheckable(true);
    connect(m_thumbAction, &QAction::toggled, this, &MainWindow::setThumbnailsShown);
}

void MainWindow::setThumbnailsShown(bool on)
{
    if (m_thumbAction->isChecked() != on)
        m_thumbAction->setChecked(on); // comes back here through toggled
    if (on == (m_thumbDelegate != nullptr))
        return;
    if (on) {
        m_thumbs->setClient(m_connection->client());
        m_thumbDelegate = new ThumbnailDelegate(m_thumbs, m_table);
        m_table->setItemDelegateForColumn(models::VmTableModel::Name, m_thumbDelegate);
        m_table->verticalHeader()->setDefaultSectionSize(m_thumbs->thumbnailSize().height() + 8);
        m_table->setColumnWidth(models::VmTableModel::Name, m_table->columnWidth(models::VmTableModel::Name) + m_thumbs->thumbnailSize().width() + 9);
        m_map->setThumbnails(m_thumbs);
        m_thumbTimer->start();
        requestVisibleThumbnails();
    } else {
        m_thumbTimer->stop();
        m_map->setThumbnails(nullptr);
        m_table->setItemDelegateForColumn(models::VmTableModel::Name, nullptr);
        m_table->setColumnWidth(models::VmTableModel::Name, m_table->columnWidth(models::VmTableModel::Name) - m_thumbs->thumbnailSize().width() - 9);
        delete m_thumbDelegate;
        m_thumbDelegate = nullptr;
        m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
        m_thumbs->setClient(nullptr);
    }
}

void MainWindow::requestVisibleThumbnails()
{
    if (!m_thumbDelegate)
        return;
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_groups->rowCount() - 1;
    QStringList keys;
    for (int r = first; r <= last; ++r) {
        const QString key = m_groups->index(r, 0).data(models::KeyRole).toString(); // empty on a group's header
        const auto s = m_vmModel->summaryOf(key);
        if (s && s->vmiRunning)
            keys << key;
    }
    for (const QString &k : m_map->visibleVmKeys())
        if (!keys.contains(k))
            keys << k;
    m_thumbs->want(keys);
}

} // namespace drover::ui
