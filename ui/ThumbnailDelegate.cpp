#include "ThumbnailDelegate.h"

#include "ModelRoles.h"

#include <QPainter>

namespace drover::ui {

ThumbnailDelegate::ThumbnailDelegate(models::ThumbnailCache *cache, QObject *parent) : ConsoleDelegate(parent), m_cache(cache) {}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize thumb = m_cache ? m_cache->thumbnailSize() : QSize();
    const QString key = index.data(models::KeyRole).toString();
    const QImage img = m_cache && !key.isEmpty() ? m_cache->thumbnail(key) : QImage();
    QStyleOptionViewItem opt = option;
    const QRect box(option.rect.left() + 3, option.rect.top() + (option.rect.height() - thumb.height()) / 2, thumb.width(), thumb.height());
    opt.rect.setLeft(box.right() + 6);
    ConsoleDelegate::paint(painter, opt, index);
    // The selection background also covers the picture's strip.
    if (option.state & QStyle::State_Selected)
        painter->fillRect(QRect(option.rect.topLeft(), QPoint(opt.rect.left() - 1, option.rect.bottom())), option.palette.highlight());
    painter->save();
    if (img.isNull()) {
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->drawRect(box.adjusted(0, 0, -1, -1));
    } else {
        const QRect at(box.topLeft() + QPoint((box.width() - img.width()) / 2, (box.height() - img.height()) / 2), img.size());
        painter->drawImage(at, img);
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(at.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = ConsoleDelegate::sizeHint(option, index);
    const QSize t = m_cache ? m_cache->thumbnailSize() : QSize();
    return QSize(s.width() + t.width() + 9, qMax(s.height(), t.height() + 6));
}

} // namespace drover::ui
