#include "VncServers.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace drover::console::test {

quint16 freeTcpPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool waitForTcpPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(500))
            return true;
        QThread::msleep(50);
    }
    return false;
}

namespace {

bool portIsFree(quint16 port)
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, port);
}

} // namespace

VncServer::~VncServer()
{
    if (m_proc && m_proc->state() != QProcess::NotRunning) {
        m_proc->terminate();
        if (!m_proc->waitForFinished(3000)) {
            m_proc->kill();
            m_proc->waitForFinished(3000);
        }
    }
}

void VncServer::resumeQemu()
{
    if (m_proc)
        m_proc->write("cont\n");
}

QString VncServer::log() const
{
    return m_proc ? QString::fromLocal8Bit(m_proc->readAllStandardError()) : QString();
}

Result<void> VncServer::startQemu(bool paused)
{
    // QEMU's -vnc takes a display number (port 5900 + N): look for a free one.
    int n = -1;
    for (int tries = 0; tries < 200 && n < 0; ++tries) {
        const int cand = 100 + int(QRandomGenerator::global()->bounded(3000));
        if (portIsFree(quint16(5900 + cand)))
            n = cand;
    }
    if (n < 0)
        return Result<void>::failure(Error::Kind::Io, QStringLiteral("no free VNC port"));
    m_port = quint16(5900 + n);
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = {QStringLiteral("-display"),    QStringLiteral("none"),
                        QStringLiteral("-vnc"),        QStringLiteral("127.0.0.1:%1").arg(n),
                        QStringLiteral("-nodefaults"), QStringLiteral("-vga"),
                        QStringLiteral("std"),         QStringLiteral("-machine"),
                        QStringLiteral("accel=tcg"),   QStringLiteral("-m"),
                        QStringLiteral("64")};
    if (paused)
        args << QStringLiteral("-S") << QStringLiteral("-monitor") << QStringLiteral("stdio");
    m_proc->start(QStringLiteral("qemu-system-x86_64"), args);
    if (!m_proc->waitForStarted(5000))
        return Result<void>::failure(Error::Kind::Io,
                                     QStringLiteral("qemu-system-x86_64 did not start: %1").arg(m_proc->errorString()));
    if (!waitForTcpPort(m_port, 15000))
        return Result<void>::failure(Error::Kind::Io,
                                     QStringLiteral("QEMU's VNC port %1 never opened: %2").arg(m_port).arg(log()));
    return {};
}

Result<void> VncServer::startXvnc(QSize geometry, const QString &password, const QStringList &extraArgs)
{
    for (int tries = 0; tries < 200 && m_display < 0; ++tries) {
        const int d = 50 + int(QRandomGenerator::global()->bounded(900));
        if (!QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(d)) &&
            !QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(d)))
            m_display = d;
    }
    m_port = freeTcpPort();
    if (m_display < 0 || m_port == 0 || !m_dir.isValid())
        return Result<void>::failure(Error::Kind::Io, QStringLiteral("no free X display or port"));
    QStringList args = {displayName(),
                        QStringLiteral("-rfbport"),
                        QString::number(m_port),
                        QStringLiteral("-localhost"),
                        QStringLiteral("-nolisten"),
                        QStringLiteral("tcp"),
                        QStringLiteral("-geometry"),
                        QStringLiteral("%1x%2").arg(geometry.width()).arg(geometry.height()),
                        QStringLiteral("-depth"),
                        QStringLiteral("24"),
                        QStringLiteral("-BlacklistThreshold"),
                        QStringLiteral("1000")};
    if (password.isEmpty()) {
        args << QStringLiteral("-SecurityTypes") << QStringLiteral("None");
    } else {
        const QString pwFile = m_dir.filePath(QStringLiteral("passwd"));
        if (auto changed = changePassword(password); !changed)
            return changed;
        args << QStringLiteral("-SecurityTypes") << QStringLiteral("VncAuth")
             << QStringLiteral("-PasswordFile") << pwFile;
    }
    args << extraArgs;
    m_proc = std::make_unique<QProcess>();
    m_proc->start(QStringLiteral("Xvnc"), args);
    if (!m_proc->waitForStarted(5000))
        return Result<void>::failure(Error::Kind::Io, QStringLiteral("Xvnc did not start: %1").arg(m_proc->errorString()));
    if (!waitForTcpPort(m_port, 15000))
        return Result<void>::failure(Error::Kind::Io, QStringLiteral("Xvnc's port %1 never opened: %2").arg(m_port).arg(log()));
    return {};
}

Result<void> VncServer::changePassword(const QString &password)
{
    QProcess vp;
    vp.setStandardOutputFile(m_dir.filePath(QStringLiteral("passwd")));
    vp.start(QStringLiteral("vncpasswd"), {QStringLiteral("-f")});
    vp.write(password.toUtf8() + '\n');
    vp.closeWriteChannel();
    if (!vp.waitForFinished(5000) || vp.exitCode() != 0)
        return Result<void>::failure(Error::Kind::Io, QStringLiteral("vncpasswd -f failed"));
    return {};
}

} // namespace drover::console::test
