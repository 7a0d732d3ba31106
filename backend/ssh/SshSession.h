#pragma once
// One SSH connection to one host, for the GUI's agent transport and console tunnels.
//
// Threading: an SshSession lives on the thread that created it (the caller's thread). libssh2
// runs blocking on a private worker QThread; calls here only enqueue commands, which run in
// order. Every result is delivered on this object's thread to `done`, only if `context` is
// still alive. Prompts (SshPrompts) are also called on this thread. Destroying the session
// aborts the connection and drops undelivered results.
#include "SshTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace drover::ssh {

class SshWorker;

class SshSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxOutput = 64 * 1024 * 1024;
    static constexpr int kDefaultExecTimeoutMs = 120000;

    explicit SshSession(QObject *parent = nullptr);
    ~SshSession() override;

    // Applies to prompts raised by later connect calls.
    void setPrompts(SshPrompts prompts);
    SshState state() const { return m_state; }

    // Resolves `target` with ~/.ssh/config, connects, checks the host key, authenticates.
    void connectToHost(const SshTarget &target, QObject *context,
                       std::function<void(const Result<SshConnectionInfo, SshFailure> &)> done);
    // Runs `command` through the user's shell; stdout+stderr together are capped at maxOutput.
    void exec(const QString &command, QObject *context, std::function<void(const Result<ExecResult, SshFailure> &)> done,
              qint64 maxOutput = kDefaultMaxOutput, int timeoutMs = kDefaultExecTimeoutMs);
    // Opens a direct-tcpip channel to host:port as seen from the server. The SshTunnel's fd
    // belongs to the caller (close it when done); the session pumps the other end until either
    // side closes or the session ends. Tunnels stall while a blocking step (connect, channel
    // open) runs, but keep flowing during exec.
    void openTunnel(const QString &host, quint16 port, QObject *context,
                    std::function<void(const Result<SshTunnel, SshFailure> &)> done);
    void disconnectFromHost();

Q_SIGNALS:
    // Connecting -> Authenticating -> Connected -> Disconnected(reason), also on a dropped link.
    void stateChanged(drover::ssh::SshState state, const QString &reason);

private:
    template <typename T>
    void run(QObject *context, std::function<Result<T, SshFailure>(SshWorker &)> job,
             std::function<void(const Result<T, SshFailure> &)> done);

    // What the worker thread posts through: it forgets the session when the session is gone.
    struct Owner
    {
        std::mutex mutex;
        QObject *session = nullptr;
        void post(std::function<void()> f);
    };
    static constexpr int kStopWaitMs = 500; // how long the destructor waits for the worker
    std::shared_ptr<Owner> m_owner;
    std::shared_ptr<SshWorker> m_worker; // shared with its thread, which may outlive us
    QThread *m_thread = nullptr; // owned; waited for briefly in the destructor, else let go
    SshPrompts m_prompts;
    SshState m_state = SshState::Disconnected;
};

} // namespace drover::ssh
