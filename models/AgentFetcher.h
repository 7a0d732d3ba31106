#pragma once
// Reaches a host's node agent over SSH and brings back its report: connect (known_hosts,
// ssh-agent or key files, as SshSession does), run `<agent path> report --json`, check that
// what came back is a report. One session per host, kept for the next fetch. Which address:
// the Node's InternalIP unless the user set another for this cluster (setAddress). The GUI
// supplies the prompts (host key, passphrase).
// Threading: GUI thread.
#include "SshSession.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <memory>

namespace drover::models {

class AgentFetcher : public QObject
{
    Q_OBJECT
public:
    explicit AgentFetcher(QObject *parent = nullptr);
    ~AgentFetcher() override;

    void setPrompts(const ssh::SshPrompts &prompts) { m_prompts = prompts; }
    // Defaults for every host (user, key files, known_hosts...); host and port come per fetch.
    void setTargetTemplate(const ssh::SshTarget &t) { m_template = t; }
    void setAgentPath(const QString &path) { m_agentPath = path; }
    QString agentPath() const { return m_agentPath; }

    // "address" or "address:port".
    void fetch(const QString &host, const QString &address);
    bool busy(const QString &host) const { return m_busy.contains(host); }

Q_SIGNALS:
    void fetched(const QString &host, const QJsonObject &report);
    void failed(const QString &host, const QString &message);

private:
    void run(const QString &host);

    ssh::SshPrompts m_prompts;
    ssh::SshTarget m_template;
    QString m_agentPath = QStringLiteral("drover-agent");
    QHash<QString, std::shared_ptr<ssh::SshSession>> m_sessions;
    QHash<QString, QString> m_addresses; // host -> address the session was opened to
    QSet<QString> m_busy;
    QSet<QString> m_retrying; // reconnecting after a kept connection died
};

} // namespace drover::models
