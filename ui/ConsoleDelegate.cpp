#include "ConsoleDelegate.h"

#include "Icons.h"
#include "ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace drover::ui {

void ConsoleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant deco = index.data(Qt::DecorationRole);
    if (deco.typeId() == QMetaType::QColor) {
        option->icon = dotIcon(deco.value<QColor>());
        option->decorationSize = QSize(12, 12);
    }
}

void ConsoleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant frac = index.data(models::FractionRole);
    if (!frac.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w); // background, selection

    const double f = frac.toDouble();
    const QVariant own = index.data(models::BarColorRole);
    paintUsageBar(painter, QRectF(opt.rect).adjusted(4, 4, -4, -4), f,
                  own.typeId() == QMetaType::QColor ? own.value<QColor>() : loadColor(f), text, opt.palette,
                  opt.state & QStyle::State_Selected);
}

QColor loadColor(double f)
{
    return f > 0.9 ? QColor(0xd0, 0x35, 0x35) : f > 0.75 ? QColor(0xd9, 0x8c, 0x00) : QColor(0x2e, 0x9d, 0x4f);
}

void paintUsageBar(QPainter *painter, const QRectF &track, double f, const QColor &fill, const QString &text,
                   const QPalette &palette, bool selected)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 3, 3);
    QColor barColor = fill;
    barColor.setAlpha(selected ? 200 : 95);
    painter->setBrush(barColor);
    QRectF bar = track;
    bar.setWidth(track.width() * qBound(0.0, f, 1.0));
    if (bar.width() > 0.5)
        painter->drawRoundedRect(bar, 3, 3);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRectF textRect = track.adjusted(6, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, int(textRect.width())));
    painter->restore();
}

QSize ConsoleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    if (index.data(models::FractionRole).isValid())
        s.setWidth(s.width() + 20);
    return s;
}

} // namespace drover::ui
