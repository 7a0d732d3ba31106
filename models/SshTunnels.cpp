#include "SshTunnels.h"

#include <QPointer>

namespace drover::models {

namespace {
bool isPermanent(ssh::SshError e)
{
    using E = ssh::SshError;
    return e == E::Resolve || e == E::HostKeyUnknown || e == E::HostKeyChanged || e == E::WrongPassphrase ||
           e == E::AuthFailed || e == E::Cancelled;
}

Result<int, SshTunnels::TunnelFailure> failure(bool permanent, const QString &message)
{
    return Result<int, SshTunnels::TunnelFailure>::failure(SshTunnels::TunnelFailure{permanent, message});
}
} // namespace

SshTunnels::SshTunnels(QObject *parent) : QObject(parent) {}
SshTunnels::~SshTunnels() = default;

Result<ssh::SshTarget> SshTunnels::parseDestination(const QString &destination, const ssh::SshTarget &base)
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
        if (!ok || port == 0 || port > 65535)
            return Result<ssh::SshTarget>::failure(tr("\"%1\" is not a port").arg(portPart));
        t.port = quint16(port);
    }
    if (bad || t.host.isEmpty() || (at >= 0 && t.user.isEmpty()) || t.host.contains(QLatin1Char(' ')))
        return Result<ssh::SshTarget>::failure(
            tr("\"%1\" is not an SSH destination: write host, user@host or user@host:port").arg(destination));
    return t;
}

void SshTunnels::open(const QString &destination, const QString &host, quint16 port, QObject *context, Done done)
{
    const Result<ssh::SshTarget> target = parseDestination(destination, m_template);
    if (!target) {
        done(failure(true, target.error().message));
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
    session->connectToHost(
        *target, context, [this, destination, host, port, ctx, done](const Result<ssh::SshConnectionInfo, ssh::SshFailure> &r) {
            if (!r.ok()) {
                m_sessions.remove(destination);
                done(failure(isPermanent(r.error().kind), tr("SSH to %1: %2").arg(destination, r.error().message)));
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
        done(failure(false, tr("SSH to %1: not connected").arg(destination)));
        return;
    }
    QPointer<QObject> ctx(context);
    session->openTunnel(
        host, port, context,
        [this, destination, host, port, ctx, done, retried](const Result<ssh::SshTunnel, ssh::SshFailure> &r) {
            if (r.ok()) {
                done(r->fd);
                return;
            }
            // A kept connection that died since the last console: connect afresh, once.
            if (!retried && ctx && (r.error().kind == ssh::SshError::Closed || r.error().kind == ssh::SshError::NotConnected)) {
                m_sessions.remove(destination);
                open(destination, host, port, ctx, done);
                return;
            }
            done(failure(isPermanent(r.error().kind),
                         r.error().kind == ssh::SshError::Channel
                             ? tr("%1 could not reach %2:%3 (%4)").arg(destination, host).arg(port).arg(r.error().message)
                             : tr("SSH to %1: %2").arg(destination, r.error().message)));
        });
}

} // namespace drover::models
