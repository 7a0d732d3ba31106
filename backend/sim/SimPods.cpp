// SimPods: pod objects, graceful deletion, and the DaemonSet and ReplicaSet controllers.
#include "SimPods.h"

#include "Controllers.h"
#include "Scenario.h"
#include "VmEvents.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &PODS = ApiResource::pods();

QString keyOf(const QJsonObject &obj)
{
    return namespaceOf(obj) + u'/' + nameOf(obj);
}

// The node can take a new pod: Ready and not cordoned (kube-scheduler's NodeUnschedulable and
// the not-ready taint).
bool schedulable(const QJsonObject &node)
{
    return conditionTrue(node, u"Ready"_s) && !objectAt(node, "spec"_L1).value("unschedulable"_L1).toBool();
}

QJsonObject ownerRef(const SimPods::Owner &o)
{
    return QJsonObject{{u"apiVersion"_s, o.apiVersion}, {u"kind"_s, o.kind}, {u"name"_s, o.name},
                       {u"uid"_s, o.uid}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
}

QJsonObject toJson(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

const ApiResource &SimPods::daemonSets()
{
    static const ApiResource r{u"apps"_s, u"v1"_s, u"daemonsets"_s, u"DaemonSet"_s, true};
    return r;
}

const ApiResource &SimPods::replicaSets()
{
    static const ApiResource r{u"apps"_s, u"v1"_s, u"replicasets"_s, u"ReplicaSet"_s, true};
    return r;
}

const ApiResource &SimPods::deployments()
{
    static const ApiResource r{u"apps"_s, u"v1"_s, u"deployments"_s, u"Deployment"_s, true};
    return r;
}

void SimPods::registerResources(ObjectStore &store)
{
    for (const ApiResource *r : {&daemonSets(), &replicaSets(), &deployments(), &ApiResource::podDisruptionBudgets()})
        if (!store.find(r->group, r->version, r->plural))
            store.registerResource(*r);
}

SimPods::SimPods(ObjectStore *store, const Controllers *controllers, QObject *parent)
    : QObject(parent), m_store(store), m_controllers(controllers)
{
    // What each node's DaemonSet pods, a drain and the scheduler's pending list look up.
    store->addIndex(PODS, FieldIndex::Kind::Field, u"spec.nodeName"_s);
    connect(store, &ObjectStore::changed, this, &SimPods::onChanged);
}

QString SimPods::randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString s;
    for (int i = 0; i < 5; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]));
    return s;
}

QJsonObject SimPods::podJson(const PodSpec &p)
{
    QJsonObject meta{{u"name"_s, p.name}, {u"namespace"_s, p.ns}, {u"labels"_s, toJson(p.labels)}};
    if (!p.generateName.isEmpty())
        meta.insert("generateName"_L1, p.generateName);
    if (!p.annotations.isEmpty())
        meta.insert("annotations"_L1, toJson(p.annotations));
    if (!p.owner.kind.isEmpty())
        meta.insert("ownerReferences"_L1, QJsonArray{ownerRef(p.owner)});
    QJsonArray volumes;
    for (const QString &v : p.emptyDirs)
        volumes.append(QJsonObject{{u"name"_s, v}, {u"emptyDir"_s, QJsonObject()}});
    for (const QString &c : p.claims)
        volumes.append(QJsonObject{{u"name"_s, c}, {u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, c}}}});
    QJsonObject spec{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, p.container}, {u"image"_s, p.image}}}},
                     {u"restartPolicy"_s, u"Always"_s},
                     {u"schedulerName"_s, u"default-scheduler"_s},
                     {u"serviceAccountName"_s, u"default"_s},
                     {u"terminationGracePeriodSeconds"_s, p.graceSeconds},
                     {u"volumes"_s, volumes}};
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    QJsonObject status{{u"phase"_s, core::nameOf(p.phase)}, {u"qosClass"_s, u"Burstable"_s}};
    if (!p.node.isEmpty()) {
        spec.insert("nodeName"_L1, p.node);
        status.insert("startTime"_L1, now);
    }
    QJsonObject pod{{u"metadata"_s, meta}, {u"spec"_s, spec}, {u"status"_s, status}};
    if (p.node.isEmpty()) {
        setCondition(pod, u"PodScheduled"_s, false, u"Unschedulable"_s, u"no nodes available to schedule pods"_s);
    } else {
        setCondition(pod, u"PodScheduled"_s, true);
        setCondition(pod, u"Initialized"_s, true);
        setCondition(pod, u"ContainersReady"_s, p.ready);
        setCondition(pod, u"Ready"_s, p.ready);
    }
    return pod;
}

StoreResult SimPods::createPod(const PodSpec &spec)
{
    PodSpec p = spec;
    if (p.name.isEmpty())
        p.name = p.generateName + randomSuffix();
    return m_store->create(PODS, p.ns, podJson(p));
}

int SimPods::scaled(int demoMs) const
{
    return int(std::lround(demoMs * m_controllers->timeScale()));
}

StoreResult SimPods::deletePod(const QString &ns, const QString &name, std::optional<int> graceSeconds, bool dryRun)
{
    const auto pod = m_store->get(PODS, ns, name);
    if (!pod)
        return StoreResult::fail(404, u"NotFound"_s, QStringLiteral("pods \"%1\" not found").arg(name));
    if (dryRun)
        return StoreResult{200, {}, {}, *pod};
    const bool finished = core::isFinal(core::podPhaseOf(*pod));
    int grace = graceSeconds.value_or(objectAt(*pod, "spec"_L1).value("terminationGracePeriodSeconds"_L1).toInt(30));
    if (stringAt(objectAt(*pod, "spec"_L1), "nodeName"_L1).isEmpty() || finished)
        grace = 0;
    if (grace <= 0)
        return m_store->remove(PODS, ns, name);
    if (markedForDeletion(*pod))
        return StoreResult{200, {}, {}, *pod};
    const StoreResult r = m_store->mutate(PODS, ns, name, [grace](QJsonObject &o) {
        QJsonObject meta = objectAt(o, "metadata"_L1);
        meta.insert("deletionTimestamp"_L1, rfc3339(QDateTime::currentDateTimeUtc().addSecs(grace)));
        meta.insert("deletionGracePeriodSeconds"_L1, grace);
        o.insert("metadata"_L1, meta);
        setCondition(o, u"Ready"_s, false, u"PodCompleted"_s);
        setCondition(o, u"ContainersReady"_s, false, u"PodCompleted"_s);
    });
    vmevents::containersStopping(m_store, r.object);
    const QString uid = uidOf(*pod), key = ns + u'/' + name;
    if (!m_removing.contains(key)) {
        m_removing.insert(key);
        QTimer::singleShot(scaled(qMin(grace, 5) * 1000), this, [this, ns, name, uid, key] {
            m_removing.remove(key);
            const auto cur = m_store->get(PODS, ns, name);
            if (cur && uidOf(*cur) == uid)
                (void)m_store->remove(PODS, ns, name);
        });
    }
    return r;
}

void SimPods::populate(const Scenario &s)
{
    for (const char *ns : {"kube-system", "drover-system"})
        if (!m_store->get(ApiResource::namespaces(), {}, QLatin1StringView(ns)))
            (void)m_store->create(ApiResource::namespaces(), {},
                                  QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(ns)}}},
                                              {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    addDaemonSet(u"kube-system"_s, u"kube-proxy"_s, u"registry.k8s.io/kube-proxy:v1.30.5"_s);
    addDaemonSet(u"drover-system"_s, u"drover-agent"_s, u"ghcr.io/drover/drover-agent:0.1.0"_s);
    for (const DeploymentSpec &d : s.deployments)
        addDeployment(d.ns, d.name, d.replicas, u"docker.io/library/nginx:1.27"_s);
    // Pods kept from before a restart (drover-sim --state-file) are known, not made again.
    for (const QJsonObject &pod : m_store->list(PODS)) {
        onChanged(PODS, u"ADDED"_s, pod);
        if (const QString vmiUid = labelOf(pod, u"kubevirt.io/created-by"_s); !vmiUid.isEmpty()) {
            const QString migration = labelOf(pod, u"kubevirt.io/migrationJobUID"_s);
            m_launched[vmiUid].insert(migration.isEmpty() ? u"initial"_s : migration);
        }
    }
    for (const QJsonObject &vmi : m_store->list(ApiResource::virtualMachineInstances()))
        m_dirtyVmis.insert(keyOf(vmi));
    // Made now, with the rest of the cluster that was up before the simulator started: made on
    // the first turn after "ready", 100,000 launcher pods held the API server's thread for two
    // minutes, and a console's first list waited behind them.
    work();
}

void SimPods::addDaemonSet(const QString &ns, const QString &name, const QString &image)
{
    const QJsonObject selector{{u"matchLabels"_s, QJsonObject{{u"app"_s, name}}}};
    const QJsonObject tmpl{{u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, name}}}}},
                           {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, name}, {u"image"_s, image}}}}}}};
    (void)m_store->create(daemonSets(), ns,
                          QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"labels"_s, QJsonObject{{u"app"_s, name}}}}},
                                      {u"spec"_s, QJsonObject{{u"selector"_s, selector}, {u"template"_s, tmpl}}}});
    m_daemonSets.append(ns + u'/' + name);
    for (const QJsonObject &node : m_store->list(ApiResource::nodes()))
        m_dirtyNodes.insert(nameOf(node));
    kick();
}

void SimPods::addDeployment(const QString &ns, const QString &name, int replicas, const QString &image)
{
    if (!m_store->get(ApiResource::namespaces(), {}, ns))
        (void)m_store->create(ApiResource::namespaces(), {},
                              QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, ns}}}, {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    // pod-template-hash: ten characters of the same alphabet (pkg/controller/controller_utils.go).
    const QString hash = randomSuffix() + randomSuffix();
    const QJsonObject labels{{u"app"_s, name}};
    const QJsonObject tmpl{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
                           {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, name}, {u"image"_s, image}}}}}}};
    const StoreResult dep = m_store->create(
        deployments(), ns,
        QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"labels"_s, labels}}},
                    {u"spec"_s, QJsonObject{{u"replicas"_s, replicas}, {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}}, {u"template"_s, tmpl}}}});
    if (!dep.ok())
        return;
    QJsonObject rsLabels = labels;
    rsLabels.insert("pod-template-hash"_L1, hash);
    const Owner owner{u"apps/v1"_s, u"Deployment"_s, name, uidOf(dep.object)};
    (void)m_store->create(replicaSets(), ns,
                          QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name + u'-' + hash}, {u"labels"_s, rsLabels},
                                                                  {u"ownerReferences"_s, QJsonArray{ownerRef(owner)}}}},
                                      {u"spec"_s, QJsonObject{{u"replicas"_s, replicas}, {u"selector"_s, QJsonObject{{u"matchLabels"_s, rsLabels}}}}}});
    m_dirtyReplicaSets.insert(ns + u'/' + name + u'-' + hash);
    kick();
}

void SimPods::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    // Bookkeeping only: the store is in the middle of a commit.
    if (r == PODS) {
        const QJsonObject meta = objectAt(obj, "metadata"_L1);
        const QString createdBy = objectAt(meta, "labels"_L1).value("kubevirt.io/created-by"_L1).toString();
        const bool launcher = labelOf(obj, u"kubevirt.io"_s) == "virt-launcher"_L1 && !createdBy.isEmpty();
        if (launcher && type == "ADDED"_L1)
            m_launchers[createdBy].insert(keyOf(obj));
        if (launcher && type == "DELETED"_L1) {
            m_launchers[createdBy].remove(keyOf(obj));
            m_goneLaunchers.append(obj);
        }
        if (launcher && type != "MODIFIED"_L1) // the VMI's status.activePods follows its pods
            m_dirtyVmis.insert(namespaceOf(obj) + u'/' + objectAt(meta, "annotations"_L1).value("kubevirt.io/domain"_L1).toString());
        const QJsonObject owner = meta.value("ownerReferences"_L1).toArray().first().toObject();
        const QString kind = stringAt(owner, "kind"_L1);
        if (kind == "ReplicaSet"_L1 && (type == "DELETED"_L1 || markedForDeletion(obj)))
            m_dirtyReplicaSets.insert(namespaceOf(obj) + u'/' + stringAt(owner, "name"_L1));
        else if (kind == "DaemonSet"_L1 && type == "DELETED"_L1)
            m_dirtyNodes.insert(stringAt(objectAt(obj, "spec"_L1), "nodeName"_L1));
        else if (!launcher)
            return;
    } else if (r == ApiResource::virtualMachineInstances()) {
        m_dirtyVmis.insert(keyOf(obj));
    } else if (r == ApiResource::nodes()) {
        if (type == "ADDED"_L1)
            m_dirtyNodes.insert(nameOf(obj));
        m_bindPending = m_bindPending || type != "DELETED"_L1;
    } else {
        return;
    }
    kick();
}

void SimPods::kick()
{
    if (m_workQueued)
        return;
    m_workQueued = true;
    QTimer::singleShot(0, this, &SimPods::work);
}

void SimPods::work()
{
    m_workQueued = false;
    for (const QJsonObject &pod : std::exchange(m_goneLaunchers, {}))
        launcherGone(pod);
    for (const QString &key : std::exchange(m_dirtyVmis, {}))
        syncLauncher(key);
    for (const QString &node : std::exchange(m_dirtyNodes, {}))
        syncDaemonSets(node);
    for (const QString &rs : std::exchange(m_dirtyReplicaSets, {}))
        syncReplicaSet(rs);
    if (std::exchange(m_bindPending, false))
        bindPending();
}

// The DaemonSet controller: one pod per node, cordoned or not (DaemonSet pods tolerate
// node.kubernetes.io/unschedulable, pkg/controller/daemon/util/daemonset_util.go).
void SimPods::syncDaemonSets(const QString &node)
{
    if (node.isEmpty() || !m_store->get(ApiResource::nodes(), {}, node))
        return;
    for (const QString &key : std::as_const(m_daemonSets)) {
        const QString ns = key.section(u'/', 0, 0), name = key.section(u'/', 1);
        const auto ds = m_store->get(daemonSets(), ns, name);
        if (!ds)
            continue;
        WatchFilter f;
        f.ns = ns;
        f.labels.insert(u"app"_s, name);
        f.fields.append({u"spec.nodeName"_s, node, false});
        if (!m_store->list(PODS, f).isEmpty())
            continue;
        PodSpec p;
        p.ns = ns;
        p.generateName = name + u'-';
        p.node = node;
        p.labels = {{u"app"_s, name}, {u"controller-revision-hash"_s, u"6f8c7b9d5"_s}, {u"pod-template-generation"_s, u"1"_s}};
        p.owner = {u"apps/v1"_s, u"DaemonSet"_s, name, uidOf(*ds)};
        p.container = name;
        p.image = objectAt(objectAt(objectAt(*ds, "spec"_L1), "template"_L1), "spec"_L1)
                      .value("containers"_L1).toArray().first().toObject().value("image"_L1).toString();
        (void)createPod(p);
    }
}

// Where a ReplicaSet's new pod goes: a schedulable node with the fewest of its pods.
QString SimPods::pickNode(const QString &ns, const QString &rsName) const
{
    QHash<QString, int> load;
    WatchFilter f;
    f.ns = ns;
    for (const QJsonObject &pod : m_store->list(PODS, f))
        if (stringAt(objectAt(pod, "metadata"_L1).value("ownerReferences"_L1).toArray().first().toObject(), "name"_L1) == rsName)
            ++load[stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1)];
    QString best;
    for (const QJsonObject &node : m_store->list(ApiResource::nodes()))
        if (schedulable(node) && (best.isEmpty() || load.value(nameOf(node)) < load.value(best)))
            best = nameOf(node);
    return best;
}

// The ReplicaSet controller: spec.replicas pods that are not terminating.
void SimPods::syncReplicaSet(const QString &rsKey)
{
    const QString ns = rsKey.section(u'/', 0, 0), name = rsKey.section(u'/', 1);
    const auto rs = m_store->get(replicaSets(), ns, name);
    if (!rs)
        return;
    const QJsonObject rsLabels = objectAt(objectAt(*rs, "metadata"_L1), "labels"_L1);
    WatchFilter f;
    f.ns = ns;
    for (auto it = rsLabels.begin(); it != rsLabels.end(); ++it)
        f.labels.insert(it.key(), it.value().toString());
    int active = 0;
    for (const QJsonObject &pod : m_store->list(PODS, f))
        active += markedForDeletion(pod) ? 0 : 1;
    const int want = objectAt(*rs, "spec"_L1).value("replicas"_L1).toInt();
    for (; active < want; ++active) {
        PodSpec p;
        p.ns = ns;
        p.generateName = name + u'-';
        p.node = pickNode(ns, name);
        p.phase = p.node.isEmpty() ? core::PodPhase::Pending : core::PodPhase::Running;
        for (auto it = rsLabels.begin(); it != rsLabels.end(); ++it)
            p.labels.insert(it.key(), it.value().toString());
        p.owner = {u"apps/v1"_s, u"ReplicaSet"_s, name, uidOf(*rs)};
        p.image = u"docker.io/library/nginx:1.27"_s;
        p.emptyDirs = {u"cache"_s};
        (void)createPod(p);
    }
}

// kube-scheduler: Pending ReplicaSet pods get a node once one can take them.
void SimPods::bindPending()
{
    WatchFilter f;
    f.fields.append({u"spec.nodeName"_s, QString(), false});
    for (const QJsonObject &pod : m_store->list(PODS, f)) {
        const QJsonObject owner = objectAt(pod, "metadata"_L1).value("ownerReferences"_L1).toArray().first().toObject();
        if (stringAt(owner, "kind"_L1) != "ReplicaSet"_L1 || markedForDeletion(pod) || !m_store->get(replicaSets(), namespaceOf(pod), stringAt(owner, "name"_L1)))
            continue;
        const QString node = pickNode(namespaceOf(pod), stringAt(owner, "name"_L1));
        if (node.isEmpty())
            return;
        (void)m_store->mutate(PODS, namespaceOf(pod), nameOf(pod), [&](QJsonObject &o) {
            QJsonObject spec = objectAt(o, "spec"_L1);
            spec.insert("nodeName"_L1, node);
            o.insert("spec"_L1, spec);
            QJsonObject status = objectAt(o, "status"_L1);
            status.insert("phase"_L1, u"Running"_s);
            status.insert("startTime"_L1, rfc3339(QDateTime::currentDateTimeUtc()));
            o.insert("status"_L1, status);
            for (const char *c : {"PodScheduled", "Initialized", "ContainersReady", "Ready"})
                setCondition(o, QLatin1StringView(c), true);
        });
    }
}

} // namespace drover::sim
