#include "VmDisks.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace drover::core {

using namespace Qt::StringLiterals;

namespace {

VmDisk::Kind kindOf(const QJsonObject &volume, QString *claim)
{
    if (volume.contains("dataVolume"_L1)) {
        *claim = objectAt(volume, "dataVolume"_L1).value("name"_L1).toString();
        return VmDisk::Kind::DataVolume;
    }
    if (volume.contains("persistentVolumeClaim"_L1)) {
        *claim = objectAt(volume, "persistentVolumeClaim"_L1).value("claimName"_L1).toString();
        return VmDisk::Kind::Claim;
    }
    if (volume.contains("containerDisk"_L1))
        return VmDisk::Kind::ContainerDisk;
    if (volume.contains("cloudInitNoCloud"_L1) || volume.contains("cloudInitConfigDrive"_L1))
        return VmDisk::Kind::CloudInit;
    return VmDisk::Kind::Other;
}

void fillSource(VmDisk &disk, const QJsonObject &dvSpec);

void fillFromTemplate(VmDisk &disk, const QJsonArray &templates)
{
    for (int i = 0; i < templates.size(); ++i) {
        const QJsonObject t = templates[i].toObject();
        if (objectAt(t, "metadata"_L1).value("name"_L1).toString() != disk.claim)
            continue;
        disk.templateIndex = i;
        const QJsonObject spec = objectAt(t, "spec"_L1);
        const QJsonObject storage = spec.contains("storage"_L1) ? objectAt(spec, "storage"_L1) : objectAt(spec, "pvc"_L1);
        disk.size = objectAt(objectAt(storage, "resources"_L1), "requests"_L1).value("storage"_L1).toString();
        disk.storageClass = storage.value("storageClassName"_L1).toString();
        for (const QJsonValue &m : storage.value("accessModes"_L1).toArray())
            disk.accessModes << m.toString();
        fillSource(disk, spec);
        return;
    }
}

void fillSource(VmDisk &disk, const QJsonObject &dvSpec)
{
    if (dvSpec.contains("sourceRef"_L1)) {
        const QJsonObject ref = objectAt(dvSpec, "sourceRef"_L1);
        disk.sourceKind = ref.value("kind"_L1).toString(u"DataSource"_s);
        const QString ns = ref.value("namespace"_L1).toString();
        disk.sourceRef = (ns.isEmpty() ? QString() : ns + u'/') + ref.value("name"_L1).toString();
        return;
    }
    const QJsonObject source = objectAt(dvSpec, "source"_L1);
    if (source.isEmpty())
        return;
    disk.sourceKind = source.begin().key();
    const QJsonObject s = source.begin().value().toObject();
    if (s.contains("url"_L1))
        disk.sourceRef = s.value("url"_L1).toString();
    else if (s.contains("name"_L1))
        disk.sourceRef = (s.value("namespace"_L1).toString().isEmpty() ? QString() : s.value("namespace"_L1).toString() + u'/') +
                         s.value("name"_L1).toString();
}

// spec.domain.devices.disks[] of that name: its device kind and bus.
void fillDevice(VmDisk &disk, const QJsonArray &devices)
{
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        if (d.value("name"_L1).toString() != disk.volume)
            continue;
        for (const char *kind : {"disk", "cdrom", "lun"})
            if (d.contains(QLatin1String(kind))) {
                disk.device = QLatin1String(kind);
                disk.bus = objectAt(d, QLatin1String(kind)).value("bus"_L1).toString();
            }
        return;
    }
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject o{{u"op"_s, name}, {u"path"_s, path}};
    if (!value.isUndefined())
        o.insert("value"_L1, value);
    return o;
}

} // namespace

QList<VmDisk> vmDisksFromJson(const QJsonObject &vm)
{
    const QJsonObject spec = objectAt(vm, "spec"_L1);
    const QJsonArray templates = spec.value("dataVolumeTemplates"_L1).toArray();
    const QJsonObject podSpec = objectAt(objectAt(spec, "template"_L1), "spec"_L1);
    const QJsonArray devices = objectAt(objectAt(podSpec, "domain"_L1), "devices"_L1).value("disks"_L1).toArray();
    QList<VmDisk> disks;
    for (const QJsonValue &v : podSpec.value("volumes"_L1).toArray()) {
        const QJsonObject volume = v.toObject();
        VmDisk disk;
        disk.volume = volume.value("name"_L1).toString();
        disk.kind = kindOf(volume, &disk.claim);
        if (disk.kind == VmDisk::Kind::DataVolume)
            fillFromTemplate(disk, templates);
        disk.image = objectAt(volume, "containerDisk"_L1).value("image"_L1).toString();
        disk.hotpluggable = objectAt(volume, "dataVolume"_L1).value("hotpluggable"_L1).toBool() ||
                            objectAt(volume, "persistentVolumeClaim"_L1).value("hotpluggable"_L1).toBool();
        fillDevice(disk, devices);
        disks << disk;
    }
    return disks;
}

DiskState diskStateFromJson(const QJsonObject &pvc, const QJsonObject &dv)
{
    DiskState d;
    const QJsonObject spec = objectAt(pvc, "spec"_L1);
    const QJsonObject status = objectAt(pvc, "status"_L1);
    d.claimPhase = stringAt(status, "phase"_L1);
    d.capacity = stringAt(objectAt(status, "capacity"_L1), "storage"_L1);
    d.storageClass = stringAt(spec, "storageClassName"_L1);
    const QJsonArray modes = (status.contains("accessModes"_L1) ? status : spec).value("accessModes"_L1).toArray();
    for (const QJsonValue &m : modes)
        d.accessModes << m.toString();
    d.volumeMode = stringAt(spec, "volumeMode"_L1);
    const QJsonObject dvStatus = objectAt(dv, "status"_L1);
    d.dvPhase = stringAt(dvStatus, "phase"_L1);
    d.progress = stringAt(dvStatus, "progress"_L1);
    for (const QJsonValue &c : dvStatus.value("conditions"_L1).toArray())
        if (stringAt(c.toObject(), "type"_L1) == "Running"_L1 && stringAt(c.toObject(), "status"_L1) == "False"_L1)
            d.message = stringAt(c.toObject(), "message"_L1);
    return d;
}

bool isOwnedBy(const QJsonObject &obj, const QString &uid)
{
    const QJsonArray refs = objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray();
    return !uid.isEmpty() && std::any_of(refs.begin(), refs.end(), [&uid](const QJsonValue &r) {
        return r.toObject().value("uid"_L1).toString() == uid;
    });
}

QByteArray removeTemplatesPatch(QList<std::pair<int, QString>> templates)
{
    std::sort(templates.begin(), templates.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray ops;
    for (const auto &[index, name] : std::as_const(templates)) {
        const QString path = u"/spec/dataVolumeTemplates/%1"_s.arg(index);
        ops << op(u"test"_s, path + u"/metadata/name"_s, name) << op(u"remove"_s, path);
    }
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

QByteArray stripOwnerPatch(const QJsonObject &obj, const QString &ownerUid)
{
    const QJsonArray refs = objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray();
    QJsonArray ops;
    for (int i = int(refs.size()) - 1; i >= 0; --i) {
        if (refs[i].toObject().value("uid"_L1).toString() != ownerUid)
            continue;
        const QString path = u"/metadata/ownerReferences/%1"_s.arg(i);
        ops << op(u"test"_s, path + u"/uid"_s, ownerUid) << op(u"remove"_s, path);
    }
    return ops.isEmpty() ? QByteArray() : QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

QJsonObject deleteOptionsFor(std::optional<int> gracePeriodSeconds, const QString &propagationPolicy)
{
    if (!gracePeriodSeconds && propagationPolicy.isEmpty())
        return {};
    QJsonObject o{{u"kind"_s, u"DeleteOptions"_s}, {u"apiVersion"_s, u"v1"_s}};
    if (gracePeriodSeconds)
        o.insert("gracePeriodSeconds"_L1, *gracePeriodSeconds);
    if (!propagationPolicy.isEmpty())
        o.insert("propagationPolicy"_L1, propagationPolicy);
    return o;
}

} // namespace drover::core
