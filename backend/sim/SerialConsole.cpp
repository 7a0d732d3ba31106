#include "SerialConsole.h"

namespace drover::sim {

namespace {
QByteArray ok(const char *what)
{
    return QByteArrayLiteral("[\x1b[0;32m  OK  \x1b[0m] ") + what + "\r\n";
}
} // namespace

SerialConsole::SerialConsole(const QString &vmName, const QString &os, const QString &osName,
                             QObject *parent)
    : QObject(parent), m_name(vmName), m_windows(os == QLatin1String("windows"))
{
    const QByteArray pretty = (osName.isEmpty() ? (m_windows ? QStringLiteral("Windows Server 2022")
                                                             : QStringLiteral("Fedora Linux 40"))
                                                : osName).toUtf8();
    if (m_windows) {
        m_boot = {QByteArrayLiteral("\x1b[2J\x1b[H"),
                  QByteArrayLiteral("Computer is booting, SAC started and initialized.\r\n\r\n"),
                  QByteArrayLiteral("Use the \"ch -?\" command for information about using channels.\r\n"),
                  QByteArrayLiteral("Use the \"?\" command for general help.\r\n\r\n"),
                  QByteArrayLiteral("EVENT: The CMD command is now available.\r\n")};
    } else {
        m_boot = {QByteArrayLiteral("[    0.000000] Linux version 6.8.5 (mockbuild@drover-sim) #1 SMP PREEMPT_DYNAMIC\r\n"),
                  QByteArrayLiteral("[    0.000000] Command line: BOOT_IMAGE=(hd0,gpt2)/vmlinuz root=/dev/vda4 console=ttyS0\r\n"),
                  QByteArrayLiteral("[    0.412301] virtio_blk virtio2: [vda] 62914560 512-byte logical blocks\r\n"),
                  QByteArrayLiteral("\r\nWelcome to \x1b[1;34m") + pretty + QByteArrayLiteral("\x1b[0m!\r\n\r\n"),
                  QByteArrayLiteral("         Starting \x1b[0;1;39msystemd-udevd.service\x1b[0m...\r"),
                  QByteArrayLiteral("\x1b[K") + ok("Started systemd-udevd.service - Rule-based Manager for Device Events."),
                  ok("Reached target local-fs.target - Local File Systems."),
                  ok("Started NetworkManager.service - Network Manager."),
                  QByteArrayLiteral("[\x1b[0;1;31mFAILED\x1b[0m] Failed to start mcelog.service - Machine Check Exception Logging Daemon.\r\n"),
                  ok("Started sshd.service - OpenSSH server daemon."),
                  ok("Started qemu-guest-agent.service - QEMU Guest Agent."),
                  ok("Reached target multi-user.target - Multi-User System."),
                  QByteArrayLiteral("\r\n") + pretty + QByteArrayLiteral("\r\nKernel 6.8.5 on an x86_64 (ttyS0)\r\n\r\n")};
    }
    m_boot.append(QByteArray()); // the prompt
    m_timer.setInterval(15);
    connect(&m_timer, &QTimer::timeout, this, &SerialConsole::nextBootLine);
}

void SerialConsole::start()
{
    m_timer.start();
}

void SerialConsole::nextBootLine()
{
    if (m_boot.isEmpty()) {
        m_timer.stop();
        return;
    }
    const QByteArray line = m_boot.takeFirst();
    if (!line.isEmpty()) {
        Q_EMIT send(line);
        return;
    }
    m_timer.stop();
    m_ready = true;
    prompt();
    const QByteArray typed = std::exchange(m_pendingInput, {});
    receive(typed);
}

void SerialConsole::prompt()
{
    m_line.clear();
    if (m_windows)
        Q_EMIT send(QByteArrayLiteral("\r\nSAC>"));
    else if (m_password)
        Q_EMIT send(QByteArrayLiteral("Password: "));
    else
        Q_EMIT send(m_name.toUtf8() + QByteArrayLiteral(" login: "));
}

void SerialConsole::receive(const QByteArray &bytes)
{
    if (!m_ready) {
        m_pendingInput += bytes;
        return;
    }
    for (char c : bytes)
        key(c);
}

void SerialConsole::key(char c)
{
    if (c == '\r' || c == '\n') {
        Q_EMIT send(QByteArrayLiteral("\r\n"));
        if (m_windows) {
            if (!m_line.isEmpty())
                Q_EMIT send(QByteArrayLiteral("The command is not valid."));
        } else if (!m_password && !m_line.isEmpty()) {
            m_password = true;
        } else if (m_password) {
            m_password = false;
            Q_EMIT send(QByteArrayLiteral("\r\nLogin incorrect\r\n\r\n"));
        }
        prompt();
    } else if (c == 0x7f || c == 0x08) {
        if (!m_line.isEmpty()) {
            m_line.chop(1);
            if (!m_password)
                Q_EMIT send(QByteArrayLiteral("\b \b"));
        }
    } else if (c == 0x03) { // ^C
        Q_EMIT send(QByteArrayLiteral("^C\r\n"));
        m_password = false;
        prompt();
    } else if (quint8(c) >= 0x20 && m_line.size() < 256) {
        m_line.append(c);
        if (!m_password)
            Q_EMIT send(QByteArray(1, c));
    }
}

} // namespace drover::sim
