#pragma once
// Console tunnels over SSH: a VNC server that only listens on a hypervisor's loopback (or on a
// network the admin's machine cannot reach) is opened through a direct-tcpip channel from that
// host. One SshSession per destination, kept for the next console; the same known_hosts checks
// and prompts as the agent fetch. A connection that died since is reopened once.
// Threading: GUI thread.
#include "SshSession.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace drover::models {

class SshTunnels : public QObject
{
    Q_OBJECT
public:
    // Why there is no tunnel, in words for the console window.
    struct TunnelFailure
    {
        bool permanent = false; // trying again would not help (destination, host key, login, unknown host)
        QString message;
    };
    // A connected socket, now the caller's, or why not.
    using Done = std::function<void(const Result<int, TunnelFailure> &fd)>;

    explicit SshTunnels(QObject *parent = nullptr);
    ~SshTunnels() override;

    void setPrompts(const ssh::SshPrompts &prompts) { m_prompts = prompts; }
    // Defaults for every destination (key files, known_hosts, config...).
    void setTargetTemplate(const ssh::SshTarget &t) { m_template = t; }

    // "[user@]host[:port]" on top of the template, or why it is not one (Invalid).
    static Result<ssh::SshTarget> parseDestination(const QString &destination, const ssh::SshTarget &base);
    // A channel to host:port as seen from `destination`. `done` runs once unless `context` dies.
    void open(const QString &destination, const QString &host, quint16 port, QObject *context, Done done);

private:
    void tunnel(const QString &destination, const QString &host, quint16 port, QObject *context, Done done, bool retried);

    ssh::SshPrompts m_prompts;
    ssh::SshTarget m_template;
    QHash<QString, std::shared_ptr<ssh::SshSession>> m_sessions;
};

} // namespace drover::models
