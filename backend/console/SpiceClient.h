#pragma once
// console::SpiceClient — a SPICE session with spice-client-glib (as remote-viewer uses it), for
// guests whose hypervisor exposes SPICE (QEMU/libvirt hosts; KubeVirt VMs have VNC only).
// spice-glib runs on the GLib main context, which is Qt's own event loop on Linux (Qt's GLib
// event dispatcher), so everything happens on the caller's thread: no worker thread.
// The primary surface is wrapped as a QImage (no copy); framebufferUpdated(damage) says what
// the server changed. Keys go as PC scancodes (XT set 1; 0x80-marked keys are 0xE0-prefixed,
// as in keymap::), so the guest's layout applies; the pointer as absolute positions.
// The guest's cursor comes through the cursor channel as an image; the clipboard is shared only
// through the SPICE guest agent (spice-vdagent) — without it, typeText() is the fallback.
#include <QImage>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPoint>
#include <QRegion>
#include <QString>
#include <QTimer>

#include <functional>

struct _SpiceSession;
struct _SpiceChannel;
struct _GParamSpec;

namespace drover::console {

class SpiceClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)
    // The spice-client-glib loaded at run time, for Help ▸ About.
    static QString libraryVersion();

    explicit SpiceClient(QObject *parent = nullptr);
    ~SpiceClient() override;

    void setPassword(const QString &password) { m_password = password; }
    void connectToHost(const QString &host, quint16 port);
    // SPICE opens one connection per channel: through an SSH tunnel, `open` is asked for a
    // connected socket for each (main, display, inputs, cursor...) and calls `done` once with
    // the fd (ownership passes) or an error, now or later.
    using FdDone = std::function<void(int fd, const QString &error)>;
    using FdOpener = std::function<void(FdDone done)>;
    void connectThrough(FdOpener open);
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

    // Paste as keystrokes: text typed as scancodes of a US keyboard (the guest's layout then
    // applies), one key event every few milliseconds so the guest's 16-byte PS/2 queue does not
    // overflow. Returns how many characters have no US key and are skipped. Works without agent.
    int typeText(const QString &text);
    bool isTyping() const { return !m_typing.isEmpty(); }

    // True while the guest agent runs and shares the clipboard on demand.
    bool clipboardAvailable() const { return m_clipboard; }
    // The host's clipboard text, offered to the guest (a grab; the guest asks for the text when
    // something is pasted there). Ignored without the agent, and for text that came from the
    // guest (no echo). Empty text releases a grab.
    void setHostClipboardText(const QString &text);

Q_SIGNALS:
    void stateChanged(drover::console::SpiceClient::State state);
    void errorOccurred(const QString &message);
    void desktopResized(const QSize &size);
    void framebufferUpdated(const QRegion &damage);
    // The guest's pointer shape, in framebuffer pixels; a null image means hidden.
    void cursorShape(const QImage &image, const QPoint &hotspot);
    // The guest has no cursor of its own now: show the local default.
    void cursorReset();
    void clipboardAvailableChanged(bool available);
    // Text the guest copied (CLIPBOARD selection, UTF-8, line ends made "\n").
    void guestClipboardText(const QString &text);

private:
    static void onChannelNew(_SpiceSession *, _SpiceChannel *channel, void *self);
    static void onChannelEvent(_SpiceChannel *channel, int event, void *self);
    static void onOpenFd(_SpiceChannel *channel, int withTls, void *self);
    void newSession();
    static void onPrimaryCreate(_SpiceChannel *, int format, int width, int height, int stride, int shmid,
                                void *data, void *self);
    static void onPrimaryDestroy(_SpiceChannel *, void *self);
    static void onInvalidate(_SpiceChannel *, int x, int y, int w, int h, void *self);
    static void onCursor(_SpiceChannel *channel, _GParamSpec *, void *self);
    static void onCursorHide(_SpiceChannel *, void *self);
    static void onCursorReset(_SpiceChannel *, void *self);
    // SpiceClientAgent.cpp: the agent's clipboard.
    static void onAgentUpdate(_SpiceChannel *, void *self);
    static void onAgentNotify(_SpiceChannel *, _GParamSpec *, void *self);
    static int onGuestGrab(_SpiceChannel *, unsigned selection, void *types, unsigned ntypes, void *self);
    static void onGuestData(_SpiceChannel *, unsigned selection, unsigned type, void *data, unsigned size,
                            void *self);
    static int onGuestRequest(_SpiceChannel *, unsigned selection, unsigned type, void *self);
    void connectMainChannel(_SpiceChannel *channel);
    void updateClipboardAvailable();
    void typeNext();
    void setState(State s);
    void fail(const QString &message);

    _SpiceSession *m_session = nullptr;
    _SpiceChannel *m_main = nullptr;
    _SpiceChannel *m_inputs = nullptr;
    _SpiceChannel *m_display = nullptr;
    QImage m_screen;
    QString m_password, m_error;
    State m_state = State::Disconnected;
    FdOpener m_opener;
    quint64 m_generation = 0; // a session's number: a late fd for an older one is closed
    int m_buttons = 0;
    bool m_clipboard = false, m_crlf = false, m_hostGrab = false;
    QString m_hostText, m_guestText;
    QList<QPair<quint32, bool>> m_typing; // scancode, down
    QTimer m_typeTimer;
};

} // namespace drover::console
