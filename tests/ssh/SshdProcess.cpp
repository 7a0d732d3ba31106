#include "SshdProcess.h"

#include "SshConfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace drover::ssh::testing {

bool SshdProcess::available() { return QFileInfo(QLatin1String(kSshd)).isExecutable(); }

Result<void> SshdProcess::keygen(const QString &path, const QString &passphrase, const QString &type)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                                           passphrase, QStringLiteral("-C"), QFileInfo(path).fileName(),
                                           QStringLiteral("-f"), path});
    if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return Result<void>::failure(Error::Kind::Io, QStringLiteral("ssh-keygen: ") + QString::fromUtf8(p.readAll()));
}

QString SshdProcess::fingerprint(const QString &pubPath)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), pubPath});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(u' ').value(1);
}

quint16 SshdProcess::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

Result<void> SshdProcess::start(const QString &hostKey, const QString &authorizedKeys, quint16 port)
{
    stop();
    m_port = port ? port : freePort();
    if (geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    const QString conf = m_dir + QStringLiteral("/sshd_config");
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<void>::failure(Error::Kind::Io, conf + QStringLiteral(": ") + f.errorString());
    const QString text = QStringLiteral(
        "Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
        "StrictModes no\nUsePAM no\nPidFile none\nPermitRootLogin prohibit-password\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\nAllowTcpForwarding yes\n"
        "AllowUsers %4\nLogLevel VERBOSE\nMaxStartups 100\n")
        .arg(m_port).arg(hostKey, authorizedKeys, localUserName());
    f.write(text.toUtf8());
    f.close();
    m_log.clear();
    m_proc.setProcessChannelMode(QProcess::MergedChannels);
    // If the test crashes, sshd must not outlive it.
    m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_proc.start(QLatin1String(kSshd), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), conf});
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_proc.waitForReadyRead(100);
        m_log += m_proc.readAll();
        if (m_log.contains("Server listening on"))
            return {};
        if (m_proc.state() == QProcess::NotRunning)
            break;
    }
    const QString log = QString::fromUtf8(m_log);
    stop();
    return Result<void>::failure(Error::Kind::Io, QStringLiteral("sshd did not start: ") + log);
}

Result<void> SshdProcess::startWithFreshKeys()
{
    for (const char *k : {"hostkey", "userkey", "otherkey"})
        if (auto made = keygen(path(k)); !made)
            return made;
    if (auto made = keygen(path("passkey"), QLatin1String(kPassphrase)); !made)
        return made;
    QFile ak(path("authorized_keys"));
    if (!ak.open(QIODevice::WriteOnly))
        return Result<void>::failure(Error::Kind::Io, ak.fileName() + QStringLiteral(": ") + ak.errorString());
    for (const char *k : {"userkey.pub", "passkey.pub"}) {
        QFile pub(path(k));
        if (!pub.open(QIODevice::ReadOnly))
            return Result<void>::failure(Error::Kind::Io, pub.fileName() + QStringLiteral(": ") + pub.errorString());
        ak.write(pub.readAll());
    }
    ak.close();
    return start(path("hostkey"), path("authorized_keys"));
}

QString SshdProcess::installAgent(const QString &agentBin, const QString &machine) const
{
    const QString wrapper = path("drover-agent");
    QFile w(wrapper);
    if (!w.open(QIODevice::WriteOnly))
        return {};
    w.write(QStringLiteral("#!/bin/sh\nexec '%1' \"$@\" --root '%2/agent/%3'\n")
                .arg(agentBin, qEnvironmentVariable("DROVER_TEST_DATA"), machine).toUtf8());
    w.close();
    return w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ? wrapper : QString();
}

SshTarget SshdProcess::target(const char *key, const char *knownHosts) const
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port;
    t.user = localUserName();
    t.identityFiles = {path(key)};
    t.configPath = QStringLiteral("none");
    t.knownHostsPath = path(knownHosts);
    t.useAgent = false;
    t.connectTimeoutMs = 20000;
    t.ioTimeoutMs = 30000;
    return t;
}

void SshdProcess::killConnections()
{
    const qint64 pid = m_proc.processId();
    if (pid <= 0)
        return;
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return;
    const auto pids = children.readAll().simplified().split(' ');
    for (const QByteArray &child : pids)
        if (const int c = child.toInt(); c > 0)
            ::kill(c, SIGKILL);
}

void SshdProcess::stop()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(10000);
        m_log += m_proc.readAll();
    }
}

} // namespace drover::ssh::testing
