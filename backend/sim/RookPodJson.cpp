// Rook's daemon pods as JSON (RookPodJson.h).
#include "RookPodJson.h"

#include "VmiJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace drover::sim::rookpod {

using namespace Qt::StringLiterals;

namespace {

// k8s.io/apimachinery/pkg/util/rand SafeEncodeString's alphabet: no vowels, no look-alikes.
constexpr char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";

QString now()
{
    return rfc3339(QDateTime::currentDateTimeUtc());
}

QJsonObject labelsFor(const RookPods::Daemon &d)
{
    QJsonObject l{{u"app"_s, u"rook-ceph-"_s + d.kind},
                  {u"app.kubernetes.io/name"_s, u"ceph-"_s + d.kind},
                  {u"app.kubernetes.io/instance"_s, d.id},
                  {u"app.kubernetes.io/component"_s, u"cephclusters.ceph.rook.io"_s},
                  {u"app.kubernetes.io/part-of"_s, u"rook-ceph"_s},
                  {u"app.kubernetes.io/managed-by"_s, u"rook-ceph-operator"_s},
                  {u"app.kubernetes.io/created-by"_s, u"rook-ceph-operator"_s},
                  {u"rook_cluster"_s, u"rook-ceph"_s},
                  {u"ceph_daemon_type"_s, d.kind},
                  {u"ceph_daemon_id"_s, d.id},
                  {u"pod-template-hash"_s, d.rsName.section(u'-', -1)}};
    if (d.kind == "osd"_L1) {
        // pkg/operator/ceph/cluster/osd/labels.go: the CRUSH location as topology-location-*
        // labels; Rook's PDBs select on topology-location-<failure domain type>.
        l.insert(u"ceph-osd-id"_s, d.id);
        l.insert(u"osd"_s, d.id);
        l.insert(u"failure-domain"_s, d.host);
        l.insert(u"portable"_s, u"false"_s);
        l.insert(u"device-class"_s, u"nvme"_s);
        l.insert(u"topology-location-host"_s, d.host);
        l.insert(u"topology-location-root"_s, u"default"_s);
    } else if (d.kind == "mon"_L1) {
        l.insert(u"mon"_s, d.id);
        l.insert(u"mon_cluster"_s, u"rook-ceph"_s);
    } else {
        l.insert(u"mgr"_s, d.id);
        l.insert(u"instance"_s, d.id);
        l.insert(u"mgr_role"_s, d.id == "a"_L1 ? u"active"_s : u"standby"_s);
    }
    return l;
}

QJsonObject condition(const QString &type, bool status, const QString &reason = {},
                      const QString &message = {})
{
    QJsonObject c{{u"type"_s, type},
                  {u"status"_s, status ? u"True"_s : u"False"_s},
                  {u"lastProbeTime"_s, QJsonValue::Null},
                  {u"lastTransitionTime"_s, now()}};
    if (!reason.isEmpty())
        c.insert(u"reason"_s, reason);
    if (!message.isEmpty())
        c.insert(u"message"_s, message);
    return c;
}

QJsonObject containerStatus(const QJsonObject &pod, bool ready, const QJsonObject &state, int restarts)
{
    const QJsonObject c = objectAt(pod, "spec"_L1).value("containers"_L1).toArray().first().toObject();
    return {{u"name"_s, c.value("name"_L1)},
            {u"image"_s, c.value("image"_L1)},
            {u"imageID"_s, u"quay.io/ceph/ceph@sha256:7f4e7a4b5ed1a3e3b6e0c5a0c1d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3"_s},
            {u"ready"_s, ready},
            {u"started"_s, state.contains("running"_L1)},
            {u"restartCount"_s, restarts},
            {u"state"_s, state}};
}

int restartsOf(const QJsonObject &pod)
{
    return objectAt(pod, "status"_L1).value("containerStatuses"_L1).toArray().first().toObject()
        .value("restartCount"_L1).toInt();
}

} // namespace

QString templateHash(const QString &seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    QString out;
    for (int i = 0; i < 10; ++i)
        out.append(QLatin1Char(kAlphabet[quint8(h[i]) % (sizeof kAlphabet - 1)]));
    return out;
}

QString podSuffix()
{
    QString out;
    for (int i = 0; i < 5; ++i)
        out.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(int(sizeof kAlphabet - 1))]));
    return out;
}

QJsonObject newPod(const RookPods::Daemon &d, const QString &name)
{
    const QJsonObject owner{{u"apiVersion"_s, u"apps/v1"_s}, {u"kind"_s, u"ReplicaSet"_s},
                            {u"name"_s, d.rsName}, {u"uid"_s, d.rsUid},
                            {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
    const QJsonObject meta{{u"name"_s, name}, {u"namespace"_s, QString(RookPods::kNamespace)},
                           {u"labels"_s, labelsFor(d)}, {u"ownerReferences"_s, QJsonArray{owner}}};
    const QJsonObject resources{
        {u"requests"_s, QJsonObject{{u"cpu"_s, d.kind == "osd"_L1 ? u"1"_s : u"500m"_s},
                                    {u"memory"_s, d.kind == "osd"_L1 ? u"4Gi"_s : u"1Gi"_s}}}};
    QJsonArray volumes{
        QJsonObject{{u"name"_s, u"rook-data"_s}, {u"hostPath"_s, QJsonObject{{u"path"_s, u"/var/lib/rook"_s}}}},
        QJsonObject{{u"name"_s, u"rook-ceph-log"_s},
                    {u"hostPath"_s, QJsonObject{{u"path"_s, u"/var/lib/rook/rook-ceph/log"_s}}}}};
    if (d.kind == "osd"_L1)
        volumes.append(QJsonObject{{u"name"_s, u"devices"_s}, {u"hostPath"_s, QJsonObject{{u"path"_s, u"/dev"_s}}}});
    QJsonObject spec{
        {u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, d.kind},
                                                 {u"image"_s, u"quay.io/ceph/ceph:v18.2.4"_s},
                                                 {u"resources"_s, resources}}}},
        {u"volumes"_s, volumes},
        {u"restartPolicy"_s, u"Always"_s},
        {u"terminationGracePeriodSeconds"_s, 30},
        {u"schedulerName"_s, u"default-scheduler"_s},
        {u"serviceAccountName"_s, d.kind == "osd"_L1 ? u"rook-ceph-osd"_s
                                  : d.kind == "mgr"_L1 ? u"rook-ceph-mgr"_s
                                                       : u"rook-ceph-default"_s},
        // Rook's example cluster.yaml priorityClassNames.
        {u"priorityClassName"_s, d.kind == "mgr"_L1 ? u"system-cluster-critical"_s : u"system-node-critical"_s}};
    if (!d.host.isEmpty())
        spec.insert(u"nodeSelector"_s, QJsonObject{{u"kubernetes.io/hostname"_s, d.host}});
    const QJsonObject status{{u"phase"_s, u"Pending"_s}, {u"qosClass"_s, u"Burstable"_s}};
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s}, {u"metadata"_s, meta},
            {u"spec"_s, spec}, {u"status"_s, status}};
}

void markUnschedulable(QJsonObject &pod, const QString &message)
{
    QJsonObject st = objectAt(pod, "status"_L1);
    st.insert(u"phase"_s, u"Pending"_s);
    st.insert(u"conditions"_s, QJsonArray{condition(u"PodScheduled"_s, false, u"Unschedulable"_s, message)});
    pod.insert(u"status"_s, st);
}

void markBound(QJsonObject &pod, const QString &node, const QString &hostIp, const QString &podIp)
{
    QJsonObject spec = objectAt(pod, "spec"_L1);
    spec.insert(u"nodeName"_s, node);
    pod.insert(u"spec"_s, spec);
    QJsonObject st = objectAt(pod, "status"_L1);
    st.insert(u"phase"_s, u"Pending"_s);
    st.insert(u"hostIP"_s, hostIp);
    st.insert(u"podIP"_s, podIp);
    st.insert(u"podIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, podIp}}});
    st.insert(u"startTime"_s, now());
    st.insert(u"conditions"_s, QJsonArray{condition(u"Initialized"_s, true),
                                          condition(u"Ready"_s, false, u"ContainersNotReady"_s),
                                          condition(u"ContainersReady"_s, false, u"ContainersNotReady"_s),
                                          condition(u"PodScheduled"_s, true)});
    st.insert(u"containerStatuses"_s,
              QJsonArray{containerStatus(pod, false, QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"ContainerCreating"_s}}}}, 0)});
    pod.insert(u"status"_s, st);
}

void markRunning(QJsonObject &pod, bool ready)
{
    QJsonObject st = objectAt(pod, "status"_L1);
    st.insert(u"phase"_s, u"Running"_s);
    pod.insert(u"status"_s, st);
    setReady(pod, ready);
}

void setReady(QJsonObject &pod, bool ready)
{
    const int restarts = restartsOf(pod) + (ready ? 0 : 1);
    const QJsonObject state =
        ready ? QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, now()}}}}
              : QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"CrashLoopBackOff"_s},
                                                       {u"message"_s, u"back-off 10s restarting failed container"_s}}}};
    QJsonObject st = objectAt(pod, "status"_L1);
    st.insert(u"containerStatuses"_s, QJsonArray{containerStatus(pod, ready, state, restarts)});
    pod.insert(u"status"_s, st);
    const QString reason = ready ? QString() : u"ContainersNotReady"_s;
    setCondition(pod, u"Ready"_s, ready, reason);
    setCondition(pod, u"ContainersReady"_s, ready, reason);
}

bool isRunning(const QJsonObject &pod)
{
    return core::podPhaseOf(pod) == core::PodPhase::Running && !markedForDeletion(pod);
}

bool isReady(const QJsonObject &pod)
{
    return isRunning(pod) && conditionTrue(pod, u"Ready"_s);
}

} // namespace drover::sim::rookpod
