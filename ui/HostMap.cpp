#include "HostMap.h"

#include "ConsoleDelegate.h"
#include "ModelRoles.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace drover::ui {

namespace {
constexpr QSize kTile(176, 92);
constexpr QSize kScreen(46, 34); // a 4:3 screen on a tile
constexpr int kStrip = kScreen.height() + 6;

// The VMs under a host whose screens its tile shows: all of them when they fit, else one slot
// fewer, the last slot saying "+k" instead (so no screen is fetched that is not painted).
QStringList screensOf(const QModelIndex &host)
{
    QStringList keys;
    const QAbstractItemModel *m = host.model();
    if (!m)
        return keys;
    const int vms = m->rowCount(host);
    const int shown = vms > HostMap::kScreensPerTile ? HostMap::kScreensPerTile - 1 : vms;
    for (int r = 0; r < shown; ++r)
        keys << m->index(r, 0, host).data(models::KeyRole).toString();
    return keys;
}

// The tile's card within the item's rectangle, and its inner area (text, bars and the strip of
// screens).
QRectF cardOf(const QRect &item)
{
    return QRectF(item).adjusted(3, 3, -3, -3);
}
QRectF innerOf(const QRect &item)
{
    return cardOf(item).adjusted(12, 6, -8, -6);
}

// Slot i of the strip of screens along the bottom of the inner area.
QRectF screenSlot(const QRectF &inner, int i)
{
    return QRectF(inner.left() + i * (kScreen.width() + 4), inner.bottom() - kScreen.height(), kScreen.width(),
                  kScreen.height());
}

class HostTileDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QPointer<models::ThumbnailCache> thumbs;
    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return thumbs ? kTile + QSize(0, kStrip) : kTile;
    }
    void paintScreens(QPainter *p, const QStyleOptionViewItem &opt, const QModelIndex &host, const QRectF &inner) const
    {
        const int vms = host.model()->rowCount(host);
        const QStringList keys = screensOf(host);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        const int slots = vms > keys.size() ? int(keys.size()) + 1 : int(keys.size());
        for (int i = 0; i < slots; ++i) {
            const QRectF r = screenSlot(inner, i);
            p->fillRect(r, QColor(32, 34, 38));
            if (i < keys.size()) {
                const QImage img = thumbs->thumbnail(keys[i]);
                if (!img.isNull()) { // fit, keeping the guest's aspect
                    QSizeF s = QSizeF(img.size()).scaled(r.size(), Qt::KeepAspectRatio);
                    p->drawImage(QRectF(r.center() - QPointF(s.width() / 2, s.height() / 2), s), img);
                }
            } else {
                p->setPen(Qt::white);
                p->drawText(r, Qt::AlignCenter, QStringLiteral("+%1").arg(vms - keys.size()));
            }
            p->setPen(opt.palette.color(QPalette::Mid));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r);
        }
    }
    // A screen's tooltip names its VM; the "+k" slot names the rest.
    bool helpEvent(QHelpEvent *e, QAbstractItemView *view, const QStyleOptionViewItem &opt, const QModelIndex &index) override
    {
        if (!thumbs || e->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(e, view, opt, index);
        const QModelIndex host = index.siblingAtColumn(0);
        const QStringList keys = screensOf(host);
        const int vms = host.model()->rowCount(host);
        for (int i = 0; i < vms && i <= keys.size(); ++i) {
            if (!screenSlot(innerOf(opt.rect), i).contains(e->pos()))
                continue;
            QStringList names;
            for (int r = i; r < (i < keys.size() ? i + 1 : vms); ++r)
                names << host.model()->index(r, 0, host).data(models::KeyRole).toString();
            QToolTip::showText(e->globalPos(), names.join(QLatin1Char('\n')), view);
            return true;
        }
        return QStyledItemDelegate::helpEvent(e, view, opt, index);
    }
    void paint(QPainter *p, const QStyleOptionViewItem &opt, const QModelIndex &index) const override
    {
        const QModelIndex host = index.siblingAtColumn(0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QRectF card = cardOf(opt.rect);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        QColor border = opt.palette.color(QPalette::Mid);
        p->setPen(QPen(selected ? opt.palette.color(QPalette::Highlight) : border, selected ? 2 : 1));
        p->setBrush(opt.palette.color(QPalette::Base));
        p->drawRoundedRect(card, 6, 6);
        // State strip on the left edge: the host's dot colour.
        const QColor state = host.data(Qt::DecorationRole).value<QColor>();
        QPainterPath strip;
        strip.addRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3);
        p->fillPath(strip, state.isValid() ? state : border);

        QRectF inner = innerOf(opt.rect);
        if (thumbs) {
            paintScreens(p, opt, host, inner);
            inner.setBottom(inner.bottom() - kStrip);
        }
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(opt.palette.color(QPalette::Text));
        const QFontMetrics bfm(bold);
        const int vms = host.siblingAtColumn(models::HostTreeModel::VmCount).data(models::RawRole).toInt();
        const QString count = QObject::tr("%n VM(s)", nullptr, vms);
        p->drawText(QRectF(inner.left(), inner.top(), inner.width(), bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    bfm.elidedText(host.data().toString(), Qt::ElideRight, int(inner.width() * 0.6)));
        p->setFont(opt.font);
        const QFontMetrics fm(opt.font);
        p->drawText(QRectF(inner.left(), inner.top(), inner.width(), bfm.height()), Qt::AlignRight | Qt::AlignVCenter, count);
        QColor dim = opt.palette.color(QPalette::Text);
        dim.setAlpha(150);
        p->setPen(dim);
        const QString status = host.siblingAtColumn(models::HostTreeModel::Status).data().toString();
        p->drawText(QRectF(inner.left(), inner.top() + bfm.height(), inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, status);
        const qreal barH = fm.height() + 2;
        qreal y = inner.bottom() - 2 * barH - 3;
        for (int col : {int(models::HostTreeModel::Cpu), int(models::HostTreeModel::Memory)}) {
            const QModelIndex cell = host.siblingAtColumn(col);
            const QVariant f = cell.data(models::FractionRole);
            if (f.isValid())
                paintUsageBar(p, QRectF(inner.left(), y, inner.width(), barH), f.toDouble(), loadColor(f.toDouble()),
                              cell.data().toString(), opt.palette, false);
            y += barH + 3;
        }
        p->restore();
    }
};
} // namespace

HostMap::HostMap(models::HostTreeModel *model, QWidget *parent) : QListView(parent), m_hosts(model)
{
    setObjectName(QStringLiteral("hostMap"));
    setModel(model);
    setItemDelegate(new HostTileDelegate(this)); // the view owns it
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(2);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DropOnly);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    connect(model, &QAbstractItemModel::modelReset, this, &HostMap::follow);
    // Hosts come and go at the cluster level only; VM rows below them do not concern the map.
    // The view keeps a hidden row hidden as rows move around it (by persistent index), so a new
    // or removed host only needs the pseudo-host hidden if it is new: showing every row again
    // made filling 5,000 hosts one at a time 5,000 passes over them.
    const auto hostsChanged = [this](const QModelIndex &under) {
        if (!under.isValid() || under == m_hosts->clusterIndex())
            hidePseudoHost();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, hostsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, hostsChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &HostMap::shownTilesChanged);
    follow();
}

void HostMap::showEvent(QShowEvent *e)
{
    QListView::showEvent(e);
    Q_EMIT shownTilesChanged();
}

void HostMap::resizeEvent(QResizeEvent *e)
{
    QListView::resizeEvent(e);
    Q_EMIT shownTilesChanged();
}

void HostMap::follow()
{
    setRootIndex(m_hosts->clusterIndex());
    const QModelIndex pseudo = m_hosts->hostIndex(QString());
    for (int r = 0; r < m_hosts->rowCount(rootIndex()); ++r)
        setRowHidden(r, pseudo.isValid() && r == pseudo.row());
}

void HostMap::hidePseudoHost()
{
    const QModelIndex pseudo = m_hosts->hostIndex(QString());
    if (pseudo.isValid() && !isRowHidden(pseudo.row()))
        setRowHidden(pseudo.row(), true);
}

void HostMap::setThumbnails(models::ThumbnailCache *cache)
{
    if (m_thumbs == cache)
        return;
    if (m_thumbs)
        disconnect(m_thumbs, nullptr, viewport(), nullptr);
    m_thumbs = cache;
    static_cast<HostTileDelegate *>(itemDelegate())->thumbs = cache;
    if (cache)
        connect(cache, &models::ThumbnailCache::updated, viewport(), qOverload<>(&QWidget::update));
    // Tile size changes: lay the grid out again.
    setUniformItemSizes(false);
    setUniformItemSizes(true);
    scheduleDelayedItemsLayout();
}

QStringList HostMap::visibleVmKeys() const
{
    QStringList keys;
    if (!m_thumbs || !isVisible())
        return keys;
    const QRect shown = viewport()->rect();
    for (int r = 0; r < model()->rowCount(rootIndex()); ++r) {
        const QModelIndex tile = model()->index(r, 0, rootIndex());
        if (!isRowHidden(r) && visualRect(tile).intersects(shown))
            keys << screensOf(tile);
    }
    return keys;
}

QRect HostMap::screenRect(const QModelIndex &tile, int slot) const
{
    return m_thumbs ? screenSlot(innerOf(visualRect(tile)), slot).toAlignedRect() : QRect();
}

QModelIndex HostMap::tileOf(const QString &host) const
{
    return host.isEmpty() ? QModelIndex() : m_hosts->hostIndex(host);
}

} // namespace drover::ui
