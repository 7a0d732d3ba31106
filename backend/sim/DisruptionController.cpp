// DisruptionController: PodDisruptionBudget status (DisruptionController.h).
#include "DisruptionController.h"

#include "VmiJson.h"

#include <QJsonArray>

#include <cmath>
#include <variant>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDeletionTimeoutSecs = 120; // disruption.go DeletionTimeout

struct Failure
{
    QString message;
};

// intstr.GetScaledValueFromIntOrPercent.
std::variant<int, Failure> scaledValue(const QJsonValue &v, int total, bool roundUp)
{
    if (v.isDouble())
        return v.toInt();
    const QString s = v.toString();
    if (!s.endsWith(u'%'))
        return Failure{QStringLiteral("invalid value for IntOrString: invalid type: string is not a percentage")};
    bool ok = false;
    const int pct = s.chopped(1).toInt(&ok);
    if (!ok)
        return Failure{QStringLiteral("invalid value \"%1\": strconv.Atoi: parsing \"%2\": invalid syntax").arg(s, s.chopped(1))};
    const double value = double(pct) * total / 100.0;
    return int(roundUp ? std::ceil(value) : std::floor(value));
}

// metav1.Condition for type DisruptionAllowed; lastTransitionTime moves only when status does
// (apimeta.SetStatusCondition).
QJsonArray withCondition(const QJsonArray &old, bool status, const QString &reason,
                         const QString &message, qint64 observedGeneration, const QDateTime &now)
{
    QJsonObject cond{{u"type"_s, u"DisruptionAllowed"_s},
                     {u"status"_s, status ? u"True"_s : u"False"_s},
                     {u"reason"_s, reason},
                     {u"message"_s, message},
                     {u"observedGeneration"_s, observedGeneration},
                     {u"lastTransitionTime"_s, rfc3339(now)}};
    QJsonArray out;
    for (const QJsonValue &v : old) {
        const QJsonObject c = v.toObject();
        if (c.value("type"_L1).toString() != "DisruptionAllowed"_L1) {
            out.append(c);
        } else if (c.value("status"_L1) == cond.value("status"_L1)) {
            cond.insert(u"lastTransitionTime"_s, c.value("lastTransitionTime"_L1));
        }
    }
    out.append(cond);
    return out;
}

bool podReady(const QJsonObject &pod)
{
    return conditionTrue(pod, u"Ready"_s);
}

} // namespace

DisruptionController::DisruptionController(ObjectStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, &DisruptionController::onChanged);
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        m_recheckAt = {};
        syncAll();
    });
}

bool DisruptionController::selectorMatches(const QJsonValue &selector, const QJsonObject &labels)
{
    if (!selector.isObject())
        return false;
    const QJsonObject sel = selector.toObject();
    const QJsonObject match = sel.value("matchLabels"_L1).toObject();
    for (auto it = match.begin(); it != match.end(); ++it)
        if (!labels.contains(it.key()) || labels.value(it.key()) != it.value())
            return false;
    for (const QJsonValue &e : sel.value("matchExpressions"_L1).toArray()) {
        const QJsonObject req = e.toObject();
        const QString key = stringAt(req, "key"_L1), op = stringAt(req, "operator"_L1);
        const bool has = labels.contains(key);
        const bool in = has && req.value("values"_L1).toArray().contains(labels.value(key));
        const bool ok = op == "In"_L1 ? in : op == "NotIn"_L1 ? !in : op == "Exists"_L1 ? has : !has;
        if (!ok)
            return false;
    }
    return true;
}

std::optional<std::pair<QString, int>> DisruptionController::controllerScale(const QJsonObject &pod) const
{
    QJsonObject ref;
    for (const QJsonValue &v : objectAt(pod, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (v.toObject().value("controller"_L1).toBool())
            ref = v.toObject();
    const QString kind = stringAt(ref, "kind"_L1);
    static const QHash<QString, QString> plurals{{u"ReplicaSet"_s, u"replicasets"_s},
                                                 {u"StatefulSet"_s, u"statefulsets"_s},
                                                 {u"Deployment"_s, u"deployments"_s},
                                                 {u"ReplicationController"_s, u"replicationcontrollers"_s}};
    if (!plurals.contains(kind))
        return std::nullopt;
    const QString group = kind == "ReplicationController"_L1 ? QString() : u"apps"_s;
    const auto res = m_store->find(group, u"v1"_s, plurals.value(kind));
    if (!res)
        return std::pair{stringAt(ref, "uid"_L1), 1}; // not served: one replica (see header)
    const auto owner = m_store->get(*res, namespaceOf(pod), stringAt(ref, "name"_L1));
    if (!owner)
        return std::pair{stringAt(ref, "uid"_L1), 1}; // not kept (Rook's ReplicaSets): one replica
    if (kind == "ReplicaSet"_L1) {
        // finders: a ReplicaSet's scale is its Deployment's when a Deployment controls it.
        const auto dep = m_store->find(u"apps"_s, u"v1"_s, u"deployments"_s);
        for (const QJsonValue &v : objectAt(*owner, "metadata"_L1).value("ownerReferences"_L1).toArray()) {
            const QJsonObject r = v.toObject();
            if (dep && r.value("controller"_L1).toBool() && r.value("kind"_L1) == "Deployment"_L1)
                if (const auto d = m_store->get(*dep, namespaceOf(pod), stringAt(r, "name"_L1)))
                    return std::pair{uidOf(*d), objectAt(*d, "spec"_L1).value("replicas"_L1).toInt(1)};
        }
    }
    return std::pair{uidOf(*owner), objectAt(*owner, "spec"_L1).value("replicas"_L1).toInt(1)};
}

QJsonObject DisruptionController::statusFor(const QJsonObject &pdb, const QList<QJsonObject> &nsPods,
                                            const QDateTime &now, std::optional<QDateTime> *recheck) const
{
    const QJsonObject spec = objectAt(pdb, "spec"_L1);
    QJsonObject status = objectAt(pdb, "status"_L1);
    const qint64 generation = objectAt(pdb, "metadata"_L1).value("generation"_L1).toInteger();
    QList<QJsonObject> pods;
    for (const QJsonObject &p : nsPods)
        if (selectorMatches(spec.value("selector"_L1), objectAt(p, "metadata"_L1).value("labels"_L1).toObject()))
            pods.append(p);

    // getExpectedPodCount
    int expected = 0, desired = 0;
    std::optional<QString> error;
    auto expectedScale = [&]() {
        QHash<QString, int> scales;
        for (const QJsonObject &p : pods) {
            const auto c = controllerScale(p);
            if (!c) {
                error = QStringLiteral("found no controllers for pod \"%1\"").arg(nameOf(p));
                return 0;
            }
            scales.insert(c->first, c->second);
        }
        int sum = 0;
        for (int s : std::as_const(scales))
            sum += s;
        return sum;
    };
    auto apply = [&](const std::variant<int, Failure> &v) {
        if (const auto *f = std::get_if<Failure>(&v))
            error = f->message;
        return std::holds_alternative<int>(v) ? std::get<int>(v) : 0;
    };
    if (spec.contains("maxUnavailable"_L1)) {
        expected = expectedScale();
        if (!error)
            desired = qMax(0, expected - apply(scaledValue(spec.value("maxUnavailable"_L1), expected, true)));
    } else if (spec.value("minAvailable"_L1).isDouble()) {
        desired = spec.value("minAvailable"_L1).toInt();
        expected = int(pods.size());
    } else if (spec.contains("minAvailable"_L1)) {
        expected = expectedScale();
        if (!error)
            desired = apply(scaledValue(spec.value("minAvailable"_L1), expected, true));
    }
    if (error) {
        // failSafe: nothing may be disrupted; observedGeneration stays where it was.
        status.insert(u"disruptionsAllowed"_s, 0);
        status.insert(u"conditions"_s, withCondition(status.value("conditions"_L1).toArray(), false, u"SyncFailed"_s,
                                                     *error, status.value("observedGeneration"_L1).toInteger(), now));
        return status;
    }

    // buildDisruptedPodMap, countHealthyPods
    const QJsonObject oldDisrupted = status.value("disruptedPods"_L1).toObject();
    QJsonObject disrupted;
    int healthy = 0;
    for (const QJsonObject &p : pods) {
        if (markedForDeletion(p))
            continue;
        const QString name = nameOf(p);
        if (oldDisrupted.contains(name)) {
            const QDateTime at = QDateTime::fromString(oldDisrupted.value(name).toString(), Qt::ISODate);
            const QDateTime expires = at.addSecs(kDeletionTimeoutSecs);
            if (expires > now) {
                disrupted.insert(name, oldDisrupted.value(name));
                if (!*recheck || expires < **recheck)
                    *recheck = expires;
                continue; // expected to be deleted soon: not healthy
            }
        }
        if (podReady(p))
            ++healthy;
    }
    const int allowed = expected <= 0 ? 0 : qMax(0, healthy - desired);
    status.insert(u"currentHealthy"_s, healthy);
    status.insert(u"desiredHealthy"_s, desired);
    status.insert(u"expectedPods"_s, expected);
    status.insert(u"disruptionsAllowed"_s, allowed);
    status.insert(u"observedGeneration"_s, generation);
    if (disrupted.isEmpty())
        status.remove("disruptedPods"_L1); // omitempty
    else
        status.insert(u"disruptedPods"_s, disrupted);
    status.insert(u"conditions"_s, withCondition(status.value("conditions"_L1).toArray(), allowed > 0,
                                                 allowed > 0 ? u"SufficientPods"_s : u"InsufficientPods"_s,
                                                 QString(), generation, now));
    return status;
}

void DisruptionController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    Q_UNUSED(type);
    if (r == ApiResource::pods() || r == ApiResource::podDisruptionBudgets()) {
        m_dirty.insert(namespaceOf(obj));
        kick();
    }
}

void DisruptionController::kick()
{
    if (m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, &DisruptionController::work);
}

void DisruptionController::work()
{
    m_queued = false;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &ns : dirty)
        syncNamespace(ns);
}

void DisruptionController::syncAll()
{
    QSet<QString> namespaces;
    for (const QJsonObject &pdb : m_store->list(ApiResource::podDisruptionBudgets()))
        namespaces.insert(namespaceOf(pdb));
    for (const QString &ns : std::as_const(namespaces))
        syncNamespace(ns);
}

void DisruptionController::syncNamespace(const QString &ns)
{
    WatchFilter inNs;
    inNs.ns = ns;
    const QList<QJsonObject> pdbs = m_store->list(ApiResource::podDisruptionBudgets(), inNs);
    if (pdbs.isEmpty())
        return;
    const QList<QJsonObject> pods = m_store->list(ApiResource::pods(), inNs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<QDateTime> recheck;
    for (const QJsonObject &pdb : pdbs) {
        const QJsonObject status = statusFor(pdb, pods, now, &recheck);
        if (status == objectAt(pdb, "status"_L1))
            continue; // up to date: no write, no event
        (void)m_store->mutate(ApiResource::podDisruptionBudgets(), ns, nameOf(pdb),
                              [&status](QJsonObject &o) { o.insert(u"status"_s, status); });
    }
    if (recheck && (!m_recheckAt.isValid() || *recheck < m_recheckAt)) {
        m_recheckAt = *recheck;
        m_recheck.start(int(qBound<qint64>(0, now.msecsTo(*recheck) + 1, qint64(3600000))));
    }
}

} // namespace drover::sim
