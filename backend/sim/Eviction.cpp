#include "Eviction.h"

#include "Evacuation.h"
#include "SimPods.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonDocument>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &PODS = ApiResource::pods();
constexpr int kMaxDisruptedPods = 2000; // eviction.go MaxDisruptedPodSize

using Answer = ApiServer::HookAnswer;

Answer denyByWebhook(const QString &message)
{
    // pod-eviction-admitter.go denied(): Result{Message, Code 429}, no reason; the API server
    // prefixes the webhook's name (ToStatusErr) and keeps the code.
    return {429, statusObject(429, QStringLiteral("admission webhook \"%1\" denied the request: %2")
                                       .arg(EvictionApi::kWebhook, message))};
}

Answer tooManyRequests(const QString &cause, int retryAfter)
{
    // errors.NewTooManyRequests plus a DisruptionBudget cause (eviction.go).
    QJsonObject details{{u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"DisruptionBudget"_s}, {u"message"_s, cause}}}}};
    if (retryAfter > 0)
        details.insert("retryAfterSeconds"_L1, retryAfter);
    return {429, statusObject(429, u"Cannot evict pod as it would violate the pod's disruption budget."_s,
                              u"TooManyRequests"_s, details)};
}

Answer forbiddenBudget(const QString &pdb, const QString &why)
{
    // errors.NewForbidden(policy.Resource("poddisruptionbudget"), name, err).
    return {403, statusObject(403, QStringLiteral("poddisruptionbudget.policy \"%1\" is forbidden: %2").arg(pdb, why),
                              u"Forbidden"_s,
                              QJsonObject{{u"name"_s, pdb}, {u"group"_s, u"policy"_s}, {u"kind"_s, u"poddisruptionbudget"_s}})};
}

bool selectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject match = objectAt(selector, "matchLabels"_L1);
    const QJsonArray exprs = selector.value("matchExpressions"_L1).toArray();
    if (match.isEmpty() && exprs.isEmpty())
        return false; // "If a PDB with a nil or empty selector creeps in, it should match nothing"
    for (auto it = match.begin(); it != match.end(); ++it)
        if (!labels.contains(it.key()) || labels.value(it.key()).toString() != it.value().toString())
            return false;
    for (const QJsonValue &e : exprs) {
        const QJsonObject x = e.toObject();
        const QString key = stringAt(x, "key"_L1), op = stringAt(x, "operator"_L1);
        QStringList values;
        for (const QJsonValue &v : x.value("values"_L1).toArray())
            values.append(v.toString());
        const bool has = labels.contains(key);
        const bool in = has && values.contains(labels.value(key).toString());
        if ((op == "In"_L1 && !in) || (op == "NotIn"_L1 && in) || (op == "Exists"_L1 && !has) ||
            (op == "DoesNotExist"_L1 && has))
            return false;
    }
    return true;
}

} // namespace

QJsonObject statusObject(int code, const QString &message, const QString &reason, const QJsonObject &details)
{
    QJsonObject s{{u"kind"_s, u"Status"_s},
                  {u"apiVersion"_s, u"v1"_s},
                  {u"metadata"_s, QJsonObject()},
                  {u"status"_s, code < 300 ? u"Success"_s : u"Failure"_s},
                  {u"code"_s, code}};
    if (!message.isEmpty())
        s.insert("message"_L1, message);
    if (!reason.isEmpty())
        s.insert("reason"_L1, reason);
    if (!details.isEmpty())
        s.insert("details"_L1, details);
    return s;
}

EvictionApi::EvictionApi(ObjectStore *store, SimPods *pods, QObject *parent)
    : QObject(parent), m_store(store), m_pods(pods)
{
}

std::optional<Answer> EvictionApi::hook(QHttpServerRequest::Method method, const ApiResource &res, const QString &ns,
                                        const QString &name, const QString &sub, const QUrlQuery &query,
                                        const QByteArray &body)
{
    using M = QHttpServerRequest::Method;
    if (!(res == PODS))
        return std::nullopt;
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QJsonObject options = sub.isEmpty() ? obj : objectAt(obj, "deleteOptions"_L1);
    const bool dryRun = query.queryItemValue(u"dryRun"_s) == "All"_L1 ||
                        options.value("dryRun"_L1).toArray().contains(u"All"_s);
    if (method == M::Post && sub == "eviction"_L1) {
        if (!body.isEmpty() && !QJsonDocument::fromJson(body).isObject())
            return Answer{400, statusObject(400, u"the request body is not a JSON object"_s, u"BadRequest"_s)};
        return evict(ns, name, obj, dryRun);
    }
    if (method == M::Delete && sub.isEmpty()) {
        std::optional<int> grace;
        if (options.contains("gracePeriodSeconds"_L1))
            grace = options.value("gracePeriodSeconds"_L1).toInt();
        if (query.hasQueryItem(u"gracePeriodSeconds"_s))
            grace = query.queryItemValue(u"gracePeriodSeconds"_s).toInt();
        const StoreResult r = m_pods->deletePod(ns, name, grace, dryRun);
        if (!r.ok())
            return Answer{r.code, statusObject(r.code, r.message, r.reason,
                                               QJsonObject{{u"name"_s, name}, {u"kind"_s, u"pods"_s}})};
        return Answer{200, r.object};
    }
    return std::nullopt;
}

void EvictionApi::addAdminEndpoints(SimAdmin &admin)
{
    admin.addAction(u"virt-api"_s, [this](const QUrlQuery &query) -> Result<SimAdmin::Done> {
        if (query.hasQueryItem(u"up"_s))
            m_virtApiUp = query.queryItemValue(u"up"_s) != "false"_L1;
        return SimAdmin::Done{m_virtApiUp ? u"virt-api is up"_s : u"virt-api is down: virt-launcher evictions fail"_s};
    });
}

Answer EvictionApi::evict(const QString &ns, const QString &name, const QJsonObject &eviction, bool dryRun)
{
    const QString bodyName = stringAt(objectAt(eviction, "metadata"_L1), "name"_L1);
    if (bodyName != name)
        return {400, statusObject(400, u"name in URL does not match name in Eviction object"_s, u"BadRequest"_s)};
    // Admission, through createValidation: the webhook matches on the Eviction's name.
    if (name.startsWith("virt-launcher"_L1)) {
        if (!m_virtApiUp) {
            // dispatcher.go: ErrCallingWebhook under failurePolicy Fail → NewInternalError. The
            // transport error is what a Service without ready endpoints gives behind kube-proxy;
            // the ClusterIP is made up.
            const QString err = QStringLiteral("failed calling webhook \"%1\": failed to call webhook: Post "
                                               "\"https://virt-api.kubevirt.svc:443/pod-eviction-validate?timeout=10s\": "
                                               "dial tcp 10.96.0.115:443: connect: connection refused")
                                    .arg(kWebhook);
            return {500, statusObject(500, u"Internal error occurred: "_s + err, u"InternalError"_s,
                                      QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, err}}}}})};
        }
        if (const auto pod = m_store->get(PODS, ns, name))
            if (auto denied = admitLauncher(*pod, dryRun))
                return *denied;
    }
    const auto pod = m_store->get(PODS, ns, name);
    if (!pod)
        return {404, statusObject(404, QStringLiteral("pods \"%1\" not found").arg(name), u"NotFound"_s,
                                  QJsonObject{{u"name"_s, name}, {u"kind"_s, u"pods"_s}})};
    const core::PodPhase phase = core::podPhaseOf(*pod);
    // canIgnorePDB: it has disrupted already, or never ran.
    if (core::isFinal(phase) || phase == core::PodPhase::Pending || markedForDeletion(*pod))
        return deleteAndSucceed(*pod, dryRun);
    return checkBudgets(*pod, dryRun);
}

std::optional<Answer> EvictionApi::admitLauncher(const QJsonObject &pod, bool dryRun)
{
    if (labelOf(pod, u"kubevirt.io"_s) != "virt-launcher"_L1 || core::isFinal(core::podPhaseOf(pod)))
        return std::nullopt;
    const QString vmiName = objectAt(objectAt(pod, "metadata"_L1), "annotations"_L1).value("kubevirt.io/domain"_L1).toString();
    if (vmiName.isEmpty())
        return std::nullopt;
    const QString ns = namespaceOf(pod);
    const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, vmiName);
    if (!vmi)
        return denyByWebhook(QStringLiteral("kubevirt failed getting the vmi: virtualmachineinstances.kubevirt.io \"%1\" not found").arg(vmiName));
    const QString strategy = effectiveEvictionStrategy(*vmi, kubevirtConfig(*m_store));
    const bool migratable = vmiMigratable(*vmi);
    bool mark = false;
    if (strategy == "LiveMigrate"_L1) {
        if (!migratable)
            return denyByWebhook(QStringLiteral("VMI %1 is configured with an eviction strategy but is not live-migratable").arg(vmiName));
        mark = true;
    } else if (strategy == "LiveMigrateIfPossible"_L1) {
        mark = migratable;
    } else if (strategy == "External"_L1) {
        mark = true;
    }
    if (!mark)
        return std::nullopt; // None, unset, or LiveMigrateIfPossible without migration: the pod goes
    const QString evacuation = QStringLiteral("Eviction triggered evacuation of VMI \"%1/%2\"").arg(ns, vmiName);
    const QJsonObject status = objectAt(*vmi, "status"_L1);
    if (!stringAt(status, "evacuationNodeName"_L1).isEmpty())
        return denyByWebhook(u"Evacuation in progress: "_s + evacuation);
    const QString podNode = stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1);
    if (stringAt(status, "nodeName"_L1) != podNode)
        return denyByWebhook(u"Eviction request for target Pod"_s);
    if (!dryRun) // markVMI: JSON patch add /status/evacuationNodeName
        (void)m_store->mutate(ApiResource::virtualMachineInstances(), ns, vmiName, [&podNode](QJsonObject &o) {
            QJsonObject st = objectAt(o, "status"_L1);
            st.insert("evacuationNodeName"_L1, podNode);
            o.insert("status"_L1, st);
        });
    return denyByWebhook(evacuation);
}

Answer EvictionApi::checkBudgets(const QJsonObject &pod, bool dryRun)
{
    const auto &PDB = ApiResource::podDisruptionBudgets();
    QList<QJsonObject> matching;
    if (m_store->find(PDB.group, PDB.version, PDB.plural)) {
        const QJsonObject labels = objectAt(objectAt(pod, "metadata"_L1), "labels"_L1);
        WatchFilter f;
        f.ns = namespaceOf(pod);
        for (const QJsonObject &pdb : m_store->list(PDB, f))
            if (selectorMatches(objectAt(objectAt(pdb, "spec"_L1), "selector"_L1), labels))
                matching.append(pdb);
    }
    // eviction.go returns this Status as its result rather than as an error; that the HTTP status
    // is then its code, 500, is what Kubernetes' documentation (api-eviction.md) says; not
    // verified in the response writer.
    if (matching.size() > 1)
        return {500, statusObject(500, u"This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."_s)};
    if (matching.isEmpty())
        return deleteAndSucceed(pod, dryRun);
    const QJsonObject pdb = matching.first();
    const QString pdbName = nameOf(pdb);
    const QJsonObject st = objectAt(pdb, "status"_L1);
    const int allowed = st.value("disruptionsAllowed"_L1).toInt();
    const int current = st.value("currentHealthy"_L1).toInt(), desired = st.value("desiredHealthy"_L1).toInt();
    // An unready pod does not count as healthy: evicting it spends nothing while the budget holds.
    if (!conditionTrue(pod, u"Ready"_s) && current >= desired && desired > 0)
        return deleteAndSucceed(pod, dryRun);
    if (st.value("observedGeneration"_L1).toInteger() < objectAt(pdb, "metadata"_L1).value("generation"_L1).toInteger())
        return tooManyRequests(QStringLiteral("The disruption budget %1 is still being processed by the server.").arg(pdbName), 10);
    if (allowed < 0)
        return forbiddenBudget(pdbName, u"pdb disruptions allowed is negative"_s);
    if (objectAt(st, "disruptedPods"_L1).size() > kMaxDisruptedPods)
        return forbiddenBudget(pdbName, u"DisruptedPods map too big - too many evictions not confirmed by PDB controller"_s);
    if (allowed == 0)
        return tooManyRequests(QStringLiteral("The disruption budget %1 needs %2 healthy pods and has %3 currently")
                                   .arg(pdbName).arg(desired).arg(current), 0);
    if (!dryRun) {
        const QString podName = nameOf(pod);
        (void)m_store->mutate(PDB, namespaceOf(pdb), pdbName, [&](QJsonObject &o) {
            QJsonObject s = objectAt(o, "status"_L1);
            s.insert("disruptionsAllowed"_L1, allowed - 1);
            QJsonObject disrupted = objectAt(s, "disruptedPods"_L1);
            disrupted.insert(podName, rfc3339(QDateTime::currentDateTimeUtc()));
            s.insert("disruptedPods"_L1, disrupted);
            o.insert("status"_L1, s);
            if (allowed - 1 == 0) // pdbhelper.UpdateDisruptionAllowedCondition
                setCondition(o, u"DisruptionAllowed"_s, false, u"InsufficientPods"_s);
        });
    }
    return deleteAndSucceed(pod, dryRun);
}

Answer EvictionApi::deleteAndSucceed(const QJsonObject &pod, bool dryRun)
{
    const StoreResult r = m_pods->deletePod(namespaceOf(pod), nameOf(pod), std::nullopt, dryRun);
    if (!r.ok())
        return {r.code, statusObject(r.code, r.message, r.reason)};
    // The create handler gives a returned Status without a code 201 Created.
    return {201, statusObject(201, {})};
}

} // namespace drover::sim
