#include "SshTunnels.h"

#include <QPointer>

namespace drover::models {

namespace {
bool isHard(ssh::SshError e)
{
    using E = ssh::SshError;
    return e == E::Resolve || e == E::HostKeyUnknown || e == E::HostKeyChanged || e == E::WrongPassphrase ||
           e == E::AuthFailed || e == E::Cancelled;
}
} // namespace

SshTunnels::SshTunnels(QObject *parent) : QObject(parent) {}
SshTunnels::~SshTunnels() = default;

std::optional<ssh::SshTarget> SshTunnels::parseDestination(const QString &destination, const ssh::SshTarget &base,
                                                             QString *error)
{
    ssh::SshTarget t = base;
    QString rest = destination.trimmed();
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        t.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portPart;
    bool bad = false, hasPort = false;
    if (rest.startsWith(QLatin1Char('['))) { // [IPv6 address] or [IPv6 address]:port
        const int close = rest.indexOf(QLatin1Char(']'));
        const QString after = close > 0 ? rest.mid(close + 1) : QString();
        bad = close < 0 || (!after.isEmpty() && !after.startsWith(QLatin1Char(':')));
        t.host = rest.mid(1, close - 1);
        portPart = after.mid(1);
        hasPort = !after.isEmpty();
    } else if (rest.count(QLatin1Char(':')) == 1) {
        t.host = rest.section(QLatin1Char(':'), 0, 0);
        portPart = rest.section(QLatin1Char(':'), 1);
        hasPort = true;
    } else {
        t.host = rest; // a name, or a bare IPv6 address
    }
    if (hasPort) {
        bool ok = false;
        const uint port = portPart.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            if (error)
                *error = tr("\"%1\" is not a port").arg(portPart);
            return std::nullopt;
        }
        t.port = quint16(port);
    }
    if (bad || t.host.isEmpty() || (at >= 0 && t.user.isEmpty()) || t.host.contains(QLatin1Char(' '))) {
        if (error)
            *error = tr("\"%1\" is not an SSH destination: write host, user@host or user@host:port").arg(destination);
        return std::nullopt;
    }
    return t;
}

void SshTunnels::open(const QString &destination, const QString &host, quint16 port, QObject *context, Done done)
{
    QString err;
    const auto target = parseDestination(destination, m_template, &err);
    if (!target) {
        done(-1, err, true);
        return;
    }
    const auto existing = m_sessions.value(destination);
    if (existing && existing->state() == ssh::SshState::Connected) {
        tunnel(destination, host, port, context, std::move(done), false);
        return;
    }
    auto session = std::make_shared<ssh::SshSession>();
    session->setPrompts(m_prompts);
    m_sessions.insert(destination, session);
    QPointer<QObject> ctx(context);
    session->connectToHost(*target, context, [this, destination, host, port, ctx, done](const ssh::SshOutcome<ssh::SshConnectionInfo> &r) {
        if (!r.ok()) {
            m_sessions.remove(destination);
            done(-1, tr("SSH to %1: %2").arg(destination, r.message), isHard(r.error));
            return;
        }
        if (ctx)
            tunnel(destination, host, port, ctx, done, true);
    });
}

void SshTunnels::tunnel(const QString &destination, const QString &host, quint16 port, QObject *context, Done done, bool retried)
{
    const auto session = m_sessions.value(destination);
    if (!session) {
        done(-1, tr("SSH to %1: not connected").arg(destination), false);
        return;
    }
    QPointer<QObject> ctx(context);
    session->openTunnel(host, port, context, [this, destination, host, port, ctx, done, retried](const ssh::SshOutcome<ssh::SshTunnel> &r) {
        if (r.ok()) {
            done(r.value.fd, {}, false);
            return;
        }
        // A kept connection that died since the last console: connect afresh, once.
        if (!retried && ctx && (r.error == ssh::SshError::Closed || r.error == ssh::SshError::NotConnected)) {
            m_sessions.remove(destination);
            open(destination, host, port, ctx, done);
            return;
        }
        done(-1, r.error == ssh::SshError::Channel
                     ? tr("%1 could not reach %2:%3 (%4)").arg(destination, host).arg(port).arg(r.message)
                     : tr("SSH to %1: %2").arg(destination, r.message),
             isHard(r.error));
    });
}

} // namespace drover::models
