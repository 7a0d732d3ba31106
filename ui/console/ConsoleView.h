#pragma once
// The remote screen of one session, VNC or SPICE (a console::RemoteSession): paints its
// framebuffer (fit to the widget with smooth scaling, or 1:1), repainting only what the server
// changed, shows the guest's pointer shape scaled as the screen is, and turns mouse and keys into
// input — keysym and scancode both, so the session sends what its protocol takes (scancodes let
// the guest's own keyboard layout apply). Clicking grabs the keyboard (Tab, Alt+F4 and the like
// go to the guest); Ctrl+Alt releases it (the window shows a hint saying so while grabbed).
#include "RemoteSession.h"

#include <QPointer>
#include <QWidget>

namespace drover::ui {

class ConsoleView : public QWidget
{
    Q_OBJECT
public:
    enum class Scaling { Fit, OneToOne };

    explicit ConsoleView(QWidget *parent = nullptr);
    // The session to show (a new one per connection attempt); null shows a blank screen.
    void setClient(console::RemoteSession *client);

    void setScaling(Scaling s);
    Scaling scaling() const { return m_scaling; }
    bool keyboardGrabbed() const { return m_grabbed; }
    void grabInput();
    void releaseInput();
    // Where framebuffer pixels land in the widget (tests, overlays).
    QRect targetRect() const;
    QPoint toFramebuffer(const QPointF &widgetPos) const;
    QSize sizeHint() const override;
    // Frames painted since creation, and the pixels repainted (bench, tests).
    quint64 paintedFrames() const { return m_frames; }

Q_SIGNALS:
    void grabChanged(bool grabbed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; } // Tab belongs to the guest
    bool event(QEvent *event) override;

private:
    void onDamage(const QRegion &damage);
    void sendPointer(const QPointF &pos, Qt::MouseButtons buttons);
    void key(QKeyEvent *event, bool down);
    void releaseHeldKeys();
    void applyCursor(); // the guest's pointer shape, scaled as the screen is

    QPointer<console::RemoteSession> m_client;
    QImage m_cursor;
    QPoint m_hotspot;
    bool m_guestCursor = false;
    Scaling m_scaling = Scaling::Fit;
    bool m_grabbed = false;
    int m_buttons = 0;
    QHash<int, QPair<quint32, quint32>> m_held; // native/Qt key -> (keysym, scancode) sent down
    quint64 m_frames = 0;
};

} // namespace drover::ui
