#pragma once
// The REST client for one cluster and one user, on QNetworkAccessManager.
// Threading: lives on the thread that created it; callbacks run there, and only while their
// context object is alive (every call takes a context, as every Qt connection should).
#include "ApiResource.h"
#include "CredentialProvider.h"
#include "KubeError.h"
#include "Kubeconfig.h"
#include "WatchLine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace drover::kube {

struct Response
{
    KubeError error;       // error.ok() on 2xx
    int httpStatus = 0;
    QJsonObject object;    // the decoded body when it is a JSON object
    QByteArray body;       // the raw body (e.g. a PNG screenshot)
    bool ok() const { return error.ok(); }
};

struct ListResult
{
    KubeError error;
    QList<ListItem> items;   // each object kept as the bytes the server sent
    QString resourceVersion; // the list's metadata.resourceVersion: where a watch resumes
    QString continueToken;   // non-empty when the server has more
    bool ok() const { return error.ok(); }
};

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 0;           // 0: no limit
    QString continueToken;
    FieldStrip strip; // fields dropped from each listed object before it is kept (Informer::setStrip)
};

enum class PatchType { Merge, Json, Strategic };

using ResponseCallback = std::function<void(const Response &)>;
using ListCallback = std::function<void(const ListResult &)>;

class KubeClient : public QObject
{
    Q_OBJECT
public:
    // Builds TLS and auth from the context; never blocks. An exec plugin does not run here:
    // it runs (asynchronously, see CredentialProvider) when the first request needs it, when
    // its credential has expired, and once after a 401. Requests wait for it meanwhile.
    // Errors: the server URL, the CA, a static credential or tokenFile that cannot be used.
    static Result<KubeClient *> create(const ResolvedContext &ctx, QObject *parent = nullptr);
    ~KubeClient() override;

    const ResolvedContext &context() const { return m_ctx; }
    QString server() const { return m_ctx.cluster.server; }
    QString defaultNamespace() const { return m_ctx.ns; }
    // Shown loudly in the UI: the kubeconfig turned certificate checks off.
    bool insecure() const { return m_ctx.cluster.insecureSkipTlsVerify; }

    void get(const ApiResource &r, const QString &ns, const QString &name, QObject *context,
             ResponseCallback cb);
    // One page (opts.limit/continueToken) — listAll() follows continue tokens to the end.
    void list(const ApiResource &r, const QString &ns, const ListOptions &opts, QObject *context,
              ListCallback cb);
    // selectors: labelSelector/fieldSelector applied to every page (limit/continue are set here).
    // onPage, when given, sees each page's items as it arrives (before cb gets them all): a view
    // can show the first 500 of 10,000 objects while the rest are on their way.
    void listAll(const ApiResource &r, const QString &ns, int pageSize, QObject *context,
                 ListCallback cb, const ListOptions &selectors = {}, ListCallback onPage = {});
    void create(const ApiResource &r, const QString &ns, const QJsonObject &obj, QObject *context,
                ResponseCallback cb);
    // PUT: the object's metadata.resourceVersion makes it conditional (409 when stale).
    void update(const ApiResource &r, const QJsonObject &obj, QObject *context, ResponseCallback cb);
    void patch(const ApiResource &r, const QString &ns, const QString &name, PatchType type,
               const QByteArray &patch, QObject *context, ResponseCallback cb);
    void remove(const ApiResource &r, const QString &ns, const QString &name, QObject *context,
                ResponseCallback cb, const QJsonObject &deleteOptions = {});
    // Raw request on any path (subresources, discovery).
    void request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, QObject *context, ResponseCallback cb,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // KubeVirt lifecycle: PUT /apis/subresources.kubevirt.io/v1/namespaces/{ns}/{plural}/{name}/{verb}.
    void kubevirtAction(const QString &plural, const QString &ns, const QString &name,
                        const QString &verb, const QJsonObject &body, QObject *context,
                        ResponseCallback cb);

    // For streams (watch, websockets): call withCredential() first, then makeRequest() (or
    // authorizationHeader()) in its callback: a request with TLS and the current credential
    // set up; the caller owns the reply.
    void withCredential(QObject *context, std::function<void(const KubeError &)> cb);
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;
    QSslConfiguration sslConfiguration() const;
    QByteArray authorizationHeader() const;
    // Which credential makeRequest() uses now; give it back to credentialRejected().
    quint64 credentialGeneration() const;
    // A stream got 401 with credential `generation`: fetch a new one (exec plugin or tokenFile),
    // once however many streams report it. Streams opened after this wait for it.
    void credentialRejected(quint64 generation);
    CredentialProvider *credentials() const { return m_credentials; }
    // Turn a finished reply into a Response (status, Status body, TLS/network errors).
    Response toResponse(QNetworkReply *reply) const;
    // What a reply's request asked for, in RBAC's terms (verb, resource, namespace).
    ResourceAttributes attributesOf(QNetworkReply *reply) const;
    // Headers sent with every request (impersonation, or drover-sim's fault-injection bypass).
    void setExtraHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_extraHeaders = headers; }

private:
    explicit KubeClient(const ResolvedContext &ctx, QObject *parent);
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, const QByteArray &contentType, QObject *context,
              ResponseCallback cb, bool retried = false, bool rawBody = false);
    void dispatch(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, const QByteArray &contentType, QObject *context,
                  ResponseCallback cb, bool retried, bool rawBody);

    ResolvedContext m_ctx;
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_ssl;
    CredentialProvider *m_credentials = nullptr;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    std::unique_ptr<WatchLineParser> m_listParser;
};

} // namespace drover::kube
