// VtermWidget: keys to libvterm (which knows what bytes each key sends in the modes the guest
// set: application cursor keys, bracketed paste), mouse selection, clipboard, context menu.
#include "VtermWidget.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>

namespace drover::ui {

namespace {

VTermModifier modifiersOf(Qt::KeyboardModifiers m)
{
    int mod = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

VTermKey vtermKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return VTermKey(VTERM_KEY_FUNCTION(1 + key - Qt::Key_F1));
    return VTERM_KEY_NONE;
}

bool isWordChar(const QString &s)
{
    return !s.isEmpty() && !s.at(0).isSpace();
}

} // namespace

bool VtermWidget::event(QEvent *e)
{
    // Every key belongs to the guest (Ctrl+W erases a word there, F1 is the guest's): no window
    // or application shortcut takes it while the terminal has the focus.
    if (e->type() == QEvent::ShortcutOverride) {
        e->accept();
        return true;
    }
    return QAbstractScrollArea::event(e);
}

bool VtermWidget::sendSpecialKey(QKeyEvent *e, VTermModifier mod)
{
    const VTermKey key = vtermKey(e->key());
    if (key == VTERM_KEY_NONE)
        return false;
    if (e->key() == Qt::Key_Backtab)
        mod = VTermModifier(mod | VTERM_MOD_SHIFT);
    vterm_keyboard_key(m_vt, key, mod);
    return true;
}

bool VtermWidget::handleLocalKey(QKeyEvent *e)
{
    const Qt::KeyboardModifiers m =
        e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    if (m == (Qt::ControlModifier | Qt::ShiftModifier) && e->key() == Qt::Key_C) {
        copy();
        return true;
    }
    if ((m == (Qt::ControlModifier | Qt::ShiftModifier) && e->key() == Qt::Key_V) ||
        (m == Qt::ShiftModifier && e->key() == Qt::Key_Insert)) {
        paste();
        return true;
    }
    if (m == Qt::ShiftModifier && (e->key() == Qt::Key_PageUp || e->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() +
                      (e->key() == Qt::Key_PageUp ? -1 : 1) * std::max(1, m_rows - 1));
        return true;
    }
    return false;
}

void VtermWidget::keyPressEvent(QKeyEvent *e)
{
    if (handleLocalKey(e))
        return;
    const VTermModifier mod = modifiersOf(e->modifiers());
    const int before = int(m_pendingOut.size());
    if (!sendSpecialKey(e, mod)) {
        if ((e->modifiers() & Qt::ControlModifier) && e->key() >= Qt::Key_A &&
            e->key() <= Qt::Key_Z) {
            // The letter, not the text: X11 gives "\x03" for Ctrl+C, others give "c" or "C".
            vterm_keyboard_unichar(m_vt, uint32_t('a' + (e->key() - Qt::Key_A)), mod);
        } else {
            for (const char32_t c : e->text().toUcs4()) {
                const bool control = c < 0x20 || c == 0x7f; // already what the key sends
                vterm_keyboard_unichar(m_vt, c, control ? VTERM_MOD_NONE : mod);
            }
        }
    }
    if (int(m_pendingOut.size()) == before) {
        e->ignore();
        return;
    }
    scrollToBottom();
    flushOutput();
}

void VtermWidget::scrollToBottom()
{
    if (m_scrollOffset == 0)
        return;
    m_scrollOffset = 0;
    syncScrollBar();
    viewport()->update();
}

// ---- clipboard ----

void VtermWidget::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void VtermWidget::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

void VtermWidget::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    t.replace(QLatin1Char('\n'), QLatin1Char('\r')); // a terminal sends Enter as CR
    // Brackets mark the paste only if nothing inside can close them: other control characters
    // (ESC above all) are dropped, as xterm does with its allowPasteControls off.
    vterm_keyboard_start_paste(m_vt);
    for (const char32_t c : t.toUcs4()) {
        if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
            continue;
        vterm_keyboard_unichar(m_vt, c, VTERM_MOD_NONE);
    }
    vterm_keyboard_end_paste(m_vt);
    scrollToBottom();
    flushOutput();
}

// ---- selection ----

VtermWidget::Pos VtermWidget::posAt(const QPoint &p) const
{
    const int row = std::clamp(p.y() / m_cellH, 0, m_rows - 1);
    // Between cells: a drag from the left half of a cell takes that cell.
    const int col = std::clamp((p.x() + m_cellW / 2) / m_cellW, 0, m_cols);
    return {lineId(viewTopLine() + row), col};
}

bool VtermWidget::isSelected(int line, int col) const
{
    if (!hasSelection())
        return false;
    const Pos p{lineId(line), col};
    const Pos &from = std::min(m_selAnchor, m_selEnd);
    const Pos &to = std::max(m_selAnchor, m_selEnd);
    return !(p < from) && p < to;
}

void VtermWidget::clearSelection()
{
    m_selAnchor = m_selEnd = Pos{};
    m_selecting = false;
}

QString VtermWidget::selectedText() const
{
    if (!hasSelection())
        return {};
    const Pos from = std::min(m_selAnchor, m_selEnd);
    const Pos to = std::max(m_selAnchor, m_selEnd);
    QStringList lines;
    for (qint64 id = from.line; id <= to.line; ++id) {
        const int line = lineOfId(id);
        if (line < -int(m_scrollback.size()) || line >= m_rows)
            continue; // dropped from the scrollback since
        lines << lineText(line, id == from.line ? from.col : 0, id == to.line ? to.col : m_cols);
    }
    return lines.join(QLatin1Char('\n'));
}

void VtermWidget::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        m_selAnchor = m_selEnd = posAt(e->position().toPoint());
        m_selecting = true;
        viewport()->update();
    } else if (e->button() == Qt::MiddleButton &&
               QGuiApplication::clipboard()->supportsSelection()) {
        pasteText(QGuiApplication::clipboard()->text(QClipboard::Selection));
    }
}

void VtermWidget::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_selecting)
        return;
    m_selEnd = posAt(e->position().toPoint());
    viewport()->update();
}

void VtermWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void VtermWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    // The word under the pointer: the run of non-blank cells around it.
    const int row = std::clamp(e->position().toPoint().y() / m_cellH, 0, m_rows - 1);
    const int col = std::clamp(e->position().toPoint().x() / m_cellW, 0, m_cols - 1);
    const int line = viewTopLine() + row;
    if (!isWordChar(cellString(cell(line, col))))
        return;
    int from = col, to = col + 1;
    while (from > 0 && isWordChar(cellString(cell(line, from - 1))))
        --from;
    while (to < m_cols && isWordChar(cellString(cell(line, to))))
        ++to;
    m_selAnchor = {lineId(line), from};
    m_selEnd = {lineId(line), to};
    m_selecting = false;
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    viewport()->update();
}

void VtermWidget::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("Copy"), this, &VtermWidget::copy);
    // Shown in the menu; the keys themselves are taken in keyPressEvent.
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("Paste"), this, &VtermWidget::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(!QGuiApplication::clipboard()->text().isEmpty());
    menu.exec(e->globalPos());
}

void VtermWidget::focusInEvent(QFocusEvent *e)
{
    QAbstractScrollArea::focusInEvent(e);
    viewport()->update(); // the cursor turns from an outline into a block
}

void VtermWidget::focusOutEvent(QFocusEvent *e)
{
    QAbstractScrollArea::focusOutEvent(e);
    viewport()->update();
}

} // namespace drover::ui
