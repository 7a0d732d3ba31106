#include "VmSummary.h"

#include "Vm.h"

namespace drover::models {

VmSummary VmSummary::fromJson(const QString &key, const kube::LazyObject &vmJson,
                              const kube::LazyObject &vmiJson)
{
    VmSummary s;
    s.key = key;
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    s.ns = slash < 0 ? QString() : key.left(slash);
    s.name = key.mid(slash + 1);
    auto vm = core::Vm::fromJson(vmJson.json());
    if (vm) {
        s.valid = true;
        s.status = vm->printableStatus;
        s.runStrategy = vm->runStrategy;
        // A VM with an instancetype has neither in its template (the template's vCPU count would
        // be KubeVirt's default of 1): unknown until its VMI, which has the instancetype applied.
        if (vm->instancetype.isEmpty()) {
            s.vcpu = vm->resources.cpuCores;
            s.memoryBytes = vm->resources.memoryBytes;
        }
        s.os = vm->meta.annotations.value(QStringLiteral("drover.io/os-name"));
        s.tenantCluster = vm->meta.labels.value(QStringLiteral("cluster.x-k8s.io/cluster-name"));
    }
    if (!vmiJson.isEmpty()) {
        auto vmi = core::Vmi::fromJson(vmiJson.json());
        if (vmi) {
            s.hasVmi = true;
            s.vmiUid = vmi->meta.uid;
            s.host = vmi->nodeName;
            const core::VmiMigrationState &ms = vmi->migrationState;
            if (vmi->hasMigrationState && !ms.completed && !ms.failed && !ms.targetNode.isEmpty() && ms.targetNode != s.host)
                s.migratingTo = ms.targetNode;
            s.ip = vmi->firstIp();
            s.vmiRunning = vmi->phase == QLatin1String("Running");
            s.paused = vmi->paused();
            // What runs counts: a hot-plugged or changed VM spec applies at the next start, and
            // an instancetype VM's CPUs and memory are only known from its VMI's spec.
            if (vmi->resources.cpuCores > 0)
                s.vcpu = vmi->resources.cpuCores;
            if (vmi->resources.memoryBytes > 0)
                s.memoryBytes = vmi->resources.memoryBytes;
            // The guest agent's "name" is generic ("Microsoft Windows"): the VM's own
            // drover.io/os-name annotation, when set, says more.
            if (s.os.isEmpty())
                s.os = vmi->guestOsName;
        }
    }
    if (s.os.isEmpty() && vm)
        s.os = vm->osName; // the os label: "windows", "linux"
    if (s.status.isEmpty())
        s.status = s.hasVmi && s.vmiRunning ? (s.paused ? QStringLiteral("Paused") : QStringLiteral("Running"))
                                            : QStringLiteral("Unknown");
    s.kind = statusKindOf(s.status);
    return s;
}

} // namespace drover::models
