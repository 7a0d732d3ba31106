#include "KubeClient.h"

#include "CostClock.h"

#include "ExecCredential.h"
#include "KubeTr.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>

namespace drover::kube {

KubeClient::KubeClient(const ResolvedContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_nam(new QNetworkAccessManager(this)),
      m_credentials(new CredentialProvider(ctx, this)),
      m_listParser(std::make_unique<WatchLineParser>())
{
}

KubeClient::~KubeClient() = default;

Result<KubeClient *> KubeClient::create(const ResolvedContext &ctx, QObject *parent)
{
    const QUrl url(ctx.cluster.server);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Result<KubeClient *>::failure(
            Tr::tr("cluster '%1': server '%2' is not an http(s) URL")
                .arg(ctx.cluster.name, ctx.cluster.server));
    auto *c = new KubeClient(ctx, parent);
    c->m_ssl = QSslConfiguration::defaultConfiguration();
    if (!ctx.cluster.caPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(ctx.cluster.caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            delete c;
            return Result<KubeClient *>::failure(
                Tr::tr("cluster '%1': the certificate authority %2 holds no PEM certificate")
                    .arg(ctx.cluster.name, ctx.cluster.caFile.isEmpty()
                                               ? QStringLiteral("(certificate-authority-data)")
                                               : ctx.cluster.caFile));
        }
        c->m_ssl.setCaCertificates(cas);
    }
    if (ctx.cluster.insecureSkipTlsVerify)
        c->m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!ctx.cluster.proxyUrl.isEmpty()) {
        const QUrl p(ctx.cluster.proxyUrl);
        const bool socks = p.scheme().startsWith(QLatin1String("socks"));
        c->m_nam->setProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                         p.host(), quint16(p.port(socks ? 1080 : 8080)),
                                         p.userName(), p.password()));
    }
    if (auto r = c->m_credentials->loadStatic(); !r) {
        delete c;
        return Result<KubeClient *>::failure(r.error());
    }
    return c;
}

void KubeClient::withCredential(QObject *context, std::function<void(const KubeError &)> cb)
{
    m_credentials->acquire(context, [this, cb = std::move(cb)](const Result<void> &r) {
        KubeError e;
        if (!r) {
            e.kind = ErrorKind::Config;
            e.server = m_ctx.cluster.server;
            e.message = r.error().message;
        }
        cb(e);
    });
}

QSslConfiguration KubeClient::sslConfiguration() const
{
    QSslConfiguration ssl = m_ssl;
    const Credential &c = m_credentials->current();
    if (!c.certificate.isNull()) {
        ssl.setLocalCertificate(c.certificate);
        ssl.setPrivateKey(c.key);
    }
    return ssl;
}

QByteArray KubeClient::authorizationHeader() const
{
    return m_credentials->current().authorization;
}

quint64 KubeClient::credentialGeneration() const
{
    return m_credentials->current().generation;
}

void KubeClient::credentialRejected(quint64 generation)
{
    m_credentials->refresh(generation, this, [](bool) {});
}

QNetworkRequest KubeClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url(m_ctx.cluster.server);
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(sslConfiguration());
    if (!m_ctx.cluster.tlsServerName.isEmpty())
        req.setPeerVerifyName(m_ctx.cluster.tlsServerName);
    if (const QByteArray auth = authorizationHeader(); !auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "drover/0.1");
    for (const auto &[name, value] : m_extraHeaders)
        req.setRawHeader(name, value);
    // HTTP/1.1 keeps long watch streams simple to reason about; see the note in Informer.h.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

ResourceAttributes KubeClient::attributesOf(QNetworkReply *reply) const
{
    const QUrl url = reply->request().url();
    QString base = QUrl(m_ctx.cluster.server).path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString path = url.path().mid(url.path().startsWith(base) ? base.size() : 0);
    QByteArray verb;
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation: verb = "GET"; break;
    case QNetworkAccessManager::PutOperation: verb = "PUT"; break;
    case QNetworkAccessManager::PostOperation: verb = "POST"; break;
    case QNetworkAccessManager::DeleteOperation: verb = "DELETE"; break;
    case QNetworkAccessManager::HeadOperation: verb = "HEAD"; break;
    default: verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    }
    const bool watch = QUrlQuery(url).queryItemValue(QStringLiteral("watch")) == QLatin1String("true");
    return requestAttributes(verb, path, watch);
}

// The whole body, with room after it for simdjson's reading past the end (kParsePadding):
// WatchLineParser::parseList then parses a list page where it is instead of copying it.
static QByteArray readBody(QNetworkReply *reply)
{
    const qint64 size = reply->bytesAvailable();
    QByteArray body;
    body.reserve(qsizetype(size) + kParsePadding);
    body.resize(qsizetype(size));
    const qint64 got = size > 0 ? reply->read(body.data(), size) : 0;
    body.resize(qsizetype(qMax<qint64>(got, 0)));
    if (reply->bytesAvailable() > 0) // not all of it was counted as available: as readAll() would
        body += reply->readAll();
    return body;
}

Response KubeClient::toResponse(QNetworkReply *reply) const
{
    Response r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = readBody(reply);
    const auto err = reply->error();
    if (r.httpStatus == 0 || (err != QNetworkReply::NoError && r.httpStatus < 400)) {
        // The transport failed before an HTTP status arrived.
        KubeError e;
        e.server = m_ctx.cluster.server;
        e.message = reply->errorString();
        const QVariant tlsErr = reply->property("droverTlsErrors");
        if (err == QNetworkReply::SslHandshakeFailedError || tlsErr.isValid()) {
            e.kind = ErrorKind::Tls;
            if (tlsErr.isValid())
                e.message = tlsErr.toString();
            e.message += m_ctx.cluster.caFile.isEmpty()
                             ? Tr::tr(" (trusted CA: %1)").arg(m_ctx.cluster.caPem.isEmpty()
                                                                          ? Tr::tr("the system's")
                                                                          : QStringLiteral("certificate-authority-data"))
                             : Tr::tr(" (trusted CA: %1)").arg(m_ctx.cluster.caFile);
            const QString name = m_ctx.cluster.tlsServerName.isEmpty() ? QUrl(m_ctx.cluster.server).host()
                                                                        : m_ctx.cluster.tlsServerName;
            e.message += Tr::tr(" (name checked: %1)").arg(name);
        } else if (err == QNetworkReply::TimeoutError || err == QNetworkReply::OperationCanceledError) {
            e.kind = ErrorKind::Timeout;
        } else {
            e.kind = ErrorKind::Network;
        }
        r.error = e;
        return r;
    }
    if (r.httpStatus >= 400) {
        r.error = KubeError::fromHttp(r.httpStatus, r.body, m_ctx.cluster.server);
        // Retry-After in seconds (client-go reads only that form too: rest/request.go checkWait).
        if (const int after = reply->rawHeader("Retry-After").toInt(); after > 0)
            r.error.retryAfterSeconds = after;
        r.error.request = attributesOf(reply);
        return r;
    }
    const QByteArray ct = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!r.body.isEmpty() && ct.startsWith("application/json") && !reply->property("droverRawBody").toBool()) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            r.error.kind = ErrorKind::Decode;
            r.error.server = m_ctx.cluster.server;
            r.error.message = Tr::tr("invalid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString());
            return r;
        }
        r.object = doc.object();
    }
    return r;
}

void KubeClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                      const QByteArray &body, const QByteArray &contentType, QObject *context,
                      ResponseCallback cb, bool retried, bool rawBody)
{
    if (!context)
        return; // the caller is gone: nobody would read the answer
    // Parked while an exec plugin runs (first use, expired, refreshing); failed with its error.
    withCredential(context, [=, this](const KubeError &e) {
        if (!e.ok()) {
            Response r;
            r.error = e;
            cb(r);
            return;
        }
        dispatch(verb, path, query, body, contentType, context, cb, retried, rawBody);
    });
}

void KubeClient::dispatch(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, const QByteArray &contentType, QObject *context,
                          ResponseCallback cb, bool retried, bool rawBody)
{
    const quint64 generation = credentialGeneration();
    QNetworkRequest req = makeRequest(path, query);
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, body);
    if (rawBody)
        reply->setProperty("droverRawBody", true); // the caller reads r.body itself
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList msgs;
        for (const auto &e : errors)
            msgs << e.errorString();
        reply->setProperty("droverTlsErrors", msgs.join(QStringLiteral("; ")));
    });
    QPointer<QObject> ctx(context);
    connect(reply, &QNetworkReply::finished, context, [=, this]() {
        reply->deleteLater();
        Response r = toResponse(reply);
        if (r.error.kind == ErrorKind::Unauthorized && !retried && ctx) {
            // One refresh, one retry, and only with a credential that differs from the refused one.
            m_credentials->refresh(generation, ctx.data(), [=, this](bool changed) {
                if (changed)
                    send(verb, path, query, body, contentType, ctx.data(), cb, true, rawBody);
                else if (ctx)
                    cb(r);
            });
            return;
        }
        if (ctx)
            cb(r);
    });
}

void KubeClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                         const QByteArray &body, QObject *context, ResponseCallback cb,
                         const QByteArray &contentType)
{
    send(verb, path, query, body, contentType, context, std::move(cb));
}

void KubeClient::get(const ApiResource &r, const QString &ns, const QString &name,
                     QObject *context, ResponseCallback cb)
{
    send("GET", r.objectPath(ns, name), {}, {}, {}, context, std::move(cb));
}

void KubeClient::list(const ApiResource &r, const QString &ns, const ListOptions &opts,
                      QObject *context, ListCallback cb)
{
    QUrlQuery q;
    if (!opts.labelSelector.isEmpty())
        q.addQueryItem(QStringLiteral("labelSelector"), opts.labelSelector);
    if (!opts.fieldSelector.isEmpty())
        q.addQueryItem(QStringLiteral("fieldSelector"), opts.fieldSelector);
    if (opts.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(opts.limit));
    if (!opts.continueToken.isEmpty())
        q.addQueryItem(QStringLiteral("continue"), opts.continueToken);
    // The page is read with simdjson, each item kept as its bytes (see WatchLineParser::parseList).
    send("GET", r.collectionPath(ns), q, {}, {}, context,
         [this, cb = std::move(cb), strip = opts.strip, resource = r.plural](const Response &resp) {
             ListResult l;
             l.error = resp.error;
             if (resp.ok()) {
                 cost::Measure decoding(cost::Step::Decode, resource);
                 Result<ListPage> page = m_listParser->parseList(resp.body, &strip);
                 // Its buffers serve the list's next page (freed and grown again for every 1.5 MB
                 // page, they were page-faulted in anew each time); a list's end frees them.
                 if (!page || page->continueToken.isEmpty())
                     m_listParser->shrink();
                 decoding.stop();
                 if (page) {
                     l.items = std::move(page->items);
                     l.resourceVersion = page->resourceVersion;
                     l.continueToken = page->continueToken;
                 } else {
                     l.error.kind = ErrorKind::Decode;
                     l.error.server = m_ctx.cluster.server;
                     l.error.message = Tr::tr("unreadable list (%1)").arg(page.error().message);
                 }
             }
             cb(l);
         }, false, true);
}

void KubeClient::listAll(const ApiResource &r, const QString &ns, int pageSize, QObject *context,
                         ListCallback cb, const ListOptions &selectors, ListCallback onPage)
{
    // Accumulate pages; the first page's resourceVersion is the consistent snapshot to watch from.
    auto acc = std::make_shared<ListResult>();
    using Step = std::function<void(const QString &)>;
    auto next = std::make_shared<Step>();
    // The step holds itself only weakly; each pending page callback holds it strongly, so the
    // chain frees itself when the last page has been handled.
    std::weak_ptr<Step> weak = next;
    QPointer<QObject> ctx(context);
    *next = [=, this](const QString &token) {
        std::shared_ptr<Step> self = weak.lock();
        ListOptions o = selectors;
        o.limit = pageSize;
        o.continueToken = token;
        list(r, ns, o, ctx.data(), [=](const ListResult &page) {
            if (!page.ok()) {
                acc->error = page.error;
                cb(*acc);
                return;
            }
            if (onPage && !page.continueToken.isEmpty()) // the last page goes to cb with the rest
                onPage(page);
            acc->items.append(page.items);
            if (acc->resourceVersion.isEmpty())
                acc->resourceVersion = page.resourceVersion;
            if (!page.continueToken.isEmpty())
                (*self)(page.continueToken);
            else
                cb(*acc);
        });
    };
    (*next)(QString());
}

void KubeClient::create(const ApiResource &r, const QString &ns, const QJsonObject &obj,
                        QObject *context, ResponseCallback cb)
{
    send("POST", r.collectionPath(ns), {}, QJsonDocument(obj).toJson(QJsonDocument::Compact),
         "application/json", context, std::move(cb));
}

void KubeClient::update(const ApiResource &r, const QJsonObject &obj, QObject *context,
                        ResponseCallback cb)
{
    const QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    send("PUT",
         r.objectPath(meta.value(QLatin1String("namespace")).toString(),
                      meta.value(QLatin1String("name")).toString()),
         {}, QJsonDocument(obj).toJson(QJsonDocument::Compact), "application/json", context,
         std::move(cb));
}

void KubeClient::patch(const ApiResource &r, const QString &ns, const QString &name,
                       PatchType type, const QByteArray &patch, QObject *context,
                       ResponseCallback cb)
{
    const QByteArray ct = type == PatchType::Json        ? "application/json-patch+json"
                          : type == PatchType::Strategic ? "application/strategic-merge-patch+json"
                                                         : "application/merge-patch+json";
    send("PATCH", r.objectPath(ns, name), {}, patch, ct, context, std::move(cb));
}

void KubeClient::remove(const ApiResource &r, const QString &ns, const QString &name,
                        QObject *context, ResponseCallback cb, const QJsonObject &deleteOptions)
{
    QByteArray body;
    if (!deleteOptions.isEmpty())
        body = QJsonDocument(deleteOptions).toJson(QJsonDocument::Compact);
    send("DELETE", r.objectPath(ns, name), {}, body, "application/json", context, std::move(cb));
}

void KubeClient::kubevirtAction(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb, const QJsonObject &body, QObject *context,
                                ResponseCallback cb)
{
    send("PUT", kubevirtSubresourcePath(plural, ns, name, verb), {},
         body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
         "application/json", context, std::move(cb));
}

} // namespace drover::kube
