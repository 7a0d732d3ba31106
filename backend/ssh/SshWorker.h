#pragma once
// The libssh2 side of SshSession (STYLE 10). run() is the body of the session's QThread: it
// executes queued commands one at a time, blocking in libssh2, and pumps open tunnels between
// (and during) commands. Everything but enqueue()/requestStop() runs on that thread only.
// Results go out through `post`, which runs a function on the SshSession's thread.
#include "SshTunnel.h"
#include "SshTypes.h"

#include <QHash>
#include <QSet>

#include <libssh2.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace drover::ssh {

class SshWorker
{
public:
    using Post = std::function<void(std::function<void()>)>;
    using StateSink = std::function<void(SshState, QString)>;
    SshWorker(Post post, StateSink state);
    ~SshWorker();

    void run();
    void enqueue(std::function<void()> command); // any thread
    void requestStop();                          // any thread; aborts blocking I/O
    void cancelPrompts();                        // any thread; a pending prompt answers "no"

    // Commands: worker thread only.
    Result<SshConnectionInfo, SshFailure> connectTo(const SshTarget &target, const SshPrompts &prompts);
    Result<ExecResult, SshFailure> exec(const QString &command, qint64 maxOutput, int timeoutMs);
    Result<SshTunnel, SshFailure> openTunnel(const QString &host, quint16 port);
    void disconnect(const QString &reason);

private:
    template <typename T>
    std::optional<T> ask(std::function<void(std::function<void(T)>)> start);
    Result<QString, SshFailure> authenticate(const QString &user, const QStringList &ids, const SshTarget &target,
                                             const SshPrompts &prompts);
    bool tryAgent(const QString &user, QStringList &tried);
    // A connected socket, or why not (Resolve, Refused, Timeout).
    Result<int, SshFailure> tcpConnect(const QString &host, quint16 port, int timeoutMs);
    bool waitSocket(int timeoutMs);
    void pumpTunnels();
    void releaseChannel(LIBSSH2_CHANNEL *channel);
    void reapChannels();
    QString lastError() const;
    bool isDeadError(int rc) const;
    void setState(SshState s, const QString &reason = {});

    Post m_post;
    StateSink m_stateSink;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cancelPrompts{false};
    void setStopSocket(int fd);
    int m_sockForStop = -1; // guarded by m_mutex: requestStop() shuts it down from any thread
    int m_wake[2] = {-1, -1};
    std::mutex m_mutex;
    std::deque<std::function<void()>> m_queue;

    int m_sock = -1;
    LIBSSH2_SESSION *m_session = nullptr;
    QString m_peer; // host:port for messages
    int m_ioTimeoutMs = 60000;
    int m_keepaliveSeconds = 0;
    void keepalive();
    std::vector<std::unique_ptr<SshTunnelPump>> m_tunnels;
    std::vector<LIBSSH2_CHANNEL *> m_closing; // abandoned exec channels still closing
    QHash<QString, QString> m_passphrases; // key file -> passphrase, for this session's life
    QSet<QString> m_wrongPassphrase;       // key files whose last passphrase was wrong
};

} // namespace drover::ssh
