#include "VmSummary.h"

#include "ObjectMeta.h"

namespace drover::models {

VmSummary VmSummary::combine(const QString &key, const VmFacts &vm, const VmiFacts &vmi)
{
    VmSummary s;
    s.key = key;
    s.ns = core::namespaceOfKey(key);
    s.name = core::nameOfKey(key);
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
