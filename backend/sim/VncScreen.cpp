#include "VncScreen.h"

#include "Font5x7.h"

#include <QDateTime>

namespace drover::sim {

namespace {
constexpr quint32 kBar = 0x303030;
constexpr quint32 kWhite = 0xe0e0e0;
constexpr quint32 kGreen = 0x30c030;
constexpr quint32 kBlue = 0x0063b1;
constexpr int kLine = 20;
constexpr int kInputY = 420;
} // namespace

VncScreen::VncScreen(const Guest &guest, QObject *parent)
    : QObject(parent), m_guest(guest), m_pixels(size_t(Width) * Height, 0)
{
    if (m_guest.osName.isEmpty())
        m_guest.osName = windows() ? QStringLiteral("Windows Server 2022") : QStringLiteral("Fedora 40");
    drawAll();
    connect(&m_clock, &QTimer::timeout, this, [this] {
        ++m_ticks;
        drawClock();
        Q_EMIT damaged(QRect(0, 0, Width, ClockBand));
    });
    m_clock.start(1000);
}

void VncScreen::fill(const QRect &r, quint32 color)
{
    const QRect c = r.intersected(QRect(0, 0, Width, Height));
    for (int y = c.top(); y <= c.bottom(); ++y)
        std::fill_n(m_pixels.begin() + qsizetype(y) * Width + c.left(), c.width(), color);
}

int VncScreen::text(int x, int y, const QString &s, quint32 color)
{
    for (QChar qc : s) {
        const char ch = qc.unicode() < 128 ? char(qc.unicode()) : '?';
        for (int row = 0; row < 7; ++row) {
            const quint8 bits = glyphRow(ch, row);
            for (int col = 0; col < 5; ++col)
                if (bits & (0x10 >> col))
                    fill(QRect(x + col * 2, y + row * 2, 2, 2), color);
        }
        x += 12;
    }
    return x;
}

void VncScreen::drawClock()
{
    fill(QRect(0, 0, Width, ClockBand), kBar);
    text(10, 13, QStringLiteral("%1/%2").arg(m_guest.ns, m_guest.name), kWhite);
    const QString clock = QStringLiteral("%1  #%2")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
                              .arg(m_ticks);
    text(Width - 10 - 12 * int(clock.size()), 13, clock, kWhite);
}

void VncScreen::drawAll()
{
    fill(QRect(0, 0, Width, Height), windows() ? kBlue : 0);
    drawClock();
    if (windows()) {
        text(400 - 6 * int(m_guest.osName.size()), 140, m_guest.osName, kWhite);
        fill(QRect(370, 190, 60, 60), kWhite);
        text(400 - 6 * 13, 270, QStringLiteral("Administrator"), kWhite);
        text(400 - 6 * 28, 500, QStringLiteral("Press Ctrl+Alt+Del to unlock"), kWhite);
    } else {
        const QString lines[] = {
            QStringLiteral("Booting %1 ...").arg(m_guest.osName),
            QStringLiteral("[  OK  ] Reached target Local File Systems."),
            QStringLiteral("[  OK  ] Started Network Manager."),
            QStringLiteral("[  OK  ] Started OpenSSH server daemon."),
            QStringLiteral("[  OK  ] Reached target Multi-User System."),
            QString(),
            QStringLiteral("%1 (kernel 6.8) on tty1").arg(m_guest.osName),
        };
        int y = 60;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("[  OK  ]"))) {
                int x = text(10, y, QStringLiteral("["), kWhite);
                x = text(x, y, QStringLiteral("  OK  "), kGreen);
                text(x, y, l.mid(7), kWhite);
            } else {
                text(10, y, l, kWhite);
            }
            y += kLine;
        }
    }
    drawInput();
}

void VncScreen::drawInput()
{
    const quint32 bg = windows() ? kBlue : 0;
    fill(QRect(0, kInputY - 4, Width, kLine * 3), bg);
    if (windows()) {
        fill(QRect(250, kInputY - 4, 300, kLine + 4), kWhite);
        text(256, kInputY, QString(m_input.size(), QLatin1Char('*')) + QLatin1Char('_'), 0);
        text(256, kInputY + kLine + 4, m_message, kWhite);
    } else {
        const QString prompt = m_password ? QStringLiteral("Password: ")
                                          : QStringLiteral("%1 login: ").arg(m_guest.name);
        text(10, kInputY, prompt + (m_password ? QString() : m_input) + QLatin1Char('_'), kWhite);
        text(10, kInputY + kLine, m_message, kWhite);
    }
}

void VncScreen::keyEvent(quint32 keysym, bool down)
{
    if (!down)
        return;
    if (keysym >= 0x20 && keysym < 0x7f) {
        if (m_input.size() < 40)
            m_input += QChar(char16_t(keysym));
    } else if (keysym == 0xff08) { // BackSpace
        m_input.chop(1);
    } else if (keysym == 0xff0d) { // Return
        m_message = windows() || m_password ? QStringLiteral("Login incorrect") : QString();
        m_password = !windows() && !m_password;
        m_input.clear();
    } else {
        return;
    }
    drawInput();
    Q_EMIT damaged(QRect(0, kInputY - 4, Width, kLine * 3));
}

void VncScreen::pointerEvent(int x, int y, int buttonMask)
{
    const bool pressed = (buttonMask & 1) && !(m_buttons & 1);
    m_buttons = buttonMask;
    if (!pressed)
        return;
    const QRect r = QRect(x - 3, y - 3, 7, 7).intersected(QRect(0, ClockBand, Width, Height - ClockBand));
    if (r.isEmpty())
        return;
    fill(r, ClickColor);
    Q_EMIT damaged(r);
}

} // namespace drover::sim
