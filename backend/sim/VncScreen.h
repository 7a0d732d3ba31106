#pragma once
// The generated screen behind a simulated VMI's VNC console: 800x600 XRGB pixels that look like
// the guest (Linux: a boot log and a text login; Windows: a blue lock screen), with a clock and
// a counter in the top band so the picture changes every second. Keys typed go to the login or
// password field and show up; a pointer click paints a red square where it landed.
// Layout contract the tests rely on: only the top ClockBand rows change on their own; anything
// below changes only because of input.
// Threading: the thread that owns it. One screen per VMI, shared by its successive sessions.
#include <QObject>
#include <QRect>
#include <QString>
#include <QTimer>
#include <vector>

namespace drover::sim {

class VncScreen : public QObject
{
    Q_OBJECT
public:
    static constexpr int Width = 800;
    static constexpr int Height = 600;
    static constexpr int ClockBand = 40;
    static constexpr quint32 ClickColor = 0xff0000;

    struct Guest
    {
        QString ns;
        QString name;
        QString os;     // "linux" or "windows" (the drover.io/os label)
        QString osName; // "Fedora 40", "Windows Server 2022"
    };
    VncScreen(const Guest &guest, QObject *parent = nullptr);

    int width() const { return Width; }
    int height() const { return Height; }
    quint32 pixel(int x, int y) const { return m_pixels[size_t(y) * Width + size_t(x)]; }
    const quint32 *row(int y) const { return m_pixels.data() + size_t(y) * Width; }
    QString name() const { return m_guest.name; }

    // RFB input: an X keysym (press/release) and the pointer with its button mask.
    void keyEvent(quint32 keysym, bool down);
    void pointerEvent(int x, int y, int buttonMask);

Q_SIGNALS:
    void damaged(const QRect &rect); // these pixels changed

private:
    bool windows() const { return m_guest.os == QLatin1String("windows"); }
    void drawAll();
    void drawClock();
    void drawInput();
    void fill(const QRect &r, quint32 color);
    // Text at scale 2: 12 px per character, 14 px tall. Returns the x after the last character.
    int text(int x, int y, const QString &s, quint32 color);

    Guest m_guest;
    std::vector<quint32> m_pixels;
    QTimer m_clock;
    quint64 m_ticks = 0;
    QString m_input;
    QString m_message;
    bool m_password = false;
    int m_buttons = 0;
};

} // namespace drover::sim
