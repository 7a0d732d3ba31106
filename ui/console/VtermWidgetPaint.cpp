// VtermWidget: drawing the grid — one cell at a time, so every glyph sits on its column whatever
// font a fallback character comes from.
#include "VtermWidget.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace drover::ui {

QColor VtermWidget::rgb(VTermColor c, bool foreground) const
{
    if (foreground && VTERM_COLOR_IS_DEFAULT_FG(&c))
        return palette().color(QPalette::Text);
    if (!foreground && VTERM_COLOR_IS_DEFAULT_BG(&c))
        return palette().color(QPalette::Base);
    vterm_screen_convert_color_to_rgb(m_screen, &c);
    return QColor(c.rgb.red, c.rgb.green, c.rgb.blue);
}

void VtermWidget::cellColors(const VTermScreenCell &c, QColor *fg, QColor *bg) const
{
    *fg = rgb(c.fg, true);
    *bg = rgb(c.bg, false);
    if (c.attrs.reverse)
        std::swap(*fg, *bg);
}

const QFont &VtermWidget::fontFor(bool bold, bool italic) const
{
    return m_fonts[(bold ? 1 : 0) | (italic ? 2 : 0)];
}

void VtermWidget::paintEvent(QPaintEvent *e)
{
    QPainter p(viewport());
    const QRect r = e->rect();
    p.fillRect(r, palette().color(QPalette::Base));
    const int first = std::max(0, r.top() / m_cellH);
    const int last = std::min(m_rows - 1, r.bottom() / m_cellH);
    for (int row = first; row <= last; ++row)
        paintRow(p, row);
    paintCursor(p);
}

void VtermWidget::paintRow(QPainter &p, int viewRow)
{
    const int line = viewTopLine() + viewRow;
    const int y = viewRow * m_cellH;
    for (int col = 0; col < m_cols; ++col) {
        const VTermScreenCell c = cell(line, col);
        if (c.chars[0] == 0xffffffffu) // drawn with the wide character on its left
            continue;
        paintCell(p, c, col * m_cellW, y, isSelected(line, col));
    }
}

void VtermWidget::paintCell(QPainter &p, const VTermScreenCell &c, int x, int y, bool selected)
{
    QColor fg, bg;
    cellColors(c, &fg, &bg);
    if (selected) {
        fg = palette().color(QPalette::HighlightedText);
        bg = palette().color(QPalette::Highlight);
    }
    const int width = std::max(1, int(c.width)) * m_cellW;
    const QRect box(x, y, width, m_cellH);
    if (bg != palette().color(QPalette::Base))
        p.fillRect(box, bg);
    if (c.chars[0] != 0 && c.chars[0] != ' ') {
        p.setFont(fontFor(c.attrs.bold, c.attrs.italic));
        p.setPen(fg);
        p.drawText(QPoint(x, y + m_ascent), cellString(c));
    }
    if (c.attrs.underline != VTERM_UNDERLINE_OFF) {
        const int uy = y + m_ascent + std::max(1, (m_cellH - m_ascent) / 2);
        p.fillRect(QRect(x, uy, width, 1), fg);
        if (c.attrs.underline == VTERM_UNDERLINE_DOUBLE)
            p.fillRect(QRect(x, uy + 2, width, 1), fg);
    }
    if (c.attrs.strike)
        p.fillRect(QRect(x, y + m_ascent * 2 / 3, width, 1), fg);
}

void VtermWidget::paintCursor(QPainter &p)
{
    if (!m_cursorVisible)
        return;
    const int viewRow = m_cursor.row - viewTopLine();
    if (viewRow < 0 || viewRow >= m_rows || m_cursor.col >= m_cols)
        return;
    const VTermScreenCell c = cell(m_cursor.row, m_cursor.col);
    const int x = m_cursor.col * m_cellW, y = viewRow * m_cellH;
    const int width = std::max(1, int(c.width)) * m_cellW;
    QColor fg, bg;
    cellColors(c, &fg, &bg);
    if (!hasFocus()) { // an outline, as terminals show a cursor that does not take keys
        p.setPen(fg);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(x, y, width - 1, m_cellH - 1));
        return;
    }
    // A block in the cell's text colour with its character in the background colour.
    p.fillRect(QRect(x, y, width, m_cellH), fg);
    const QString text = cellString(c);
    if (!text.isEmpty()) {
        p.setFont(fontFor(c.attrs.bold, c.attrs.italic));
        p.setPen(bg);
        p.drawText(QPoint(x, y + m_ascent), text);
    }
}

} // namespace drover::ui
