#include "AnsiTerminal.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace drover::ui {

namespace {
// The 16 colours of a Linux console, dark then bright.
const QColor kPalette[16] = {QColor(0x2e, 0x34, 0x36), QColor(0xcc, 0x00, 0x00), QColor(0x4e, 0x9a, 0x06), QColor(0xc4, 0xa0, 0x00),
                             QColor(0x34, 0x65, 0xa4), QColor(0x75, 0x50, 0x7b), QColor(0x06, 0x98, 0x9a), QColor(0xd3, 0xd7, 0xcf),
                             QColor(0x55, 0x57, 0x53), QColor(0xef, 0x29, 0x29), QColor(0x8a, 0xe2, 0x34), QColor(0xfc, 0xe9, 0x4f),
                             QColor(0x72, 0x9f, 0xcf), QColor(0xad, 0x7f, 0xa8), QColor(0x34, 0xe2, 0xe2), QColor(0xee, 0xee, 0xec)};
} // namespace

AnsiTerminal::AnsiTerminal(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("serialTerminal"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    pal.setColor(QPalette::Text, kPalette[7]);
    setPalette(pal);
    m_default.setForeground(kPalette[7]);
    m_format = m_default;
    m_cursor = QTextCursor(document());
}

void AnsiTerminal::feed(const QByteArray &bytes)
{
    QByteArray text;
    const auto flush = [&] {
        if (text.isEmpty())
            return;
        QByteArray all = m_utf8 + text;
        // Keep a trailing partial UTF-8 sequence for the next chunk.
        int keep = 0;
        for (int i = all.size() - 1; i >= 0 && i >= all.size() - 3; --i) {
            const auto c = static_cast<unsigned char>(all[i]);
            if ((c & 0xc0) == 0x80)
                continue;
            const int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            if (all.size() - i < need)
                keep = all.size() - i;
            break;
        }
        m_utf8 = all.right(keep);
        put(QString::fromUtf8(all.left(all.size() - keep)));
        text.clear();
    };
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (m_state) {
        case State::Text:
            if (c == 0x1b) {
                flush();
                m_state = State::Esc;
            } else if (c == '\r' || c == '\n' || c == '\b' || c == '\t') {
                flush();
                if (c == '\n') {
                    m_cursor.movePosition(QTextCursor::EndOfBlock);
                    if (m_cursor.atEnd())
                        m_cursor.insertBlock();
                    else
                        m_cursor.movePosition(QTextCursor::NextBlock);
                } else if (c == '\r') {
                    m_cursor.movePosition(QTextCursor::StartOfBlock);
                } else if (c == '\b') {
                    if (!m_cursor.atBlockStart())
                        m_cursor.movePosition(QTextCursor::Left);
                } else {
                    put(QString(8 - m_cursor.positionInBlock() % 8, QLatin1Char(' ')));
                }
            } else if (c >= 0x20) {
                text.append(ch);
            } // other C0 controls (BEL, SI/SO...) are not shown
            break;
        case State::Esc:
            m_params.clear();
            m_state = c == '[' ? State::Csi : c == ']' ? State::Osc : State::Text; // ESC x: two-byte sequence, skipped
            break;
        case State::Csi:
            if (c >= 0x40 && c <= 0x7e) {
                csi(QChar(char16_t(c)), m_params);
                m_state = State::Text;
            } else if (m_params.size() < 64) {
                m_params.append(ch);
            } else {
                m_state = State::Text; // absurdly long: drop it
            }
            break;
        case State::Osc: // window titles and the like: up to BEL or ESC
            if (c == 0x07 || c == 0x1b)
                m_state = State::Text;
            break;
        }
    }
    flush();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void AnsiTerminal::put(const QString &s)
{
    if (s.isEmpty())
        return;
    // Overwrite what follows the cursor on this line (after CR or backspace), then insert.
    const int rest = m_cursor.block().length() - 1 - m_cursor.positionInBlock();
    if (rest > 0) {
        m_cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, qMin(rest, int(s.size())));
        m_cursor.removeSelectedText();
    }
    m_cursor.insertText(s, m_format);
}

void AnsiTerminal::csi(QChar final, const QByteArray &params)
{
    QList<int> n;
    for (const QByteArray &p : params.split(';'))
        n << (p.isEmpty() ? 0 : p.toInt());
    switch (final.unicode()) {
    case 'm':
        sgr(n);
        break;
    case 'K': // erase in line: 0 to end, 1 to start, 2 all
        if (n.value(0) == 0) {
            m_cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            m_cursor.removeSelectedText();
        } else if (n.value(0) == 2) {
            m_cursor.movePosition(QTextCursor::StartOfBlock);
            m_cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            m_cursor.removeSelectedText();
        }
        break;
    case 'J':
        if (n.value(0) == 2 || n.value(0) == 3) {
            clear();
            m_cursor = QTextCursor(document());
        }
        break;
    case 'D':
        m_cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, qMin(qMax(1, n.value(0)), m_cursor.positionInBlock()));
        break;
    case 'C':
        m_cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(1, n.value(0)));
        break;
    default:
        break; // cursor addressing, modes: not needed for a boot log and a login
    }
}

void AnsiTerminal::sgr(const QList<int> &codes)
{
    for (int c : codes) {
        if (c == 0) {
            m_format = m_default;
        } else if (c == 1) {
            m_format.setFontWeight(QFont::Bold);
        } else if (c == 22) {
            m_format.setFontWeight(QFont::Normal);
        } else if (c >= 30 && c <= 37) {
            m_format.setForeground(kPalette[c - 30 + (m_format.fontWeight() == QFont::Bold ? 8 : 0)]);
        } else if (c >= 90 && c <= 97) {
            m_format.setForeground(kPalette[c - 90 + 8]);
        } else if (c == 39) {
            m_format.setForeground(m_default.foreground());
        } else if (c >= 40 && c <= 47) {
            m_format.setBackground(kPalette[c - 40]);
        } else if (c == 49) {
            m_format.clearBackground();
        }
    }
}

QByteArray AnsiTerminal::bytesForKey(int key, Qt::KeyboardModifiers mods, const QString &text)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return QByteArrayLiteral("\r");
    case Qt::Key_Backspace: return QByteArrayLiteral("\x7f");
    case Qt::Key_Tab: return QByteArrayLiteral("\t");
    case Qt::Key_Escape: return QByteArrayLiteral("\x1b");
    case Qt::Key_Up: return QByteArrayLiteral("\x1b[A");
    case Qt::Key_Down: return QByteArrayLiteral("\x1b[B");
    case Qt::Key_Right: return QByteArrayLiteral("\x1b[C");
    case Qt::Key_Left: return QByteArrayLiteral("\x1b[D");
    case Qt::Key_Home: return QByteArrayLiteral("\x1b[H");
    case Qt::Key_End: return QByteArrayLiteral("\x1b[F");
    case Qt::Key_Delete: return QByteArrayLiteral("\x1b[3~");
    default: break;
    }
    if ((mods & Qt::ControlModifier) && key >= Qt::Key_A && key <= Qt::Key_Z)
        return QByteArray(1, char(key - Qt::Key_A + 1));
    return text.toUtf8();
}

void AnsiTerminal::keyPressEvent(QKeyEvent *e)
{
    if (e->matches(QKeySequence::Copy) && textCursor().hasSelection()) {
        copy();
        return;
    }
    const QByteArray b = bytesForKey(e->key(), e->modifiers(), e->text());
    if (!b.isEmpty())
        Q_EMIT typed(b);
}

} // namespace drover::ui
