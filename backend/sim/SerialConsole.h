#pragma once
// The serial console of a simulated VMI, as one connection sees it: a Linux boot log (with the
// ANSI colours and clear-line sequences a real one has) ending in a "login:" prompt, or Windows'
// SAC prompt; then a tiny line discipline: printable input is echoed, Backspace erases, Enter
// moves from login to a (silent) password prompt and then says "Login incorrect".
// Bytes to the client come out through send(); input in through receive().
#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace drover::sim {

class SerialConsole : public QObject
{
    Q_OBJECT
public:
    SerialConsole(const QString &vmName, const QString &os, const QString &osName,
                  QObject *parent = nullptr);
    void start(); // begins the boot log
    void receive(const QByteArray &bytes);

Q_SIGNALS:
    void send(const QByteArray &bytes);

private:
    void nextBootLine();
    void prompt();
    void key(char c);

    QString m_name;
    bool m_windows;
    QList<QByteArray> m_boot;
    QTimer m_timer;
    QByteArray m_pendingInput; // typed before the prompt appeared
    QByteArray m_line;
    bool m_ready = false;
    bool m_password = false;
};

} // namespace drover::sim
