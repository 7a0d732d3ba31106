#pragma once
// The host map: one tile per host with its state, VM count and vCPU/memory bars, laid out in a
// grid that reflows with the width. VMs dragged from the table or the tree onto a tile
// live-migrate there (a MigrationDrop on the viewport judges and reports the drop). A view over
// HostTreeModel's host rows; the "Not running" group is left out. With thumbnails on, each tile
// also shows small live screens of the VMs running there (as many as fit, then "+k").
#include "HostTreeModel.h"
#include "ThumbnailCache.h"

#include <QListView>
#include <QPointer>

namespace drover::ui {

class HostMap : public QListView
{
    Q_OBJECT
public:
    explicit HostMap(models::HostTreeModel *model, QWidget *parent = nullptr);
    // The tile of that host (invalid when absent), in the model's terms.
    QModelIndex tileOf(const QString &host) const;
    // Screens on the tiles from this cache; nullptr turns them off.
    void setThumbnails(models::ThumbnailCache *cache);
    // The VMs whose screens the tiles on screen now show (nothing when off or hidden).
    QStringList visibleVmKeys() const;
    // Where a tile paints its slot-th screen, in viewport coordinates (empty when off).
    QRect screenRect(const QModelIndex &tile, int slot) const;
    static constexpr int kScreensPerTile = 3; // slots on a tile; with more VMs the last says "+k"

Q_SIGNALS:
    // Scrolled, shown or resized: the tiles on screen, so visibleVmKeys(), may have changed.
    void shownTilesChanged();

protected:
    void showEvent(QShowEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    void follow();
    void hidePseudoHost();
    models::HostTreeModel *m_hosts;
    QPointer<models::ThumbnailCache> m_thumbs;
};

} // namespace drover::ui
