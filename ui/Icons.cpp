#include "Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace drover::ui {

namespace {

const QColor kGreen(0x2e, 0x9d, 0x4f), kRed(0xd0, 0x35, 0x35), kBlue(0x2f, 0x7c, 0xd6),
    kAmber(0xd9, 0x8c, 0x00), kSlate(0x4a, 0x55, 0x68);

// Paints a glyph into a 24×24 design box.
void paintGlyph(QPainter &p, Glyph g, QIcon::Mode mode)
{
    p.setRenderHint(QPainter::Antialiasing);
    auto tint = [mode](QColor c) {
        if (mode == QIcon::Disabled) {
            const int gray = qGray(c.rgb());
            c = QColor(gray, gray, gray, 110);
        }
        return c;
    };
    auto pen = [&](const QColor &c, qreal w) {
        QPen pn(tint(c), w);
        pn.setCapStyle(Qt::RoundCap);
        pn.setJoinStyle(Qt::RoundJoin);
        return pn;
    };
    switch (g) {
    case Glyph::Start: {
        QPainterPath path;
        path.moveTo(7, 4.5);
        path.lineTo(19.5, 12);
        path.lineTo(7, 19.5);
        path.closeSubpath();
        p.setPen(pen(kGreen.darker(115), 1.5));
        p.setBrush(tint(kGreen));
        p.drawPath(path);
        break;
    }
    case Glyph::Resume: {
        p.setPen(Qt::NoPen);
        p.setBrush(tint(kGreen));
        p.drawRoundedRect(QRectF(4, 5, 3.5, 14), 1, 1);
        QPainterPath path;
        path.moveTo(10, 5);
        path.lineTo(20.5, 12);
        path.lineTo(10, 19);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Glyph::Stop:
        p.setPen(pen(kSlate.darker(120), 1.5));
        p.setBrush(tint(kSlate));
        p.drawRoundedRect(QRectF(5.5, 5.5, 13, 13), 2, 2);
        break;
    case Glyph::ForceStop:
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(kRed, 2.6));
        p.drawArc(QRectF(4.5, 5.5, 15, 15), 125 * 16, 290 * 16);
        p.drawLine(QPointF(12, 3), QPointF(12, 12));
        break;
    case Glyph::Restart: {
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(kBlue, 2.6));
        p.drawArc(QRectF(5, 5, 14, 14), 60 * 16, 270 * 16);
        QPainterPath head;
        head.moveTo(13, 1.8);
        head.lineTo(19.5, 5.8);
        head.lineTo(13.2, 9.6);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(tint(kBlue));
        p.drawPath(head);
        break;
    }
    case Glyph::Pause:
        p.setPen(Qt::NoPen);
        p.setBrush(tint(kAmber));
        p.drawRoundedRect(QRectF(6, 5, 4.5, 14), 1.2, 1.2);
        p.drawRoundedRect(QRectF(13.5, 5, 4.5, 14), 1.2, 1.2);
        break;
    case Glyph::Host:
        for (int i = 0; i < 2; ++i) {
            const QRectF r(3, 4 + i * 8.5, 18, 7);
            p.setPen(pen(kSlate, 1.3));
            p.setBrush(tint(QColor(0xe8, 0xec, 0xf2)));
            p.drawRoundedRect(r, 1.5, 1.5);
            p.setPen(Qt::NoPen);
            p.setBrush(tint(kGreen));
            p.drawEllipse(QPointF(17.5, r.center().y()), 1.3, 1.3);
            p.setBrush(tint(kSlate));
            p.drawRect(QRectF(6, r.center().y() - 0.6, 7, 1.2));
        }
        break;
    case Glyph::Cluster:
    case Glyph::App: {
        // Three hexagon cells: a herd of machines.
        auto hex = [&](QPointF c, qreal r, const QColor &fill) {
            QPolygonF poly;
            for (int i = 0; i < 6; ++i) {
                const qreal a = qDegreesToRadians(60.0 * i - 30.0);
                poly << c + QPointF(r * qCos(a), r * qSin(a));
            }
            p.setPen(pen(fill.darker(130), 1.0));
            p.setBrush(tint(fill));
            p.drawPolygon(poly);
        };
        if (g == Glyph::App) {
            p.setPen(Qt::NoPen);
            p.setBrush(tint(QColor(0x1f, 0x2a, 0x3c)));
            p.drawRoundedRect(QRectF(0.5, 0.5, 23, 23), 5, 5);
        }
        hex(QPointF(8, 8.5), 5, kBlue);
        hex(QPointF(16.6, 8.5), 5, kGreen);
        hex(QPointF(12.3, 16), 5, kAmber);
        break;
    }
    case Glyph::Warning:
    case Glyph::Error:
    case Glyph::Info:
    case Glyph::Success: {
        const QColor c = g == Glyph::Warning ? kAmber : g == Glyph::Error ? kRed : g == Glyph::Info ? kBlue : kGreen;
        p.setPen(Qt::NoPen);
        p.setBrush(tint(c));
        if (g == Glyph::Warning) {
            QPainterPath tri;
            tri.moveTo(12, 2.5);
            tri.lineTo(22.5, 21);
            tri.lineTo(1.5, 21);
            tri.closeSubpath();
            p.drawPath(tri);
        } else {
            p.drawEllipse(QRectF(2, 2, 20, 20));
        }
        p.setPen(pen(Qt::white, 2.4));
        if (g == Glyph::Success) {
            p.drawPolyline(QPolygonF{QPointF(7, 12.5), QPointF(10.5, 16), QPointF(17, 8.5)});
        } else if (g == Glyph::Error) {
            p.drawLine(QPointF(8, 8), QPointF(16, 16));
            p.drawLine(QPointF(16, 8), QPointF(8, 16));
        } else if (g == Glyph::Info) {
            p.drawLine(QPointF(12, 11), QPointF(12, 17));
            p.drawPoint(QPointF(12, 7.2));
        } else {
            p.drawLine(QPointF(12, 9), QPointF(12, 14));
            p.drawPoint(QPointF(12, 17.8));
        }
        break;
    }
    case Glyph::Filter:
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(kSlate, 2.2));
        p.drawEllipse(QRectF(4, 4, 11, 11));
        p.drawLine(QPointF(13.5, 13.5), QPointF(20, 20));
        break;
    }
}

class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph g) : m_glyph(g) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        paintGlyph(*painter, m_glyph, mode);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), pm.size()), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }
    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon icon(Glyph g)
{
    return QIcon(new GlyphEngine(g));
}

QIcon actionIcon(models::VmAction a)
{
    switch (a) {
    case models::VmAction::Start: return icon(Glyph::Start);
    case models::VmAction::Stop: return icon(Glyph::Stop);
    case models::VmAction::ForceStop: return icon(Glyph::ForceStop);
    case models::VmAction::Restart: return icon(Glyph::Restart);
    case models::VmAction::Pause: return icon(Glyph::Pause);
    case models::VmAction::Resume: return icon(Glyph::Resume);
    }
    return {};
}

QIcon dotIcon(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    auto it = cache.constFind(color.rgba());
    if (it != cache.constEnd())
        return *it;
    QIcon ic;
    for (int side : {12, 16, 24, 32}) {
        QPixmap pm(side, side);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(125), side / 12.0));
        p.setBrush(color);
        const qreal r = side * 0.3;
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
        p.end();
        ic.addPixmap(pm);
    }
    cache.insert(color.rgba(), ic);
    return ic;
}

} // namespace drover::ui
