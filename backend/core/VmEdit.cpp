#include "VmEdit.h"

#include "JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace drover::core {

namespace {

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> m;
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

// A quantity as written: "2Gi", or a bare number as its text.
QString quantityText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

int countAt(const QJsonObject &cpu, QLatin1StringView key)
{
    return std::max(1, cpu.value(key).toInt(1));
}

QJsonObject templateSpec(const QJsonObject &vm)
{
    return objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
}

void readDisks(const QJsonObject &tspec, VmEditable *e)
{
    QHash<QString, QJsonObject> volumes;
    for (const QJsonValue &v : tspec.value("volumes"_L1).toArray())
        volumes.insert(stringAt(v.toObject(), "name"_L1), v.toObject());
    const QJsonObject devices = objectAt(objectAt(tspec, "domain"_L1), "devices"_L1);
    for (const QJsonValue &v : devices.value("disks"_L1).toArray()) {
        const QJsonObject d = v.toObject();
        VmEditDisk disk;
        disk.name = stringAt(d, "name"_L1);
        disk.bootOrder = d.value("bootOrder"_L1).toInt(0);
        for (const auto key : {"disk"_L1, "cdrom"_L1, "lun"_L1})
            if (d.contains(key)) {
                disk.device = QString(key);
                disk.bus = stringAt(objectAt(d, key), "bus"_L1);
            }
        const QJsonObject vol = volumes.value(disk.name);
        const QJsonObject dv = objectAt(vol, "dataVolume"_L1), pvc = objectAt(vol, "persistentVolumeClaim"_L1);
        disk.dataVolume = !dv.isEmpty();
        disk.claim = disk.dataVolume ? stringAt(dv, "name"_L1) : stringAt(pvc, "claimName"_L1);
        disk.hotpluggable = dv.value("hotpluggable"_L1).toBool() || pvc.value("hotpluggable"_L1).toBool();
        e->disks.append(disk);
    }
}

// No interfaces, no networks and autoattachPodInterface not false: KubeVirt gives the VMI a pod
// network named "default" (pkg/network/vmispec/defaults.go), bound as the KubeVirt CR says.
bool podAutoattached(const QJsonObject &tspec)
{
    const QJsonObject devices = objectAt(objectAt(tspec, "domain"_L1), "devices"_L1);
    return devices.value("autoattachPodInterface"_L1).toBool(true) && devices.value("interfaces"_L1).toArray().isEmpty()
        && tspec.value("networks"_L1).toArray().isEmpty();
}

void readNics(const QJsonObject &tspec, VmEditable *e)
{
    if (podAutoattached(tspec)) { // the binding is the cluster's: "" until VmLiveContext says
        e->nics.append({u"default"_s, {}, {}});
        return;
    }
    QHash<QString, QString> networks;
    for (const QJsonValue &v : tspec.value("networks"_L1).toArray()) {
        const QJsonObject n = v.toObject();
        networks.insert(stringAt(n, "name"_L1), stringAt(objectAt(n, "multus"_L1), "networkName"_L1));
    }
    const QJsonObject devices = objectAt(objectAt(tspec, "domain"_L1), "devices"_L1);
    for (const QJsonValue &v : devices.value("interfaces"_L1).toArray()) {
        const QJsonObject i = v.toObject();
        const QString name = stringAt(i, "name"_L1);
        e->nics.append({name, networks.value(name), interfaceBinding(i)});
    }
}

// root[path...] = value, making the objects on the way.
void setAt(QJsonObject &root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        root.insert(key, value);
        return;
    }
    QJsonObject child = root.value(key).toObject();
    setAt(child, path, value);
    root.insert(key, child);
}

// The merge patch of one string map: changed and new keys, removed ones as null.
QJsonObject mapPatch(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QJsonObject p;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            p.insert(it.key(), QJsonValue::Null);
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value() || !before.contains(it.key()))
            p.insert(it.key(), it.value());
    return p;
}

void patchMetadata(QJsonObject &patch, const VmEditable &b, const VmEditable &a)
{
    if (const QJsonObject l = mapPatch(b.labels, a.labels); !l.isEmpty())
        setAt(patch, {u"metadata"_s, u"labels"_s}, l);
    QJsonObject ann = mapPatch(b.annotations, a.annotations);
    if (a.description != b.description)
        ann.insert("description"_L1, a.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.description));
    if (!ann.isEmpty())
        setAt(patch, {u"metadata"_s, u"annotations"_s}, ann);
}

QJsonValue matcher(const QString &name, const QString &kind)
{
    if (name.isEmpty())
        return QJsonValue::Null;
    QJsonObject m{{u"name"_s, name}};
    if (!kind.isEmpty())
        m.insert("kind"_L1, kind);
    return m;
}

const QStringList kDomain{u"spec"_s, u"template"_s, u"spec"_s, u"domain"_s};

// A custom size given up for an instancetype: each template field the instancetype would conflict
// with is removed (K pkg/instancetype/apply cpu.go, memory.go: sockets, cores, threads, guest
// memory, CPU requests and limits, memory requests and limits); the rest of cpu and memory stays.
void dropSizeFields(QJsonObject &patch, const QJsonObject &vm)
{
    const QJsonObject domain = objectAt(templateSpec(vm), "domain"_L1);
    const QList<QStringList> owned{{u"cpu"_s, u"sockets"_s},
                                   {u"cpu"_s, u"cores"_s},
                                   {u"cpu"_s, u"threads"_s},
                                   {u"memory"_s, u"guest"_s},
                                   {u"resources"_s, u"requests"_s, u"cpu"_s},
                                   {u"resources"_s, u"requests"_s, u"memory"_s},
                                   {u"resources"_s, u"limits"_s, u"cpu"_s},
                                   {u"resources"_s, u"limits"_s, u"memory"_s}};
    for (const QStringList &path : owned) {
        QJsonObject o = domain;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            o = o.value(path[i]).toObject();
        if (o.contains(path.last()))
            setAt(patch, kDomain + path, QJsonValue::Null);
    }
}

void patchSize(QJsonObject &patch, const QJsonObject &vm, const VmEditable &b, const VmEditable &a)
{
    if (a.instancetype != b.instancetype || a.instancetypeKind != b.instancetypeKind)
        setAt(patch, {u"spec"_s, u"instancetype"_s}, matcher(a.instancetype, a.instancetypeKind));
    if (a.preference != b.preference || a.preferenceKind != b.preferenceKind)
        setAt(patch, {u"spec"_s, u"preference"_s}, matcher(a.preference, a.preferenceKind));
    if (!a.instancetype.isEmpty()) {
        // An instancetype owns CPU and memory: the template must not set them (K
        // pkg/instancetype/apply/cpu.go, memory.go conflicts).
        if (b.instancetype.isEmpty())
            dropSizeFields(patch, vm);
        return;
    }
    if (a.sockets != b.sockets || a.cores != b.cores || a.threads != b.threads || !b.instancetype.isEmpty())
        setAt(patch, kDomain + QStringList{u"cpu"_s},
              QJsonObject{{u"sockets"_s, a.sockets}, {u"cores"_s, a.cores}, {u"threads"_s, a.threads}});
    if (a.memory != b.memory || !b.instancetype.isEmpty()) {
        const QStringList at = a.memoryInGuest ? QStringList{u"memory"_s, u"guest"_s}
                                               : QStringList{u"resources"_s, u"requests"_s, u"memory"_s};
        setAt(patch, kDomain + at, a.memory);
    }
}

void patchDisks(QJsonObject &patch, const QJsonObject &vm, const VmEditable &a)
{
    QHash<QString, int> order;
    for (const VmEditDisk &d : a.disks)
        order.insert(d.name, d.bootOrder);
    const QJsonArray disks = objectAt(objectAt(templateSpec(vm), "domain"_L1), "devices"_L1).value("disks"_L1).toArray();
    QJsonArray out;
    bool changed = false;
    for (const QJsonValue &v : disks) {
        QJsonObject d = v.toObject();
        const auto it = order.constFind(stringAt(d, "name"_L1));
        if (it != order.cend() && d.value("bootOrder"_L1).toInt(0) != *it) {
            changed = true;
            if (*it > 0)
                d.insert("bootOrder"_L1, *it);
            else
                d.remove("bootOrder"_L1);
        }
        out.append(d);
    }
    if (changed)
        setAt(patch, kDomain + QStringList{u"devices"_s, u"disks"_s}, out);
}

// New NICs: a bridge interface on its Multus network (how KubeVirt hot-plugs a NIC: vm-lifecycle-facts §2).
// A VM whose pod NIC was auto-attached gets it written out before a new NIC, exactly as the VMI
// has it: without it the first NIC listed would replace the pod network, and an interface that
// differs from the VMI's would ask for a restart (pkg/network/vmliveupdate/restart.go).
void patchNics(QJsonObject &patch, const QJsonObject &vm, const VmEditable &b, const VmEditable &a, const QJsonObject &podInterface)
{
    QStringList have;
    for (const VmNic &n : b.nics)
        have << n.name;
    const QJsonObject tspec = templateSpec(vm);
    QJsonArray interfaces = objectAt(objectAt(tspec, "domain"_L1), "devices"_L1).value("interfaces"_L1).toArray();
    QJsonArray networks = tspec.value("networks"_L1).toArray();
    if (podAutoattached(tspec)) {
        interfaces.append(podInterface.isEmpty() ? QJsonObject{{u"name"_s, u"default"_s}, {u"bridge"_s, QJsonObject{}}} : podInterface);
        networks.append(QJsonObject{{u"name"_s, stringAt(interfaces.first().toObject(), "name"_L1)}, {u"pod"_s, QJsonObject{}}});
    }
    bool added = false;
    for (const VmNic &n : a.nics) {
        if (have.contains(n.name) || n.network.isEmpty())
            continue;
        added = true;
        interfaces.append(QJsonObject{{u"name"_s, n.name}, {u"bridge"_s, QJsonObject{}}, {u"model"_s, u"virtio"_s}});
        networks.append(QJsonObject{{u"name"_s, n.name}, {u"multus"_s, QJsonObject{{u"networkName"_s, n.network}}}});
    }
    if (!added)
        return;
    setAt(patch, kDomain + QStringList{u"devices"_s, u"interfaces"_s}, interfaces);
    setAt(patch, {u"spec"_s, u"template"_s, u"spec"_s, u"networks"_s}, networks);
}

} // namespace

QString interfaceBinding(const QJsonObject &iface)
{
    for (const auto key : {"masquerade"_L1, "bridge"_L1, "sriov"_L1, "passt"_L1, "slirp"_L1})
        if (iface.contains(key))
            return QString(key);
    return stringAt(objectAt(iface, "binding"_L1), "name"_L1);
}

VmEditable vmEditableFromJson(const QJsonObject &vm)
{
    VmEditable e;
    const QJsonObject meta = objectAt(vm, "metadata"_L1);
    e.labels = stringMap(objectAt(meta, "labels"_L1));
    e.annotations = stringMap(objectAt(meta, "annotations"_L1));
    e.description = e.annotations.take(u"description"_s);
    const QJsonObject spec = objectAt(vm, "spec"_L1);
    e.instancetype = stringAt(objectAt(spec, "instancetype"_L1), "name"_L1);
    e.instancetypeKind = stringAt(objectAt(spec, "instancetype"_L1), "kind"_L1);
    e.preference = stringAt(objectAt(spec, "preference"_L1), "name"_L1);
    e.preferenceKind = stringAt(objectAt(spec, "preference"_L1), "kind"_L1);
    const QJsonObject tspec = templateSpec(vm);
    const QJsonObject domain = objectAt(tspec, "domain"_L1);
    const QJsonObject cpu = objectAt(domain, "cpu"_L1);
    e.sockets = countAt(cpu, "sockets"_L1);
    e.cores = countAt(cpu, "cores"_L1);
    e.threads = countAt(cpu, "threads"_L1);
    const QJsonValue guest = objectAt(domain, "memory"_L1).value("guest"_L1);
    const QJsonValue requests = objectAt(objectAt(domain, "resources"_L1), "requests"_L1).value("memory"_L1);
    e.memoryInGuest = !guest.isUndefined() || requests.isUndefined();
    e.memory = quantityText(e.memoryInGuest ? guest : requests);
    readDisks(tspec, &e);
    readNics(tspec, &e);
    return e;
}

QJsonObject vmEditPatch(const QJsonObject &vm, const VmEditable &after, const QJsonObject &podInterface)
{
    const VmEditable before = vmEditableFromJson(vm);
    QJsonObject patch;
    patchMetadata(patch, before, after);
    patchSize(patch, vm, before, after);
    patchDisks(patch, vm, after);
    patchNics(patch, vm, before, after, podInterface);
    if (patch.isEmpty())
        return {};
    setAt(patch, {u"metadata"_s, u"resourceVersion"_s}, stringAt(objectAt(vm, "metadata"_L1), "resourceVersion"_L1));
    return patch;
}

QJsonObject blankDataVolume(const QString &ns, const VmEditDisk &disk)
{
    QJsonObject storage{{u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, disk.size}}}}}};
    if (!disk.storageClass.isEmpty())
        storage.insert("storageClassName"_L1, disk.storageClass);
    return {{u"apiVersion"_s, u"cdi.kubevirt.io/v1beta1"_s},
            {u"kind"_s, u"DataVolume"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, disk.claim}, {u"namespace"_s, ns}}},
            {u"spec"_s, QJsonObject{{u"source"_s, QJsonObject{{u"blank"_s, QJsonObject{}}}}, {u"storage"_s, storage}}}};
}

QJsonObject addVolumeOptions(const VmEditDisk &disk)
{
    const QJsonObject source = disk.dataVolume
        ? QJsonObject{{u"dataVolume"_s, QJsonObject{{u"name"_s, disk.claim}}}}
        : QJsonObject{{u"persistentVolumeClaim"_s, QJsonObject{{u"claimName"_s, disk.claim}}}};
    const QString bus = disk.bus.isEmpty() ? u"scsi"_s : disk.bus;
    return {{u"name"_s, disk.name},
            {u"disk"_s, QJsonObject{{u"name"_s, disk.name}, {u"disk"_s, QJsonObject{{u"bus"_s, bus}}}}},
            {u"volumeSource"_s, source}};
}

QJsonObject removeVolumeOptions(const QString &name)
{
    return {{u"name"_s, name}};
}

VmYamlProblem vmYamlProblem(const QJsonObject &base, const QJsonObject &edited)
{
    if (stringAt(edited, "kind"_L1) != "VirtualMachine"_L1 || !stringAt(edited, "apiVersion"_L1).startsWith("kubevirt.io/"_L1))
        return VmYamlProblem::NotAVm;
    const QJsonObject a = objectAt(base, "metadata"_L1), b = objectAt(edited, "metadata"_L1);
    if (stringAt(a, "name"_L1) != stringAt(b, "name"_L1))
        return VmYamlProblem::Renamed;
    if (stringAt(a, "namespace"_L1) != stringAt(b, "namespace"_L1))
        return VmYamlProblem::Moved;
    return VmYamlProblem::None;
}

QJsonObject vmForYaml(const QJsonObject &vm)
{
    QJsonObject out = vm;
    QJsonObject meta = objectAt(out, "metadata"_L1);
    meta.remove("managedFields"_L1);
    out.insert("metadata"_L1, meta);
    return out;
}

} // namespace drover::core
