// What virt-controller reads of a VM's DataVolumes (Cdi.h, cdi::vmDisks): whether the VM may
// start, and what its status says meanwhile.
#include "Cdi.h"
#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim::cdi {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &DV = ApiResource::dataVolumes();

QString phaseOfDv(const QJsonObject &dv)
{
    return stringAt(objectAt(dv, "status"_L1), "phase"_L1);
}

// KubeVirt pkg/virt-controller/watch/vm/vm.go handleDataVolumes: every template's DataVolume
// made and Succeeded (or WaitForFirstConsumer, PendingPopulation). A template whose DataVolume
// cannot be generated (GenerateDataVolumeFromTemplate: the DataSource is missing) is a sync
// error: "Error encountered while creating DataVolumes: unable to create DataVolume manifest: ..."
void readTemplates(const ObjectStore &store, const QJsonObject &vm, VmDisks &d)
{
    const QString ns = namespaceOf(vm);
    for (const QJsonValue &t : objectAt(vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray()) {
        const QJsonObject tmpl = t.toObject();
        const auto dv = store.get(DV, ns, stringAt(objectAt(tmpl, "metadata"_L1), "name"_L1));
        if (!dv) {
            d.ready = false;
            if (const auto spec = resolveTemplateSpec(store, ns, objectAt(tmpl, "spec"_L1)); !spec) {
                d.syncError = u"Error encountered while creating DataVolumes: unable to create DataVolume manifest: "_s +
                              spec.error().message;
                return;
            }
            continue;
        }
        const QString phase = phaseOfDv(*dv);
        if (phase != "Succeeded"_L1 && phase != "WaitForFirstConsumer"_L1 && phase != "PendingPopulation"_L1)
            d.ready = false;
    }
}

// pkg/storage/types/dv.go HasDataVolumeErrors and HasDataVolumeProvisioning, over the
// template's dataVolume volumes.
void readVolumes(const ObjectStore &store, const QJsonObject &vm, VmDisks &d)
{
    const QJsonObject tmplSpec = objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
    for (const QJsonValue &v : tmplSpec.value("volumes"_L1).toArray()) {
        const QString name = stringAt(objectAt(v.toObject(), "dataVolume"_L1), "name"_L1);
        const auto dv = name.isEmpty() ? std::nullopt : store.get(DV, namespaceOf(vm), name);
        if (!dv)
            continue;
        const QString phase = phaseOfDv(*dv);
        const auto running = conditionOf(*dv, u"Running"_s);
        const QString reason = running ? stringAt(*running, "reason"_L1) : QString();
        const bool stopped = running && stringAt(*running, "status"_L1) == "False"_L1;
        if (phase == "Failed"_L1 || (stopped && (reason == "Error"_L1 || reason == "ImagePullFailed"_L1)))
            d.error = true;
        if (phase == "Succeeded"_L1 || phase == "PendingPopulation"_L1)
            continue;
        if (conditionTrue(*dv, u"Bound"_s) || phase != "WaitForFirstConsumer"_L1)
            d.provisioning = true; // WFFC and unbound is not provisioning
    }
}

} // namespace

VmDisks vmDisks(const ObjectStore &store, const QJsonObject &vm)
{
    VmDisks d;
    if (!store.find(DV.group, DV.version, DV.plural))
        return d; // a store without CDI (tests of the VM controller alone): nothing to wait for
    // vm.go sync: with kubevirt.io/immediate-data-volume-creation "false" the DataVolumes are
    // not looked at here (the simulator makes them anyway).
    const QJsonObject annotations = objectAt(objectAt(vm, "metadata"_L1), "annotations"_L1);
    if (stringAt(annotations, "kubevirt.io/immediate-data-volume-creation"_L1) != "false"_L1)
        readTemplates(store, vm, d);
    readVolumes(store, vm, d);
    return d;
}

void applyVmDisks(QJsonObject &status, const VmDisks &disks)
{
    // vm.go processFailureCondition: the sync error as Failure (reason FailedCreate), removed
    // once a pass has none.
    QJsonObject holder{{u"status"_s, status}};
    if (disks.syncError.isEmpty())
        removeCondition(holder, u"Failure"_s);
    else
        setCondition(holder, u"Failure"_s, true, u"FailedCreate"_s, disks.syncError);
    status = objectAt(holder, "status"_L1);
    // setPrintableStatus's order: ... Running, PvcNotFound, DataVolumeError, ErrorUnschedulable,
    // Provisioning, WaitingForVolumeBinding, ..., Starting, CrashLoopBackOff, Stopped; Unknown last.
    const QString printable = stringAt(status, "printableStatus"_L1);
    const bool belowProvisioning = printable == "Starting"_L1 || printable == "Stopped"_L1 || printable == "Unknown"_L1;
    if (disks.error && (belowProvisioning || printable == "ErrorUnschedulable"_L1))
        status.insert("printableStatus"_L1, u"DataVolumeError"_s);
    else if (disks.provisioning && belowProvisioning)
        status.insert("printableStatus"_L1, u"Provisioning"_s);
}

} // namespace drover::sim::cdi
