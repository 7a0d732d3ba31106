// VtermWidget: the VTerm, its callbacks, the scrollback, the grid's size and the text accessors.
// Painting is in VtermWidgetPaint.cpp, keys, mouse and clipboard in VtermWidgetInput.cpp.
#include "VtermWidget.h"

#include <QFontDatabase>
#include <QResizeEvent>
#include <QScrollBar>
#include <QtMath>

#include <algorithm>
#include <utility>

namespace drover::ui {

namespace {

VTermScreenCell blankCell()
{
    VTermScreenCell c{};
    c.width = 1;
    c.fg.type = VTERM_COLOR_DEFAULT_FG;
    c.bg.type = VTERM_COLOR_DEFAULT_BG;
    return c;
}

} // namespace

VtermWidget::VtermWidget(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("vtermWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Always there, so the grid's width does not change when the first line scrolls off.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateMetrics();

    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &VtermWidget::onOutput, this);
    m_screen = vterm_obtain_screen(m_vt);
    // libvterm keeps the pointer, not a copy: the table must outlive every VTerm.
    static const VTermScreenCallbacks callbacks = {
        .damage = &VtermWidget::onDamage,
        .moverect = &VtermWidget::onMoveRect,
        .movecursor = &VtermWidget::onMoveCursor,
        .settermprop = &VtermWidget::onSetTermProp,
        .bell = &VtermWidget::onBell,
        .resize = nullptr,
        .sb_pushline = &VtermWidget::onPushLine,
        .sb_popline = &VtermWidget::onPopLine,
    };
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_scrollOffset = verticalScrollBar()->maximum() - value;
        viewport()->update();
    });
    syncScrollBar();
}

VtermWidget::~VtermWidget()
{
    vterm_free(m_vt);
}

void VtermWidget::feed(const QByteArray &bytes)
{
    // libvterm 0.1.4 turns a UTF-8 sequence split across two writes into two U+FFFD: an
    // incomplete one at the end waits for the next chunk.
    QByteArray chunk = std::exchange(m_utf8Tail, {}) + bytes;
    qsizetype lead = chunk.size() - 1;
    while (lead >= 0 && chunk.size() - lead <= 3 && (uchar(chunk[lead]) & 0xc0) == 0x80)
        --lead;
    if (lead >= 0) {
        const uchar b = uchar(chunk[lead]);
        const qsizetype need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (b < 0xf8 && chunk.size() - lead < need) {
            m_utf8Tail = chunk.mid(lead);
            chunk.truncate(lead);
        }
    }
    if (chunk.isEmpty())
        return;
    vterm_input_write(m_vt, chunk.constData(), size_t(chunk.size()));
    vterm_screen_flush_damage(m_screen);
    syncScrollBar();
    if (m_dirty) {
        m_dirty = false;
        viewport()->update();
    }
    flushOutput(); // answers to queries (DSR, DA) go back to the guest
}

void VtermWidget::clear()
{
    m_scrollback.clear();
    m_scrollOffset = 0;
    clearSelection();
    static const char eraseAll[] = "\x1b[H\x1b[2J";
    vterm_input_write(m_vt, eraseAll, sizeof(eraseAll) - 1);
    vterm_screen_flush_damage(m_screen);
    syncScrollBar();
    viewport()->update();
}

void VtermWidget::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
    m_scrollOffset = std::min(m_scrollOffset, int(m_scrollback.size()));
    syncScrollBar();
}

// ---- libvterm callbacks ----

int VtermWidget::onDamage(VTermRect, void *user)
{
    static_cast<VtermWidget *>(user)->dirty();
    return 1;
}

int VtermWidget::onMoveRect(VTermRect, VTermRect, void *user)
{
    static_cast<VtermWidget *>(user)->dirty();
    return 1;
}

int VtermWidget::onMoveCursor(VTermPos pos, VTermPos, int visible, void *user)
{
    auto *w = static_cast<VtermWidget *>(user);
    w->m_cursor = pos;
    w->m_cursorVisible = visible != 0;
    w->dirty();
    return 1;
}

int VtermWidget::onSetTermProp(VTermProp prop, VTermValue *val, void *user)
{
    auto *w = static_cast<VtermWidget *>(user);
    switch (prop) {
    case VTERM_PROP_CURSORVISIBLE:
        w->m_cursorVisible = val->boolean != 0;
        break;
    case VTERM_PROP_ALTSCREEN:
        w->m_altScreen = val->boolean != 0;
        w->m_scrollOffset = 0; // the alternate screen is always shown live
        w->clearSelection();
        break;
    case VTERM_PROP_TITLE:
        Q_EMIT w->titleChanged(QString::fromUtf8(val->string));
        break;
    default:
        return 0;
    }
    w->dirty();
    return 1;
}

int VtermWidget::onBell(void *)
{
    return 1;
}

int VtermWidget::onPushLine(int cols, const VTermScreenCell *cells, void *user)
{
    auto *w = static_cast<VtermWidget *>(user);
    if (w->m_altScreen || w->m_scrollbackLimit == 0)
        return 0;
    // Trailing blanks are not kept: most lines are short, and 5000 full rows would be megabytes.
    int used = cols;
    while (used > 0 && cells[used - 1].chars[0] == 0 &&
           VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg))
        --used;
    w->m_scrollback.emplace_back(cells, cells + used);
    ++w->m_pushedTotal;
    if (int(w->m_scrollback.size()) > w->m_scrollbackLimit)
        w->m_scrollback.pop_front();
    if (w->m_scrollOffset > 0) // someone reading the scrollback keeps seeing the same lines
        w->m_scrollOffset = std::min(w->m_scrollOffset + 1, int(w->m_scrollback.size()));
    return 1;
}

int VtermWidget::onPopLine(int cols, VTermScreenCell *cells, void *user)
{
    auto *w = static_cast<VtermWidget *>(user);
    if (w->m_scrollback.empty())
        return 0;
    const Line &line = w->m_scrollback.back();
    for (int i = 0; i < cols; ++i)
        cells[i] = i < int(line.size()) ? line[size_t(i)] : blankCell();
    w->m_scrollback.pop_back();
    --w->m_pushedTotal;
    w->m_scrollOffset = std::min(w->m_scrollOffset, int(w->m_scrollback.size()));
    return 1;
}

void VtermWidget::onOutput(const char *s, size_t len, void *user)
{
    static_cast<VtermWidget *>(user)->m_pendingOut.append(s, qsizetype(len));
}

void VtermWidget::flushOutput()
{
    if (m_pendingOut.isEmpty())
        return;
    const QByteArray out = std::exchange(m_pendingOut, {});
    Q_EMIT typed(out);
}

// ---- size ----

void VtermWidget::updateMetrics()
{
    const QFontMetricsF fm(font());
    m_cellW = std::max(1, qCeil(fm.horizontalAdvance(QLatin1Char('M'))));
    m_cellH = std::max(1, qCeil(fm.height()));
    m_ascent = qCeil(fm.ascent());
    for (int i = 0; i < 4; ++i) {
        m_fonts[i] = font();
        m_fonts[i].setBold(i & 1);
        m_fonts[i].setItalic(i & 2);
        // Bold and italic faces of some fonts are wider: keep every glyph on the grid.
        m_fonts[i].setKerning(false);
    }
}

QSize VtermWidget::sizeForGrid(int cols, int rows) const
{
    const QMargins m = contentsMargins() + viewportMargins();
    const int bar = verticalScrollBar()->sizeHint().width();
    return {cols * m_cellW + m.left() + m.right() + bar, rows * m_cellH + m.top() + m.bottom()};
}

void VtermWidget::updateGridSize()
{
    if (!m_vt) // setFont() in the constructor, before the VTerm exists
        return;
    const QSize vp = viewport()->size();
    const int cols = std::max(2, vp.width() / m_cellW);
    const int rows = std::max(1, vp.height() / m_cellH);
    if (cols == m_cols && rows == m_rows)
        return;
    m_cols = cols;
    m_rows = rows;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    clearSelection();
    syncScrollBar();
    viewport()->update();
    Q_EMIT gridResized(cols, rows);
}

void VtermWidget::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    updateGridSize();
}

void VtermWidget::changeEvent(QEvent *e)
{
    QAbstractScrollArea::changeEvent(e);
    if (e->type() == QEvent::FontChange) {
        updateMetrics();
        updateGridSize();
        viewport()->update();
    } else if (e->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

void VtermWidget::syncScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker block(bar);
    const int count = m_altScreen ? 0 : int(m_scrollback.size());
    m_scrollOffset = std::clamp(m_scrollOffset, 0, count);
    bar->setRange(0, count);
    bar->setPageStep(m_rows);
    bar->setSingleStep(1);
    bar->setValue(count - m_scrollOffset);
}

// ---- cells and text ----

VTermScreenCell VtermWidget::cell(int line, int col) const
{
    if (line >= 0) {
        VTermScreenCell c;
        if (line < m_rows && col < m_cols &&
            vterm_screen_get_cell(m_screen, VTermPos{line, col}, &c))
            return c;
        return blankCell();
    }
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return blankCell();
    const Line &l = m_scrollback[size_t(index)];
    return col < int(l.size()) ? l[size_t(col)] : blankCell();
}

QString VtermWidget::cellString(const VTermScreenCell &c)
{
    if (c.chars[0] == 0xffffffffu) // the right half of a wide character
        return {};
    char32_t chars[VTERM_MAX_CHARS_PER_CELL];
    int n = 0;
    for (; n < VTERM_MAX_CHARS_PER_CELL && c.chars[n]; ++n)
        chars[n] = c.chars[n];
    return QString::fromUcs4(chars, n);
}

QString VtermWidget::lineText(int line, int fromCol, int toCol) const
{
    QString s;
    for (int col = fromCol; col < toCol; ++col) {
        const VTermScreenCell c = cell(line, col);
        if (c.chars[0] == 0xffffffffu) // the right half of a wide character
            continue;
        s += c.chars[0] == 0 ? QStringLiteral(" ") : cellString(c);
    }
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

QStringList VtermWidget::screenLines() const
{
    QStringList lines;
    for (int row = 0; row < m_rows; ++row)
        lines << lineText(row, 0, m_cols);
    return lines;
}

QString VtermWidget::scrollbackLine(int index) const
{
    if (index < 0 || index >= int(m_scrollback.size()))
        return {};
    return lineText(index - int(m_scrollback.size()), 0, m_cols);
}

QString VtermWidget::text() const
{
    QStringList lines;
    for (int i = 0; i < int(m_scrollback.size()); ++i)
        lines << scrollbackLine(i);
    lines << screenLines();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

VtermWidget::CellInfo VtermWidget::cellAt(int row, int col) const
{
    const VTermScreenCell c = cell(row, col);
    CellInfo info;
    info.text = cellString(c);
    cellColors(c, &info.foreground, &info.background);
    info.bold = c.attrs.bold;
    info.italic = c.attrs.italic;
    info.underline = c.attrs.underline != VTERM_UNDERLINE_OFF;
    info.reverse = c.attrs.reverse;
    return info;
}

} // namespace drover::ui
