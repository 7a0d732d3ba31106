#pragma once
// The item delegate of Drover's VM table and host tree: a colour in DecorationRole becomes a
// round status dot, and cells with a FractionRole (host allocation) get a usage bar behind
// their text — green, amber above 75 %, red above 90 % (overcommit shows as a full red bar).
#include <QStyledItemDelegate>

class QPainter;

namespace drover::ui {

// Green, amber above 75 %, red above 90 %.
QColor loadColor(double fraction);
// A rounded usage bar filling `track` to fraction (clamped) with the text on it.
void paintUsageBar(QPainter *painter, const QRectF &track, double fraction, const QColor &fill,
                   const QString &text, const QPalette &palette, bool selected);

class ConsoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace drover::ui
