#pragma once
// One VM's graphical console in its own window (so several sit side by side or on another
// screen): the remote screen, a toolbar with Send key (Ctrl+Alt+Del, Ctrl+Alt+F1–F12, Print
// Screen, Windows key), Fit / 1:1 scaling, full screen, paste as keystrokes, clipboard both ways
// where the server has one, and a status overlay (connecting, password refused, disconnected by
// the server) with Reconnect. A KubeVirt VM's console goes through the API server's vnc
// websocket with the cluster's credentials; when another admin holds it, the window asks before
// taking it over. After a drop it reconnects by itself a few times, saying why it dropped.
// Other transports: direct TCP, or any opener that hands over a connected socket (an SSH tunnel).
// A VNC password may be kept in the system keychain when the user ticks the box.
#include "KubeVirtStream.h"
#include "RfbClient.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace drover::ui {

class ConsoleView;

class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ConsoleWindow(const QString &title, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // Where to connect; then call connectNow(). Both stay for reconnects.
    void setKubeVirtTarget(const console::KubeVirtEndpoint &endpoint, const QString &ns, const QString &vmi);
    void setTcpTarget(const QString &host, quint16 port);
    // A connected socket from elsewhere (an SSH direct-tcpip tunnel): `open` calls `done` once,
    // with the fd (ownership passes) or an error; a `hard` error (host key, login) is not retried.
    using FdDone = std::function<void(int fd, const QString &error, bool hard)>;
    using FdOpener = std::function<void(QObject *context, FdDone done)>;
    void setFdTarget(const QString &description, FdOpener opener);
    void setPassword(const QString &password) { m_password = password; }
    // The name this console's VNC password is kept under in the keychain ("" = never kept).
    void setKeychainKey(const QString &key) { m_keychainKey = key; }
    // Ask before taking over a console another admin holds (tests turn it off: true = take).
    void setTakeOverAnswer(std::optional<bool> answer) { m_takeOverAnswer = answer; }
    void connectNow();

    console::RfbClient *client() const { return m_client; }
    ConsoleView *view() const { return m_view; }
    QString statusText() const;
    bool overlayVisible() const;
    QAction *ctrlAltDelAction() const { return m_ctrlAltDel; }
    QAction *pasteAsKeysAction() const { return m_pasteKeys; }
    QAction *fitAction() const { return m_fit; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void passwordKept(); // written to the keychain

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    void resetClient();
    void showOverlay(const QString &text, bool offerReconnect);
    void hideOverlay();
    void onState(console::RfbClient::State s);
    void onError(console::RfbClient::Error e, const QString &message);
    void dropped(const QString &reason);
    void askPassword();
    void promptPassword();
    void forgetStoredPassword();
    void pasteAsKeystrokes();

    console::RfbClient *m_client = nullptr;
    ConsoleView *m_view = nullptr;
    QPointer<console::KubeVirtStream> m_stream;
    std::optional<console::KubeVirtEndpoint> m_endpoint;
    QString m_ns, m_vmi, m_host;
    quint16 m_port = 0;
    QString m_password;
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
    QAction *m_ctrlAltDel = nullptr, *m_pasteKeys = nullptr, *m_fit = nullptr, *m_fullScreen = nullptr;
    QTimer *m_retry = nullptr;
    int m_retries = 0;
    bool m_wasConnected = false;
    bool m_closing = false;
    bool m_failedHard = false; // auth or setup problem: retrying would not help
};

} // namespace drover::ui
