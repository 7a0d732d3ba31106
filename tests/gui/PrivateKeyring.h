#pragma once
// A real system keychain for one test process: a private D-Bus session bus and gnome-keyring's
// Secret Service, unlocked with a throwaway password in a temporary home. start() must run
// before anything in the process touches D-Bus (QtKeychain connects to the session bus lazily).
#include "Result.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class PrivateKeyring
{
public:
    ~PrivateKeyring()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            p->kill();
            p->waitForFinished(3000);
        }
    }
    drover::Result<void> start()
    {
        for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                return drover::Result<void>::failure(
                    drover::Error::Kind::Io,
                    QStringLiteral("%1 is missing: scripts/setup.sh installs it").arg(QLatin1String(tool)));
        // Its socket in the temporary home, not /tmp: nothing left behind.
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                                                    QStringLiteral("--address=unix:path=%1/bus").arg(m_home.path())});
        if (!m_bus.waitForReadyRead(10000))
            return drover::Result<void>::failure(drover::Error::Kind::Io, QStringLiteral("dbus-daemon printed no address"));
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(5000))
            return drover::Result<void>::failure(drover::Error::Kind::Io, QStringLiteral("gnome-keyring-daemon did not start"));
        m_keyring.write("throwaway");
        m_keyring.closeWriteChannel();
        // It claims org.freedesktop.secrets once unlocked; secret-tool would block until then.
        QTest::qWait(1000);
        if (m_keyring.state() != QProcess::Running)
            return drover::Result<void>::failure(drover::Error::Kind::Io,
                                                 QStringLiteral("gnome-keyring-daemon stopped after it started"));
        return {};
    }

    // Where the keychain keeps its files (XDG_DATA_HOME/keyrings) and its sockets.
    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QProcess m_bus, m_keyring;
};
