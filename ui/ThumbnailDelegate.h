#pragma once
// The VM table's Name cell with the VM's live screen thumbnail in front of the name (when
// thumbnails are on); other cells as ConsoleDelegate paints them.
#include "ConsoleDelegate.h"
#include "ThumbnailCache.h"

#include <QPointer>

namespace drover::ui {

class ThumbnailDelegate : public ConsoleDelegate
{
    Q_OBJECT
public:
    ThumbnailDelegate(models::ThumbnailCache *cache, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPointer<models::ThumbnailCache> m_cache;
};

} // namespace drover::ui
