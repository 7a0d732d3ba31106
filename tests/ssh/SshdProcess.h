#pragma once
// A real OpenSSH server on 127.0.0.1 for end-to-end tests: its own host key, an
// authorized_keys file and config in a directory the test owns. The process is killed and
// reaped by stop() or the destructor.
#include "SshTypes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>

#include <optional>

namespace drover::ssh::testing {

class SshdProcess
{
public:
    static constexpr const char *kSshd = "/usr/sbin/sshd";
    static bool available();
    // ssh-keygen -t <type> -N <passphrase> -f <path>; a failure carries the tool's output.
    static Result<void> keygen(const QString &path, const QString &passphrase = {},
                               const QString &type = QStringLiteral("ed25519"));
    // The "SHA256:..." field of `ssh-keygen -lf <pub>`.
    static QString fingerprint(const QString &pubPath);
    static quint16 freePort();

    explicit SshdProcess(QString dir) : m_dir(std::move(dir)) {}
    ~SshdProcess() { stop(); }
    // Starts sshd -D -e on `port` (0: a free one) with `hostKey`, waits until it listens.
    Result<void> start(const QString &hostKey, const QString &authorizedKeys, quint16 port = 0);
    void stop();
    // Makes hostkey, userkey (no passphrase), passkey (passphrase kPassphrase) and otherkey
    // (not authorized) in the directory, authorizes userkey and passkey, and starts.
    Result<void> startWithFreshKeys();
    static constexpr const char *kPassphrase = "correct horse";
    QString path(const char *name) const { return m_dir + u'/' + QLatin1String(name); }
    // A target for this server with no ~/.ssh involvement.
    SshTarget target(const char *key = "userkey", const char *knownHosts = "known_hosts") const;
    quint16 port() const { return m_port; }
    // A drover-agent for this "host": a script in the directory that runs `agentBin` replaying
    // the captured machine tests/data/agent/<machine>. Returns its path ("" if it could not be written).
    QString installAgent(const QString &agentBin, const QString &machine) const;
    // Kills the per-connection sshd processes (children of the listener): every client link drops.
    void killConnections();
    QString log()
    {
        if (m_proc.state() != QProcess::NotRunning)
            m_log += m_proc.readAll();
        return QString::fromUtf8(m_log);
    }

private:
    QString m_dir;
    QProcess m_proc;
    quint16 m_port = 0;
    QByteArray m_log;
};

// Runs `start(context, done)` and spins the event loop until done is called or ms pass.
template <typename T, typename Start>
Result<T, SshFailure> await(Start start, int ms = 60000)
{
    std::optional<Result<T, SshFailure>> got;
    QObject context;
    start(&context, [&got](const Result<T, SshFailure> &r) { got = r; });
    const QDeadlineTimer deadline(ms);
    while (!got && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!got)
        return Result<T, SshFailure>::failure(SshError::Timeout, QStringLiteral("test gave up waiting"));
    return *got;
}

} // namespace drover::ssh::testing
