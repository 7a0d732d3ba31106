// KubeVirt v1.9's instancetype expansion and lookup for the VM controller (Instancetype.h).
// Sources: pkg/instancetype/find/*.go, pkg/instancetype/apply/{vmi,cpu,memory,nodeselector,
// scheduler,annotations}.go, pkg/instancetype/preference/apply/cpu.go,
// pkg/instancetype/{,preference/}annotations/annotations.go, pkg/instancetype/revision/store.go,
// pkg/instancetype/controller/vm/controller.go.
#include "Instancetype.h"
#include "Result.h"

#include "LiveUpdate.h"
#include "ObjectStore.h"
#include "VmiJson.h"

namespace drover::sim::instancetype {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

bool has(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonObject matcherOf(const QJsonObject &vm, bool preference)
{
    return objectAt(objectAt(vm, "spec"_L1), preference ? "preference"_L1 : "instancetype"_L1);
}

// find/spec.go Find's switch on the kind: the resource, or nullptr for an unexpected kind.
const ApiResource *resourceFor(const QString &kind, bool preference)
{
    const QString k = kind.toLower();
    const QString local = preference ? u"virtualmachinepreference"_s : u"virtualmachineinstancetype"_s;
    const QString cluster = preference ? u"virtualmachineclusterpreference"_s : u"virtualmachineclusterinstancetype"_s;
    if (k == local || k == local + u's')
        return preference ? &ApiResource::preferences() : &ApiResource::instancetypes();
    if (k.isEmpty() || k == cluster || k == cluster + u's')
        return preference ? &ApiResource::clusterPreferences() : &ApiResource::clusterInstancetypes();
    return nullptr;
}

// One matcher: the object, or the sync error's message (an unexpected kind, or NotFound).
Result<QJsonObject> lookup(const ObjectStore &store, const QJsonObject &vm, bool preference)
{
    const QJsonObject m = matcherOf(vm, preference);
    const ApiResource *res = resourceFor(stringAt(m, "kind"_L1), preference);
    if (!res)
        return Result<QJsonObject>::failure(u"got unexpected kind in %1: %2"_s.arg(
            preference ? u"PreferenceMatcher"_s : u"InstancetypeMatcher"_s, stringAt(m, "kind"_L1)));
    const auto found = store.get(*res, namespaceOf(vm), stringAt(m, "name"_L1));
    if (!found) // the client's Get: kube-apiserver's NotFound
        return Result<QJsonObject>::failure(Error::Kind::NotFound,
                                            u"%1.%2 \"%3\" not found"_s.arg(res->plural, res->group, stringAt(m, "name"_L1)));
    return *found;
}

// cpu.go applyGuestCPUTopology.
void applyGuestTopology(QJsonObject &cpu, int vCPUs, const QJsonObject &pref)
{
    int sockets = 1, cores = 1, threads = 1;
    const QString topology = preferredTopology(pref);
    if (vCPUs != 1 && topology == "cores"_L1)
        cores = vCPUs;
    else if (vCPUs != 1 && (topology == "sockets"_L1 || topology == "any"_L1))
        sockets = vCPUs;
    else if (vCPUs != 1 && topology == "threads"_L1)
        threads = vCPUs;
    else if (vCPUs != 1 && topology == "spread"_L1) {
        const std::pair<int, QString> spread = spreadOptions(pref);
        const int ratio = spread.first;
        if (spread.second == "SocketsCores"_L1) {
            cores = ratio;
            sockets = vCPUs / ratio;
        } else if (spread.second == "CoresThreads"_L1) {
            threads = ratio;
            cores = vCPUs / ratio;
        } else if (spread.second == "SocketsCoresThreads"_L1) {
            threads = 2;
            cores = ratio;
            sockets = vCPUs / 2 / ratio;
        }
    }
    cpu.insert("sockets"_L1, sockets);
    cpu.insert("cores"_L1, cores);
    cpu.insert("threads"_L1, threads);
}

// cpu.go applyCPU (the instancetype's dedicatedCPUPlacement is the VMI's dedicatedCpuPlacement).
void applyCpu(QJsonObject &domain, const QJsonObject &itCpu, const QJsonObject &pref)
{
    QJsonObject cpu = objectAt(domain, "cpu"_L1);
    if (has(itCpu, "model"_L1))
        cpu.insert("model"_L1, itCpu.value("model"_L1));
    if (has(itCpu, "dedicatedCPUPlacement"_L1))
        cpu.insert("dedicatedCpuPlacement"_L1, itCpu.value("dedicatedCPUPlacement"_L1));
    for (const QLatin1StringView key : {"isolateEmulatorThread"_L1, "numa"_L1, "realtime"_L1, "maxSockets"_L1})
        if (has(itCpu, key))
            cpu.insert(key, itCpu.value(key));
    applyGuestTopology(cpu, itCpu.value("guest"_L1).toInt(), pref);
    domain.insert("cpu"_L1, cpu);
}

// memory.go applyMemory: guest, the overcommitted memory request, hugepages, maxGuest.
void applyMemory(QJsonObject &domain, const QJsonObject &itMemory)
{
    QJsonObject memory = objectAt(domain, "memory"_L1);
    const QJsonValue guest = itMemory.value("guest"_L1);
    memory.insert("guest"_L1, guest);
    if (const int overcommit = itMemory.value("overcommitPercent"_L1).toInt(); overcommit > 0) {
        // int64(float32(guest) * (1 - float32(percent)/100)), in the guest quantity's format.
        const float bytes = float(liveupdate::bytesOf(guest));
        const qint64 request = qint64(bytes * (1.0F - float(overcommit) / 100.0F));
        QJsonObject resources = objectAt(domain, "resources"_L1);
        QJsonObject requests = objectAt(resources, "requests"_L1);
        requests.insert("memory"_L1, liveupdate::binaryQuantity(request));
        resources.insert("requests"_L1, requests);
        domain.insert("resources"_L1, resources);
    }
    for (const QLatin1StringView key : {"hugepages"_L1, "maxGuest"_L1})
        if (has(itMemory, key))
            memory.insert(key, itMemory.value(key));
    domain.insert("memory"_L1, memory);
}

// revision/store.go syncStatusWithMatcher, for a matcher without revisionName or inferFromVolume.
QJsonObject statusRef(const QJsonObject &old, const QJsonObject &matcher, const QJsonObject &object, const QString &vmName)
{
    QJsonObject ref = old;
    bool clear = false;
    for (const QLatin1StringView key : {"name"_L1, "kind"_L1}) {
        const QString value = stringAt(matcher, key);
        if (!value.isEmpty() && value != stringAt(ref, key)) {
            ref.insert(key, value);
            clear = true;
        }
    }
    if (clear)
        ref.remove("controllerRevisionRef"_L1);
    if (!stringAt(objectAt(ref, "controllerRevisionRef"_L1), "name"_L1).isEmpty())
        return ref;
    // GenerateName: vm, object, the object's version (v1beta1), uid and generation.
    const qint64 generation = objectAt(object, "metadata"_L1).value("generation"_L1).toInteger(0);
    const QString name = u"%1-%2-v1beta1-%3-%4"_s.arg(vmName, nameOf(object), uidOf(object)).arg(generation);
    ref.insert("controllerRevisionRef"_L1, QJsonObject{{u"name"_s, name}});
    return ref;
}

} // namespace

Found find(const ObjectStore &store, const QJsonObject &vm)
{
    Found f;
    if (!matcherOf(vm, false).isEmpty()) {
        const Result<QJsonObject> instancetype = lookup(store, vm, false);
        if (!instancetype) {
            f.reason = u"FailedFindInstancetype"_s;
            f.message = instancetype.error().message;
            return f;
        }
        f.instancetype = *instancetype;
    }
    if (!matcherOf(vm, true).isEmpty()) {
        const Result<QJsonObject> preference = lookup(store, vm, true);
        if (!preference) {
            f.reason = u"FailedFindPreference"_s;
            f.message = preference.error().message;
            return f;
        }
        f.preference = *preference;
    }
    return f;
}

QString preferredTopology(const QJsonObject &pref)
{
    QString t = objectAt(pref, "cpu"_L1).value("preferredCPUTopology"_L1).toString();
    if (t.startsWith("prefer"_L1))
        t = t.mid(6);
    return t.isEmpty() ? u"sockets"_s : t.toLower();
}

std::pair<int, QString> spreadOptions(const QJsonObject &pref)
{
    int ratio = pref.value("preferSpreadSocketToCoreRatio"_L1).toInt(2);
    QString across = u"SocketsCores"_s;
    const QJsonObject options = objectAt(objectAt(pref, "cpu"_L1), "spreadOptions"_L1);
    if (has(options, "across"_L1))
        across = stringAt(options, "across"_L1);
    if (has(options, "ratio"_L1))
        ratio = options.value("ratio"_L1).toInt();
    return {ratio > 0 ? ratio : 2, across};
}

void applyToSpec(QJsonObject &vmiSpec, const QJsonObject &it, const QJsonObject &pref)
{
    // nodeselector.go, scheduler.go: copied when the instancetype has them.
    if (has(it, "nodeSelector"_L1))
        vmiSpec.insert("nodeSelector"_L1, it.value("nodeSelector"_L1));
    if (!stringAt(it, "schedulerName"_L1).isEmpty())
        vmiSpec.insert("schedulerName"_L1, it.value("schedulerName"_L1));
    QJsonObject domain = objectAt(vmiSpec, "domain"_L1);
    applyCpu(domain, objectAt(it, "cpu"_L1), pref);
    applyMemory(domain, objectAt(it, "memory"_L1));
    vmiSpec.insert("domain"_L1, domain);
}

void applyToVmi(QJsonObject &vmi, const QJsonObject &vm, const Found &found)
{
    if (!found.instancetype && !found.preference)
        return;
    QJsonObject meta = objectAt(vmi, "metadata"_L1);
    QJsonObject annotations = objectAt(meta, "annotations"_L1);
    // annotations.Set / preference annotations.Set: the namespaced kinds get the plain key.
    for (const bool preference : {false, true}) {
        const QJsonObject m = matcherOf(vm, preference);
        const ApiResource *res = m.isEmpty() ? nullptr : resourceFor(stringAt(m, "kind"_L1), preference);
        if (!res)
            continue;
        const bool cluster = *res == ApiResource::clusterInstancetypes() || *res == ApiResource::clusterPreferences();
        const QString key = u"kubevirt.io/%1%2-name"_s.arg(cluster ? u"cluster-"_s : QString(),
                                                          preference ? u"preference"_s : u"instancetype"_s);
        annotations.insert(key, stringAt(m, "name"_L1));
    }
    if (found.instancetype) {
        // annotations.go applyInstanceTypeAnnotations: the instancetype's spec.annotations where
        // the VMI has none of that key.
        const QJsonObject extra = objectAt(objectAt(*found.instancetype, "spec"_L1), "annotations"_L1);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            if (!annotations.contains(it.key()))
                annotations.insert(it.key(), it.value());
    }
    meta.insert("annotations"_L1, annotations);
    vmi.insert("metadata"_L1, meta);
    if (found.instancetype) {
        QJsonObject spec = objectAt(vmi, "spec"_L1);
        applyToSpec(spec, objectAt(*found.instancetype, "spec"_L1), objectAt(found.preference.value_or(QJsonObject()), "spec"_L1));
        vmi.insert("spec"_L1, spec);
    }
}

QJsonObject expandedTemplateSpec(const QJsonObject &vm, const Found &found)
{
    QJsonObject spec = objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
    if (found.instancetype)
        applyToSpec(spec, objectAt(*found.instancetype, "spec"_L1), objectAt(found.preference.value_or(QJsonObject()), "spec"_L1));
    return spec;
}

void applyStatusRefs(QJsonObject &vmStatus, const QJsonObject &vm, const Found &found)
{
    if (found.instancetype)
        vmStatus.insert("instancetypeRef"_L1, statusRef(objectAt(vmStatus, "instancetypeRef"_L1), matcherOf(vm, false),
                                                        *found.instancetype, nameOf(vm)));
    if (found.preference)
        vmStatus.insert("preferenceRef"_L1, statusRef(objectAt(vmStatus, "preferenceRef"_L1), matcherOf(vm, true),
                                                      *found.preference, nameOf(vm)));
}

} // namespace drover::sim::instancetype
