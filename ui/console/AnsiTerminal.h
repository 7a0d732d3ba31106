#pragma once
// A serial console's screen: text from the guest with the ANSI sequences a Linux boot and login
// use — SGR colours and bold, carriage return and backspace overwriting, erase in line, clear
// screen — and keys typed in it turned into the bytes a terminal sends (Enter = CR, Backspace =
// DEL, arrows = CSI A–D, Ctrl+letter = control character). Other sequences are skipped, never
// shown as garbage. Scrollback is bounded.
#include <QPlainTextEdit>
#include <QTextCharFormat>

namespace drover::ui {

class AnsiTerminal : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit AnsiTerminal(QWidget *parent = nullptr);
    void feed(const QByteArray &bytes);
    // The bytes a key press sends (empty: not for the guest).
    static QByteArray bytesForKey(int key, Qt::KeyboardModifiers mods, const QString &text);

Q_SIGNALS:
    void typed(const QByteArray &bytes);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; }

private:
    void put(const QString &text);
    void csi(QChar final, const QByteArray &params);
    void sgr(const QList<int> &codes);

    enum class State { Text, Esc, Csi, Osc } m_state = State::Text;
    QByteArray m_params;
    QByteArray m_utf8; // an incomplete UTF-8 sequence carried to the next feed
    QTextCursor m_cursor;
    QTextCharFormat m_format, m_default;
};

} // namespace drover::ui
