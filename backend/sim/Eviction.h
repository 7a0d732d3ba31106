#pragma once
// The policy/v1 Eviction subresource of pods, as kube-apiserver serves it
// (pkg/registry/core/pod/storage/eviction.go), with KubeVirt's validating webhook
// virt-launcher-eviction-interceptor.kubevirt.io in front of it
// (pkg/virt-api/webhooks/validating-webhook/admitters/pod-eviction-admitter.go), and pods'
// graceful DELETE. The order of a POST .../pods/{name}/eviction:
//  1. the body's metadata.name must be the URL's (400);
//  2. admission: for an Eviction named virt-launcher* (the webhook's matchCondition) KubeVirt's
//     admitter runs; when virt-api is down (setVirtApiUp(false), or POST
//     /drover-sim/v1/virt-api?up=false) the call fails and failurePolicy Fail turns that into 500;
//     a denial is the webhook's 429 Status with "admission webhook ... denied the request: "
//     before its message (staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/errors/
//     statuserror.go ToStatusErr);
//  3. the pod (404); a Pending, Succeeded or Failed pod, or one already being deleted, is deleted
//     without looking at budgets;
//  4. the PodDisruptionBudgets of the pod's namespace whose non-empty selector matches it: more than
//     one → 500, a stale one (observedGeneration < generation) → 429, disruptionsAllowed < 0 or
//     more than 2000 disruptedPods → 403, disruptionsAllowed 0 → 429 with the DisruptionBudget
//     cause; otherwise the budget's disruptionsAllowed is decremented and status.disruptedPods
//     records the pod (an unready pod of a budget that has its healthy pods spends nothing);
//  5. the pod is deleted gracefully (SimPods::deletePod) and the answer is 201 Success.
// dryRun=All (query, or the body's deleteOptions.dryRun) answers the same and changes nothing.
// Not played: the Retry-After header (the Status carries details.retryAfterSeconds), resourceVersion
// preconditions and their conflict retries, the descheduler's requested-by annotation, the
// hotplug-disk pod webhook.
#include "ApiServer.h"
#include "ObjectStore.h"

#include <QObject>

namespace drover::sim {

class SimPods;

class EvictionApi : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kWebhook{"virt-launcher-eviction-interceptor.kubevirt.io"};

    // store and pods must outlive this object.
    EvictionApi(ObjectStore *store, SimPods *pods, QObject *parent = nullptr);

    void setVirtApiUp(bool up) { m_virtApiUp = up; }
    bool virtApiUp() const { return m_virtApiUp; }

    // For ApiServer::addObjectHook: POST pods/{name}/eviction and DELETE pods/{name}.
    std::optional<ApiServer::HookAnswer> hook(QHttpServerRequest::Method method, const kube::ApiResource &res,
                                              const QString &ns, const QString &name, const QString &sub,
                                              const QUrlQuery &query, const QByteArray &body);
    // Its admin endpoint: POST virt-api?up=true|false.
    void addAdminEndpoints(SimAdmin &admin);

    ApiServer::HookAnswer evict(const QString &ns, const QString &name, const QJsonObject &eviction, bool dryRun);

private:
    // KubeVirt's admitter; nullopt when it lets the request through.
    std::optional<ApiServer::HookAnswer> admitLauncher(const QJsonObject &pod, bool dryRun);
    // eviction.go after admission: the budgets, then the delete.
    ApiServer::HookAnswer checkBudgets(const QJsonObject &pod, bool dryRun);
    ApiServer::HookAnswer deleteAndSucceed(const QJsonObject &pod, bool dryRun);

    ObjectStore *m_store;
    SimPods *m_pods;
    bool m_virtApiUp = true;
};

// A metav1.Status object. reason and details are left out when empty, as the API server does.
QJsonObject statusObject(int code, const QString &message, const QString &reason = {},
                         const QJsonObject &details = {});

} // namespace drover::sim
