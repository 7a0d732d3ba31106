#pragma once
// console::RfbClient — one RFB (VNC) session. The QObject API lives on the thread that created
// it (the GUI thread); libvncclient runs blocking on a worker thread the client owns (STYLE 10):
// every input call is queued to the worker, every result comes back as a queued signal.
//
// Transports: connectToHost() opens TCP itself; connectFd() takes an already-connected stream
// socket (a socketpair bridged to KubeVirt's websocket, an SSH direct-tcpip channel, ...) and
// never lets libvncclient open or listen on any socket.
//
// Frames: the client keeps a QImage (Format_RGB32) of the remote desktop, updated on the
// caller's thread; framebufferUpdated(damage) says which part changed since the last signal.
// Updates the caller has not picked up yet are coalesced, so a slow painter sees fewer, larger
// updates and never a queue of stale frames.
#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

struct _rfbClient; // libvncclient's rfbClient

namespace drover::console {

class RfbWorker;
namespace detail {
struct RfbShared;
}

class RfbClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, Connected };
    Q_ENUM(State)
    // The libvncclient this was built with (it has no run-time version call), for Help ▸ About.
    static QString libraryVersion();
    enum class Error {
        None,
        ConnectFailed, // TCP connect failed or timed out
        NotVnc,        // the peer did not speak RFB
        AuthFailed,    // wrong password or refused by the server
        NoPassword,    // the server wants a password and none was given
        UnsupportedSecurity,
        ServerClosed,  // the peer closed the connection
        ProtocolError, // malformed or absurd data from the server
    };
    Q_ENUM(Error)

    struct Options
    {
        QString encodings = QStringLiteral("tight zrle hextile copyrect raw");
        int compressLevel = 1;    // tight/zlib level 0..9 (1: fast, good on LAN)
        int jpegQuality = -1;     // -1: lossless; 0..9 allows tight JPEG (lossy, much less data)
        bool remoteCursor = true; // ask for cursor shapes instead of a cursor drawn in the frame
        bool shared = true;       // RFB "shared" flag: false disconnects other viewers
        int connectTimeoutSec = 15;
        int readTimeoutSec = 30; // a half-open peer stalling in the middle of a message
    };

    // A key for sendKeyCombo(): keysym (X11) plus XT scancode (set 1, 0xE0-prefixed keys with
    // the high bit set, e.g. Right Ctrl = 0x9D); scancode 0 means "keysym only".
    struct Key
    {
        quint32 keysym = 0;
        quint32 scancode = 0;
    };

    // Called on the caller's thread when the server asks for a VNC password. Return nullopt to
    // answer later with providePassword() (e.g. after an asynchronous keychain read or a dialog);
    // passwordRequested() is emitted in either case.
    using PasswordProvider = std::function<std::optional<QString>()>;

    explicit RfbClient(QObject *parent = nullptr);
    ~RfbClient() override; // stops the worker: joined, or let go when stuck (see start())

    void setOptions(const Options &options); // before connecting
    void setPasswordProvider(PasswordProvider provider);
    void providePassword(const QString &password); // answer to passwordRequested()
    void cancelPassword();                         // ends the session with Error::NoPassword

    void connectToHost(const QString &host, quint16 port);
    void connectFd(int fd); // takes ownership of fd, also on failure
    void disconnectFromServer();

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    QString errorString() const { return m_errorString; }
    QString desktopName() const { return m_desktopName; }
    // Whether QEMU's extended key event was acknowledged: keys then go out as scancodes.
    bool extendedKeyEvents() const { return m_extendedKeys; }

    // The remote desktop as of the last framebufferUpdated(); null before the first frame.
    // Paint from it directly; a kept copy stays valid but makes the next frame deep-copy.
    const QImage &framebuffer() const { return m_screen; }

    // Input. All are no-ops unless Connected. Coordinates are framebuffer pixels.
    void sendKey(quint32 keysym, quint32 scancode, bool down);
    // buttonMask: bit 0 left, 1 middle, 2 right. wheelSteps > 0 scrolls up, < 0 down;
    // hWheelSteps > 0 scrolls left... as buttons 4/5 (6/7) pressed and released.
    void sendPointer(int x, int y, int buttonMask, int wheelSteps = 0, int hWheelSteps = 0);
    void sendCtrlAltDel();
    void sendKeyCombo(const QList<Key> &keys); // pressed in order, released in reverse
    void sendClipboard(const QString &text);   // RFB cut text is Latin-1: others become '?'
    void typeText(const QString &text);        // paste as keystrokes (keysyms, Shift as needed)
    void requestFullUpdate();

Q_SIGNALS:
    void stateChanged(drover::console::RfbClient::State state);
    void errorOccurred(drover::console::RfbClient::Error error, const QString &message);
    void passwordRequested();
    void desktopResized(const QSize &size);
    void framebufferUpdated(const QRegion &damage);
    void cursorShape(const QImage &image, const QPoint &hotspot);
    void bell();
    void serverCutText(const QString &text);
    void extendedKeyEventsChanged(bool supported);

protected:
    // Runs a session whose socket openSocket opens on the worker thread (TCP, an fd). Stopping
    // waits at most kStopWaitMs for the worker: one stuck where no stop request reaches
    // (getaddrinfo) is let go, posts nothing more and ends on its own.
    void start(std::function<int(RfbWorker &)> openSocket);
    static constexpr int kStopWaitMs = 500;

private:
    friend class RfbWorker;
    void stopWorker();
    void post(std::function<bool(::_rfbClient *)> command);
    // Called (queued) from the worker.
    void onState(State s);
    void onError(Error e, const QString &message);
    void onFrameNotice();
    void onPasswordNeeded();
    void onConnected(const QString &desktopName);
    void onExtendedKeys(bool supported);

    Options m_options;
    PasswordProvider m_passwordProvider;
    std::shared_ptr<detail::RfbShared> m_shared;
    std::thread m_thread;
    std::unique_ptr<QObject> m_inbox; // receives the worker's queued calls; one per session
    State m_state = State::Disconnected;
    Error m_lastError = Error::None;
    QString m_errorString;
    QString m_desktopName;
    QImage m_screen;
    bool m_extendedKeys = false;
};

} // namespace drover::console
