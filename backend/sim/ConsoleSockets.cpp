#include "ConsoleSockets.h"

#include "ConsoleSession.h"
#include "ObjectStore.h"
#include "VmiJson.h"
#include "VncScreen.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>
#include <QWebSocket>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {
const kube::ApiResource &VMI = kube::ApiResource::virtualMachineInstances();
const kube::ApiResource &VM = kube::ApiResource::virtualMachines();

bool preserveSession(const QUrl &url)
{
    const QString v = QUrlQuery(url).queryItemValue(u"preserveSession"_s);
    return v == "true"_L1 || v == "1"_L1;
}

QString annotation(const QJsonObject &obj, const QString &key)
{
    return objectAt(objectAt(obj, "metadata"_L1), "annotations"_L1).value(key).toString();
}
} // namespace

ConsoleSockets::ConsoleSockets(ObjectStore *store, QAbstractHttpServer *server, QObject *parent)
    : QObject(parent), m_store(store), m_server(server)
{
    connect(server, &QAbstractHttpServer::newWebSocketConnection, this, &ConsoleSockets::acceptPending);
    // A VMI that stops or goes away takes its consoles with it, as virt-handler's do.
    connect(store, &ObjectStore::changed, this, [this](const kube::ApiResource &r, const QString &type, const QJsonObject &obj) {
        if (r.plural != VMI.plural || (type != "DELETED"_L1 && core::vmiPhaseOf(obj) == core::VmiPhase::Running))
            return;
        for (const QString &kind : {u"vnc"_s, u"console"_s})
            if (ConsoleSession *s = m_sessions.value(Target{namespaceOf(obj), nameOf(obj), kind}.key()))
                s->evict(u"the VM is no longer running"_s);
        if (type == "DELETED"_L1)
            delete m_screens.take(uidOf(obj));
    });
}

bool ConsoleSockets::isWebSocketUpgrade(const QHttpServerRequest &req)
{
    return req.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

std::optional<ConsoleSockets::Target> ConsoleSockets::parse(const QString &path)
{
    // apis subresources.kubevirt.io v1 namespaces NS virtualmachineinstances NAME vnc|console
    const QStringList s = path.split(u'/', Qt::SkipEmptyParts);
    if (s.size() != 8 || s[0] != "apis"_L1 || s[1] != "subresources.kubevirt.io"_L1 ||
        (s[2] != "v1"_L1 && s[2] != "v1alpha3"_L1) || s[3] != "namespaces"_L1 ||
        s[5] != "virtualmachineinstances"_L1 || (s[7] != "vnc"_L1 && s[7] != "console"_L1))
        return std::nullopt;
    return Target{s[4], s[6], s[7]};
}

ConsoleSockets::Verdict ConsoleSockets::verify(const QHttpServerRequest &req, bool authorized) const
{
    if (!authorized)
        return {401, u"Unauthorized"_s, u"Unauthorized"_s};
    const auto t = parse(req.url().path());
    if (!t || req.method() != QHttpServerRequest::Method::Get)
        return {404, u"NotFound"_s, u"the server could not find the requested resource"_s};
    const auto vmi = m_store->get(VMI, t->ns, t->name);
    if (!vmi)
        return {404, u"NotFound"_s, u"virtualmachineinstance.kubevirt.io \"%1\" not found"_s.arg(t->name)};
    const core::VmiPhase phase = core::vmiPhaseOf(*vmi);
    if (t->kind == "console"_L1 && phase == core::VmiPhase::Failed)
        return {409, u"Conflict"_s,
                u"Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"%1\": VMI is in failed status"_s.arg(t->name)};
    if (phase != core::VmiPhase::Running)
        return {400, u"BadRequest"_s, u"VMI is not running"_s};
    if (preserveSession(req.url()) && m_sessions.value(t->key()))
        return {503, u"ServiceUnavailable"_s,
                u"Active %1 connection. Request denied."_s.arg(t->kind == "vnc"_L1 ? u"VNC"_s : u"console"_s)};
    return {};
}

int ConsoleSockets::activeSessions() const
{
    int n = 0;
    for (const auto &s : m_sessions)
        n += s ? 1 : 0;
    return n;
}

VncScreen *ConsoleSockets::screenFor(const Target &t, const QJsonObject &vmi)
{
    const QString uid = uidOf(vmi);
    if (VncScreen *s = m_screens.value(uid))
        return s;
    VncScreen::Guest g{t.ns, t.name, labelOf(vmi, u"drover.io/os"_s), annotation(vmi, u"drover.io/os-name"_s)};
    auto *s = new VncScreen(g, this);
    m_screens.insert(uid, s);
    return s;
}

void ConsoleSockets::acceptPending()
{
    while (m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> ws = m_server->nextPendingWebSocketConnection();
        if (!ws)
            break;
        const auto t = parse(ws->requestUrl().path());
        const auto vmi = t ? m_store->get(VMI, t->ns, t->name) : std::nullopt;
        if (!t || !vmi) { // verified a moment ago; the VMI went away in between
            ws->close(QWebSocketProtocol::CloseCodeGoingAway, u"the VMI is gone"_s);
            ws.release()->deleteLater();
            continue;
        }
        const QString key = t->key();
        if (ConsoleSession *old = m_sessions.value(key))
            old->evict(u"another client took over this console"_s);
        auto *session = new ConsoleSession(ws.release(), this);
        m_sessions.insert(key, session);
        connect(session, &ConsoleSession::finished, this, [this, key, session] {
            if (m_sessions.value(key) == session)
                m_sessions.remove(key);
        });
        if (t->kind == "console"_L1) {
            session->serveSerial(t->name, labelOf(*vmi, u"drover.io/os"_s), annotation(*vmi, u"drover.io/os-name"_s));
            continue;
        }
        QString proxy = annotation(*vmi, u"sim.drover.io/vnc-proxy"_s);
        if (proxy.isEmpty())
            proxy = annotation(m_store->get(VM, t->ns, t->name).value_or(QJsonObject()), u"sim.drover.io/vnc-proxy"_s);
        const qsizetype colon = proxy.lastIndexOf(u':');
        if (colon > 0)
            session->proxyTo(proxy.left(colon), quint16(proxy.mid(colon + 1).toUInt()));
        else
            session->serveScreen(screenFor(*t, *vmi));
    }
}

} // namespace drover::sim
