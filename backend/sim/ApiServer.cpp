#include "JsonOut.h"
#include "ApiServer.h"
#include "Route.h"
#include "ObjectCache.h"

#include "AccessReviews.h"

#include "ConsoleSockets.h"
#include "Patch.h"
#include "WatchStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrlQuery>

namespace drover::sim {

ApiServer::ApiServer(ObjectStore *store, QObject *parent) : QAbstractHttpServer(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, [this](const kube::ApiResource &r, const QString &type, const QJsonObject &obj) {
        if (type == QLatin1String("DELETED"))
            m_served.forget(r, kube::ObjectCache::keyOf(obj));
    });
    addFaultEndpoints();
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listenTls(const QHostAddress &address, quint16 port, const Pki &pki)
{
    sslSetup(serverTlsConfiguration(pki));
    const quint16 bound = listen(address, port);
    if (bound)
        m_address = QStringLiteral("%1:%2").arg(address.toString()).arg(bound);
    return bound;
}

QByteArray ApiServer::statusJson(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject s{{QStringLiteral("kind"), QStringLiteral("Status")},
                  {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                  {QStringLiteral("metadata"), QJsonObject()},
                  {QStringLiteral("status"), code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        s.insert(QLatin1String("details"), details);
    return toCompactJson(s);
}

void ApiServer::respondJson(const QHttpServerRequest &req, QTcpSocket *socket, int code,
                            const QJsonObject &body)
{
    respondJsonText(req, socket, code, toCompactJson(body));
}

void ApiServer::respondJsonText(const QHttpServerRequest &req, QTcpSocket *socket, int code, const QByteArray &body)
{
    makeResponder(req, socket)
        .write(body,
               {{"Content-Type", "application/json"}, {"Cache-Control", "no-cache, private"}},
               QHttpServerResponder::StatusCode(code));
}

void ApiServer::respondStatus(const QHttpServerRequest &req, QTcpSocket *socket, int code,
                              const QString &reason, const QString &message, const QJsonObject &details)
{
    makeResponder(req, socket)
        .write(statusJson(code, reason, message, details), {{"Content-Type", "application/json"}},
               QHttpServerResponder::StatusCode(code));
}

void ApiServer::respondRaw(const QHttpServerRequest &req, QTcpSocket *socket, const RawAnswer &a)
{
    const auto code = QHttpServerResponder::StatusCode(a.code);
    if (a.allow.isEmpty())
        makeResponder(req, socket).write(a.body, {{"Content-Type", a.contentType}}, code);
    else
        makeResponder(req, socket).write(a.body, {{"Content-Type", a.contentType}, {"Allow", a.allow}}, code);
}

void ApiServer::respond(const QHttpServerRequest &req, QTcpSocket *socket, const StoreResult &r)
{
    if (r.ok())
        respondJson(req, socket, r.code, r.object);
    else
        respondStatus(req, socket, r.code, r.reason, r.message, r.details);
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (socket->property("droverAnswered").toBool()) // a refused websocket upgrade, answered
        return;
    respondStatus(request, socket, 404, QStringLiteral("NotFound"),
                  QStringLiteral("the server could not find the requested resource"));
}

// The VMI CRD has no status subresource; the others keep status out of main-resource writes.
static bool hasStatusSubresource(const kube::ApiResource &r)
{
    return r.plural != QLatin1String("virtualmachineinstances");
}

// ?dryRun=All: answered as done, nothing stored (kubectl apply --dry-run=server).
static bool isDryRun(const QHttpServerRequest &req)
{
    return QUrlQuery(req.url()).queryItemValue(QStringLiteral("dryRun")) == QLatin1String("All");
}

// The NamespaceLifecycle admission plugin: nothing is created in a namespace that does not exist.
std::optional<StoreResult> ApiServer::missingNamespace(const Target &t) const
{
    if (!t.res.namespaced || t.ns.isEmpty() || m_store->get(kube::ApiResource::namespaces(), QString(), t.ns))
        return std::nullopt;
    return StoreResult::fail(404, QStringLiteral("NotFound"), QStringLiteral("namespaces \"%1\" not found").arg(t.ns));
}

bool ApiServer::groupAvailable(const QString &path) const
{
    if (!m_groupAvailable || !path.startsWith(QLatin1String("/apis/")))
        return true;
    return m_groupAvailable(path.section(QLatin1Char('/'), 2, 2));
}

bool ApiServer::handleRequest(const QHttpServerRequest &req, QTcpSocket *socket)
{
    const QString path = req.url().path();
    const Route route = parseRoute(path);
    if (route.kind == Route::Kind::Health) {
        makeResponder(req, socket).write(QByteArrayLiteral("ok"), "text/plain");
        return true;
    }
    const bool authorized = !m_token.isEmpty() && req.value("Authorization") == "Bearer " + m_token;
    if (m_consoles && ConsoleSockets::isWebSocketUpgrade(req))
        return upgradeWebSocket(req, socket, path, authorized);
    if (!authorized) {
        respondStatus(req, socket, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
        return true;
    }
    if (route.kind == Route::Kind::Admin) {
        handleAdmin(req, socket, route.adminPath);
        return true;
    }
    // Access reviews come before fault injection: they are the client's bookkeeping about its
    // rights, and a test's injected failures are meant for the calls it makes itself.
    if (route.kind == Route::Kind::SelfReview && req.method() == QHttpServerRequest::Method::Post) {
        const ReviewAnswer a = answerSelfReview(route.resource, req.body());
        if (a.code == 201)
            respondJson(req, socket, a.code, a.review);
        else
            respondStatus(req, socket, a.code, a.reason, a.message);
        return true;
    }
    if (injectFault(req, socket))
        return true;
    if (!groupAvailable(path)) {
        // An aggregated API whose server does not answer: kube-aggregator's proxy replies with
        // http.Error(w, "service unavailable", 503) (staging/src/k8s.io/kube-aggregator/pkg/
        // apiserver/handler_proxy.go), plain text, for discovery and every call alike.
        makeResponder(req, socket).write(QByteArrayLiteral("service unavailable\n"), "text/plain; charset=utf-8",
                                         QHttpServerResponder::StatusCode::ServiceUnavailable);
        return true;
    }
    switch (route.kind) {
    case Route::Kind::Discovery:
        return handleDiscovery(req, socket, route.segments);
    case Route::Kind::Screenshot:
        return m_consoles && serveScreenshot(req, socket, route);
    case Route::Kind::Subresource:
        return handleSubresource(req, socket, route);
    case Route::Kind::Resource:
    case Route::Kind::SelfReview: // not a POST: the resource itself
        return handleApiObject(req, socket, route);
    case Route::Kind::Unknown:
    case Route::Kind::Health:
    case Route::Kind::Admin:
        break;
    }
    return false;
}

// A console's websocket (VNC, serial): QtHttpServer 6.4 hands the socket to its
// QWebSocketServer when this returns true, and closes it when false.
bool ApiServer::upgradeWebSocket(const QHttpServerRequest &req, QTcpSocket *socket, const QString &path, bool authorized)
{
    if (authorized && !groupAvailable(path)) {
        makeResponder(req, socket).write(QByteArrayLiteral("service unavailable\n"), "text/plain; charset=utf-8",
                                         QHttpServerResponder::StatusCode::ServiceUnavailable);
        socket->setProperty("droverAnswered", true);
        return false;
    }
    const ConsoleSockets::Verdict v = m_consoles->verify(req, authorized);
    if (v.code == 0)
        return true;
    respondStatus(req, socket, v.code, v.reason, v.message);
    socket->setProperty("droverAnswered", true);
    return false;
}

bool ApiServer::serveScreenshot(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route)
{
    const ConsoleSockets::Screenshot shot = m_consoles->screenshot(route.ns, route.name);
    if (shot.code != 200)
        respondStatus(req, socket, shot.code, shot.reason, shot.message);
    else
        makeResponder(req, socket).write(shot.png, "image/png");
    return true;
}

// KubeVirt's subresources (start, stop, migrate, guestosinfo, ...): the routes others registered,
// else the VM actions, which take PUT.
bool ApiServer::handleSubresource(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route)
{
    for (const SubresourceRoute &sr : std::as_const(m_subresourceRoutes))
        if (const auto a = sr(req.method(), route.resource, route.ns, route.name, route.sub)) {
            respondRaw(req, socket, *a);
            return true;
        }
    if (!m_actions)
        return false;
    if (req.method() != QHttpServerRequest::Method::Put) {
        respondStatus(req, socket, 405, QStringLiteral("MethodNotAllowed"), QStringLiteral("%1 needs PUT").arg(route.sub));
        return true;
    }
    const QJsonObject body = QJsonDocument::fromJson(req.body()).object();
    respond(req, socket, m_actions(route.resource, route.ns, route.name, route.sub, body));
    return true;
}

// A resource the store serves: an object hook's answer, else the CRUD/list/watch handler.
bool ApiServer::handleApiObject(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route)
{
    auto res = m_store->find(route.group, route.version, route.resource);
    if (!res)
        return false;
    const Target t{*res, route.ns, route.name, route.sub};
    if (!t.name.isEmpty())
        for (const ObjectHook &hook : std::as_const(m_objectHooks))
            if (const auto a = hook(req.method(), t.res, t.ns, t.name, t.sub, QUrlQuery(req.url()), req.body())) {
                respondJson(req, socket, a->code, a->body);
                return true;
            }
    // Only /status, and only where the CRD has that subresource (a VMI's /status is 404).
    if (!t.sub.isEmpty() && (t.sub != QLatin1String("status") || !hasStatusSubresource(t.res)))
        return false;
    handleResource(req, socket, t);
    return true;
}

static Result<QJsonObject> parseBody(const QHttpServerRequest &req)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("the request body is not a JSON object: %1").arg(perr.errorString()));
    return doc.object();
}

void ApiServer::handleResource(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t)
{
    using M = QHttpServerRequest::Method;
    const M method = req.method();
    if (method == M::Get && t.name.isEmpty()) {
        const QString w = QUrlQuery(req.url()).queryItemValue(QStringLiteral("watch"));
        if (w == QLatin1String("true") || w == QLatin1String("1"))
            handleWatch(req, socket, t);
        else
            handleList(req, socket, t);
        return;
    }
    if (method == M::Get) {
        auto obj = m_store->get(t.res, t.ns, t.name);
        if (!obj)
            respondStatus(req, socket, 404, QStringLiteral("NotFound"),
                          QStringLiteral("%1.%2 \"%3\" not found").arg(t.res.plural, t.res.group, t.name));
        else
            respondRead(req, socket, t.res, *obj, false);
        return;
    }
    if (method == M::Patch) {
        handlePatch(req, socket, t);
        return;
    }
    const bool dryRun = isDryRun(req);
    if (method == M::Delete && !t.name.isEmpty()) {
        respond(req, socket, m_store->remove(t.res, t.ns, t.name, dryRun));
        return;
    }
    if (method != M::Post && method != M::Put) {
        respondStatus(req, socket, 405, QStringLiteral("MethodNotAllowed"),
                      QStringLiteral("the server does not allow this method on the requested resource"));
        return;
    }
    const Result<QJsonObject> body = parseBody(req);
    if (!body) {
        respondStatus(req, socket, 400, QStringLiteral("BadRequest"), body.error().message);
        return;
    }
    QJsonObject obj = *body;
    if (method == M::Post) {
        if (!t.name.isEmpty()) {
            respondStatus(req, socket, 405, QStringLiteral("MethodNotAllowed"), QStringLiteral("POST to an object"));
            return;
        }
        if (auto missing = missingNamespace(t)) {
            respond(req, socket, *missing);
            return;
        }
        if (!refuseInvalid(req, socket, obj, t.res, true))
            respond(req, socket, m_store->create(t.res, t.ns, obj, dryRun));
        return;
    }
    // PUT: the name in the body must be the one in the path.
    QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    if (meta.value(QLatin1String("name")).toString() != t.name) {
        respondStatus(req, socket, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                          .arg(meta.value(QLatin1String("name")).toString(), t.name));
        return;
    }
    if (t.res.namespaced)
        meta.insert(QLatin1String("namespace"), t.ns);
    obj.insert(QLatin1String("metadata"), meta);
    if (auto cur = m_store->get(t.res, t.ns, t.name); cur && hasStatusSubresource(t.res)) {
        // Writes to /status change only status; writes to the object leave status alone.
        if (t.sub == QLatin1String("status")) {
            QJsonObject merged = *cur;
            merged.insert(QLatin1String("status"), obj.value(QLatin1String("status")));
            merged.insert(QLatin1String("metadata"), meta);
            obj = merged;
        } else {
            obj.insert(QLatin1String("status"), cur->value(QLatin1String("status")));
        }
    }
    if (!refuseInvalid(req, socket, obj, t.res, false, t.sub))
        respond(req, socket, m_store->update(t.res, obj, dryRun));
}

void ApiServer::handlePatch(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t)
{
    auto cur = m_store->get(t.res, t.ns, t.name);
    if (!cur) {
        respondStatus(req, socket, 404, QStringLiteral("NotFound"),
                      QStringLiteral("%1.%2 \"%3\" not found").arg(t.res.plural, t.res.group, t.name));
        return;
    }
    const QByteArray ct = req.value("Content-Type").split(';').first().trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(req.body());
    QJsonObject patched;
    if (ct == "application/json-patch+json") {
        if (!doc.isArray()) {
            respondStatus(req, socket, 400, QStringLiteral("BadRequest"), QStringLiteral("a JSON patch must be an array"));
            return;
        }
        auto r = applyJsonPatch(*cur, doc.array());
        if (!r) {
            respondStatus(req, socket, 422, QStringLiteral("Invalid"), r.error().message);
            return;
        }
        patched = *r;
    } else if (ct == "application/merge-patch+json" || ct == "application/strategic-merge-patch+json") {
        if (!doc.isObject()) {
            respondStatus(req, socket, 400, QStringLiteral("BadRequest"), QStringLiteral("a merge patch must be a JSON object"));
            return;
        }
        patched = applyMergePatch(*cur, doc.object());
    } else {
        respondStatus(req, socket, 415, QStringLiteral("UnsupportedMediaType"),
                      QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                     "application/json-patch+json, application/merge-patch+json, "
                                     "application/strategic-merge-patch+json"));
        return;
    }
    if (hasStatusSubresource(t.res)) {
        const bool statusOnly = t.sub == QLatin1String("status");
        QJsonObject base = *cur;
        if (statusOnly)
            base.insert(QLatin1String("status"), patched.value(QLatin1String("status")));
        else
            patched.insert(QLatin1String("status"), cur->value(QLatin1String("status")));
        if (statusOnly)
            patched = base;
    }
    // A patch may carry a resourceVersion precondition; otherwise it applies to the latest.
    if (!refuseInvalid(req, socket, patched, t.res, false, t.sub))
        respond(req, socket, m_store->update(t.res, patched, isDryRun(req)));
}

} // namespace drover::sim
