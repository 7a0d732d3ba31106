#pragma once
// console::RfbClient — one RFB (VNC) session, a RemoteSession. The QObject API lives on the thread that created
// it (the GUI thread); libvncclient runs blocking on a worker thread the client owns (STYLE 10):
// every input call is queued to the worker, every result comes back as a queued signal.
//
// Transports: connectToHost() opens TCP itself; connectFd() takes an already-connected stream
// socket (a socketpair bridged to KubeVirt's websocket, an SSH direct-tcpip channel, ...), as
// connectThrough() does once its opener delivers one; libvncclient never opens or listens on
// any socket itself.
//
// Frames: the client keeps a QImage (Format_RGB32) of the remote desktop, updated on the
// caller's thread; framebufferUpdated(damage) says which part changed since the last signal.
// Updates the caller has not picked up yet are coalesced, so a slow painter sees fewer, larger
// updates and never a queue of stale frames.
#include "RemoteSession.h"

#include <memory>
#include <thread>

struct _rfbClient; // libvncclient's rfbClient

namespace drover::console {

class RfbWorker;
namespace detail {
struct RfbShared;
}

class RfbClient : public RemoteSession
{
    Q_OBJECT
public:
    // The libvncclient this was built with (it has no run-time version call), for Help ▸ About.
    static QString libraryVersion();

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

    explicit RfbClient(QObject *parent = nullptr);
    ~RfbClient() override; // stops the worker: joined, or let go when stuck (see start())

    void setOptions(const Options &options); // before connecting
    void providePassword(const QString &password) override; // answer to passwordRequested()
    void cancelPassword() override;

    void connectToHost(const QString &host, quint16 port) override;
    void connectThrough(FdOpener open) override; // one socket, asked for once
    void connectFd(int fd); // takes ownership of fd, also on failure
    void disconnectFromServer() override;

    QString desktopName() const override { return m_desktopName; }
    // Whether QEMU's extended key event was acknowledged: keys then go out as scancodes.
    bool extendedKeyEvents() const { return m_extendedKeys; }
    bool keysAsScancodes() const override { return m_extendedKeys; }
    const QImage &framebuffer() const override { return m_screen; }

    void sendKey(quint32 keysym, quint32 scancode, bool down) override;
    void sendPointer(int x, int y, int buttonMask, int wheelSteps = 0, int hWheelSteps = 0) override;
    void sendClipboard(const QString &text); // RFB cut text is Latin-1: others become '?'
    void requestFullUpdate() override;

    bool clipboardAvailable() const override { return true; }
    void setLocalClipboardText(const QString &text) override { sendClipboard(text); }

Q_SIGNALS:
    void extendedKeyEventsChanged(bool supported);

protected:
    bool typesKeysyms() const override { return true; }
    bool typesScancodes() const override { return false; }
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
    void onState(State s) { setState(s); }
    void onError(Error e, const QString &message) { setError(e, message); }
    void onFrameNotice();
    void onPasswordNeeded() { askPassword(); }
    void onConnected(const QString &desktopName);
    void onExtendedKeys(bool supported);

    Options m_options;
    std::shared_ptr<detail::RfbShared> m_shared;
    std::thread m_thread;
    std::unique_ptr<QObject> m_inbox; // receives the worker's queued calls; one per session
    quint64 m_attempt = 0;            // a late socket from an opener for an older attempt is closed
    QString m_desktopName;
    QImage m_screen;
    bool m_extendedKeys = false;
};

} // namespace drover::console
