// The addvolume / removevolume subresources (HotplugVolumes.h), after KubeVirt v1.9's
// pkg/virt-api/rest/volumes.go with DeclarativeHotplugVolumes on and HotplugVolumes off.
#include "HotplugVolumes.h"

#include "LiveUpdate.h"
#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim::hotplug {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// errors.NewBadRequest(msg)
StoreResult badRequest(const QString &message)
{
    return StoreResult::fail(400, u"BadRequest"_s, message);
}

QJsonObject details(const QString &resource, const QString &name)
{
    return QJsonObject{{u"name"_s, name}, {u"group"_s, u"kubevirt.io"_s}, {u"kind"_s, resource}};
}

// errors.NewConflict(v1.Resource(resource), name, err)
StoreResult conflict(const QString &resource, const QString &name, const QString &err)
{
    StoreResult r = StoreResult::fail(
        409, u"Conflict"_s, u"Operation cannot be fulfilled on %1.kubevirt.io \"%2\": %3"_s.arg(resource, name, err));
    r.details = details(resource, name);
    return r;
}

// errors.NewNotFound(v1.Resource(resource), name)
StoreResult notFound(const QString &resource, const QString &name)
{
    StoreResult r = StoreResult::fail(404, u"NotFound"_s, u"%1.kubevirt.io \"%2\" not found"_s.arg(resource, name));
    r.details = details(resource, name);
    return r;
}

StoreResult accepted()
{
    return StoreResult{202, {}, {}, {}};
}

QString sourceName(const QJsonObject &source)
{
    const QString dv = stringAt(objectAt(source, "dataVolume"_L1), "name"_L1);
    return dv.isEmpty() ? stringAt(objectAt(source, "persistentVolumeClaim"_L1), "claimName"_L1) : dv;
}

bool hasSource(const QJsonObject &volume, const QString &source)
{
    return !source.isEmpty() && sourceName(volume) == source;
}

bool hotpluggable(const QJsonObject &volume)
{
    return objectAt(volume, "dataVolume"_L1).value("hotpluggable"_L1).toBool() ||
           objectAt(volume, "persistentVolumeClaim"_L1).value("hotpluggable"_L1).toBool();
}

// verifyVolumeOption: the request against the volumes it would change; empty when fine.
QString verify(const QJsonArray &volumes, const QJsonObject &body, bool add)
{
    const QString name = stringAt(body, "name"_L1);
    for (const QJsonValue &v : volumes) {
        const QJsonObject volume = v.toObject();
        if (add) {
            const QString source = sourceName(objectAt(body, "volumeSource"_L1));
            if (stringAt(volume, "name"_L1) == name)
                return u"Unable to add volume [%1] because volume with that name already exists"_s.arg(name);
            if (hasSource(volume, source))
                return u"Unable to add volume source [%1] because it already exists"_s.arg(source);
        } else if (stringAt(volume, "name"_L1) == name || hasSource(volume, name)) {
            if (!hotpluggable(volume))
                return u"Unable to remove volume [%1] because it is not hotpluggable"_s.arg(stringAt(volume, "name"_L1));
            return {};
        }
    }
    return add ? QString() : u"Unable to remove volume [%1] because it does not exist"_s.arg(name);
}

// ApplyVolumeRequestOnVMISpec on a VMI spec (a VM's spec.template.spec or a VMI's spec).
QJsonObject applyRequest(QJsonObject spec, const QJsonObject &body, bool add)
{
    const QString name = stringAt(body, "name"_L1);
    QJsonArray volumes = spec.value("volumes"_L1).toArray();
    QJsonObject domain = objectAt(spec, "domain"_L1);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    QJsonArray disks = devices.value("disks"_L1).toArray();
    if (add) {
        QJsonObject volume{{u"name"_s, name}};
        const QJsonObject source = objectAt(body, "volumeSource"_L1);
        for (const QLatin1StringView key : {"persistentVolumeClaim"_L1, "dataVolume"_L1})
            if (source.value(key).isObject()) {
                QJsonObject s = objectAt(source, key);
                s.insert("hotpluggable"_L1, true);
                volume.insert(key, s);
                break;
            }
        volumes.append(volume);
        QJsonObject disk = objectAt(body, "disk"_L1);
        disk.insert("name"_L1, name);
        disks.append(disk);
    } else {
        for (qsizetype i = volumes.size() - 1; i >= 0; --i)
            if (stringAt(volumes[i].toObject(), "name"_L1) == name)
                volumes.removeAt(i);
        for (qsizetype i = disks.size() - 1; i >= 0; --i)
            if (stringAt(disks[i].toObject(), "name"_L1) == name)
                disks.removeAt(i);
    }
    spec.insert("volumes"_L1, volumes);
    devices.insert("disks"_L1, disks);
    domain.insert("devices"_L1, devices);
    spec.insert("domain"_L1, domain);
    return spec;
}

bool dryRun(const QJsonObject &body)
{
    return body.value("dryRun"_L1).toArray().first().toString() == "All"_L1;
}

// Returns the failure, or nullopt when the body is complete.
std::optional<StoreResult> checkBody(const QJsonObject &body, bool add)
{
    const QLatin1StringView kind = add ? "AddVolumeOptions"_L1 : "RemoveVolumeOptions"_L1;
    if (stringAt(body, "name"_L1).isEmpty())
        return badRequest(kind + u" requires name to be set"_s);
    if (add && !body.value("disk"_L1).isObject())
        return badRequest(u"AddVolumeOptions requires disk to not be nil"_s);
    if (add && !body.value("volumeSource"_L1).isObject())
        return badRequest(u"AddVolumeOptions requires VolumeSource to not be nil"_s);
    return std::nullopt;
}

StoreResult onVm(ObjectStore &store, const QString &ns, const QString &name, const QJsonObject &body, bool add,
                 const Admit &admit)
{
    const auto &VM = ApiResource::virtualMachines();
    const auto vm = store.get(VM, ns, name);
    if (!vm)
        return notFound(u"virtualmachine"_s, name);
    QJsonObject spec = objectAt(*vm, "spec"_L1);
    QJsonObject tmpl = objectAt(spec, "template"_L1);
    const QJsonObject tmplSpec = objectAt(tmpl, "spec"_L1);
    if (const QString err = verify(tmplSpec.value("volumes"_L1).toArray(), body, add); !err.isEmpty())
        return conflict(u"virtualmachine"_s, name, err);
    tmpl.insert("spec"_L1, applyRequest(tmplSpec, body, add));
    spec.insert("template"_L1, tmpl);
    QJsonObject next = *vm;
    next.insert("spec"_L1, spec);
    if (admit) {
        if (const auto refused = admit(next)) {
            // errors.IsInvalid: the webhook's Status as it is; anything else an internal error.
            const QJsonObject status = refused->second;
            StoreResult r = StoreResult::fail(refused->first, stringAt(status, "reason"_L1), stringAt(status, "message"_L1));
            r.details = objectAt(status, "details"_L1);
            if (refused->first != 422)
                r = StoreResult::fail(500, u"InternalError"_s,
                                      u"Internal error occurred: unable to patch vm: "_s + stringAt(status, "message"_L1));
            return r;
        }
    }
    const StoreResult updated = store.update(VM, next, dryRun(body));
    if (!updated.ok())
        return StoreResult::fail(500, u"InternalError"_s, u"Internal error occurred: unable to patch vm: "_s + updated.message);
    return accepted();
}

StoreResult onVmi(ObjectStore &store, const QString &ns, const QString &name, const QJsonObject &body, bool add)
{
    const auto &VMI = ApiResource::virtualMachineInstances();
    const auto vmi = store.get(VMI, ns, name);
    if (!vmi)
        return notFound(u"virtualmachineinstance"_s, name);
    for (const QJsonValue &ref : objectAt(*vmi, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (stringAt(ref.toObject(), "kind"_L1) == "VirtualMachine"_L1)
            return badRequest(u"VMI %1/%2 is owned by a VM"_s.arg(ns, name));
    if (core::vmiPhaseOf(*vmi) != core::VmiPhase::Running)
        return conflict(u"virtualmachineinstance"_s, name, u"VMI is not running"_s);
    const QJsonObject spec = objectAt(*vmi, "spec"_L1);
    if (const QString err = verify(spec.value("volumes"_L1).toArray(), body, add); !err.isEmpty())
        return conflict(u"virtualmachineinstance"_s, name, err);
    QJsonObject next = *vmi;
    next.insert("spec"_L1, applyRequest(spec, body, add));
    QJsonObject checked = *vmi;
    if (const Result<bool> synced = syncVmiVolumes(checked, objectAt(next, "spec"_L1)); !synced)
        return StoreResult::fail(422, u"Invalid"_s, synced.error().message);
    if (!dryRun(body))
        (void)store.mutate(VMI, ns, name, [&next](QJsonObject &o) { o.insert("spec"_L1, next.value("spec"_L1)); });
    return accepted();
}

} // namespace

std::optional<StoreResult> volumeAction(ObjectStore &store, const QString &plural, const QString &ns,
                                        const QString &name, const QString &verb, const QJsonObject &body,
                                        const Admit &admit)
{
    if (verb != "addvolume"_L1 && verb != "removevolume"_L1)
        return std::nullopt;
    const bool add = verb == "addvolume"_L1;
    if (auto bad = checkBody(body, add))
        return bad;
    if (plural == "virtualmachines"_L1)
        return onVm(store, ns, name, body, add, admit);
    if (plural == "virtualmachineinstances"_L1)
        return onVmi(store, ns, name, body, add);
    return std::nullopt;
}

} // namespace drover::sim::hotplug
