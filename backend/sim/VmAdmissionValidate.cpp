// virtualmachine-validator.kubevirt.io (admitters/vms-admitter.go Admit) on a copy of the VM:
// instancetype applied (instancetype/webhooks/vm/admitter.go ApplyToVM), VMI defaults set
// (defaults.go SetDefaultVirtualMachineInstanceSpec), the preference's requirements checked
// (preference/requirements), then on create the discontinued bindings, then
// ValidateVirtualMachineSpec. Each step that finds something answers alone, as Admit returns.
#include "VmAdmission.h"

#include "Instancetype.h"
#include "VmiJson.h"

#include <QJsonArray>

#include <algorithm>

namespace drover::sim::vmadmission {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kValidator{"virtualmachine-validator.kubevirt.io"};

// apply/vmi.go ApplyToVMI's conflicts: nodeselector.go, scheduler.go, cpu.go validateCPU,
// memory.go validateMemory (its first only), as paths under spec.template.spec.
QStringList instancetypeConflicts(const QJsonObject &tspec, const QJsonObject &it)
{
    const QString base = u"spec.template.spec."_s;
    QStringList paths;
    if (has(it, "nodeSelector"_L1) && has(tspec, "nodeSelector"_L1))
        paths << base + u"nodeSelector"_s;
    if (!stringAt(it, "schedulerName"_L1).isEmpty() && !stringAt(tspec, "schedulerName"_L1).isEmpty())
        paths << base + u"schedulerName"_s;
    const QJsonObject domain = objectAt(tspec, "domain"_L1), cpu = objectAt(domain, "cpu"_L1), itCpu = objectAt(it, "cpu"_L1);
    const QJsonObject requests = valueAt(domain, {"resources"_L1, "requests"_L1}).toObject();
    const QJsonObject limits = valueAt(domain, {"resources"_L1, "limits"_L1}).toObject();
    if (requests.contains("cpu"_L1))
        paths << base + u"domain.resources.requests.cpu"_s;
    if (limits.contains("cpu"_L1))
        paths << base + u"domain.resources.limits.cpu"_s;
    for (const QLatin1StringView key : {"sockets"_L1, "cores"_L1, "threads"_L1})
        if (cpu.value(key).toInt() != 0)
            paths << base + u"domain.cpu."_s + key;
    if (!stringAt(cpu, "model"_L1).isEmpty() && has(itCpu, "model"_L1))
        paths << base + u"domain.cpu.model"_s;
    if (cpu.value("dedicatedCpuPlacement"_L1).toBool() && has(itCpu, "dedicatedCPUPlacement"_L1))
        paths << base + u"domain.cpu.dedicatedCPUPlacement"_s;
    if (cpu.value("isolateEmulatorThread"_L1).toBool() && has(itCpu, "isolateEmulatorThread"_L1))
        paths << base + u"domain.cpu.isolateEmulatorThread"_s;
    for (const QLatin1StringView key : {"numa"_L1, "realtime"_L1})
        if (has(cpu, key) && has(itCpu, key))
            paths << base + u"domain.cpu."_s + key;
    const QJsonObject memory = objectAt(domain, "memory"_L1), itMemory = objectAt(it, "memory"_L1);
    if (has(memory, "guest"_L1))
        paths << base + u"domain.memory.guest"_s;
    else if (has(memory, "hugepages"_L1) && has(itMemory, "hugepages"_L1))
        paths << base + u"domain.memory.hugepages"_s;
    else if (has(memory, "maxGuest"_L1) && has(itMemory, "maxGuest"_L1))
        paths << base + u"domain.memory.maxGuest"_s;
    else if (requests.contains("memory"_L1))
        paths << base + u"domain.resources.requests.memory"_s;
    else if (limits.contains("memory"_L1))
        paths << base + u"domain.resources.limits.memory"_s;
    return paths;
}

// defaults.go setGuestMemory and SetDefaultGuestCPUTopology.
void setComputeDefaults(QJsonObject &domain)
{
    const QJsonObject requests = valueAt(domain, {"resources"_L1, "requests"_L1}).toObject();
    const QJsonObject limits = valueAt(domain, {"resources"_L1, "limits"_L1}).toObject();
    QJsonObject memory = objectAt(domain, "memory"_L1);
    if (!has(memory, "guest"_L1)) {
        if (bytesOf(requests.value("memory"_L1)) != 0)
            memory.insert("guest"_L1, requests.value("memory"_L1));
        else if (bytesOf(limits.value("memory"_L1)) != 0)
            memory.insert("guest"_L1, limits.value("memory"_L1));
        else if (has(objectAt(memory, "hugepages"_L1), "pageSize"_L1))
            memory.insert("guest"_L1, valueAt(memory, {"hugepages"_L1, "pageSize"_L1}));
    }
    domain.insert("memory"_L1, memory);
    QJsonObject cpu = objectAt(domain, "cpu"_L1);
    if (cpu.value("sockets"_L1).toInt() == 0 && cpu.value("cores"_L1).toInt() == 0 && cpu.value("threads"_L1).toInt() == 0) {
        const QJsonValue count = limits.contains("cpu"_L1) ? limits.value("cpu"_L1) : requests.value("cpu"_L1);
        const qint64 millis = count.isUndefined() ? 1000 : cpuMillisOf(count);
        cpu.insert("sockets"_L1, int((millis + 999) / 1000));
        cpu.insert("cores"_L1, 1);
        cpu.insert("threads"_L1, 1);
    }
    domain.insert("cpu"_L1, cpu);
}

// SetDefaultVirtualMachineInstanceSpec as far as validation reads it (architecture and machine
// type are already on the VM, from the mutator).
void setVmiDefaults(QJsonObject &tspec)
{
    QJsonObject domain = objectAt(tspec, "domain"_L1);
    setComputeDefaults(domain);
    tspec.insert("domain"_L1, domain);
    setDefaultNetworkInterface(tspec);
    domain = objectAt(tspec, "domain"_L1);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    // util.go SetDefaultVolumeDisk: a disk for every volume without a disk or filesystem.
    QJsonArray disks = devices.value("disks"_L1).toArray();
    QStringList names;
    for (const QLatin1StringView key : {"disks"_L1, "filesystems"_L1})
        for (const QJsonValue &d : devices.value(key).toArray())
            names << stringAt(d.toObject(), "name"_L1);
    for (const QJsonValue &v : tspec.value("volumes"_L1).toArray())
        if (!names.contains(stringAt(v.toObject(), "name"_L1)))
            disks.append(QJsonObject{{u"name"_s, stringAt(v.toObject(), "name"_L1)}});
    devices.insert("disks"_L1, disks);
    domain.insert("devices"_L1, devices);
    tspec.insert("domain"_L1, domain);
}

struct Shortfall
{
    QString error;
    QStringList fields;
};

// preference/requirements/cpu.go checkCPU (the copy always has a topology by now).
std::optional<Shortfall> cpuShortfall(const QJsonObject &cpu, const std::optional<QJsonObject> &it, const QJsonObject &pref)
{
    const int need = valueAt(pref, {"requirements"_L1, "cpu"_L1, "guest"_L1}).toInt();
    if (it) {
        const int have = valueAt(*it, {"cpu"_L1, "guest"_L1}).toInt();
        if (have >= need)
            return std::nullopt;
        return Shortfall{u"insufficient CPU resources of %1 vCPU provided by instance type, preference requires %2 vCPU"_s.arg(have).arg(need),
                         {u"spec.instancetype"_s}};
    }
    const int s = cpu.value("sockets"_L1).toInt(), c = cpu.value("cores"_L1).toInt(), t = cpu.value("threads"_L1).toInt();
    const QString topology = instancetype::preferredTopology(pref), base = u"spec.template.spec.domain.cpu."_s;
    int have = 0;
    QStringList parts;
    QString as;
    if (topology == "spread"_L1) {
        as = instancetype::spreadOptions(pref).second;
        parts = as == "CoresThreads"_L1 ? QStringList{u"cores"_s, u"threads"_s}
              : as == "SocketsCoresThreads"_L1 ? QStringList{u"sockets"_s, u"cores"_s, u"threads"_s}
                                                : QStringList{u"sockets"_s, u"cores"_s};
        have = (parts.contains("sockets"_L1) ? s : 1) * (parts.contains("cores"_L1) ? c : 1) * (parts.contains("threads"_L1) ? t : 1);
    } else if (topology == "any"_L1) {
        parts = {u"cores"_s, u"sockets"_s, u"threads"_s};
        have = s * c * t;
        as = u"cores, sockets and threads"_s;
    } else if (topology == "sockets"_L1 || topology == "cores"_L1 || topology == "threads"_L1) {
        parts = {topology};
        have = topology == "sockets"_L1 ? s : topology == "cores"_L1 ? c : t;
        as = topology;
    }
    if (parts.isEmpty() || have >= need)
        return std::nullopt;
    QStringList fields;
    for (const QString &p : std::as_const(parts))
        fields << base + p;
    return Shortfall{u"insufficient CPU resources of %1 vCPU provided by VirtualMachine, preference requires %2 vCPU provided as %3"_s
                         .arg(have)
                         .arg(need)
                         .arg(as),
                     fields};
}

// requirements/memory.go checkMemory; arch.go checkArch.
std::optional<Shortfall> memoryOrArchShortfall(const QJsonObject &tspec, const std::optional<QJsonObject> &it, const QJsonObject &pref)
{
    const QJsonObject req = objectAt(pref, "requirements"_L1);
    if (has(req, "memory"_L1)) {
        QJsonValue provided = it ? valueAt(*it, {"memory"_L1, "guest"_L1}) : QJsonValue(u"0Mi"_s);
        if (has(valueAt(tspec, {"domain"_L1, "memory"_L1}).toObject(), "guest"_L1))
            provided = valueAt(tspec, {"domain"_L1, "memory"_L1, "guest"_L1});
        const QJsonValue need = valueAt(req, {"memory"_L1, "guest"_L1});
        if (bytesOf(provided) < bytesOf(need))
            return Shortfall{u"insufficient Memory resources of %1 provided by %2, preference requires %3"_s.arg(
                                 canonicalQuantity(provided), it ? u"instance type"_s : u"VirtualMachine"_s, canonicalQuantity(need)),
                             {it ? u"spec.instancetype"_s : u"spec.template.spec.domain.memory"_s}};
    }
    const QString arch = stringAt(tspec, "architecture"_L1);
    if (has(req, "architecture"_L1) && stringAt(req, "architecture"_L1) != arch)
        return Shortfall{u"preference requires architecture %1 but %2 is being requested"_s.arg(stringAt(req, "architecture"_L1), arch),
                         {u"spec.template.spec.architecture"_s}};
    return std::nullopt;
}

// vms-admitter.go: "failure checking preference requirements: <err>", the fields joined.
std::optional<Cause> requirementsCause(const QJsonObject &tspec, const std::optional<QJsonObject> &it, const QJsonObject &pref)
{
    std::optional<Shortfall> s;
    if (has(objectAt(pref, "requirements"_L1), "cpu"_L1))
        s = cpuShortfall(valueAt(tspec, {"domain"_L1, "cpu"_L1}).toObject(), it, pref);
    if (!s)
        s = memoryOrArchShortfall(tspec, it, pref);
    if (!s)
        return std::nullopt;
    return Cause{u"FieldValueNotFound"_s, u"failure checking preference requirements: "_s + s->error, s->fields.join(u", "_s)};
}

// vms-admitter.go validateRunStrategy (DecentralizedLiveMigration, an Alpha gate, taken as off).
Causes runStrategyCauses(const QJsonObject &spec)
{
    Causes c;
    const bool running = has(spec, "running"_L1), strategy = has(spec, "runStrategy"_L1);
    if (running && strategy)
        c << Cause{u"FieldValueInvalid"_s,
                   u"Running and RunStrategy are mutually exclusive. Note that Running is deprecated, please use RunStrategy instead"_s,
                   u"spec.running"_s};
    if (!running && !strategy)
        c << Cause{u"FieldValueInvalid"_s, u"RunStrategy must be specified"_s, u"spec.running"_s};
    const QString value = stringAt(spec, "runStrategy"_L1);
    static const QStringList valid{u"Halted"_s, u"Manual"_s, u"Always"_s, u"RerunOnFailure"_s, u"Once"_s};
    if (strategy && value == "WaitAsReceiver"_L1)
        c << Cause{u"FieldValueInvalid"_s,
                   u"Invalid RunStrategy (WaitAsReceiver), DecentralizedLiveMigration feature gate is not enabled in kubevirt resource"_s,
                   u"spec.runStrategy"_s};
    else if (strategy && !valid.contains(value))
        c << Cause{u"FieldValueInvalid"_s, u"Invalid RunStrategy (%1)"_s.arg(value), u"spec.runStrategy"_s};
    return c;
}

// storage/admitters/data-volume-template.go validateDataVolume: one cause or none.
std::optional<Cause> dataVolumeCause(const QString &at, const QJsonObject &dv)
{
    const QJsonObject spec = objectAt(dv, "spec"_L1);
    if (valueAt(dv, {"metadata"_L1, "name"_L1}).toString().isEmpty())
        return Cause{u"FieldValueRequired"_s, u"'name' field must not be empty for DataVolumeTemplate entry %1.name."_s.arg(at), at + u".name"_s};
    if (has(spec, "pvc"_L1) == has(spec, "storage"_L1))
        return Cause{u"FieldValueInvalid"_s,
                     has(spec, "pvc"_L1) ? u"Duplicate storage definition, both target storage and target pvc defined"_s
                                         : u"Missing Data volume PVC or Storage"_s,
                     at + u".PVC.Storage"_s};
    const QJsonObject claim = objectAt(spec, has(spec, "pvc"_L1) ? "pvc"_L1 : "storage"_L1);
    const bool external = has(claim, "dataSourceRef"_L1) || has(claim, "dataSource"_L1);
    const bool sourced = has(spec, "source"_L1) || has(spec, "sourceRef"_L1);
    if (external && sourced)
        return Cause{u"FieldValueInvalid"_s, u"External population is incompatible with Source and SourceRef"_s, at + u".source"_s};
    if (!external && !sourced)
        return Cause{u"FieldValueInvalid"_s, u"Data volume should have either Source, SourceRef, or be externally populated"_s,
                     at + u".source.sourceRef"_s};
    const QJsonObject source = objectAt(spec, "source"_L1);
    qsizetype kinds = 0;
    for (auto it = source.begin(); it != source.end(); ++it)
        kinds += it.value().isNull() ? 0 : 1;
    if (has(spec, "source"_L1) && kinds != 1)
        return Cause{u"FieldValueInvalid"_s, kinds ? u"Multiple dataVolume sources"_s : u"Missing dataVolume valid source"_s, at + u".source"_s};
    return std::nullopt;
}

// ValidateDataVolumeTemplate: its path says "dataVolumeTemplate", singular, as KubeVirt's does.
Causes dataVolumeTemplateCauses(const QJsonObject &spec)
{
    Causes c;
    const QJsonArray templates = spec.value("dataVolumeTemplates"_L1).toArray();
    const QJsonArray volumes = valueAt(spec, {"template"_L1, "spec"_L1, "volumes"_L1}).toArray();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString at = u"spec.dataVolumeTemplate[%1]"_s.arg(i);
        if (const auto cause = dataVolumeCause(at, templates.at(i).toObject())) {
            c << *cause;
            continue;
        }
        const QString name = valueAt(templates.at(i).toObject(), {"metadata"_L1, "name"_L1}).toString();
        const bool referenced = std::any_of(volumes.begin(), volumes.end(), [&](const QJsonValue &v) {
            return valueAt(v.toObject(), {"dataVolume"_L1, "name"_L1}) == name ||
                   valueAt(v.toObject(), {"persistentVolumeClaim"_L1, "claimName"_L1}) == name;
        });
        if (!referenced)
            c << Cause{u"FieldValueRequired"_s,
                       u"DataVolumeTemplate entry %1 must be referenced in the VMI template's 'volumes' list"_s.arg(at), at};
    }
    return c;
}

// ValidateVirtualMachineSpec: the template, then its spec, the DataVolume templates, the run
// strategy, and (LiveUpdate, the default rollout) sockets within maxSockets.
Causes validateVmSpec(const QJsonObject &spec)
{
    if (!spec.value("template"_L1).isObject())
        return {Cause{u"FieldValueRequired"_s, u"missing virtual machine template."_s, u"spec.template"_s}};
    Causes c = validateVmiSpec(valueAt(spec, {"template"_L1, "spec"_L1}).toObject());
    c << dataVolumeTemplateCauses(spec) << runStrategyCauses(spec);
    const QJsonObject cpu = valueAt(spec, {"template"_L1, "spec"_L1, "domain"_L1, "cpu"_L1}).toObject();
    const int sockets = cpu.value("sockets"_L1).toInt(), maxSockets = cpu.value("maxSockets"_L1).toInt();
    if (sockets != 0 && maxSockets != 0 && sockets > maxSockets)
        c << Cause{u"FieldValueInvalid"_s, u"Number of sockets in CPU topology is greater than the maximum sockets allowed"_s,
                   u"spec.template.spec.domain.cpu.sockets"_s};
    return c;
}

} // namespace

std::optional<ApiServer::HookAnswer> validate(const ObjectStore &store, const QJsonObject &vm, bool create)
{
    QJsonObject spec = objectAt(vm, "spec"_L1);
    QJsonObject tspec = valueAt(spec, {"template"_L1, "spec"_L1}).toObject();
    const std::optional<QJsonObject> it = findSpec(store, vm, false), pref = findSpec(store, vm, true);
    if (it) {
        Causes c;
        for (const QString &path : instancetypeConflicts(tspec, *it))
            c << Cause{u"FieldValueInvalid"_s, u"VM field(s) %1 conflicts with selected instance type"_s.arg(path), path};
        if (!c.isEmpty())
            return denial(kValidator, c);
        instancetype::applyToSpec(tspec, *it, pref.value_or(QJsonObject())); // cpu.go, memory.go
    }
    setVmiDefaults(tspec);
    if (const auto cause = pref ? requirementsCause(tspec, it, *pref) : std::nullopt)
        return denial(kValidator, {*cause});
    if (const Causes c = create ? validateDiscontinuedBindings(tspec) : Causes(); !c.isEmpty())
        return denial(kValidator, c);
    if (spec.value("template"_L1).isObject())
        setAt(spec, {"template"_L1, "spec"_L1}, tspec);
    if (const Causes c = validateVmSpec(spec); !c.isEmpty())
        return denial(kValidator, c);
    return std::nullopt;
}

} // namespace drover::sim::vmadmission
