#include "Snapshot.h"

#include "Quantity.h"

#include <QJsonArray>

namespace drover::core {

Result<Snapshot> Snapshot::fromJson(const QJsonObject &obj)
{
    Snapshot s;
    s.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (s.meta.name.isEmpty())
        return Result<Snapshot>::failure(
            QStringLiteral("VirtualMachineSnapshot without metadata.name"));
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    const QJsonObject source = spec.value(QLatin1String("source")).toObject();
    s.sourceKind = source.value(QLatin1String("kind")).toString();
    s.sourceName = source.value(QLatin1String("name")).toString();
    s.deletionPolicy = spec.value(QLatin1String("deletionPolicy")).toString();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    s.phase = status.value(QLatin1String("phase")).toString();
    s.readyToUse = status.value(QLatin1String("readyToUse")).toBool();
    s.creationTime = timeFromJson(status.value(QLatin1String("creationTime")));
    s.contentName = status.value(QLatin1String("virtualMachineSnapshotContentName")).toString();
    const QJsonObject error = status.value(QLatin1String("error")).toObject();
    s.error = error.value(QLatin1String("message")).toString();
    s.errorTime = timeFromJson(error.value(QLatin1String("time")));
    for (const auto &v : status.value(QLatin1String("indications")).toArray())
        if (v.isString())
            s.indications << v.toString();
    // status.indications is deprecated in favour of sourceIndications [{indication, message}].
    if (s.indications.isEmpty()) {
        for (const auto &v : status.value(QLatin1String("sourceIndications")).toArray()) {
            const QString indication = v.toObject().value(QLatin1String("indication")).toString();
            if (!indication.isEmpty())
                s.indications << indication;
        }
    }
    s.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    return s;
}

std::optional<std::int64_t> snapshotContentBytes(const QJsonObject &content)
{
    const QJsonArray backups = content.value(QLatin1String("spec")).toObject().value(QLatin1String("volumeBackups")).toArray();
    if (backups.isEmpty())
        return std::nullopt;
    std::int64_t total = 0;
    for (const QJsonValue &b : backups) {
        const QJsonValue q = b.toObject().value(QLatin1String("persistentVolumeClaim")).toObject().value(QLatin1String("spec")).toObject()
                                 .value(QLatin1String("resources")).toObject().value(QLatin1String("requests")).toObject()
                                 .value(QLatin1String("storage"));
        const auto bytes = bytesFromJson(q);
        if (!bytes)
            return std::nullopt;
        total += *bytes;
    }
    return total;
}

namespace {

// Both objects name their VM the same way (a TypedLocalObjectReference).
QJsonObject vmReference(const QString &vm)
{
    return QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("kubevirt.io")},
                       {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
                       {QStringLiteral("name"), vm}};
}

// The version Drover's informers and the simulator speak (kube::ApiResource::snapshots());
// core cannot include kube, so it is spelled here once.
const QString &snapshotApiVersion()
{
    static const QString v = QStringLiteral("snapshot.kubevirt.io/v1beta1");
    return v;
}

} // namespace

QJsonObject snapshotFor(const QString &ns, const QString &vm, const QString &name, const QString &description)
{
    QJsonObject meta{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}};
    if (!description.isEmpty())
        meta.insert(QStringLiteral("annotations"),
                    QJsonObject{{QLatin1String(kSnapshotDescriptionAnnotation), description}});
    return QJsonObject{{QStringLiteral("apiVersion"), snapshotApiVersion()},
                       {QStringLiteral("kind"), QStringLiteral("VirtualMachineSnapshot")},
                       {QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("source"), vmReference(vm)}}}};
}

QJsonObject restoreFor(const QString &ns, const QString &vm, const QString &snapshot, const QString &name)
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), snapshotApiVersion()},
        {QStringLiteral("kind"), QStringLiteral("VirtualMachineRestore")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("target"), vmReference(vm)},
                                             {QStringLiteral("virtualMachineSnapshotName"), snapshot}}}};
}

RestoreState restoreStateFromJson(const QJsonObject &restore)
{
    RestoreState r;
    r.snapshot = restore.value(QLatin1String("spec")).toObject().value(QLatin1String("virtualMachineSnapshotName")).toString();
    const QJsonObject st = restore.value(QLatin1String("status")).toObject();
    r.complete = st.value(QLatin1String("complete")).toBool();
    const QList<Condition> conditions = conditionsFromJson(st.value(QLatin1String("conditions")));
    const Condition *failure = findCondition(conditions, QStringLiteral("Failure"));
    const Condition *ready = findCondition(conditions, QStringLiteral("Ready"));
    const Condition *progressing = findCondition(conditions, QStringLiteral("Progressing"));
    const auto words = [](const Condition *c) { return c->message.isEmpty() ? c->reason : c->message; };
    if (failure && failure->isTrue()) { // KubeVirt gave up (the target was not ready in time)
        r.failed = true;
        r.message = words(failure);
    } else if (ready && ready->reason == QLatin1String("Failed")) {
        r.failed = true;
        r.message = ready->message;
    } else if (!r.complete && ready && progressing && !ready->isTrue() && !progressing->isTrue() &&
               progressing->reason != QLatin1String("Waiting for target to be ready") &&
               progressing->reason != QLatin1String("VM restore is deleting")) {
        // KubeVirt's doUpdateError: both conditions False, the error itself as the reason. It
        // tries again, but what it says (a different VM already there, …) needs a person.
        r.failed = true;
        r.message = words(ready);
    }
    return r;
}

} // namespace drover::core
