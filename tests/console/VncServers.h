#pragma once
// Real VNC servers for the console tests and the bench: QEMU's built-in VNC server and TigerVNC's
// Xvnc, on free loopback ports. Each object kills and reaps its process when destroyed.
#include "Result.h"

#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace drover::console::test {

quint16 freeTcpPort(); // bind to port 0 and let the kernel choose
bool waitForTcpPort(quint16 port, int timeoutMs);

class VncServer
{
public:
    VncServer() = default;
    ~VncServer();
    VncServer(const VncServer &) = delete;
    VncServer &operator=(const VncServer &) = delete;

    // qemu-system-x86_64 with no disk: SeaBIOS, then "No bootable device". With paused, the
    // CPU waits for resumeQemu() (HMP "cont" on stdin), so a test can watch the boot screen.
    Result<void> startQemu(bool paused = false);
    void resumeQemu();
    // Xvnc :display. An empty password means SecurityTypes None.
    Result<void> startXvnc(QSize geometry, const QString &password, const QStringList &extraArgs = {});

    // Xvnc with VncAuth: a new password for the next connections (Xvnc rereads its file).
    Result<void> changePassword(const QString &password);

    quint16 port() const { return m_port; }
    int display() const { return m_display; } // Xvnc only
    QString displayName() const { return QStringLiteral(":%1").arg(m_display); }
    QString log() const;

private:
    std::unique_ptr<QProcess> m_proc;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_display = -1;
};

} // namespace drover::console::test
