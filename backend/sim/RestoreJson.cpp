#include "RestoreJson.h"

#include "VmiJson.h"

#include <QJsonDocument>

#include <algorithm>

namespace drover::sim::restore {

using namespace Qt::StringLiterals;

namespace {

const auto kLastRestore = "restore.kubevirt.io/lastRestoreUID"_L1;

// openshift/library-go pkg/build/naming: FNV-1a (32 bit) as eight hex digits.
QString fnvHash(const QString &s)
{
    quint32 h = 2166136261u;
    for (const char c : s.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return QStringLiteral("%1").arg(h, 8, 16, QLatin1Char('0'));
}

// naming.GetName: "<base>-<suffix>", shortened with a hash past maxLength.
QString getName(const QString &base, const QString &suffix, int maxLength)
{
    const QString name = base + u'-' + suffix;
    if (name.size() <= maxLength)
        return name;
    const int baseLength = maxLength - 10 - int(suffix.size());
    if (baseLength <= 0) {
        const QString shortName = base.left(qMax(0, maxLength - 9)) + u'-' + fnvHash(name);
        return shortName.left(maxLength);
    }
    return base.left(baseLength) + u'-' + fnvHash(base) + u'-' + suffix;
}

QJsonObject metaOf(const QJsonObject &o)
{
    return objectAt(o, "metadata"_L1);
}

bool isTemplate(const QJsonObject &snapshotVm, const QString &dvName)
{
    for (const QJsonValue &t : objectAt(snapshotVm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray())
        if (stringAt(metaOf(t.toObject()), "name"_L1) == dvName)
            return true;
    return false;
}

QJsonObject claimAnnotations(const QJsonObject &restore, const QJsonObject &source)
{
    // restoreAnnotationsToDelete, but cdi.kubevirt.io/storage.contentType.
    static const char *const dropped[] = {"pv.kubernetes.io", "volume.beta.kubernetes.io", "cdi.kubevirt.io",
                                          "volume.kubernetes.io", "k8s.io/CloneRequest", "k8s.io/CloneOf"};
    QJsonObject annotations;
    for (auto it = source.begin(); it != source.end(); ++it) {
        const bool drop = std::any_of(std::begin(dropped), std::end(dropped), [&](const char *p) {
            return it.key().startsWith(QLatin1String(p));
        });
        if (!drop || it.key() == "cdi.kubevirt.io/storage.contentType"_L1)
            annotations.insert(it.key(), it.value());
    }
    annotations.insert("restore.kubevirt.io/name"_L1, nameOf(restore));
    annotations.insert(kLastRestore, lastRestoreValue(restore));
    return annotations;
}

bool ownedBy(const QJsonObject &obj, const QJsonObject &vm)
{
    for (const QJsonValue &ref : metaOf(obj).value("ownerReferences"_L1).toArray())
        if (stringAt(ref.toObject(), "kind"_L1) == "VirtualMachine"_L1 && stringAt(ref.toObject(), "name"_L1) == nameOf(vm) &&
            stringAt(ref.toObject(), "uid"_L1) == uidOf(vm))
            return true;
    return false;
}

} // namespace

QString lastRestoreValue(const QJsonObject &restore)
{
    return nameOf(restore) + u'-' + uidOf(restore);
}

QString volumeName(const QJsonObject &restore, const QString &volume)
{
    const QJsonObject spec = objectAt(restore, "spec"_L1);
    if (stringAt(spec, "volumeRestorePolicy"_L1) == "PrefixTargetName"_L1)
        return getName(stringAt(objectAt(spec, "target"_L1), "name"_L1), volume, 63);
    return QStringLiteral("restore-%1-%2").arg(uidOf(restore), volume);
}

QJsonArray volumeRestores(const QJsonObject &restore, const QJsonObject &content)
{
    const QJsonObject contentSpec = objectAt(content, "spec"_L1);
    const QJsonObject vm = objectAt(objectAt(contentSpec, "source"_L1), "virtualMachine"_L1);
    QJsonArray restores;
    for (const QJsonValue &b : contentSpec.value("volumeBackups"_L1).toArray()) {
        const QString volume = stringAt(b.toObject(), "volumeName"_L1);
        const QString claim = volumeName(restore, volume);
        QJsonObject vr{{u"volumeName"_s, volume}, {u"persistentVolumeClaim"_s, claim},
                       {u"volumeSnapshotName"_s, stringAt(b.toObject(), "volumeSnapshotName"_L1)}};
        for (const QJsonValue &v : objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1).value("volumes"_L1).toArray())
            if (stringAt(v.toObject(), "name"_L1) == volume && v.toObject().contains("dataVolume"_L1) &&
                isTemplate(vm, stringAt(objectAt(v.toObject(), "dataVolume"_L1), "name"_L1)))
                vr.insert("dataVolumeName"_L1, claim); // restoreDVName: the same name
        restores.append(vr);
    }
    return restores;
}

QJsonObject claimFor(const QJsonObject &restore, const QJsonObject &backup, const QJsonObject &volumeRestore,
                     const QJsonObject &snapshotVm)
{
    const QJsonObject source = objectAt(backup, "persistentVolumeClaim"_L1);
    const QJsonObject sourceSpec = objectAt(source, "spec"_L1);
    QJsonObject labels = objectAt(metaOf(source), "labels"_L1);
    labels.remove("persistent-state-for"_L1); // getFilteredLabels: the backend-storage label
    labels.insert("restore.kubevirt.io/source-vm-name"_L1, nameOf(snapshotVm));
    labels.insert("restore.kubevirt.io/source-vm-namespace"_L1, namespaceOf(snapshotVm));
    QJsonObject annotations = claimAnnotations(restore, objectAt(metaOf(source), "annotations"_L1));
    const QString dv = stringAt(volumeRestore, "dataVolumeName"_L1);
    if (!dv.isEmpty())
        annotations.insert("cdi.kubevirt.io/storage.populatedFor"_L1, dv); // CDI then gives it to the DataVolume
    else if (ownedBy(source, snapshotVm))
        annotations.insert("restore.kubevirt.io/owned-by-vm"_L1, nameOf(restore));
    const QJsonObject snapshotRef{{u"apiGroup"_s, u"snapshot.storage.k8s.io"_s}, {u"kind"_s, u"VolumeSnapshot"_s},
                                  {u"name"_s, stringAt(backup, "volumeSnapshotName"_L1)}};
    QJsonObject spec{{u"dataSource"_s, snapshotRef}, {u"dataSourceRef"_s, snapshotRef}};
    for (const char *k : {"accessModes", "resources", "storageClassName", "volumeMode"})
        if (sourceSpec.contains(QLatin1String(k)))
            spec.insert(QLatin1String(k), sourceSpec.value(QLatin1String(k)));
    const QJsonObject requests = objectAt(objectAt(spec, "resources"_L1), "requests"_L1);
    const QJsonObject status{{u"phase"_s, u"Bound"_s},
                             {u"accessModes"_s, spec.value("accessModes"_L1)},
                             {u"capacity"_s, QJsonObject{{u"storage"_s, requests.value("storage"_L1)}}}};
    return {{u"metadata"_s, QJsonObject{{u"name"_s, stringAt(volumeRestore, "persistentVolumeClaim"_L1)},
                                       {u"namespace"_s, namespaceOf(restore)},
                                       {u"labels"_s, labels},
                                       {u"annotations"_s, annotations}}},
            {u"spec"_s, spec},
            {u"status"_s, status}};
}

namespace {

QJsonObject restoreOf(const QJsonArray &restores, const QString &volume)
{
    for (const QJsonValue &r : restores)
        if (stringAt(r.toObject(), "volumeName"_L1) == volume)
            return r.toObject();
    return {};
}

// generateRestoredVMSpec's volume loop: claim volumes and their templates renamed as restored.
void renameVolumes(QJsonObject &spec, const QJsonArray &restores)
{
    QJsonArray templates = spec.value("dataVolumeTemplates"_L1).toArray(), volumes;
    QJsonObject tmpl = objectAt(spec, "template"_L1), tmplSpec = objectAt(tmpl, "spec"_L1);
    for (const QJsonValue &v : tmplSpec.value("volumes"_L1).toArray()) {
        QJsonObject nv = v.toObject();
        const QJsonObject vr = restoreOf(restores, stringAt(nv, "name"_L1));
        const QString claim = stringAt(vr, "persistentVolumeClaim"_L1), dvName = stringAt(vr, "dataVolumeName"_L1);
        if (nv.contains("memoryDump"_L1))
            continue;
        if (vr.isEmpty()) {
            // not restored: kept as it is
        } else if (nv.contains("dataVolume"_L1) && !dvName.isEmpty()) {
            const QString oldName = stringAt(objectAt(nv, "dataVolume"_L1), "name"_L1);
            for (QJsonValueRef t : templates) {
                QJsonObject to = t.toObject(), meta = metaOf(to);
                if (stringAt(meta, "name"_L1) == oldName) {
                    meta.insert("name"_L1, dvName);
                    to.insert("metadata"_L1, meta);
                    t = to;
                }
            }
            QJsonObject dv = objectAt(nv, "dataVolume"_L1);
            dv.insert("name"_L1, dvName);
            nv.insert("dataVolume"_L1, dv);
        } else if (nv.contains("dataVolume"_L1)) { // a DataVolume not of a template: its claim
            nv = QJsonObject{{u"name"_s, stringAt(nv, "name"_L1)}, {u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, claim}}}};
        } else if (nv.contains("persistentVolumeClaim"_L1)) {
            QJsonObject pvc = objectAt(nv, "persistentVolumeClaim"_L1);
            pvc.insert("claimName"_L1, claim);
            nv.insert("persistentVolumeClaim"_L1, pvc);
        }
        volumes.append(nv);
    }
    tmplSpec.insert("volumes"_L1, volumes);
    tmpl.insert("spec"_L1, tmplSpec);
    spec.insert("template"_L1, tmpl);
    if (spec.contains("dataVolumeTemplates"_L1))
        spec.insert("dataVolumeTemplates"_L1, templates);
}

} // namespace

QJsonObject newVm(const QJsonObject &restore, const QJsonObject &snapshotVm)
{
    QJsonObject spec = objectAt(snapshotVm, "spec"_L1);
    renameVolumes(spec, objectAt(restore, "status"_L1).value("restores"_L1).toArray());
    if (spec.contains("running"_L1))
        spec.insert("running"_L1, false);
    else
        spec.insert("runStrategy"_L1, core::nameOf(core::RunStrategy::Halted));
    QJsonObject annotations = objectAt(metaOf(snapshotVm), "annotations"_L1);
    annotations.insert(kLastRestore, lastRestoreValue(restore));
    QJsonObject meta{{u"name"_s, stringAt(objectAt(objectAt(restore, "spec"_L1), "target"_L1), "name"_L1)},
                     {u"namespace"_s, namespaceOf(restore)},
                     {u"annotations"_s, annotations}};
    if (metaOf(snapshotVm).contains("labels"_L1))
        meta.insert("labels"_L1, metaOf(snapshotVm).value("labels"_L1));
    return {{u"metadata"_s, meta}, {u"spec"_s, spec}};
}

QJsonObject dataVolumeFor(const QJsonObject &restore, const QJsonObject &tmpl)
{
    QJsonObject meta = metaOf(tmpl);
    QJsonObject annotations = objectAt(meta, "annotations"_L1);
    annotations.insert("restore.kubevirt.io/name"_L1, nameOf(restore));
    annotations.insert("cdi.kubevirt.io/storage.prePopulated"_L1, u"true"_s);
    meta.insert("annotations"_L1, annotations);
    meta.insert("namespace"_L1, namespaceOf(restore));
    return {{u"metadata"_s, meta}, {u"spec"_s, objectAt(tmpl, "spec"_L1)}};
}

std::optional<QJsonArray> patches(const QJsonObject &restore)
{
    QJsonArray ops;
    for (const QJsonValue &p : objectAt(restore, "spec"_L1).value("patches"_L1).toArray()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(p.toString().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        ops.append(doc.object());
    }
    return ops;
}

} // namespace drover::sim::restore
