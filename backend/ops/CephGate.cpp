#include "CephGate.h"

#include "KubeClient.h"
#include "OpsTr.h"
#include "SshSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace drover::ops {

namespace {
reconcile::OkToStop unknown(const QString &why)
{
    reconcile::OkToStop v;
    v.known = false;
    v.message = why;
    return v;
}

QString noAnswer(int exitStatus, const QString &message)
{
    return Tr::tr("Ceph gave no answer (exit status %1): %2").arg(exitStatus).arg(message);
}
} // namespace

reconcile::OkToStop okToStopFromAgentJson(const QJsonObject &o)
{
    reconcile::OkToStop v;
    v.exitStatus = o.value(QLatin1String("exitStatus")).toInt();
    v.known = o.contains(QLatin1String("okToStop")) && reconcile::isOkToStopVerdict(v.exitStatus);
    v.ok = v.known && o.value(QLatin1String("okToStop")).toBool();
    for (const QJsonValue &id : o.value(QLatin1String("osds")).toArray())
        v.osds << id.toInt();
    v.numOkPgs = o.value(QLatin1String("numOkPgs")).toInt();
    v.numNotOkPgs = o.value(QLatin1String("numNotOkPgs")).toInt();
    for (const QJsonValue &pg : o.value(QLatin1String("badBecomeInactive")).toArray())
        v.badBecomeInactive << pg.toString();
    v.message = o.value(QLatin1String("error")).toString();
    if (v.message.isEmpty())
        v.message = o.value(QLatin1String("message")).toString();
    if (!v.known)
        v.message = noAnswer(v.exitStatus, v.message);
    return v;
}

SimCephGate::SimCephGate(kube::KubeClient *client, QObject *parent) : CephGate(parent), m_client(client) {}

void SimCephGate::ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done)
{
    QStringList ids;
    for (int id : osds)
        ids << QString::number(id);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), ids.join(QLatin1Char(',')));
    QPointer<QObject> ctx(context);
    m_client->request("GET", QStringLiteral("/drover-sim/v1/ceph/ok-to-stop"), q, {}, this,
                      [ctx, done, host, osds](const kube::Response &r) {
                          if (!ctx)
                              return;
                          if (!r.ok()) {
                              done(unknown(Tr::tr("Ceph could not be asked about %1: %2").arg(host, r.error.userMessage())));
                              return;
                          }
                          // The sim answers {exitStatus, stdout, stderr} with stdout the text Ceph's
                          // CLI prints: its JSON and a newline.
                          const QJsonObject ceph =
                              QJsonDocument::fromJson(r.object.value(QLatin1String("stdout")).toString().toUtf8()).object();
                          reconcile::OkToStop v;
                          v.exitStatus = r.object.value(QLatin1String("exitStatus")).toInt();
                          v.known = reconcile::isOkToStopVerdict(v.exitStatus);
                          v.ok = v.exitStatus == 0 && ceph.value(QLatin1String("ok_to_stop")).toBool(true);
                          v.osds = osds;
                          v.numOkPgs = ceph.value(QLatin1String("num_ok_pgs")).toInt();
                          v.numNotOkPgs = ceph.value(QLatin1String("num_not_ok_pgs")).toInt();
                          for (const QJsonValue &pg : ceph.value(QLatin1String("bad_become_inactive")).toArray())
                              v.badBecomeInactive << pg.toString();
                          v.message = r.object.value(QLatin1String("stderr")).toString().trimmed();
                          if (!v.known)
                              v.message = noAnswer(v.exitStatus, v.message);
                          done(v);
                      });
}

AutoCephGate::AutoCephGate(std::function<kube::KubeClient *()> client, AgentCephGate *agentGate, QObject *parent)
    : CephGate(parent), m_client(std::move(client)), m_agent(agentGate)
{
}

void AutoCephGate::ask(const QString &host, const QList<int> &osds, QObject *context, OkToStopCallback done)
{
    kube::KubeClient *client = m_client();
    if (!client) {
        done(unknown(Tr::tr("not connected")));
        return;
    }
    if (m_decidedFor == client) {
        if (m_sim)
            m_simGate->ask(host, osds, context, std::move(done));
        else if (m_agent)
            m_agent->ask(host, osds, context, std::move(done));
        else
            done(unknown(Tr::tr("no way to ask Ceph about %1 on this cluster").arg(host)));
        return;
    }
    // One probe: drover-sim answers its own path; a real API server answers 404 (or 403).
    QPointer<QObject> ctx(context);
    QPointer<kube::KubeClient> c(client);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), QString());
    client->request("GET", QStringLiteral("/drover-sim/v1/ceph/ok-to-stop"), q, {}, this,
                    [this, c, ctx, host, osds, done](const kube::Response &r) {
                        if (!c)
                            return;
                        // Only a clear answer decides: an outage says nothing about what this is.
                        const bool notSim = r.error.kind == kube::ErrorKind::NotFound || r.error.kind == kube::ErrorKind::Forbidden;
                        if (!r.ok() && !notSim) {
                            if (ctx)
                                done(unknown(Tr::tr("Ceph could not be asked about %1: %2").arg(host, r.error.userMessage())));
                            return;
                        }
                        if (m_decidedFor != c) { // a second probe in flight: the first one decided
                            m_decidedFor = c;
                            m_sim = r.ok();
                            if (m_simGate)
                                m_simGate->deleteLater(); // after its answers in flight are dropped
                            m_simGate = m_sim ? new SimCephGate(c, this) : nullptr;
                        }
                        if (ctx)
                            ask(host, osds, ctx, done);
                    });
}

AgentCephGate::AgentCephGate(QObject *parent) : CephGate(parent) {}
AgentCephGate::~AgentCephGate() = default;

void AgentCephGate::ask(const QString &host, const QList<int> &, QObject *context, OkToStopCallback done)
{
    auto session = m_sessions.value(host);
    if (session && session->state() == ssh::SshState::Connected) {
        run(host, context, std::move(done));
        return;
    }
    const QString address = m_addressOf ? m_addressOf(host) : host;
    if (address.isEmpty()) {
        done(unknown(Tr::tr("%1 has no address to reach its agent at").arg(host)));
        return;
    }
    session = std::make_shared<ssh::SshSession>();
    session->setPrompts(m_prompts);
    m_sessions.insert(host, session);
    ssh::SshTarget t = m_template;
    t.host = address;
    if (const int colon = address.lastIndexOf(QLatin1Char(':')); colon > 0 && address.count(QLatin1Char(':')) == 1) {
        t.host = address.left(colon);
        t.port = quint16(address.mid(colon + 1).toUInt());
    }
    QPointer<QObject> ctx(context);
    session->connectToHost(t, this, [this, host, ctx, done](const Result<ssh::SshConnectionInfo, ssh::SshFailure> &r) {
        if (!r.ok()) {
            m_sessions.remove(host);
            if (ctx)
                done(unknown(Tr::tr("Ceph could not be asked on %1: %2").arg(host, r.error().message)));
            return;
        }
        run(host, ctx, done);
    });
}

void AgentCephGate::run(const QString &host, QObject *context, OkToStopCallback done)
{
    const auto session = m_sessions.value(host);
    QString path = m_agentPath;
    path.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    QString h = host;
    h.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    QPointer<QObject> ctx(context);
    session->exec(QStringLiteral("'%1' ceph ok-to-stop --host '%2'").arg(path, h), this,
                  [this, host, ctx, done](const Result<ssh::ExecResult, ssh::SshFailure> &r) {
                      if (!ctx)
                          return;
                      if (!r.ok()) {
                          m_sessions.remove(host); // a dead kept connection: the next ask connects afresh
                          done(unknown(Tr::tr("Ceph could not be asked on %1: %2").arg(host, r.error().message)));
                          return;
                      }
                      // Its exit status mirrors Ceph's (16: unsafe); the JSON is printed either way.
                      QJsonParseError err{};
                      const QJsonDocument doc = QJsonDocument::fromJson(r->stdOut, &err);
                      if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                          const QString text = QString::fromUtf8(r->stdErr + r->stdOut).trimmed().left(300);
                          done(unknown(Tr::tr("drover-agent on %1 did not answer ok-to-stop (exit status %2): %3")
                                           .arg(host)
                                           .arg(r->exitStatus)
                                           .arg(text)));
                          return;
                      }
                      done(okToStopFromAgentJson(doc.object()));
                  });
}

} // namespace drover::ops
