#pragma once
// A SPICE guest's console (QEMU/libvirt hosts) in its own window: the screen scaled to fit,
// keys as scancodes, the pointer drawn with the guest's cursor, Ctrl+Alt+Del, the clipboard
// shared through the guest agent (or typed as keystrokes without it), what went wrong in words,
// and a reconnect after a drop.
#include "SpiceClient.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QTimer;

namespace drover::ui {

class SpiceScreen;

class SpiceWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit SpiceWindow(const QString &title, QWidget *parent = nullptr);
    void connectTo(const QString &host, quint16 port, const QString &password = {});
    // Through a tunnel (SSH): `open` gives a socket per SPICE channel; `description` names it.
    void connectThrough(const QString &description, console::SpiceClient::FdOpener open, const QString &password = {});
    console::SpiceClient *client() const { return m_client; }
    QWidget *screen() const;
    QString statusText() const;
    void pasteAsKeystrokes();

private:
    void offerClipboard();
    void updateClipboardHint();
    void onError(const QString &message);
    void reconnect();

    console::SpiceClient *m_client;
    SpiceScreen *m_screen;
    QLabel *m_status;
    QLabel *m_clipboardHint;
    // A session that was up and drops is opened again, a few times, 2 s apart.
    std::function<void()> m_connect;
    QTimer *m_retry;
    int m_retries = 0;
    bool m_established = false;
};

} // namespace drover::ui
