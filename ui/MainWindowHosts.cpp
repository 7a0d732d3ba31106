// MainWindow: hosts as their agents see them — health badges on the tree and the map, the
// host details dock (NVMe, OSDs, inventory), and the cluster's storage health from Rook in the
// status bar and, when not healthy, a banner.
#include "HostDetails.h"
#include "HostMap.h"
#include "MainWindow.h"
#include "MessageBanner.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace drover::ui {

void MainWindow::buildHostDetails()
{
    m_health = new models::HealthTracker(this);
    m_hostDetails = new HostDetails(m_health, this);
    m_hostDock = new QDockWidget(tr("Host details"), this);
    m_hostDock->setObjectName(QStringLiteral("hostDock"));
    m_hostDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_hostDock->setWidget(m_hostDetails);
    addDockWidget(Qt::BottomDockWidgetArea, m_hostDock);
    tabifyDockWidget(m_chartsDock, m_hostDock);
    m_cephLabel = new QLabel(this);
    m_cephLabel->setObjectName(QStringLiteral("cephLabel"));
    statusBar()->addPermanentWidget(m_cephLabel);
    m_storageBanner = new MessageBanner(this);
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    if (auto *lay = qobject_cast<QVBoxLayout *>(m_actionBanner->parentWidget()->layout()))
        lay->insertWidget(lay->indexOf(m_actionBanner) + 1, m_storageBanner);
    connect(m_health, &models::HealthTracker::hostChanged, this, [this](const QString &host) {
        const models::HostHealth h = m_health->host(host);
        m_hostModel->setHostHealth(host, int(h.level), h.problems.join(QLatin1Char('\n')));
    });
    connect(m_health, &models::HealthTracker::cephChanged, this, [this] {
        const models::CephSummary c = m_health->ceph();
        m_cephLabel->setText(c.level == models::Health::Unknown ? QString() : c.text);
        m_cephLabel->setStyleSheet(c.level == models::Health::Critical  ? QStringLiteral("color: #b3261e; font-weight: bold")
                                   : c.level == models::Health::Warning ? QStringLiteral("color: #8a5a00; font-weight: bold")
                                                                        : QString());
        if (c.level == models::Health::Warning || c.level == models::Health::Critical)
            m_storageBanner->showMessage(c.level == models::Health::Critical ? MessageBanner::Severity::Error : MessageBanner::Severity::Warning,
                                         tr("Storage: %1").arg(c.text));
        else
            m_storageBanner->clear();
    });
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (models::TreeItemKind(idx.data(models::ItemKindRole).toInt()) == models::TreeItemKind::Host) {
            m_hostDetails->showHost(idx.siblingAtColumn(0).data(models::RawRole).toString());
            m_hostDock->show();
            m_hostDock->raise();
        }
    });
    connect(m_map, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
        m_hostDetails->showHost(idx.siblingAtColumn(0).data(models::RawRole).toString());
        m_hostDock->show();
        m_hostDock->raise();
    });
}

} // namespace drover::ui
