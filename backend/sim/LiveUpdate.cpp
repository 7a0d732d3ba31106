// KubeVirt v1.9's live update rules (LiveUpdate.h). Sources: pkg/virt-config/virt-config.go,
// pkg/defaults/defaults.go, pkg/liveupdate/memory/memory.go, pkg/virt-controller/watch/vm/vm.go.
#include "LiveUpdate.h"

#include "Quantity.h"
#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim::liveupdate {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kGi = 1LL << 30;
// memory.go HotplugBlockAlignmentBytes (2Mi) and requiredMinGuestMemory (1Gi).
constexpr qint64 kBlockAlignment = 2LL << 20;
constexpr int kMaxVcpus = 512; // defaults.go setupCPUHotplug's upper bound

QJsonObject specOf(const QJsonObject &obj)
{
    return objectAt(obj, "spec"_L1);
}

QJsonObject domainOf(const QJsonObject &spec)
{
    return objectAt(spec, "domain"_L1);
}

int intAt(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toInt(0);
}

bool isArm64(const QJsonObject &spec)
{
    return stringAt(spec, "architecture"_L1) == "arm64"_L1;
}

// resources.{requests,limits}.<what> of a domain, in bytes or (cpu) whole cores rounded up.
qint64 resourceOf(const QJsonObject &domain, QLatin1StringView kind, QLatin1StringView what)
{
    const QJsonValue v = objectAt(objectAt(domain, "resources"_L1), kind).value(what);
    if (v.isUndefined())
        return 0;
    if (what == "cpu"_L1) {
        const auto m = core::cpuMillisFromJson(v);
        return m ? (*m + 999) / 1000 : 0;
    }
    return bytesOf(v);
}

// SetDefaultGuestCPUTopology: no topology at all → sockets from the cpu limit or request, else 1.
QJsonObject defaultTopology(const QJsonObject &domain)
{
    QJsonObject cpu = objectAt(domain, "cpu"_L1);
    if (intAt(cpu, "sockets"_L1) || intAt(cpu, "cores"_L1) || intAt(cpu, "threads"_L1))
        return cpu;
    qint64 sockets = resourceOf(domain, "limits"_L1, "cpu"_L1);
    if (sockets == 0)
        sockets = resourceOf(domain, "requests"_L1, "cpu"_L1);
    cpu.insert("sockets"_L1, int(qMax<qint64>(1, sockets)));
    cpu.insert("cores"_L1, 1);
    cpu.insert("threads"_L1, 1);
    return cpu;
}

// setupCPUHotplug.
void setupCpuHotplug(QJsonObject &cpu, const Config &cfg)
{
    if (intAt(cpu, "maxSockets"_L1) != 0)
        return;
    const int sockets = intAt(cpu, "sockets"_L1);
    int maxSockets = cfg.maxCpuSockets;
    if (maxSockets != 0 && sockets > maxSockets)
        maxSockets = sockets;
    if (maxSockets == 0) {
        maxSockets = sockets * cfg.maxHotplugRatio;
        const int perSocket = qMax(1, intAt(cpu, "cores"_L1)) * qMax(1, intAt(cpu, "threads"_L1));
        if (maxSockets * perSocket > kMaxVcpus)
            maxSockets = qMax(kMaxVcpus / perSocket, sockets);
    }
    if (maxSockets != 0)
        cpu.insert("maxSockets"_L1, maxSockets);
}

// memory.go ValidateLiveUpdateMemory: why memory hotplug is off for this spec, or empty.
// An empty architecture counts as amd64: the VM mutator would have set it.
QString memoryHotplugError(const QJsonObject &spec, qint64 maxGuest)
{
    const QJsonObject domain = domainOf(spec);
    const QJsonObject cpu = objectAt(domain, "cpu"_L1);
    if (cpu.contains("realtime"_L1))
        return u"Memory hotplug is not compatible with realtime VMs"_s;
    if (objectAt(cpu, "numa"_L1).contains("guestMappingPassthrough"_L1))
        return u"Memory hotplug is not compatible with guest mapping passthrough"_s;
    if (domain.contains("launchSecurity"_L1))
        return u"Memory hotplug is not compatible with encrypted VMs"_s;
    const QJsonObject memory = objectAt(domain, "memory"_L1);
    const qint64 align = stringAt(objectAt(memory, "hugepages"_L1), "pageSize"_L1) == "1Gi"_L1 ? kGi : kBlockAlignment;
    const qint64 guest = bytesOf(memory.value("guest"_L1));
    if (guest == 0)
        return u"Guest memory must be configured when memory hotplug is enabled"_s;
    if (maxGuest == 0)
        return u"Max guest memory must be configured when memory hotplug is enabled"_s;
    if (guest > maxGuest)
        return u"Guest memory is greater than the configured maxGuest memory"_s;
    if (guest % align != 0)
        return u"Guest memory must be %1 aligned"_s.arg(binaryQuantity(align));
    if (maxGuest % align != 0)
        return u"MaxGuest must be %1 aligned"_s.arg(binaryQuantity(align));
    const QString arch = stringAt(spec, "architecture"_L1);
    if (!arch.isEmpty() && arch != "amd64"_L1)
        return u"Memory hotplug is only available for x86_64 VMs"_s;
    if (guest < kGi)
        return u"Memory hotplug is only available for VMs with at least 1Gi of guest memory"_s;
    return {};
}

// setupMemoryHotplug: maxGuest from the cluster, else guest x maxHotplugRatio, if it validates.
void setupMemoryHotplug(QJsonObject &spec, const Config &cfg)
{
    QJsonObject domain = domainOf(spec);
    QJsonObject memory = objectAt(domain, "memory"_L1);
    if (memory.contains("maxGuest"_L1))
        return;
    const qint64 guest = bytesOf(memory.value("guest"_L1));
    const qint64 maxGuest = cfg.maxGuest ? cfg.maxGuest : guest * cfg.maxHotplugRatio;
    if (!memoryHotplugError(spec, maxGuest).isEmpty())
        return; // "memory-hotplug disabled: ..." in virt-api's log only
    memory.insert("maxGuest"_L1, binaryQuantity(maxGuest));
    domain.insert("memory"_L1, memory);
    spec.insert("domain"_L1, domain);
}

// A JSON path's value, removed from or set on obj (missing = removed).
void copyKey(QJsonObject &to, const QJsonObject &from, QLatin1StringView key)
{
    if (from.contains(key))
        to.insert(key, from.value(key));
    else
        to.remove(key);
}

} // namespace

Config configOf(const ObjectStore &store)
{
    Config c;
    if (!store.find(u"kubevirt.io"_s, u"v1"_s, u"kubevirts"_s))
        return c;
    const QList<QJsonObject> crs = store.list(ApiResource::kubevirts());
    if (crs.isEmpty())
        return c;
    const QJsonObject conf = objectAt(specOf(crs.first()), "configuration"_L1);
    const QJsonValue strategy = conf.value("vmRolloutStrategy"_L1);
    c.liveUpdate = !strategy.isString() || strategy.toString() == "LiveUpdate"_L1;
    const QJsonObject live = objectAt(conf, "liveUpdateConfiguration"_L1);
    if (const int ratio = intAt(live, "maxHotplugRatio"_L1); ratio > 0)
        c.maxHotplugRatio = ratio;
    c.maxCpuSockets = intAt(live, "maxCpuSockets"_L1);
    c.maxGuest = bytesOf(live.value("maxGuest"_L1));
    return c;
}

qint64 bytesOf(const QJsonValue &quantity)
{
    if (quantity.isUndefined() || quantity.isNull())
        return 0;
    const auto b = core::bytesFromJson(quantity);
    return b ? qint64(*b) : 0;
}

QString binaryQuantity(qint64 bytes)
{
    static const char *const suffixes[] = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
    for (int i = 0; i < 6; ++i) {
        const qint64 unit = 1LL << (10 * (6 - i));
        if (bytes != 0 && bytes % unit == 0)
            return QString::number(bytes / unit) + QLatin1StringView(suffixes[i]);
    }
    return QString::number(bytes);
}

void applyVmiDefaults(QJsonObject &vmi, const Config &cfg)
{
    QJsonObject spec = specOf(vmi);
    if (stringAt(spec, "architecture"_L1).isEmpty())
        spec.insert("architecture"_L1, u"amd64"_s); // setDefaultArchitecture (amd64 nodes)
    QJsonObject domain = domainOf(spec);
    // setGuestMemory: guest from the memory request, else the limit.
    QJsonObject memory = objectAt(domain, "memory"_L1);
    if (!memory.contains("guest"_L1)) {
        const QJsonObject res = objectAt(domain, "resources"_L1);
        for (const QLatin1StringView kind : {"requests"_L1, "limits"_L1})
            if (const QJsonValue m = objectAt(res, kind).value("memory"_L1); !memory.contains("guest"_L1) && bytesOf(m) > 0)
                memory.insert("guest"_L1, m);
        if (!memory.isEmpty())
            domain.insert("memory"_L1, memory);
    }
    QJsonObject cpu = defaultTopology(domain);
    if (cfg.liveUpdate && !isArm64(spec))
        setupCpuHotplug(cpu, cfg);
    domain.insert("cpu"_L1, cpu);
    spec.insert("domain"_L1, domain);
    if (cfg.liveUpdate && !isArm64(spec))
        setupMemoryHotplug(spec, cfg);
    vmi.insert("spec"_L1, spec);

    QJsonObject st = objectAt(vmi, "status"_L1);
    if (!st.contains("currentCPUTopology"_L1))
        st.insert("currentCPUTopology"_L1, QJsonObject{{u"sockets"_s, intAt(cpu, "sockets"_L1)},
                                                       {u"cores"_s, intAt(cpu, "cores"_L1)},
                                                       {u"threads"_s, intAt(cpu, "threads"_L1)}});
    const QJsonValue guest = objectAt(domainOf(spec), "memory"_L1).value("guest"_L1);
    if (!guest.isUndefined())
        st.insert("memory"_L1, QJsonObject{{u"guestAtBoot"_s, guest}, {u"guestCurrent"_s, guest}, {u"guestRequested"_s, guest}});
    vmi.insert("status"_L1, st);
}

void setRevisionName(QJsonObject &vmi, const QJsonObject &vm)
{
    if (uidOf(vm).isEmpty())
        return;
    QJsonObject st = objectAt(vmi, "status"_L1);
    const qint64 generation = objectAt(vm, "metadata"_L1).value("generation"_L1).toInteger(1);
    st.insert("virtualMachineRevisionName"_L1, u"revision-start-vm-%1-%2"_s.arg(uidOf(vm)).arg(generation));
    vmi.insert("status"_L1, st);
}

QString revisionNameOf(const QJsonObject &vmi)
{
    return stringAt(objectAt(vmi, "status"_L1), "virtualMachineRevisionName"_L1);
}

QString nonLiveMessage()
{
    return u"a non-live-updatable field was changed in the template spec"_s; // vm.go syncRestartRequired
}

bool isMigrating(const QJsonObject &vmi)
{
    const QJsonObject m = objectAt(objectAt(vmi, "status"_L1), "migrationState"_L1);
    return !m.isEmpty() && !m.value("completed"_L1).toBool() && !m.value("failed"_L1).toBool();
}

void applyCpu(QJsonObject &vmi, const QJsonObject &vmTemplateSpec)
{
    QJsonObject spec = specOf(vmi);
    QJsonObject domain = domainOf(spec);
    QJsonObject cpu = objectAt(domain, "cpu"_L1);
    cpu.insert("sockets"_L1, objectAt(domainOf(vmTemplateSpec), "cpu"_L1).value("sockets"_L1));
    domain.insert("cpu"_L1, cpu);
    spec.insert("domain"_L1, domain);
    vmi.insert("spec"_L1, spec);
}

void applyMemory(QJsonObject &vmi, const QJsonObject &vmTemplateSpec)
{
    const QJsonObject tmplDomain = domainOf(vmTemplateSpec);
    const QJsonValue guestValue = objectAt(tmplDomain, "memory"_L1).value("guest"_L1);
    const qint64 guest = bytesOf(guestValue);
    QJsonObject spec = specOf(vmi);
    QJsonObject domain = domainOf(spec);
    const qint64 current = bytesOf(objectAt(objectAt(vmi, "status"_L1), "memory"_L1).value("guestCurrent"_L1));
    qint64 delta = guest - current;
    QJsonObject memory = objectAt(domain, "memory"_L1);
    memory.insert("guest"_L1, guestValue);
    domain.insert("memory"_L1, memory);
    QJsonObject resources = objectAt(domain, "resources"_L1);
    QJsonObject requests = objectAt(resources, "requests"_L1);
    if (const qint64 req = bytesOf(requests.value("memory"_L1)); req > 0) {
        qint64 next = req + delta;
        if (next < guest) { // vm.go: at least the guest memory asked for
            next = guest;
            delta = guest - next;
        }
        requests.insert("memory"_L1, binaryQuantity(next));
        resources.insert("requests"_L1, requests);
    }
    QJsonObject limits = objectAt(resources, "limits"_L1);
    if (resourceOf(tmplDomain, "limits"_L1, "memory"_L1) > 0) {
        limits.insert("memory"_L1, binaryQuantity(bytesOf(limits.value("memory"_L1)) + delta));
        resources.insert("limits"_L1, limits);
    }
    if (!resources.isEmpty())
        domain.insert("resources"_L1, resources);
    spec.insert("domain"_L1, domain);
    vmi.insert("spec"_L1, spec);
}

bool applyPlacement(QJsonObject &vmi, const QJsonObject &vmTemplateSpec)
{
    QJsonObject spec = specOf(vmi);
    const QJsonObject before = spec;
    for (const QLatin1StringView key : {"nodeSelector"_L1, "affinity"_L1, "tolerations"_L1})
        copyKey(spec, vmTemplateSpec, key);
    if (spec == before)
        return false;
    vmi.insert("spec"_L1, spec);
    return true;
}

bool applyNics(QJsonObject &vmi, const QJsonObject &vmTemplateSpec)
{
    // The VM controller adds hot-plugged interfaces to the VMI spec and virt-handler plugs them;
    // for a bridge NIC KubeVirt then migrates the VM (pkg/network/migration/evaluator.go), which
    // the sim does not: the NIC appears in place.
    QJsonObject spec = specOf(vmi);
    QJsonObject domain = domainOf(spec);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    const QJsonArray want = objectAt(domainOf(vmTemplateSpec), "devices"_L1).value("interfaces"_L1).toArray();
    const QJsonArray have = devices.value("interfaces"_L1).toArray();
    if (want.size() <= have.size())
        return false;
    devices.insert("interfaces"_L1, want);
    domain.insert("devices"_L1, devices);
    spec.insert("domain"_L1, domain);
    spec.insert("networks"_L1, vmTemplateSpec.value("networks"_L1));
    vmi.insert("spec"_L1, spec);
    QJsonObject status = objectAt(vmi, "status"_L1);
    QJsonArray interfaces = status.value("interfaces"_L1).toArray();
    for (qsizetype i = have.size(); i < want.size(); ++i)
        interfaces.append(QJsonObject{{u"name"_s, stringAt(want[i].toObject(), "name"_L1)},
                                      {u"interfaceName"_s, u"eth"_s + QString::number(i)},
                                      {u"infoSource"_s, u"domain, multus-status"_s}});
    status.insert("interfaces"_L1, interfaces);
    vmi.insert("status"_L1, status);
    return true;
}

Verdict cpuVerdict(const QJsonObject &vmTemplateSpec, const QJsonObject &vmi)
{
    const QJsonObject vmCpu = objectAt(domainOf(vmTemplateSpec), "cpu"_L1);
    const QJsonObject vmiCpu = objectAt(domainOf(specOf(vmi)), "cpu"_L1);
    if (vmCpu.isEmpty() || vmiCpu.isEmpty())
        return {};
    const int want = intAt(vmCpu, "sockets"_L1), have = intAt(vmiCpu, "sockets"_L1);
    if (want == have)
        return {};
    if (conditionTrue(vmi, u"HotVCPUChange"_s) || isMigrating(vmi))
        return {Verdict::Wait, {}}; // "another CPU hotplug is in progress" / "... while VMI is migrating"
    if (want > intAt(vmiCpu, "maxSockets"_L1))
        return {Verdict::RestartRequired, u"CPU sockets updated in template spec to a value higher than what's available"_s};
    if (want < have)
        return {Verdict::RestartRequired, u"Reduction of CPU socket count requires a restart"_s};
    if (isArm64(vmTemplateSpec))
        return {Verdict::RestartRequired, u"ARM doesn't support CPU hotplug"_s};
    return {Verdict::Apply, {}};
}

Verdict memoryVerdict(const QJsonObject &vmTemplateSpec, const QJsonObject &vmi)
{
    const qint64 want = bytesOf(objectAt(domainOf(vmTemplateSpec), "memory"_L1).value("guest"_L1));
    const QJsonObject vmiMemory = objectAt(domainOf(specOf(vmi)), "memory"_L1);
    const QJsonObject status = objectAt(objectAt(vmi, "status"_L1), "memory"_L1);
    if (want == 0 || bytesOf(vmiMemory.value("guest"_L1)) == 0 || bytesOf(status.value("guestCurrent"_L1)) == 0)
        return {};
    const auto change = conditionOf(vmi, u"HotMemoryChange"_s);
    if (change && stringAt(*change, "status"_L1) == "False"_L1)
        return {Verdict::RestartRequired, u"memory updated in template spec. Memory-hotplug failed and is not available for this VM configuration"_s};
    if (want == bytesOf(vmiMemory.value("guest"_L1)))
        return {};
    if (!conditionTrue(vmi, u"LiveMigratable"_s))
        return {Verdict::RestartRequired, u"memory updated in template spec. Memory-hotplug is only available for migratable VMs"_s};
    const qint64 maxGuest = bytesOf(vmiMemory.value("maxGuest"_L1));
    if (maxGuest == 0)
        return {Verdict::RestartRequired, u"memory updated in template spec. Memory-hotplug is not available for this VM configuration"_s};
    if (change || isMigrating(vmi))
        return {Verdict::Wait, {}}; // "another memory hotplug is in progress" / "... while VMI is migrating"
    if (const QString err = memoryHotplugError(vmTemplateSpec, maxGuest); !err.isEmpty())
        return {Verdict::RestartRequired, u"memory hotplug not supported, "_s + err};
    if (want < bytesOf(status.value("guestAtBoot"_L1)))
        return {Verdict::RestartRequired, u"memory updated in template spec to a value lower than what the VM started with"_s};
    if (want > maxGuest)
        return {Verdict::RestartRequired, u"memory updated in template spec to a value higher than what's available"_s};
    return {Verdict::Apply, {}};
}

} // namespace drover::sim::liveupdate
