#pragma once
// A serial console's screen: a character grid driven by libvterm, so full-screen programs on the
// guest (top, vi, installers) draw as on a real terminal — cursor addressing, scroll regions, the
// alternate screen, DEC line drawing, 16/256/true colours, bold/italic/underline/reverse.
//
// Why libvterm and not our own parser: the VT100/xterm state machine is large and its corner
// cases (origin mode, wrap-pending, scroll margins, charsets) are what broke the previous
// hand-written subset; libvterm is small, C, in Debian and used by Neovim and Vim.
//
// Contract:
//  - feed() takes the guest's bytes as they come (UTF-8; a sequence split across chunks is fine).
//  - typed() carries every byte the terminal sends to the guest: keys, pastes (bracketed when the
//    guest asked for it with ?2004h) and libvterm's answers to queries (cursor position, device
//    attributes). Emitted once per key, paste or feed, never in fragments.
//  - gridResized() is emitted when the widget's size gives a new number of columns or rows; the
//    grid is then that size (libvterm 0.1.4 does not reflow lines).
//  - Lines scrolled off the top of the main screen go to a scrollback (scrollbackLimit() lines,
//    5000 by default), shown with the scroll bar, the wheel and Shift+PgUp/PgDn. The alternate
//    screen keeps none, as xterm.
//  - Default colours are the palette's Base and Text; everything else comes from the guest.
// GUI thread only. The VTerm is owned here and freed with the widget.
#include <QAbstractScrollArea>
#include <QColor>
#include <QFont>
#include <QStringList>

#include <deque>
#include <vector>

#include <vterm.h>

namespace drover::ui {

class VtermWidget : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit VtermWidget(QWidget *parent = nullptr);
    ~VtermWidget() override;

    int columns() const { return m_cols; }
    int rows() const { return m_rows; }
    QSize cellSize() const { return {m_cellW, m_cellH}; }
    // The widget size whose viewport holds exactly cols × rows cells.
    QSize sizeForGrid(int cols, int rows) const;

    // The live screen (not the scrollback), one string per row, trailing blanks dropped.
    QStringList screenLines() const;
    QString screenText() const { return screenLines().join(QLatin1Char('\n')); }
    // Scrollback and screen together, as a person would copy it all.
    QString text() const;
    int scrollbackCount() const { return int(m_scrollback.size()); }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    QString scrollbackLine(int index) const; // 0 = the oldest kept

    struct CellInfo
    {
        QString text;
        QColor foreground, background; // as drawn, after reverse video
        bool bold = false, italic = false, underline = false, reverse = false;
    };
    // A cell of the live screen (row and column from 0).
    CellInfo cellAt(int row, int col) const;
    QPoint cursorPosition() const { return {m_cursor.col, m_cursor.row}; } // x = column
    bool alternateScreen() const { return m_altScreen; }

    QString selectedText() const;
    bool hasSelection() const { return m_selAnchor != m_selEnd; }

public Q_SLOTS:
    void feed(const QByteArray &bytes);
    // Empties the scrollback and the screen (cursor home). Modes the guest set stay.
    void clear();
    void copy();
    void paste();
    void pasteText(const QString &text);

Q_SIGNALS:
    void typed(const QByteArray &bytes);
    void gridResized(int columns, int rows);
    void titleChanged(const QString &title);

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    bool focusNextPrevChild(bool) override { return false; }

private:
    using Line = std::vector<VTermScreenCell>;
    // A position in "line ids": an id stays with a line's content while it scrolls up into the
    // scrollback, so a selection follows the text it was made on.
    struct Pos
    {
        qint64 line = 0;
        int col = 0;
        bool operator==(const Pos &o) const { return line == o.line && col == o.col; }
        bool operator<(const Pos &o) const
        {
            return line < o.line || (line == o.line && col < o.col);
        }
    };

    // libvterm callbacks (VtermWidget.cpp), user data = this.
    static int onDamage(VTermRect rect, void *user);
    static int onMoveRect(VTermRect dest, VTermRect src, void *user);
    static int onMoveCursor(VTermPos pos, VTermPos oldpos, int visible, void *user);
    static int onSetTermProp(VTermProp prop, VTermValue *val, void *user);
    static int onBell(void *user);
    static int onPushLine(int cols, const VTermScreenCell *cells, void *user);
    static int onPopLine(int cols, VTermScreenCell *cells, void *user);
    static void onOutput(const char *s, size_t len, void *user);

    void updateMetrics();
    void updateGridSize();
    void syncScrollBar();
    void flushOutput();
    void scrollToBottom();
    void dirty() { m_dirty = true; }

    // The cell of a line: line < 0 is scrollback (-1 = newest), 0..rows-1 the screen.
    VTermScreenCell cell(int line, int col) const;
    // Empty for a blank cell or the right half of a wide character.
    static QString cellString(const VTermScreenCell &c);
    QString lineText(int line, int fromCol, int toCol) const;
    int viewTopLine() const { return -m_scrollOffset; }
    qint64 lineId(int line) const { return m_pushedTotal + line; }
    int lineOfId(qint64 id) const { return int(id - m_pushedTotal); }
    Pos posAt(const QPoint &viewportPoint) const;
    bool isSelected(int line, int col) const;
    void clearSelection();

    // Painting (VtermWidgetPaint.cpp).
    QColor rgb(VTermColor c, bool foreground) const;
    void cellColors(const VTermScreenCell &c, QColor *fg, QColor *bg) const;
    const QFont &fontFor(bool bold, bool italic) const;
    void paintRow(QPainter &p, int viewRow);
    void paintCell(QPainter &p, const VTermScreenCell &c, int x, int y, bool selected);
    void paintCursor(QPainter &p);

    // Input (VtermWidgetInput.cpp).
    bool sendSpecialKey(QKeyEvent *e, VTermModifier mod);
    bool handleLocalKey(QKeyEvent *e);

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_rows = 24, m_cols = 80;
    int m_cellW = 8, m_cellH = 16, m_ascent = 12;
    QFont m_fonts[4]; // regular, bold, italic, bold italic

    std::deque<Line> m_scrollback;
    int m_scrollbackLimit = 5000;
    int m_scrollOffset = 0;   // lines scrolled back from the live screen
    qint64 m_pushedTotal = 0; // lines pushed into the scrollback, less those popped back

    VTermPos m_cursor{0, 0};
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    bool m_dirty = false;

    Pos m_selAnchor, m_selEnd;
    bool m_selecting = false;

    QByteArray m_pendingOut;
    QByteArray m_utf8Tail; // an incomplete UTF-8 sequence that ended the last feed()
};

} // namespace drover::ui
