#include "AgentFetcher.h"

#include <QJsonDocument>

namespace drover::models {

AgentFetcher::AgentFetcher(QObject *parent) : QObject(parent) {}
AgentFetcher::~AgentFetcher() = default;

void AgentFetcher::fetch(const QString &host, const QString &address)
{
    if (m_busy.contains(host))
        return;
    m_busy.insert(host);
    auto session = m_sessions.value(host);
    if (session && m_addresses.value(host) == address && session->state() == ssh::SshState::Connected) {
        run(host);
        return;
    }
    session = std::make_shared<ssh::SshSession>();
    session->setPrompts(m_prompts);
    m_sessions.insert(host, session);
    m_addresses.insert(host, address);
    ssh::SshTarget t = m_template;
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !address.contains(QLatin1Char(']')) && address.count(QLatin1Char(':')) == 1) {
        t.host = address.left(colon);
        t.port = quint16(address.mid(colon + 1).toUInt());
    } else {
        t.host = address;
    }
    session->connectToHost(t, this, [this, host](const Result<ssh::SshConnectionInfo, ssh::SshFailure> &r) {
        if (!r.ok()) {
            m_retrying.remove(host);
            m_busy.remove(host);
            m_sessions.remove(host);
            Q_EMIT failed(host, r.error().message);
            return;
        }
        run(host);
    });
}

void AgentFetcher::run(const QString &host)
{
    const auto session = m_sessions.value(host);
    if (!session)
        return;
    // Quoted for the remote shell: the path may hold spaces.
    QString path = m_agentPath;
    path.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    session->exec(
        QStringLiteral("'%1' report --json").arg(path), this, [this, host](const Result<ssh::ExecResult, ssh::SshFailure> &r) {
            m_busy.remove(host);
            if (!r.ok()) {
                m_sessions.remove(host);
                // A kept connection that died since the last fetch: connect afresh, once.
                if ((r.error().kind == ssh::SshError::Closed || r.error().kind == ssh::SshError::NotConnected) &&
                    !m_retrying.contains(host)) {
                    m_retrying.insert(host);
                    fetch(host, m_addresses.value(host));
                    return;
                }
                m_retrying.remove(host);
                Q_EMIT failed(host, r.error().message);
                return;
            }
            m_retrying.remove(host);
            if (r->exitStatus != 0) {
                const QString err = QString::fromUtf8(r->stdErr).trimmed();
                Q_EMIT failed(host,
                              r->exitStatus == 127
                                  ? tr("drover-agent is not installed on %1 (looked for \"%2\")").arg(host, m_agentPath)
                                  : tr("drover-agent on %1 failed (exit status %2): %3").arg(host).arg(r->exitStatus).arg(err));
                return;
            }
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(r->stdOut, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                Q_EMIT failed(host,
                              tr("%1 did not answer with a report (%2 at byte %3)").arg(host, pe.errorString()).arg(pe.offset));
                return;
            }
            Q_EMIT fetched(host, doc.object());
        });
}

} // namespace drover::models
