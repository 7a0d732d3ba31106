#include "Vm.h"

#include "JsonFields.h"
#include "Quantity.h"

#include <QJsonArray>

#include <climits>

namespace drover::core {

namespace {

// A JSON value for an error message.
QString rendered(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isObject())
        return QStringLiteral("an object");
    if (v.isArray())
        return QStringLiteral("an array");
    if (v.isNull())
        return QStringLiteral("null");
    return v.toVariant().toString(); // a number or a bool
}

// domain.cpu.cores/sockets/threads: uint32 in the API, absent or 0 meaning "unset".
Result<std::int64_t> cpuDimension(const QJsonValue &v, const char *key, const QString &where)
{
    if (v.isUndefined() || v.isNull())
        return std::int64_t(0);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 4294967295.0 || d != double(std::int64_t(d)))
        return Result<std::int64_t>::failure(QStringLiteral("%1.domain.cpu.%2: %3 is not a count")
                                                 .arg(where, QLatin1String(key), rendered(v)));
    return std::int64_t(d);
}

} // namespace

DomainSizing DomainSizing::of(const QJsonObject &domain)
{
    const QJsonObject cpu = objectAt(domain, "cpu");
    const QJsonObject resources = objectAt(domain, "resources");
    const QJsonObject limits = objectAt(resources, "limits"), requests = objectAt(resources, "requests");
    return DomainSizing{cpu.value(QLatin1String("cores")),       cpu.value(QLatin1String("sockets")),
                        cpu.value(QLatin1String("threads")),     limits.value(QLatin1String("cpu")),
                        requests.value(QLatin1String("cpu")),    objectAt(domain, "memory").value(QLatin1String("guest")),
                        requests.value(QLatin1String("memory")), limits.value(QLatin1String("memory"))};
}

// vCPUs the way virt-launcher counts them (vcpu.GetCPUTopology): the cpu topology when any of
// cores/sockets/threads is set (the others counting as 1), else limits.cpu, else requests.cpu,
// rounded up; else 1.
Result<int> DomainSizing::vcpus(const QString &where) const
{
    std::int64_t product = 1;
    bool topology = false;
    for (const auto &[v, dim] : {std::pair{&cores, "cores"}, {&sockets, "sockets"}, {&threads, "threads"}}) {
        const auto n = cpuDimension(*v, dim, where);
        if (!n)
            return Result<int>::failure(n.error());
        if (*n == 0)
            continue;
        topology = true;
        product *= *n;
        if (product > INT_MAX)
            return Result<int>::failure(
                QStringLiteral("%1.domain.cpu: %2 vCPUs or more is out of range")
                    .arg(where)
                    .arg(product));
    }
    if (topology)
        return int(product);
    for (const auto &[v, list] : {std::pair{&limitsCpu, "limits"}, {&requestsCpu, "requests"}}) {
        if (v->isUndefined())
            continue;
        const auto millis = cpuMillisFromJson(*v);
        if (!millis)
            return Result<int>::failure(
                QStringLiteral("%1.domain.resources.%2.cpu: %3").arg(where, QLatin1String(list), millis.error().message));
        const std::int64_t vcpus = (*millis + 999) / 1000;
        if (vcpus > INT_MAX)
            return Result<int>::failure(QStringLiteral("%1.domain.resources.%2.cpu: %3 vCPUs is out of range")
                                            .arg(where, QLatin1String(list))
                                            .arg(vcpus));
        return int(std::max<std::int64_t>(1, vcpus));
    }
    return 1;
}

// The guest's memory: domain.memory.guest, else requests.memory, else limits.memory.
Result<std::int64_t> DomainSizing::memory(const QString &where) const
{
    for (const auto &[v, field] : {std::pair{&guestMemory, "domain.memory.guest"},
                                   {&requestsMemory, "domain.resources.requests.memory"},
                                   {&limitsMemory, "domain.resources.limits.memory"}}) {
        if (v->isUndefined())
            continue;
        auto bytes = bytesFromJson(*v);
        if (!bytes)
            return Result<std::int64_t>::failure(
                QStringLiteral("%1.%2: %3").arg(where, QLatin1String(field), bytes.error().message));
        return bytes;
    }
    return std::int64_t(0);
}

namespace {

// vmiSpec is a VMI's spec or a VM's spec.template.spec; where is its path ("spec", ...) and kind
// names the object, both for error messages.
Result<DomainResources> resourcesFrom(const QJsonObject &vmiSpec, const QString &kind,
                                      const QString &where)
{
    DomainResources r;
    const DomainSizing sizing = DomainSizing::of(objectAt(vmiSpec, "domain"));
    const auto vcpus = sizing.vcpus(where);
    if (!vcpus)
        return Result<DomainResources>::failure(kind + QLatin1String(": ") + vcpus.error().message);
    r.cpuCores = *vcpus;
    const auto memory = sizing.memory(where);
    if (!memory)
        return Result<DomainResources>::failure(kind + QLatin1String(": ") + memory.error().message);
    r.memoryBytes = *memory;
    r.nodeSelector = stringMapFromJson(vmiSpec.value(QLatin1String("nodeSelector")));
    const QJsonObject required =
        objectAt(objectAt(objectAt(vmiSpec, "affinity"), "nodeAffinity"), "requiredDuringSchedulingIgnoredDuringExecution");
    const QJsonArray terms = required.value(QLatin1String("nodeSelectorTerms")).toArray();
    for (const QJsonValue &t : terms) {
        QList<DomainResources::NodeSelectorRequirement> term;
        for (const QJsonValue &e : t.toObject().value(QLatin1String("matchExpressions")).toArray()) {
            const QJsonObject o = e.toObject();
            DomainResources::NodeSelectorRequirement req{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("operator")).toString(), {}};
            for (const QJsonValue &v : o.value(QLatin1String("values")).toArray())
                req.values << v.toString();
            term << req;
        }
        r.requiredNodeTerms << term;
    }
    return r;
}

QString osOf(const ObjectMeta &meta, const QJsonObject &templateMeta)
{
    return osNameOf(meta.labels, meta.annotations, stringMapFromJson(templateMeta.value(QLatin1String("labels"))),
                    stringMapFromJson(templateMeta.value(QLatin1String("annotations"))));
}

// What can keep a VMI from live-migrating, for naming it in a refusal: its claims, its
// non-shared hostDisks and its passthrough devices (virt-handler's checkVolumesForMigration and
// calculateLiveMigrationCondition look at the same fields).
void storageAndDevicesFrom(const QJsonObject &spec, Vmi *vmi)
{
    vmi->evictionStrategy = stringAt(spec, "evictionStrategy");
    for (const QJsonValue &v : spec.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject vol = v.toObject();
        const QString claim = stringAt(objectAt(vol, "persistentVolumeClaim"), "claimName");
        // A DataVolume's PVC carries the DataVolume's name.
        const QString dv = stringAt(objectAt(vol, "dataVolume"), "name");
        if (!claim.isEmpty())
            vmi->claimNames << claim;
        else if (!dv.isEmpty())
            vmi->claimNames << dv;
        const QJsonValue hostDisk = vol.value(QLatin1String("hostDisk"));
        if (hostDisk.isObject() && !hostDisk.toObject().value(QLatin1String("shared")).toBool())
            vmi->hostDiskVolumes << stringAt(vol, "name");
    }
    const QJsonObject devices = objectAt(objectAt(spec, "domain"), "devices");
    for (const char *list : {"hostDevices", "gpus"})
        for (const QJsonValue &d : devices.value(QLatin1String(list)).toArray())
            vmi->hostDevices << stringAt(d.toObject(), "name");
}

} // namespace

QString osNameOf(const QMap<QString, QString> &labels, const QMap<QString, QString> &annotations,
                 const QMap<QString, QString> &templateLabels, const QMap<QString, QString> &templateAnnotations)
{
    const QMap<QString, QString> *maps[] = {&labels, &annotations, &templateLabels, &templateAnnotations};
    for (const char *key : {"drover.io/os", "kubevirt.io/os", "vm.kubevirt.io/os"})
        for (const auto *m : maps)
            if (const QString v = m->value(QLatin1String(key)); !v.isEmpty())
                return v;
    // Common templates also label "os.template.kubevirt.io/fedora39": "true".
    const QLatin1String prefix("os.template.kubevirt.io/");
    for (const auto *m : {&labels, &templateLabels})
        for (auto it = m->begin(); it != m->end(); ++it)
            if (it.key().startsWith(prefix) && it.value() == QLatin1String("true"))
                return it.key().mid(prefix.size());
    return {};
}

VmiMigrationState migrationStateFromJson(const QJsonObject &m)
{
    VmiMigrationState s;
    s.startTimestamp = timeFromJson(m.value(QLatin1String("startTimestamp")));
    s.endTimestamp = timeFromJson(m.value(QLatin1String("endTimestamp")));
    s.sourceNode = stringAt(m, "sourceNode");
    s.targetNode = stringAt(m, "targetNode");
    s.completed = m.value(QLatin1String("completed")).toBool();
    s.failed = m.value(QLatin1String("failed")).toBool();
    s.failureReason = stringAt(m, "failureReason");
    s.abortRequested = m.value(QLatin1String("abortRequested")).toBool();
    s.abortStatus = stringAt(m, "abortStatus");
    s.mode = stringAt(m, "mode");
    s.migrationUid = stringAt(m, "migrationUid");
    // Decentralized (cross-cluster) migrations fill sourceState/targetState {node, migrationUID}.
    const QJsonObject source = objectAt(m, "sourceState");
    const QJsonObject target = objectAt(m, "targetState");
    if (s.sourceNode.isEmpty())
        s.sourceNode = stringAt(source, "node");
    if (s.targetNode.isEmpty())
        s.targetNode = stringAt(target, "node");
    if (s.migrationUid.isEmpty())
        s.migrationUid = stringAt(source, "migrationUID");
    if (s.migrationUid.isEmpty())
        s.migrationUid = stringAt(target, "migrationUID");
    return s;
}

Result<Vm> Vm::fromJson(const QJsonObject &obj)
{
    Vm vm;
    vm.meta = ObjectMeta::fromJson(objectAt(obj, "metadata"));
    if (vm.meta.name.isEmpty())
        return Result<Vm>::failure(QStringLiteral("VirtualMachine without metadata.name"));
    const QJsonObject spec = objectAt(obj, "spec");
    vm.runStrategy = runStrategyOfSpec(spec);
    vm.instancetype = stringAt(objectAt(spec, "instancetype"), "name");
    const QJsonObject tmpl = objectAt(spec, "template");
    auto res = resourcesFrom(objectAt(tmpl, "spec"),
                             QStringLiteral("VirtualMachine %1").arg(vm.meta.key()),
                             QStringLiteral("spec.template.spec"));
    if (!res)
        return Result<Vm>::failure(res.error());
    vm.resources = *res;
    vm.osName = osOf(vm.meta, objectAt(tmpl, "metadata"));
    const QJsonObject status = objectAt(obj, "status");
    vm.printableStatus = stringAt(status, "printableStatus");
    vm.ready = status.value(QLatin1String("ready")).toBool();
    vm.created = status.value(QLatin1String("created")).toBool();
    vm.snapshotInProgress = stringAt(status, "snapshotInProgress");
    vm.restoreInProgress = stringAt(status, "restoreInProgress");
    vm.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    return vm;
}

QString Vmi::firstIp() const
{
    for (const auto &i : interfaces) {
        if (!i.ipAddress.isEmpty())
            return i.ipAddress;
        if (!i.ipAddresses.isEmpty())
            return i.ipAddresses.first();
    }
    return {};
}

bool Vmi::paused() const
{
    const Condition *c = findCondition(conditions, QStringLiteral("Paused"));
    return c && c->isTrue();
}

Result<Vmi> Vmi::fromJson(const QJsonObject &obj)
{
    Vmi vmi;
    vmi.meta = ObjectMeta::fromJson(objectAt(obj, "metadata"));
    if (vmi.meta.name.isEmpty())
        return Result<Vmi>::failure(QStringLiteral("VirtualMachineInstance without metadata.name"));
    auto res = resourcesFrom(objectAt(obj, "spec"),
                             QStringLiteral("VirtualMachineInstance %1").arg(vmi.meta.key()),
                             QStringLiteral("spec"));
    if (!res)
        return Result<Vmi>::failure(res.error());
    vmi.resources = *res;
    storageAndDevicesFrom(objectAt(obj, "spec"), &vmi);
    const QJsonObject status = objectAt(obj, "status");
    vmi.phase = vmiPhaseFromName(stringAt(status, "phase"));
    vmi.nodeName = stringAt(status, "nodeName");
    vmi.reason = stringAt(status, "reason");
    vmi.evacuationNodeName = stringAt(status, "evacuationNodeName");
    vmi.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    for (const auto &v : status.value(QLatin1String("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        VmiInterface iface{stringAt(i, "name"), stringAt(i, "ipAddress"), {}, stringAt(i, "mac"),
                           stringAt(i, "interfaceName"), stringAt(i, "infoSource")};
        for (const auto &ip : i.value(QLatin1String("ipAddresses")).toArray())
            if (ip.isString())
                iface.ipAddresses << ip.toString();
        vmi.interfaces.append(iface);
    }
    vmi.guestOsName = stringAt(objectAt(status, "guestOSInfo"), "name");
    const QJsonValue ms = status.value(QLatin1String("migrationState"));
    if (ms.isObject()) {
        vmi.hasMigrationState = true;
        vmi.migrationState = migrationStateFromJson(ms.toObject());
    }
    return vmi;
}

bool DomainResources::NodeSelectorRequirement::matches(const QMap<QString, QString> &labels) const
{
    const bool has = labels.contains(key);
    const QString v = labels.value(key);
    if (op == QLatin1String("In"))
        return has && values.contains(v);
    if (op == QLatin1String("NotIn"))
        return !has || !values.contains(v);
    if (op == QLatin1String("Exists"))
        return has;
    if (op == QLatin1String("DoesNotExist"))
        return !has;
    if (op == QLatin1String("Gt") || op == QLatin1String("Lt")) {
        bool a = false, b = false;
        const qint64 nv = v.toLongLong(&a), want = values.value(0).toLongLong(&b);
        return has && a && b && (op == QLatin1String("Gt") ? nv > want : nv < want);
    }
    return false; // an operator Kubernetes does not know matches nothing, as the scheduler does
}

QString DomainResources::NodeSelectorRequirement::text() const
{
    return values.isEmpty() ? QStringLiteral("%1 %2").arg(key, op)
                            : QStringLiteral("%1 %2 [%3]").arg(key, op, values.join(QStringLiteral(", ")));
}

Result<DomainResources> DomainResources::fromSpec(const QJsonObject &vmiSpec, const QString &where)
{
    return resourcesFrom(vmiSpec, where, where);
}

Fit fitOn(const DomainResources &need, const NodeRoom &room)
{
    Fit f;
    f.cpu = need.cpuMillis() <= room.cpuFreeMillis;
    f.memory = need.memoryBytes <= room.memoryFreeBytes;
    const double cpu = double(room.cpuFreeMillis - need.cpuMillis()) / double(qMax<std::int64_t>(1, room.cpuAllocatableMillis));
    const double mem =
        double(room.memoryFreeBytes - need.memoryBytes) / double(qMax<std::int64_t>(1, room.memoryAllocatableBytes));
    f.score = (cpu + mem) / 2;
    return f;
}

bool DomainResources::nodeAllowed(const QMap<QString, QString> &labels) const
{
    for (auto it = nodeSelector.cbegin(); it != nodeSelector.cend(); ++it)
        if (!labels.contains(it.key()) || labels.value(it.key()) != it.value())
            return false;
    return affinityMatches(labels);
}

bool DomainResources::affinityMatches(const QMap<QString, QString> &labels) const
{
    if (requiredNodeTerms.isEmpty())
        return true;
    for (const auto &term : requiredNodeTerms) {
        bool all = true;
        for (const auto &req : term)
            all = all && req.matches(labels);
        if (all && !term.isEmpty())
            return true;
    }
    return false;
}

} // namespace drover::core
