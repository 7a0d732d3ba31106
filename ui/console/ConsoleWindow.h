#pragma once
// One VM's graphical console in its own window (so several sit side by side or on another
// screen), the same for VNC and SPICE (any console::RemoteSession): the remote screen, a toolbar
// with Send key (Ctrl+Alt+Del, Ctrl+Alt+F1–F12, Print Screen, Windows key), Fit / 1:1 scaling,
// full screen, paste as keystrokes, the clipboard both ways where the protocol or the guest's
// agent carries it, and a status overlay (connecting, password refused, disconnected by the
// server) with Reconnect. A KubeVirt VM's console goes through the API server's vnc websocket
// with the cluster's credentials; when another admin holds it, the window asks before taking it
// over. After a drop it reconnects by itself as console::ReconnectPolicy says, saying why it
// dropped. Other transports: direct TCP, or any opener that hands over a connected socket (an
// SSH tunnel; SPICE asks it once per channel). A password may be kept in the system keychain
// when the user ticks the box.
#include "KubeVirtStream.h"
#include "RemoteSession.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;
class QToolBar;

namespace drover::ui {

class ConsoleView;

class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Protocol { Vnc, Spice };

    explicit ConsoleWindow(const QString &title, QWidget *parent = nullptr, Protocol protocol = Protocol::Vnc);
    ~ConsoleWindow() override;

    // Where to connect; then call connectNow(). Both stay for reconnects.
    void setKubeVirtTarget(const console::KubeVirtEndpoint &endpoint, const QString &ns, const QString &vmi); // VNC
    void setTcpTarget(const QString &host, quint16 port);
    // Connected sockets from elsewhere (an SSH direct-tcpip tunnel), see console::FdOpener.
    using FdDone = console::FdDone;
    using FdOpener = console::FdOpener;
    void setFdTarget(const QString &description, FdOpener opener);
    void setPassword(const QString &password) { m_password = password; }
    // The name this console's password is kept under in the keychain ("" = never kept).
    void setKeychainKey(const QString &key) { m_keychainKey = key; }
    // Ask before taking over a console another admin holds (tests turn it off: true = take).
    void setTakeOverAnswer(std::optional<bool> answer) { m_takeOverAnswer = answer; }
    void connectNow();

    Protocol protocol() const { return m_protocol; }
    console::RemoteSession *client() const { return m_client; }
    ConsoleView *view() const { return m_view; }
    QString statusText() const;
    bool overlayVisible() const;
    QAction *ctrlAltDelAction() const { return m_ctrlAltDel; }
    QAction *pasteAsKeysAction() const { return m_pasteKeys; }
    QAction *fitAction() const { return m_fit; }
    QAction *fullScreenAction() const { return m_fullScreen; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void passwordKept(); // written to the keychain

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *buildScreen();
    void buildToolbar();
    void buildSendKeyMenu(QToolBar *bar);
    void resetClient();
    void openKubeVirtStream();
    void showOverlay(const QString &text, bool offerReconnect);
    void hideOverlay();
    void updateStatus();
    void updateClipboardHint();
    void offerClipboard(bool onlyIfActive);
    void onState(console::RemoteSession::State s);
    void onError(console::RemoteSession::Error e, const QString &message);
    void dropped(const QString &reason);
    void askPassword();
    void promptPassword();
    void forgetStoredPassword();
    void pasteAsKeystrokes();

    const Protocol m_protocol;
    console::RemoteSession *m_client = nullptr;
    ConsoleView *m_view = nullptr;
    QPointer<console::KubeVirtStream> m_stream;
    std::optional<console::KubeVirtEndpoint> m_endpoint;
    QString m_ns, m_vmi, m_host;
    quint16 m_port = 0;
    QString m_password;
    QString m_remoteText; // the guest's last copy, put on the local clipboard by us
    QString m_keychainKey;
    bool m_passwordStored = false;  // m_password is (being) kept in the keychain
    bool m_passwordRefused = false; // the server refused the last one: do not reuse a kept one
    FdOpener m_opener;
    QString m_via;
    std::optional<bool> m_takeOverAnswer;
    QWidget *m_overlay = nullptr;
    QLabel *m_overlayText = nullptr;
    QPushButton *m_reconnect = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_clipboardHint = nullptr; // SPICE: whether the guest's agent shares the clipboard
    QAction *m_ctrlAltDel = nullptr, *m_pasteKeys = nullptr, *m_fit = nullptr, *m_fullScreen = nullptr;
    QTimer *m_retry = nullptr;
    int m_retries = 0;
    bool m_wasConnected = false;
    bool m_closing = false;
    bool m_failedHard = false; // auth or setup problem: retrying would not help
};

} // namespace drover::ui
