#pragma once
// core/v1 Pod and policy/v1 PodDisruptionBudget: what a host drain needs to know about the pods
// on a node (who controls them, what storage they use) and the budgets that guard them.
// Field names follow k8s.io/api/core/v1/types.go and k8s.io/api/policy/v1/types.go.
#include "Lifecycle.h"
#include "ObjectMeta.h"
#include "Result.h"

namespace drover::core {

struct OwnerReference
{
    QString apiVersion;
    QString kind; // DaemonSet, ReplicaSet, StatefulSet, Job, VirtualMachineInstance, Deployment, ...
    QString name;
    QString uid;
    bool controller = false;
};

// metav1.LabelSelector: matchLabels ANDed with matchExpressions (In, NotIn, Exists, DoesNotExist).
struct LabelSelector
{
    QMap<QString, QString> matchLabels;
    struct Requirement
    {
        QString key, op;
        QStringList values;
    };
    QList<Requirement> matchExpressions;
    bool empty() const { return matchLabels.isEmpty() && matchExpressions.isEmpty(); }
    // An empty selector matches nothing here: the eviction API treats a PDB with an empty
    // selector as matching no pod (pkg/registry/core/pod/storage/eviction.go).
    bool matches(const QMap<QString, QString> &labels) const;
    static LabelSelector fromJson(const QJsonObject &selector);
};

struct Pod
{
    ObjectMeta meta;
    QString nodeName; // spec.nodeName
    PodPhase phase = PodPhase::Unset; // status.phase
    QList<OwnerReference> ownerReferences;
    QStringList emptyDirVolumes;   // spec.volumes[].emptyDir names
    QStringList claimNames;        // spec.volumes[].persistentVolumeClaim.claimName
    QStringList hostPathVolumes;   // spec.volumes[].hostPath names
    int terminationGracePeriodSeconds = 30;

    // The controller owner reference, or nullptr (a bare pod).
    const OwnerReference *controller() const;
    bool isDaemonSetPod() const;  // controlled by a DaemonSet
    bool isMirrorPod() const;     // annotation kubernetes.io/config.mirror
    bool isVirtLauncher() const;  // label kubevirt.io=virt-launcher
    // The VMI a virt-launcher pod runs: label kubevirt.io/created-by is its uid; the owner
    // reference (kind VirtualMachineInstance) gives its name. "ns/name", or empty.
    QString vmiKey() const;
    bool finished() const { return isFinal(phase); }
    static Result<Pod> fromJson(const QJsonObject &obj);
};

struct PodDisruptionBudget
{
    ObjectMeta meta;
    qint64 generation = 0;         // metadata.generation
    LabelSelector selector;        // spec.selector
    QString minAvailable;          // spec.minAvailable as written ("1", "50%"), empty when unset
    QString maxUnavailable;        // spec.maxUnavailable as written
    qint64 observedGeneration = 0; // status.observedGeneration
    int disruptionsAllowed = 0;    // status.disruptionsAllowed
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int expectedPods = 0;
    bool matches(const Pod &pod) const { return pod.meta.ns == meta.ns && selector.matches(pod.meta.labels); }
    static Result<PodDisruptionBudget> fromJson(const QJsonObject &obj);
};

// core/v1 PersistentVolumeClaim, for naming the volumes that keep a VM from live-migrating.
struct PersistentVolumeClaim
{
    ObjectMeta meta;
    QStringList accessModes; // spec.accessModes: ReadWriteOnce, ReadWriteMany, ReadOnlyMany, ReadWriteOncePod
    QString storageClassName;
    QString volumeMode;      // Filesystem | Block
    bool readWriteMany() const { return accessModes.contains(QLatin1String("ReadWriteMany")); }
    static Result<PersistentVolumeClaim> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
