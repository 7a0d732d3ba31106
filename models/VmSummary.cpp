#include "VmSummary.h"

#include "Vm.h"

namespace drover::models {

VmFacts VmFacts::fromJson(const kube::LazyObject &json)
{
    VmFacts f;
    if (json.isEmpty())
        return f;
    auto vm = core::Vm::fromJson(json.json());
    if (!vm)
        return f;
    f.valid = true;
    f.status = vm->printableStatus;
    f.runStrategy = vm->runStrategy;
    // A VM with an instancetype has neither in its template (the template's vCPU count would be
    // KubeVirt's default of 1): unknown until its VMI, which has the instancetype applied.
    if (vm->instancetype.isEmpty()) {
        f.vcpu = vm->resources.cpuCores;
        f.memoryBytes = vm->resources.memoryBytes;
    }
    f.osAnnotation = vm->meta.annotations.value(QStringLiteral("drover.io/os-name"));
    f.osLabel = vm->osName;
    f.tenantCluster = vm->meta.labels.value(QStringLiteral("cluster.x-k8s.io/cluster-name"));
    return f;
}

VmiFacts VmiFacts::fromJson(const kube::LazyObject &json)
{
    VmiFacts f;
    if (json.isEmpty())
        return f;
    auto vmi = core::Vmi::fromJson(json.json());
    if (!vmi)
        return f;
    f.valid = true;
    f.uid = vmi->meta.uid;
    f.host = vmi->nodeName;
    const core::VmiMigrationState &ms = vmi->migrationState;
    if (vmi->hasMigrationState && !ms.completed && !ms.failed && !ms.targetNode.isEmpty() && ms.targetNode != f.host)
        f.migratingTo = ms.targetNode;
    f.ip = vmi->firstIp();
    f.running = vmi->phase == core::VmiPhase::Running;
    f.paused = vmi->paused();
    f.vcpu = vmi->resources.cpuCores;
    f.memoryBytes = vmi->resources.memoryBytes;
    f.guestOsName = vmi->guestOsName;
    return f;
}

VmSummary VmSummary::combine(const QString &key, const VmFacts &vm, const VmiFacts &vmi)
{
    VmSummary s;
    s.key = key;
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    s.ns = slash < 0 ? QString() : key.left(slash);
    s.name = key.mid(slash + 1);
    s.valid = vm.valid;
    s.status = vm.status;
    s.runStrategy = vm.runStrategy;
    s.vcpu = vm.vcpu;
    s.memoryBytes = vm.memoryBytes;
    s.os = vm.osAnnotation;
    s.tenantCluster = vm.tenantCluster;
    if (vmi.valid) {
        s.hasVmi = true;
        s.vmiUid = vmi.uid;
        s.host = vmi.host;
        s.migratingTo = vmi.migratingTo;
        s.ip = vmi.ip;
        s.vmiRunning = vmi.running;
        s.paused = vmi.paused;
        // What runs counts: a hot-plugged or changed VM spec applies at the next start, and an
        // instancetype VM's CPUs and memory are only known from its VMI's spec.
        if (vmi.vcpu > 0)
            s.vcpu = vmi.vcpu;
        if (vmi.memoryBytes > 0)
            s.memoryBytes = vmi.memoryBytes;
        // The guest agent's "name" is generic ("Microsoft Windows"): the VM's own
        // drover.io/os-name annotation, when set, says more.
        if (s.os.isEmpty())
            s.os = vmi.guestOsName;
    }
    if (s.os.isEmpty() && vm.valid)
        s.os = vm.osLabel;
    if (s.status.isEmpty())
        s.status = s.hasVmi && s.vmiRunning ? (s.paused ? QStringLiteral("Paused") : QStringLiteral("Running"))
                                            : QStringLiteral("Unknown");
    s.kind = statusKindOf(s.status);
    return s;
}

} // namespace drover::models
