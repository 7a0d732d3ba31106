#include "VmFacts.h"

#include "JsonDom.h"
#include "JsonProjection.h"
#include "Vm.h"
#include "VmFactsDom.h"

namespace drover::models {

// core::Vm::fromJson refuses a VM without a name or with a template it cannot size: those fields
// come along, so the facts are valid exactly when the whole VM would decode.
const kube::JsonProjection &VmFacts::fields()
{
    static const kube::JsonProjection f{"metadata.name",
                                        "metadata.namespace",
                                        "metadata.labels",
                                        "metadata.annotations",
                                        "spec.running",
                                        "spec.runStrategy",
                                        "spec.instancetype.name",
                                        "spec.template.metadata.labels",
                                        "spec.template.metadata.annotations",
                                        "spec.template.spec.domain.cpu",
                                        "spec.template.spec.domain.memory",
                                        "spec.template.spec.domain.resources",
                                        "status.printableStatus"};
    return f;
}

VmFacts VmFacts::fromJson(const kube::LazyObject &json)
{
    return readFacts<VmFacts>(json, FieldsPrint()).facts;
}

VmFacts VmFacts::fromObject(const QJsonObject &json)
{
    VmFacts f;
    if (json.isEmpty())
        return f;
    auto vm = core::Vm::fromJson(json);
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

const kube::JsonProjection &VmiFacts::fields()
{
    static const kube::JsonProjection f{"metadata.name",
                                        "metadata.namespace",
                                        "metadata.uid",
                                        "spec.domain.cpu",
                                        "spec.domain.memory",
                                        "spec.domain.resources",
                                        "status.phase",
                                        "status.nodeName",
                                        "status.conditions.type",
                                        "status.conditions.status",
                                        "status.interfaces.ipAddress",
                                        "status.interfaces.ipAddresses",
                                        "status.guestOSInfo.name",
                                        "status.migrationState.completed",
                                        "status.migrationState.failed",
                                        "status.migrationState.targetNode",
                                        "status.migrationState.targetState.node"};
    return f;
}

VmiFacts VmiFacts::fromJson(const kube::LazyObject &json)
{
    return readFacts<VmiFacts>(json, FieldsPrint()).facts;
}

VmiFacts VmiFacts::fromObject(const QJsonObject &json)
{
    VmiFacts f;
    if (json.isEmpty())
        return f;
    auto vmi = core::Vmi::fromJson(json);
    if (!vmi)
        return f;
    f.valid = true;
    f.uid = vmi->meta.uid;
    f.host = vmi->nodeName;
    const core::VmiMigrationState &ms = vmi->migrationState;
    if (vmi->hasMigrationState)
        f.migratingTo = migrationTarget(ms.completed, ms.failed, ms.targetNode, f.host);
    f.ip = vmi->firstIp();
    f.running = vmi->phase == core::VmiPhase::Running;
    f.paused = vmi->paused();
    f.vcpu = vmi->resources.cpuCores;
    f.memoryBytes = vmi->resources.memoryBytes;
    f.guestOsName = vmi->guestOsName;
    return f;
}

QString migrationTarget(bool completed, bool failed, const QString &target, const QString &host)
{
    return !completed && !failed && target != host ? target : QString();
}

namespace {

VmFacts factsOf(simdjson::dom::object root, const VmFacts *)
{
    return vmFactsOf(root);
}

VmiFacts factsOf(simdjson::dom::object root, const VmiFacts *)
{
    return vmiFactsOf(root);
}

} // namespace

template <typename Facts>
FactsRead<Facts> readFacts(const kube::LazyObject &object, const FieldsPrint &previousPrint)
{
    FactsRead<Facts> r;
    if (object.isEmpty())
        return r; // none: nothing to read
    if (carriesPrint<Facts>(object, previousPrint)) {
        r.print = previousPrint;
        r.same = true;
        return r;
    }
    // Read from the bytes' DOM (VmFactsDom). A version without the print of its fields (a listed
    // one) is printed from the same DOM, so a relist that leaves them as they were decodes nothing.
    r.print = object.printFor(Facts::fields());
    const bool read = kube::readDom(object.bytes(), [&](simdjson::dom::object root) {
        if (!r.print.isSet()) {
            const QByteArray text = kube::projectedText(Facts::fields(), root);
            r.print = kube::JsonProjection::printOf(text.constData(), text.size());
            r.same = r.print == previousPrint;
        }
        if (!r.same) {
            r.facts = factsOf(root, static_cast<const Facts *>(nullptr));
            r.decoded = true;
        }
    });
    if (!read) { // a parsed object, or bytes left to Qt: their whole reading
        r.facts = Facts::fromObject(object.json());
        r.decoded = true;
        r.print = FieldsPrint(); // facts of the whole object are not vouched for by its fields alone
    }
    return r;
}

template FactsRead<VmFacts> readFacts(const kube::LazyObject &, const FieldsPrint &);
template FactsRead<VmiFacts> readFacts(const kube::LazyObject &, const FieldsPrint &);

} // namespace drover::models
