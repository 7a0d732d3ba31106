#pragma once
// console::RemoteSession — one remote screen, whatever the protocol (KRDC's RemoteView idea):
// RfbClient (VNC) and SpiceClient (SPICE) implement it, and the one screen widget and console
// window in ui/console speak only to this. What it offers:
// - a state (Connecting, Authenticating, Connected, Disconnected) and, when a session ends
//   badly, an error kind with the server's or the system's own words;
// - the remote screen as a QImage with damage, the remote cursor's shape;
// - input: keys (X11 keysym and XT scancode: each protocol sends what it can), pointer with
//   wheel, key combinations, Ctrl+Alt+Del, typing text as keystrokes (written once here, for
//   guests without a shared clipboard);
// - the clipboard both ways where the protocol (VNC) or the guest's agent (SPICE) carries one;
// - the password asked for when the server wants one, now or later;
// - one reconnect policy for every console (ReconnectPolicy below).
// Everything happens on the thread that created the session (the GUI thread).
#include "Result.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QSize>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace drover::console {

class RemoteSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, Connected };
    Q_ENUM(State)
    enum class Error {
        None,
        ConnectFailed,       // the connection could not be made, or the tunnel failed
        TransportRefused,    // the tunnel was refused for good (host key, SSH login)
        NotVnc,              // the peer does not speak the protocol (VNC or SPICE)
        AuthFailed,          // wrong password or refused by the server
        NoPassword,          // the server wants a password and none was given
        UnsupportedSecurity, // no security type (or TLS) this client can do
        ServerClosed,        // the peer closed the connection
        ProtocolError,       // malformed or absurd data, or a screen format not supported
    };
    Q_ENUM(Error)
    // Errors a retry cannot mend: the console says so and waits for the user.
    static bool isPermanent(Error e);

    // Why an opener has no socket: the error the session then reports (ConnectFailed, or
    // TransportRefused when retrying cannot help: a changed host key, a refused login) and the
    // opener's own words.
    struct OpenFailure
    {
        Error kind = Error::None;
        QString message;
        OpenFailure() = default; // a constructor, not an aggregate: see ssh::SshFailure
        OpenFailure(Error k, QString m) : kind(k), message(std::move(m)) {}
    };
    // A connected socket from elsewhere (an SSH direct-tcpip tunnel, ...): the opener calls
    // `done` once, with the fd (ownership passes) or why not. `context` is the session: a done
    // after it is gone is dropped.
    using FdDone = std::function<void(const Result<int, OpenFailure> &fd)>;
    using FdOpener = std::function<void(QObject *context, FdDone done)>;

    // A key for sendKeyCombo(): keysym (X11) plus XT scancode (set 1, 0xE0-prefixed keys with
    // the high bit set, e.g. Right Ctrl = 0x9D); scancode 0 means "keysym only".
    struct Key
    {
        quint32 keysym = 0;
        quint32 scancode = 0;
    };

    // Called when the server wants a password. Return nullopt to answer later with
    // providePassword() (after a keychain read or a dialog); passwordRequested() is emitted in
    // either case.
    using PasswordProvider = std::function<std::optional<QString>()>;

    explicit RemoteSession(QObject *parent = nullptr);
    ~RemoteSession() override;

    void setPasswordProvider(PasswordProvider provider) { m_passwordProvider = std::move(provider); }
    virtual void providePassword(const QString &password) = 0;
    virtual void cancelPassword() = 0; // ends the session with Error::NoPassword

    virtual void connectToHost(const QString &host, quint16 port) = 0;
    virtual void connectThrough(FdOpener open) = 0;
    virtual void disconnectFromServer() = 0;

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    QString errorString() const { return m_errorString; }
    // What the server calls its screen (VNC's desktop name, SPICE's guest name); may be empty.
    virtual QString desktopName() const { return {}; }
    // The remote screen as of the last framebufferUpdated(); null before the first frame.
    // Paint from it directly; a kept copy stays valid but may make the next frame deep-copy.
    virtual const QImage &framebuffer() const = 0;
    // Whether keys reach the guest as scancodes (its own layout applies) rather than keysyms.
    virtual bool keysAsScancodes() const = 0;

    // Input. All are no-ops unless Connected. Coordinates are framebuffer pixels.
    virtual void sendKey(quint32 keysym, quint32 scancode, bool down) = 0;
    // buttonMask: bit 0 left, 1 middle, 2 right. wheelSteps > 0 scrolls up, < 0 down;
    // hWheelSteps > 0 scrolls left.
    virtual void sendPointer(int x, int y, int buttonMask, int wheelSteps = 0, int hWheelSteps = 0) = 0;
    void sendKeyCombo(const QList<Key> &keys); // pressed in order, released in reverse
    void sendCtrlAltDel();
    // Paste as keystrokes: the text typed on a US keyboard layout (Shift as needed), paced as
    // the protocol needs. Returns how many characters cannot be typed and were skipped.
    int typeText(const QString &text);
    bool isTyping() const { return !m_typing.isEmpty(); }
    virtual void requestFullUpdate() {}

    // The clipboard. Available: VNC always (cut text); SPICE while the guest's agent runs.
    virtual bool clipboardAvailable() const = 0;
    // Whether the clipboard needs an agent in the guest (SPICE) rather than the protocol.
    virtual bool clipboardNeedsAgent() const { return false; }
    // The local clipboard's text for the guest: VNC sends it; SPICE offers it (the guest asks
    // for it when something is pasted there).
    virtual void setLocalClipboardText(const QString &text) = 0;

Q_SIGNALS:
    void stateChanged(drover::console::RemoteSession::State state);
    void errorOccurred(drover::console::RemoteSession::Error error, const QString &message);
    void passwordRequested();
    void desktopResized(const QSize &size);
    void framebufferUpdated(const QRegion &damage);
    // The remote pointer's shape in framebuffer pixels; a null image hides the pointer.
    void cursorShape(const QImage &image, const QPoint &hotspot);
    void cursorReset(); // the guest has no pointer shape of its own now: show the local one
    void bell();
    void remoteClipboardText(const QString &text); // what the guest (or VNC server) copied
    void clipboardAvailableChanged(bool available);

protected:
    void setState(State s);
    void setError(Error e, const QString &message);
    void clearError();
    // Asks the provider (or emits passwordRequested() for a later answer).
    void askPassword();
    bool hasPasswordProvider() const { return bool(m_passwordProvider); }
    // How typed keys are paced: 0 sends them all at once (a queue on the other side takes
    // them); SPICE's input channel feeds the guest's 16-byte PS/2 queue and needs a few ms.
    virtual int typingIntervalMs() const { return 0; }
    // Whether a key with no scancode (a character not on a US keyboard) reaches the guest by
    // its keysym (VNC); without keysyms (SPICE) such characters are skipped.
    virtual bool typesKeysyms() const = 0;
    // Whether typed keys carry their US-layout scancode. VNC types by keysym only: a server that
    // takes scancodes (QEMU, TigerVNC) would apply its own layout to US positions and type other
    // characters on a non-US desktop; SPICE has only scancodes.
    virtual bool typesScancodes() const { return true; }
    void stopTyping();

private:
    struct TypedEvent
    {
        quint32 keysym;
        quint32 scancode;
        bool down;
    };
    void typeNext();

    PasswordProvider m_passwordProvider;
    State m_state = State::Disconnected;
    Error m_lastError = Error::None;
    QString m_errorString;
    QList<TypedEvent> m_typing;
    QTimer m_typeTimer;
};

using FdDone = RemoteSession::FdDone;
using FdOpener = RemoteSession::FdOpener;

// One reconnect policy for every console: a session that was up and drops is opened again after
// 1, 2, 4 and 8 s; one that never came up, or ended with a permanent error, is not.
struct ReconnectPolicy
{
    static constexpr int kTries = 4;
    // Delay before try `attempt` (0-based).
    static constexpr int delayMs(int attempt) { return 1000 << (attempt < 3 ? attempt : 3); }
};

} // namespace drover::console
