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
// A RemoteSession: the console window drives it as it drives a VNC session.
#include "RemoteSession.h"

struct _SpiceSession;
struct _SpiceChannel;
struct _GParamSpec;

namespace drover::console {

class SpiceClient : public RemoteSession
{
    Q_OBJECT
public:
    // The spice-client-glib loaded at run time, for Help ▸ About.
    static QString libraryVersion();

    explicit SpiceClient(QObject *parent = nullptr);
    ~SpiceClient() override;

    // A password to try first; without one, a server that wants one makes the session ask its
    // password provider (as remote-viewer asks), then open again with the answer.
    void setPassword(const QString &password) { m_password = password; }
    void providePassword(const QString &password) override;
    void cancelPassword() override;

    void connectToHost(const QString &host, quint16 port) override;
    // SPICE opens one connection per channel: through an SSH tunnel, `open` is asked for a
    // connected socket for each (main, display, inputs, cursor...).
    void connectThrough(FdOpener open) override;
    void disconnectFromServer() override;

    // The guest's primary surface; null until the server created it. Valid until the next
    // desktopResized() or disconnect.
    const QImage &framebuffer() const override { return m_screen; }
    bool keysAsScancodes() const override { return true; }

    // Keys go by scancode only (a key without one is not sent).
    void sendKey(quint32 keysym, quint32 xtScancode, bool down) override;
    // Horizontal wheel steps are not sent: SPICE's inputs channel has no buttons for them.
    void sendPointer(int x, int y, int buttonMask, int wheelSteps = 0, int hWheelSteps = 0) override;

    // True while the guest agent runs and shares the clipboard on demand.
    bool clipboardAvailable() const override { return m_clipboard; }
    bool clipboardNeedsAgent() const override { return true; }
    // The host's clipboard text, offered to the guest (a grab; the guest asks for the text when
    // something is pasted there). Ignored without the agent, and for text that came from the
    // guest (no echo). Empty text releases a grab.
    void setLocalClipboardText(const QString &text) override;

protected:
    bool typesKeysyms() const override { return false; }
    // One key event every few milliseconds, so the guest's 16-byte PS/2 queue does not overflow.
    int typingIntervalMs() const override { return 4; }

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
    void openSession();      // a new session to the target, with m_password
    void teardown();         // the session's channels and surface let go
    void reauthenticate();   // the server wants a password: ask, then open again
    void fail(Error e, const QString &message);

    _SpiceSession *m_session = nullptr;
    _SpiceChannel *m_main = nullptr;
    _SpiceChannel *m_inputs = nullptr;
    _SpiceChannel *m_display = nullptr;
    QImage m_screen;
    QString m_password;
    QString m_host; // the target: host and port, or m_opener
    quint16 m_port = 0;
    FdOpener m_opener;
    bool m_askedPassword = false;    // the provider was asked for this connect
    bool m_reauthenticating = false; // refused for want of a password: opening again
    quint64 m_generation = 0; // a session's number: a late fd for an older one is closed
    int m_buttons = 0;
    bool m_clipboard = false, m_crlf = false, m_hostGrab = false;
    QString m_hostText, m_guestText;
};

} // namespace drover::console
