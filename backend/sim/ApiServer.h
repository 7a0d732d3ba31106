#pragma once
// The simulator's Kubernetes API front: HTTPS (QtHttpServer parses HTTP; this class routes),
// bearer-token auth, CRUD/patch/list/watch on the ObjectStore, KubeVirt subresources through an
// action handler, and the /drover-sim/v1/ admin API (SimAdmin) with its own fault injection and
// load endpoints.
#include "CertGen.h"
#include "FaultPlan.h"
#include "ObjectStore.h"
#include "ServedBytes.h"
#include "SimAdmin.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>
#include <functional>

namespace drover::sim {

class LeasePool;

class WatchStream;
class ConsoleSockets;
struct Route;

// KubeVirt's PUT subresources: (plural, ns, name, verb, body) -> result.
using ActionHandler = std::function<StoreResult(const QString &, const QString &, const QString &,
                                                const QString &, const QJsonObject &)>;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(ObjectStore *store, QObject *parent = nullptr);
    ~ApiServer() override;

    void setToken(const QByteArray &token) { m_token = token; }
    void setActionHandler(ActionHandler h) { m_actions = std::move(h); }
    // An answer written as it is: virt-api writes some errors as plain text (go-restful's
    // WriteError) rather than as a metav1.Status.
    struct RawAnswer
    {
        int code = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray allow; // the Allow header of a 405; empty: none
    };
    // subresources.kubevirt.io routes besides the PUT actions (the guest agent's GETs): asked, in
    // the order added, for every .../{plural}/{name}/{verb} there before the action handler;
    // nullopt: not its route.
    using SubresourceRoute = std::function<std::optional<RawAnswer>(
        QHttpServerRequest::Method method, const QString &plural, const QString &ns,
        const QString &name, const QString &verb)>;
    void addSubresourceRoute(SubresourceRoute r) { m_subresourceRoutes.append(std::move(r)); }
    // The /drover-sim/v1/ admin API: the server's own endpoints (drop-watches, end-watches,
    // compact, fail, churn) and whatever the rest of the simulator adds.
    SimAdmin &admin() { return m_admin; }
    // What an object hook answers: the HTTP status and the JSON body (an object or a Status).
    struct HookAnswer
    {
        int code = 200;
        QJsonObject body;
    };
    // Behaviour the generic store handling lacks for an object or its subresource (pods' eviction,
    // pods' graceful DELETE). Asked, in the order added, for every request naming an object;
    // nullopt: not its business.
    using ObjectHook = std::function<std::optional<HookAnswer>(
        QHttpServerRequest::Method method, const kube::ApiResource &res, const QString &ns,
        const QString &name, const QString &sub, const QUrlQuery &query, const QByteArray &body)>;
    void addObjectHook(ObjectHook h) { m_objectHooks.append(std::move(h)); }
    // Admission webhooks (KubeVirt's virt-api): asked, in the order added, on every create (POST)
    // and update (PUT, PATCH; not of /status) after the body is read and before the store sees it; one may change
    // obj (a mutating webhook) or deny the request with its answer. nullopt: admitted.
    using AdmissionHook = std::function<std::optional<HookAnswer>(const kube::ApiResource &res, QJsonObject &obj, bool create)>;
    void addAdmissionHook(AdmissionHook h) { m_admissionHooks.append(std::move(h)); }
    // Aggregated API groups (subresources.kubevirt.io: KubeVirt's virt-api) may be down: false
    // makes every request under /apis/{group} answer as kube-aggregator does then (503).
    void setGroupAvailable(std::function<bool(const QString &group)> f) { m_groupAvailable = std::move(f); }
    void setBookmarkIntervalMs(int ms) { m_bookmarkMs = ms; }
    // KubeVirt's vnc/console websockets (see ConsoleSockets.h); not owned.
    void setConsoleSockets(ConsoleSockets *c) { m_consoles = c; }
    // Listens with TLS from the PKI. Returns the bound port (0 on failure).
    quint16 listenTls(const QHostAddress &address, quint16 port, const Pki &pki);
    QString serverAddress() const { return m_address; }

    // Fault injection (also reachable over HTTP under /drover-sim/v1/).
    // Cut every watch connection, as a lost network does; midLine: each at its next event, in the
    // middle of that event's line (the chunk announced whole, half of it sent, then the cut).
    void dropWatches(bool midLine = false);
    void endWatches(); // the clean end of a watch whose timeout passed
    void compactHistory();            // forget history: resumes get 410 Gone
    // What the next API requests answer instead of the server (failures, an outage of 503s).
    FaultPlan &faults() { return m_faults; }
    int activeWatches() const { return int(m_watches.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What a request path names: /api(s)/…/[namespaces/{ns}/]{plural}[/{name}[/{sub}]].
    struct Target
    {
        kube::ApiResource res;
        QString ns;
        QString name;
        QString sub;
    };
    void respond(const QHttpServerRequest &req, QTcpSocket *socket, const StoreResult &r);
    std::optional<StoreResult> missingNamespace(const Target &t) const;
    void respondJson(const QHttpServerRequest &req, QTcpSocket *socket, int code,
                     const QJsonObject &body);
    // The same for JSON text already written.
    void respondJsonText(const QHttpServerRequest &req, QTcpSocket *socket, int code, const QByteArray &body);
    // A metav1.Status body, as kube-apiserver writes one.
    static QByteArray statusJson(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
    void respondStatus(const QHttpServerRequest &req, QTcpSocket *socket, int code,
                       const QString &reason, const QString &message, const QJsonObject &details = {});
    void respondRaw(const QHttpServerRequest &req, QTcpSocket *socket, const RawAnswer &a);
    // A GET's 200 (an object, or a list when isList): Drover's own kinds defaulted as the real
    // server's storage codec does, and as a meta.k8s.io Table when the Accept header asks for one.
    void respondRead(const QHttpServerRequest &req, QTcpSocket *socket, const kube::ApiResource &res,
                     QJsonObject body, bool isList);
    bool groupAvailable(const QString &path) const; // false: an aggregated API that is down
    bool handleDiscovery(const QHttpServerRequest &req, QTcpSocket *socket, const QStringList &segs);
    bool upgradeWebSocket(const QHttpServerRequest &req, QTcpSocket *socket, const QString &path, bool authorized);
    // ApiFaults.cpp: an outage or a queued failure answers instead of the server (true).
    bool injectFault(const QHttpServerRequest &req, QTcpSocket *socket);
    bool serveScreenshot(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route);
    bool handleSubresource(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route);
    bool handleApiObject(const QHttpServerRequest &req, QTcpSocket *socket, const Route &route);
    void handleResource(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t);
    void handleList(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t);
    void respondContinueExpired(const QHttpServerRequest &req, QTcpSocket *socket, const QByteArray &lastKey);
    void handleWatch(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t);
    void handlePatch(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t);
    // The admission hooks (not for a /status write: no webhook rule names one), then the CRD
    // schema (Drover's own kinds): true when refused (answered).
    bool refuseInvalid(const QHttpServerRequest &req, QTcpSocket *socket, QJsonObject &obj,
                       const kube::ApiResource &res, bool create, const QString &sub = {});
    void handleAdmin(const QHttpServerRequest &req, QTcpSocket *socket, const QString &what);
    void respondFault(const QHttpServerRequest &req, QTcpSocket *socket, const FaultPlan::Answer &a);
    void addFaultEndpoints(); // ApiFaults.cpp: the server's own admin endpoints
    struct Churn
    {
        int remaining = 0;
        int shownEvery = 0; // every shownEvery-th update also changes a shown field; 0: none
    };
    void churn(Churn c);
    QStringList nextChurnKeys(int n); // the next n VMIs round-robin, after the last one churned

    ObjectStore *m_store;
    ServedBytes m_served; // list items' text per resourceVersion
    ActionHandler m_actions;
    QList<SubresourceRoute> m_subresourceRoutes;
    std::function<bool(const QString &)> m_groupAvailable;
    SimAdmin m_admin;
    QString m_churnAfter;          // the last VMI churned: the next request goes on from there
    qint64 m_churned = 0;          // updates made: the next one's number
    LeasePool *m_leases = nullptr; // the guests' addresses, from the first churn that renews one (owned by the store)
    QList<ObjectHook> m_objectHooks;
    QList<AdmissionHook> m_admissionHooks;
    ConsoleSockets *m_consoles = nullptr;
    QByteArray m_token;
    QString m_address;
    QList<WatchStream *> m_watches;
    int m_bookmarkMs = 5000;
    FaultPlan m_faults;
};

} // namespace drover::sim
