#include "Pod.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace drover::core {

namespace {

QStringList stringsAt(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

// An IntOrString (PDB minAvailable/maxUnavailable) as written: 1 -> "1", "50%" -> "50%".
QString intOrString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

int intAt(const QJsonObject &o, const char *key, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? int(v.toInteger()) : fallback;
}

QList<OwnerReference> ownersFromJson(const QJsonValue &refs)
{
    QList<OwnerReference> out;
    for (const QJsonValue &v : refs.toArray()) {
        const QJsonObject r = v.toObject();
        out.append({stringAt(r, "apiVersion"), stringAt(r, "kind"), stringAt(r, "name"),
                    stringAt(r, "uid"), r.value(QLatin1String("controller")).toBool()});
    }
    return out;
}

} // namespace

bool LabelSelector::matches(const QMap<QString, QString> &labels) const
{
    if (empty())
        return false;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || *found != it.value())
            return false;
    }
    for (const Requirement &r : matchExpressions) {
        const auto found = labels.constFind(r.key);
        const bool has = found != labels.cend();
        bool ok = false;
        if (r.op == QLatin1String("In"))
            ok = has && r.values.contains(*found);
        else if (r.op == QLatin1String("NotIn"))
            ok = !has || !r.values.contains(*found);
        else if (r.op == QLatin1String("Exists"))
            ok = has;
        else if (r.op == QLatin1String("DoesNotExist"))
            ok = !has;
        // An unknown operator makes the selector invalid; the API server then skips the PDB
        // (LabelSelectorAsSelector fails), so it matches nothing here either.
        if (!ok)
            return false;
    }
    return true;
}

LabelSelector LabelSelector::fromJson(const QJsonObject &selector)
{
    LabelSelector s;
    s.matchLabels = stringMapFromJson(selector.value(QLatin1String("matchLabels")));
    for (const QJsonValue &v : selector.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject e = v.toObject();
        s.matchExpressions.append({stringAt(e, "key"), stringAt(e, "operator"), stringsAt(e, "values")});
    }
    return s;
}

const OwnerReference *Pod::controller() const
{
    for (const OwnerReference &r : ownerReferences)
        if (r.controller)
            return &r;
    return nullptr;
}

bool Pod::isDaemonSetPod() const
{
    const OwnerReference *c = controller();
    return c && c->kind == QLatin1String("DaemonSet");
}

bool Pod::isMirrorPod() const
{
    return meta.annotations.contains(QStringLiteral("kubernetes.io/config.mirror"));
}

bool Pod::isVirtLauncher() const
{
    return meta.labels.value(QStringLiteral("kubevirt.io")) == QLatin1String("virt-launcher");
}

QString Pod::vmiKey() const
{
    if (!isVirtLauncher())
        return {};
    for (const OwnerReference &r : ownerReferences)
        if (r.kind == QLatin1String("VirtualMachineInstance") && !r.name.isEmpty())
            return meta.ns + QLatin1Char('/') + r.name;
    // Without the owner reference, virt-controller's vm.kubevirt.io/name label still names it.
    const QString name = meta.labels.value(QStringLiteral("vm.kubevirt.io/name"));
    return name.isEmpty() ? QString() : meta.ns + QLatin1Char('/') + name;
}

Result<Pod> Pod::fromJson(const QJsonObject &obj)
{
    Pod p;
    const QJsonObject metadata = obj.value(QLatin1String("metadata")).toObject();
    p.meta = ObjectMeta::fromJson(metadata);
    if (p.meta.name.isEmpty())
        return Result<Pod>::failure(QStringLiteral("Pod without metadata.name"));
    p.ownerReferences = ownersFromJson(metadata.value(QLatin1String("ownerReferences")));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    p.nodeName = stringAt(spec, "nodeName");
    const QJsonValue grace = spec.value(QLatin1String("terminationGracePeriodSeconds"));
    if (grace.isDouble())
        p.terminationGracePeriodSeconds = int(grace.toInteger());
    for (const QJsonValue &v : spec.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject vol = v.toObject();
        const QString name = stringAt(vol, "name");
        if (vol.contains(QLatin1String("emptyDir")))
            p.emptyDirVolumes << name;
        if (vol.contains(QLatin1String("hostPath")))
            p.hostPathVolumes << name;
        const QString claim =
            stringAt(vol.value(QLatin1String("persistentVolumeClaim")).toObject(), "claimName");
        if (!claim.isEmpty())
            p.claimNames << claim;
    }
    p.phase = podPhaseFromName(stringAt(obj.value(QLatin1String("status")).toObject(), "phase"));
    return p;
}

Result<PodDisruptionBudget> PodDisruptionBudget::fromJson(const QJsonObject &obj)
{
    PodDisruptionBudget b;
    const QJsonObject metadata = obj.value(QLatin1String("metadata")).toObject();
    b.meta = ObjectMeta::fromJson(metadata);
    if (b.meta.name.isEmpty())
        return Result<PodDisruptionBudget>::failure(
            QStringLiteral("PodDisruptionBudget without metadata.name"));
    b.generation = metadata.value(QLatin1String("generation")).toInteger();
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    b.selector = LabelSelector::fromJson(spec.value(QLatin1String("selector")).toObject());
    b.minAvailable = intOrString(spec.value(QLatin1String("minAvailable")));
    b.maxUnavailable = intOrString(spec.value(QLatin1String("maxUnavailable")));
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    b.observedGeneration = status.value(QLatin1String("observedGeneration")).toInteger();
    b.disruptionsAllowed = intAt(status, "disruptionsAllowed");
    b.currentHealthy = intAt(status, "currentHealthy");
    b.desiredHealthy = intAt(status, "desiredHealthy");
    b.expectedPods = intAt(status, "expectedPods");
    return b;
}

Result<PersistentVolumeClaim> PersistentVolumeClaim::fromJson(const QJsonObject &obj)
{
    PersistentVolumeClaim c;
    c.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (c.meta.name.isEmpty())
        return Result<PersistentVolumeClaim>::failure(
            QStringLiteral("PersistentVolumeClaim without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    c.accessModes = stringsAt(spec, "accessModes");
    // A bound claim reports the volume's actual modes; the spec is what was asked for.
    if (c.accessModes.isEmpty())
        c.accessModes = stringsAt(obj.value(QLatin1String("status")).toObject(), "accessModes");
    c.storageClassName = stringAt(spec, "storageClassName");
    c.volumeMode = stringAt(spec, "volumeMode");
    return c;
}

} // namespace drover::core
