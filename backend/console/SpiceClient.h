#pragma once
// console::SpiceClient — a SPICE session with spice-client-glib (as remote-viewer uses it), for
// guests whose hypervisor exposes SPICE (QEMU/libvirt hosts; KubeVirt VMs have VNC only).
// spice-glib runs on the GLib main context, which is Qt's own event loop on Linux (Qt's GLib
// event dispatcher), so everything happens on the caller's thread: no worker thread.
// The primary surface is wrapped as a QImage (no copy); framebufferUpdated(damage) says what
// the server changed. Keys go as PC scancodes (XT set 1; 0x80-marked keys are 0xE0-prefixed,
// as in keymap::), so the guest's layout applies; the pointer as absolute positions.
#include <QImage>
#include <QObject>
#include <QRegion>
#include <QString>

struct _SpiceSession;
struct _SpiceChannel;

namespace drover::console {

class SpiceClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    explicit SpiceClient(QObject *parent = nullptr);
    ~SpiceClient() override;

    void setPassword(const QString &password) { m_password = password; }
    void connectToHost(const QString &host, quint16 port);
    void disconnectFromServer();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // The guest's primary surface; null until the server created it. Valid until the next
    // desktopResized() or disconnect.
    const QImage &framebuffer() const { return m_screen; }

    void sendKey(quint32 xtScancode, bool down);
    void sendCtrlAltDel();
    // buttonMask: bit 0 left, 1 middle, 2 right.
    void sendPointer(int x, int y, int buttonMask);

Q_SIGNALS:
    void stateChanged(drover::console::SpiceClient::State state);
    void errorOccurred(const QString &message);
    void desktopResized(const QSize &size);
    void framebufferUpdated(const QRegion &damage);

private:
    static void onChannelNew(_SpiceSession *, _SpiceChannel *channel, void * self);
    static void onChannelEvent(_SpiceChannel *channel, int event, void * self);
    static void onPrimaryCreate(_SpiceChannel *, int format, int width, int height, int stride, int shmid, void * data, void * self);
    static void onPrimaryDestroy(_SpiceChannel *, void * self);
    static void onInvalidate(_SpiceChannel *, int x, int y, int w, int h, void * self);
    void setState(State s);
    void fail(const QString &message);

    _SpiceSession *m_session = nullptr;
    _SpiceChannel *m_inputs = nullptr;
    _SpiceChannel *m_display = nullptr;
    QImage m_screen;
    QString m_password, m_error;
    State m_state = State::Disconnected;
    int m_buttons = 0;
};

} // namespace drover::console
