// MainWindow: live screen thumbnails in the VM table and on the host map's tiles (View ▸ Screen
// Thumbnails). Only rows and tiles on screen are fetched, again every few seconds while they stay.
#include "HostMap.h"
#include "HostPane.h"
#include "MainWindow.h"
#include "VmPane.h"

#include <QMenu>
#include <QTimer>

namespace drover::ui {

void MainWindow::buildThumbnails(QMenu *viewMenu)
{
    m_thumbs = new models::ThumbnailCache(this);
    m_thumbTimer = new QTimer(this);
    m_thumbTimer->setInterval(1000);
    connect(m_thumbTimer, &QTimer::timeout, this, &MainWindow::requestVisibleThumbnails);
    connect(m_thumbs, &models::ThumbnailCache::updated, m_vmPane, &VmPane::repaintVm);
    connect(m_vmPane, &VmPane::rowsScrolled, this, &MainWindow::requestVisibleThumbnails);
    connect(m_hostPane->map(), &HostMap::shownTilesChanged, this, &MainWindow::requestVisibleThumbnails);
    m_thumbAction = viewMenu->addAction(tr("Screen &Thumbnails"));
    m_thumbAction->setObjectName(QStringLiteral("thumbnailsAction"));
    m_thumbAction->setCheckable(true);
    connect(m_thumbAction, &QAction::toggled, this, &MainWindow::setThumbnailsShown);
}

void MainWindow::setThumbnailsShown(bool on)
{
    if (m_thumbAction->isChecked() != on)
        m_thumbAction->setChecked(on); // comes back here through toggled
    if (on == m_thumbTimer->isActive())
        return;
    if (on) {
        m_thumbs->setClient(m_connection->client());
        m_vmPane->setThumbnails(m_thumbs);
        m_hostPane->map()->setThumbnails(m_thumbs);
        m_thumbTimer->start();
        requestVisibleThumbnails();
    } else {
        m_thumbTimer->stop();
        m_hostPane->map()->setThumbnails(nullptr);
        m_vmPane->setThumbnails(nullptr);
        m_thumbs->setClient(nullptr);
    }
}

void MainWindow::requestVisibleThumbnails()
{
    if (!m_thumbTimer->isActive())
        return;
    QStringList keys = m_vmPane->runningKeysOnScreen();
    for (const QString &k : m_hostPane->map()->visibleVmKeys())
        if (!keys.contains(k))
            keys << k;
    m_thumbs->want(keys);
}

} // namespace drover::ui
