// RookPods: Rook's daemon pods and their ReplicaSets, scheduling and kubelet (RookPods.h).
#include "RookPods.h"

#include "RookPodJson.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

QString hostIpOf(const QJsonObject &node)
{
    for (const QJsonValue &a : objectAt(node, "status"_L1).value("addresses"_L1).toArray())
        if (a.toObject().value("type"_L1).toString() == "InternalIP"_L1)
            return a.toObject().value("address"_L1).toString();
    return {};
}

bool schedulable(const QJsonObject &node)
{
    return conditionTrue(node, u"Ready"_s) && !objectAt(node, "spec"_L1).value("unschedulable"_L1).toBool();
}

QString newPodIp()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("10.244.%1.%2").arg(rng->bounded(256)).arg(rng->bounded(2, 254));
}

} // namespace

RookPods::RookPods(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    // Each daemon's pods are looked up by their labels, often (podsOf): the operator's informer is
    // indexed.
    store->addIndex(ApiResource::pods(), FieldIndex::Kind::Label, u"ceph_daemon_id"_s);
    connect(store, &ObjectStore::changed, this, &RookPods::onChanged);
}

void RookPods::populate(const QMap<QString, QList<int>> &osdsByHost)
{
    const QString ns(kNamespace);
    if (!m_store->get(ApiResource::namespaces(), {}, ns))
        (void)m_store->create(ApiResource::namespaces(), {},
                              QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, ns}}},
                                          {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    auto add = [this](const QString &kind, const QString &id, const QString &host) {
        const QString deploy = u"rook-ceph-"_s + kind + u'-' + id;
        m_daemons.insert(key(kind, id),
                         Daemon{kind, id, host, deploy + u'-' + rookpod::templateHash(deploy),
                                QUuid::createUuid().toString(QUuid::WithoutBraces), true});
    };
    const QStringList hosts = osdsByHost.keys();
    for (auto it = osdsByHost.begin(); it != osdsByHost.end(); ++it)
        for (int id : it.value())
            add(u"osd"_s, QString::number(id), it.key());
    for (int i = 0; i < qMin(3, int(hosts.size())); ++i)
        add(u"mon"_s, QString(QChar(u'a' + i)), hosts[i]);
    if (!hosts.isEmpty()) {
        add(u"mgr"_s, u"a"_s, {});
        add(u"mgr"_s, u"b"_s, {});
    }
    // Everything runs already: the cluster was up before the simulator started watching it.
    int mgrIndex = 0;
    for (const Daemon &d : std::as_const(m_daemons)) {
        const QString host = d.host.isEmpty() ? hosts[mgrIndex++ % hosts.size()] : d.host;
        if (const auto kept = livePod(d)) { // from before a restart (drover-sim --state-file)
            m_lastState.insert(key(d.kind, d.id), QStringLiteral("%1,%2").arg(rookpod::isRunning(*kept) ? u"running"_s : u"stopped"_s,
                                                                             rookpod::isReady(*kept) ? u"ready"_s : u"unready"_s));
            continue;
        }
        const QJsonObject node = m_store->get(ApiResource::nodes(), {}, host).value_or(QJsonObject());
        QJsonObject pod = rookpod::newPod(d, d.rsName + u'-' + rookpod::podSuffix());
        rookpod::markBound(pod, host, hostIpOf(node), newPodIp());
        rookpod::markRunning(pod, true);
        (void)m_store->create(ApiResource::pods(), ns, pod);
        m_lastState.insert(key(d.kind, d.id), u"running,ready"_s);
    }
}

QList<RookPods::Daemon> RookPods::daemons(const QString &kind) const
{
    QList<Daemon> out;
    for (const Daemon &d : m_daemons)
        if (d.kind == kind)
            out.append(d);
    return out;
}

QList<QJsonObject> RookPods::podsOf(const Daemon &d) const
{
    WatchFilter f;
    f.ns = QString(kNamespace);
    f.labels = {{u"ceph_daemon_type"_s, d.kind}, {u"ceph_daemon_id"_s, d.id}};
    return m_store->list(ApiResource::pods(), f);
}

std::optional<QJsonObject> RookPods::livePod(const Daemon &d) const
{
    for (const QJsonObject &pod : podsOf(d))
        if (!markedForDeletion(pod))
            return pod;
    return std::nullopt;
}

bool RookPods::running(const QString &kind, const QString &id) const
{
    const auto pod = m_daemons.contains(key(kind, id)) ? livePod(m_daemons.value(key(kind, id))) : std::nullopt;
    return pod && rookpod::isRunning(*pod);
}

bool RookPods::ready(const QString &kind, const QString &id) const
{
    const auto pod = m_daemons.contains(key(kind, id)) ? livePod(m_daemons.value(key(kind, id))) : std::nullopt;
    return pod && rookpod::isReady(*pod);
}

bool RookPods::setOsdDaemonUp(int id, bool up)
{
    const QString k = key(u"osd"_s, QString::number(id));
    auto it = m_daemons.find(k);
    if (it == m_daemons.end())
        return false;
    it->daemonUp = up;
    if (const auto pod = livePod(*it); pod && rookpod::isRunning(*pod))
        (void)m_store->mutate(ApiResource::pods(), QString(kNamespace), nameOf(*pod),
                              [up](QJsonObject &o) { rookpod::setReady(o, up); });
    return true;
}

void RookPods::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    Q_UNUSED(type);
    // Bookkeeping only: the store is in the middle of a commit.
    if (r == ApiResource::nodes()) {
        m_nodesChanged = true;
        kick();
    } else if (r == ApiResource::pods() && namespaceOf(obj) == kNamespace) {
        const QString k = key(labelOf(obj, u"ceph_daemon_type"_s), labelOf(obj, u"ceph_daemon_id"_s));
        if (!m_daemons.contains(k))
            return;
        m_dirtyDaemons.insert(k);
        kick();
    }
}

void RookPods::kick()
{
    if (m_workQueued)
        return;
    m_workQueued = true;
    QTimer::singleShot(0, this, &RookPods::work);
}

void RookPods::later(int demoMs, std::function<void()> fn)
{
    QTimer::singleShot(qRound(demoMs * m_scale), this, std::move(fn));
}

void RookPods::work()
{
    m_workQueued = false;
    const QSet<QString> dirty = std::exchange(m_dirtyDaemons, {});
    for (const QString &k : dirty)
        ensurePod(k);
    if (std::exchange(m_nodesChanged, false)) {
        for (const Daemon &d : std::as_const(m_daemons))
            if (const auto pod = livePod(d); pod && !objectAt(*pod, "spec"_L1).contains("nodeName"_L1))
                trySchedule(nameOf(*pod));
    }
    for (const QString &k : dirty)
        noteState(k);
}

void RookPods::ensurePod(const QString &daemonKey)
{
    const Daemon d = m_daemons.value(daemonKey);
    bool live = false;
    for (const QJsonObject &pod : podsOf(d)) {
        if (!markedForDeletion(pod)) {
            live = true;
            continue;
        }
        // The kubelet stops the container and the pod goes away, unless the API's own deletion
        // (or another kubelet stand-in) removes it first.
        const QString name = nameOf(pod), uid = uidOf(pod);
        if (m_finalizing.contains(name))
            continue;
        m_finalizing.insert(name);
        later(2000, [this, name, uid] {
            m_finalizing.remove(name);
            const auto cur = m_store->get(ApiResource::pods(), QString(kNamespace), name);
            if (cur && uidOf(*cur) == uid && markedForDeletion(*cur))
                (void)m_store->remove(ApiResource::pods(), QString(kNamespace), name);
        });
    }
    if (live)
        return;
    // The ReplicaSet counts terminating pods as gone and creates the replacement at once
    // (pkg/controller/replicaset/replica_set.go, FilterActivePods).
    const QString name = d.rsName + u'-' + rookpod::podSuffix();
    (void)m_store->create(ApiResource::pods(), QString(kNamespace), rookpod::newPod(d, name));
    trySchedule(name);
}

QString RookPods::pickHost(const Daemon &d) const
{
    if (!d.host.isEmpty()) {
        const auto node = m_store->get(ApiResource::nodes(), {}, d.host);
        return node && schedulable(*node) ? d.host : QString();
    }
    // A mgr goes anywhere; Rook's mgr anti-affinity keeps the two apart when it can.
    QSet<QString> taken;
    for (const Daemon &other : m_daemons)
        if (other.kind == d.kind && other.id != d.id)
            if (const auto pod = livePod(other))
                taken.insert(stringAt(objectAt(*pod, "spec"_L1), "nodeName"_L1));
    QString fallback;
    for (const QJsonObject &node : m_store->list(ApiResource::nodes())) {
        if (!schedulable(node))
            continue;
        if (!taken.contains(nameOf(node)))
            return nameOf(node);
        if (fallback.isEmpty())
            fallback = nameOf(node);
    }
    return fallback;
}

void RookPods::trySchedule(const QString &podName)
{
    const QString ns(kNamespace);
    const auto pod = m_store->get(ApiResource::pods(), ns, podName);
    if (!pod || markedForDeletion(*pod) || objectAt(*pod, "spec"_L1).contains("nodeName"_L1))
        return;
    const QString k = key(labelOf(*pod, u"ceph_daemon_type"_s), labelOf(*pod, u"ceph_daemon_id"_s));
    const Daemon d = m_daemons.value(k);
    const QString host = pickHost(d);
    if (host.isEmpty()) {
        if (conditionOf(*pod, u"PodScheduled"_s))
            return; // already said so
        // kube-scheduler's wording (NodeUnschedulable and NodeAffinity plugins' reasons).
        const int nodes = m_store->count(ApiResource::nodes());
        const QString message =
            d.host.isEmpty()
                ? QStringLiteral("0/%1 nodes are available: %1 node(s) were unschedulable.").arg(nodes)
                : QStringLiteral("0/%1 nodes are available: 1 node(s) were unschedulable, %2 node(s) didn't match "
                                 "Pod's node affinity/selector. preemption: 0/%1 nodes are available: %1 Preemption "
                                 "is not helpful for scheduling.").arg(nodes).arg(nodes - 1);
        (void)m_store->mutate(ApiResource::pods(), ns, podName,
                              [&message](QJsonObject &o) { rookpod::markUnschedulable(o, message); });
        return;
    }
    const QString hostIp = hostIpOf(m_store->get(ApiResource::nodes(), {}, host).value_or(QJsonObject()));
    (void)m_store->mutate(ApiResource::pods(), ns, podName, [&](QJsonObject &o) {
        rookpod::markBound(o, host, hostIp, newPodIp());
    });
    // The kubelet pulls nothing (the image is there) and starts the daemon; an OSD activates
    // its volume first.
    const QString uid = uidOf(*pod);
    later(d.kind == "osd"_L1 ? 4000 : 2500, [this, podName, uid, k] {
        const auto cur = m_store->get(ApiResource::pods(), QString(kNamespace), podName);
        if (!cur || uidOf(*cur) != uid || markedForDeletion(*cur) || core::podPhaseOf(*cur) != core::PodPhase::Pending)
            return;
        const bool up = m_daemons.value(k).daemonUp;
        (void)m_store->mutate(ApiResource::pods(), QString(kNamespace), podName,
                              [up](QJsonObject &o) { rookpod::markRunning(o, up); });
    });
}

void RookPods::noteState(const QString &daemonKey)
{
    const Daemon d = m_daemons.value(daemonKey);
    const auto pod = livePod(d);
    const QString state = QStringLiteral("%1,%2")
                              .arg(pod && rookpod::isRunning(*pod) ? u"running"_s : u"stopped"_s,
                                   pod && rookpod::isReady(*pod) ? u"ready"_s : u"unready"_s);
    if (m_lastState.value(daemonKey) == state)
        return;
    m_lastState.insert(daemonKey, state);
    Q_EMIT daemonChanged(d.kind, d.id);
}

} // namespace drover::sim
