// drover-sim's edits of running VMs as KubeVirt v1.9 plays them (backend/sim/LiveUpdate.h,
// LiveUpdateController.h, HotplugVolumes.h), over HTTPS against an in-process SimCluster at time
// scale 0: CPU and memory hotplug (HotVCPUChange / HotMemoryChange seen, then
// status.currentCPUTopology / status.memory), RestartRequired with vm.go's messages and its
// clearing, labels and annotations that never raise it, addvolume / removevolume with
// volumes.go's answers and the VMI's volumeStatus, and kube-apiserver's 409 for a stale
// resourceVersion. Each case has its own VM; the store's commits are recorded, so conditions that
// come and go are seen without sleeping.
#include "SimHttpCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();
const QString kNs = u"prod"_s;
const QString kNonLive = u"a non-live-updatable field was changed in the template spec"_s;

using Reply = test::SimReply;

struct Cluster : test::SimHttpCluster
{
    Cluster() : SimHttpCluster(u"liveupdate"_s, vms()) {}
    static QList<VmSpec> vms()
    {
        QList<VmSpec> out;
        for (const char *name : {"cpu", "over", "mem", "machine", "labels", "vol", "bus", "stale"}) {
            VmSpec v;
            v.name = QLatin1StringView(name);
            v.ns = kNs;
            v.osName = u"Fedora 40"_s;
            v.cpu = 2;
            v.memoryBytes = 4LL << 30;
            out << v;
        }
        return out;
    }
    QJsonObject vm(const QString &name) const { return SimHttpCluster::vm(kNs, name); }
    QJsonObject vmi(const QString &name) const { return SimHttpCluster::vmi(kNs, name); }
    Reply patchVm(const QString &name, const QByteArray &mergePatch)
    {
        return send("PATCH", u"/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/"_s + name, mergePatch,
                    "application/merge-patch+json");
    }
    Reply patchTemplate(const QString &name, const QByteArray &templateSpec)
    {
        return patchVm(name, R"json({"spec":{"template":{"spec":)json" + templateSpec + "}}}");
    }
    Reply subresource(const QString &plural, const QString &name, const QString &verb, const QByteArray &body)
    {
        return send("PUT", u"/apis/subresources.kubevirt.io/v1/namespaces/prod/%1/%2/%3"_s.arg(plural, name, verb), body);
    }
    Reply volume(const QString &name, const QString &verb, const QByteArray &body)
    {
        return subresource(u"virtualmachines"_s, name, verb, body);
    }
};

std::optional<QJsonObject> condition(const QJsonObject &obj, const QString &type)
{
    return conditionOf(obj, type);
}

QString restartMessage(const QJsonObject &vm)
{
    const auto c = conditionOf(vm, u"RestartRequired"_s);
    return c && stringAt(*c, "status"_L1) == "True"_L1 ? stringAt(*c, "message"_L1) : QString();
}

QJsonObject statusAt(const QJsonObject &obj, QLatin1StringView key)
{
    return objectAt(objectAt(obj, "status"_L1), key);
}

QJsonObject volumeStatus(const QJsonObject &vmi, const QString &name)
{
    for (const QJsonValue &v : objectAt(vmi, "status"_L1).value("volumeStatus"_L1).toArray())
        if (stringAt(v.toObject(), "name"_L1) == name)
            return v.toObject();
    return {};
}

QJsonObject templateVolume(const QJsonObject &vm, const QString &name)
{
    const QJsonObject spec = objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
    for (const QJsonValue &v : spec.value("volumes"_L1).toArray())
        if (stringAt(v.toObject(), "name"_L1) == name)
            return v.toObject();
    return {};
}

} // namespace

class TestLiveUpdate : public QObject
{
    Q_OBJECT
    std::unique_ptr<Cluster> m_c;

private Q_SLOTS:
    void initTestCase()
    {
        m_c = std::make_unique<Cluster>();
        QTRY_COMPARE(phaseOf(m_c->vmi(u"cpu"_s)), u"Running"_s);
    }
    void cleanupTestCase() { m_c.reset(); }

    void kubevirtRollsOutLive()
    {
        const Reply r = m_c->send("GET", u"/apis/kubevirt.io/v1/namespaces/kubevirt/kubevirts/kubevirt"_s);
        QCOMPARE(r.code, 200);
        QCOMPARE(valueAtConfig(r.json()), u"LiveUpdate"_s);
    }

    void hotplugDefaultsOnTheVmi()
    {
        const QJsonObject vmi = m_c->vmi(u"cpu"_s);
        const QJsonObject domain = objectAt(objectAt(vmi, "spec"_L1), "domain"_L1);
        QCOMPARE(objectAt(domain, "cpu"_L1).value("maxSockets"_L1).toInt(), 4); // 1 socket x maxHotplugRatio 4
        QCOMPARE(objectAt(domain, "memory"_L1).value("maxGuest"_L1).toString(), u"16Gi"_s);
        QCOMPARE(statusAt(vmi, "currentCPUTopology"_L1),
                 (QJsonObject{{u"sockets"_s, 1}, {u"cores"_s, 2}, {u"threads"_s, 1}}));
        QCOMPARE(statusAt(vmi, "memory"_L1),
                 (QJsonObject{{u"guestAtBoot"_s, u"4Gi"_s}, {u"guestCurrent"_s, u"4Gi"_s}, {u"guestRequested"_s, u"4Gi"_s}}));
        QVERIFY(stringAt(objectAt(vmi, "status"_L1), "virtualMachineRevisionName"_L1)
                    .startsWith(u"revision-start-vm-"_s + uidOf(m_c->vm(u"cpu"_s))));
    }

    void socketsRaisedLive()
    {
        QCOMPARE(m_c->patchTemplate(u"cpu"_s, R"json({"domain":{"cpu":{"sockets":2}}})json").code, 200);
        QTRY_COMPARE(statusAt(m_c->vmi(u"cpu"_s), "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 2);
        QVERIFY(m_c->seen[u"vmi/cpu"_s].contains(u"HotVCPUChange"_s));
        QTRY_VERIFY(m_c->seen[u"vm/cpu"_s].contains(u"HotVCPUChange"_s)); // mirrored onto the VM
        QTRY_VERIFY(!condition(m_c->vmi(u"cpu"_s), u"HotVCPUChange"_s));
        QTRY_VERIFY(!condition(m_c->vm(u"cpu"_s), u"HotVCPUChange"_s));
        QCOMPARE(objectAt(objectAt(objectAt(m_c->vmi(u"cpu"_s), "spec"_L1), "domain"_L1), "cpu"_L1).value("sockets"_L1).toInt(), 2);
        QVERIFY(!m_c->seen[u"vm/cpu"_s].contains(u"RestartRequired"_s));
    }

    void socketsAboveMaxNeedARestart()
    {
        QCOMPARE(m_c->patchTemplate(u"over"_s, R"json({"domain":{"cpu":{"sockets":5}}})json").code, 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"over"_s)),
                     u"CPU sockets updated in template spec to a value higher than what's available"_s);
        QVERIFY(!m_c->seen[u"vmi/over"_s].contains(u"HotVCPUChange"_s));
        QCOMPARE(objectAt(objectAt(objectAt(m_c->vmi(u"over"_s), "spec"_L1), "domain"_L1), "cpu"_L1).value("sockets"_L1).toInt(), 1);
        // Back within maxSockets: the condition no longer applies and the hotplug goes ahead.
        QCOMPARE(m_c->patchTemplate(u"over"_s, R"json({"domain":{"cpu":{"sockets":3}}})json").code, 200);
        QTRY_VERIFY(!condition(m_c->vm(u"over"_s), u"RestartRequired"_s));
        QTRY_COMPARE(statusAt(m_c->vmi(u"over"_s), "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 3);
    }

    void memoryRaisedLive()
    {
        QCOMPARE(m_c->patchTemplate(u"mem"_s, R"json({"domain":{"memory":{"guest":"6Gi"}}})json").code, 200);
        QTRY_COMPARE(statusAt(m_c->vmi(u"mem"_s), "memory"_L1).value("guestCurrent"_L1).toString(), u"6Gi"_s);
        const QJsonObject memory = statusAt(m_c->vmi(u"mem"_s), "memory"_L1);
        QCOMPARE(memory.value("guestRequested"_L1).toString(), u"6Gi"_s);
        QCOMPARE(memory.value("guestAtBoot"_L1).toString(), u"4Gi"_s);
        QVERIFY(m_c->seen[u"vmi/mem"_s].contains(u"HotMemoryChange"_s));
        QTRY_VERIFY(!condition(m_c->vmi(u"mem"_s), u"HotMemoryChange"_s));
        const QJsonObject domain = objectAt(objectAt(m_c->vmi(u"mem"_s), "spec"_L1), "domain"_L1);
        QCOMPARE(objectAt(domain, "memory"_L1).value("guest"_L1).toString(), u"6Gi"_s);
        QCOMPARE(objectAt(objectAt(domain, "resources"_L1), "requests"_L1).value("memory"_L1).toString(), u"6Gi"_s);
        QVERIFY(!m_c->seen[u"vm/mem"_s].contains(u"RestartRequired"_s));
        // Lower than at boot: a restart.
        QCOMPARE(m_c->patchTemplate(u"mem"_s, R"json({"domain":{"memory":{"guest":"2Gi"}}})json").code, 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"mem"_s)),
                     u"memory updated in template spec to a value lower than what the VM started with"_s);
    }

    void nonLiveFieldNeedsARestart()
    {
        const QString oldUid = uidOf(m_c->vmi(u"machine"_s));
        QCOMPARE(m_c->patchTemplate(u"machine"_s, R"json({"domain":{"machine":{"type":"pc-q35-rhel9.6.0"}}})json").code, 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"machine"_s)), kNonLive);
        const auto c = condition(m_c->vm(u"machine"_s), u"RestartRequired"_s);
        QVERIFY(!c->contains("reason"_L1)); // vm.go setRestartRequired sets none
        // Reverted: it no longer applies.
        QCOMPARE(m_c->patchTemplate(u"machine"_s, R"json({"domain":{"machine":{"type":"q35"}}})json").code, 200);
        QTRY_VERIFY(!condition(m_c->vm(u"machine"_s), u"RestartRequired"_s));
        // Changed again, then restarted: the new VMI starts from the current spec.
        QCOMPARE(m_c->patchTemplate(u"machine"_s, R"json({"domain":{"devices":{"disks":[{"name":"rootdisk","bootOrder":1,"disk":{"bus":"sata"}},{"name":"cloudinitdisk","disk":{"bus":"virtio"}}]}}})json").code, 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"machine"_s)), kNonLive);
        QCOMPARE(m_c->subresource(u"virtualmachines"_s, u"machine"_s, u"restart"_s, "{}").code, 202);
        QTRY_VERIFY(!uidOf(m_c->vmi(u"machine"_s)).isEmpty() && uidOf(m_c->vmi(u"machine"_s)) != oldUid);
        QTRY_COMPARE(phaseOf(m_c->vmi(u"machine"_s)), u"Running"_s);
        QTRY_VERIFY(!condition(m_c->vm(u"machine"_s), u"RestartRequired"_s));
    }

    // A VM that lists no NIC runs with the pod NIC the VMI mutator attaches (bridge, the KubeVirt
    // CR's default). Writing that NIC out as the VMI has it, plus a bridge NIC on a NAD, plugs
    // the new one live; the pod NIC bound otherwise than the VMI's needs a restart
    // (pkg/network/vmliveupdate/restart.go compares the VM with the VMI).
    void aNicOnAVmWithoutInterfaces()
    {
        const QByteArray body = R"json({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
"metadata":{"name":"bare","namespace":"prod"},"spec":{"runStrategy":"Always","template":{"spec":{
"domain":{"memory":{"guest":"1Gi"},"devices":{"disks":[{"name":"rootdisk","disk":{"bus":"virtio"}}]}},
"volumes":[{"name":"rootdisk","containerDisk":{"image":"quay.io/containerdisks/fedora:latest"}}]}}}})json";
        QCOMPARE(m_c->send("POST", u"/apis/kubevirt.io/v1/namespaces/prod/virtualmachines"_s, body).code, 201);
        QTRY_COMPARE(phaseOf(m_c->vmi(u"bare"_s)), u"Running"_s);
        const QJsonObject vmiSpec = objectAt(m_c->vmi(u"bare"_s), "spec"_L1);
        QCOMPARE(objectAt(objectAt(vmiSpec, "domain"_L1), "devices"_L1).value("interfaces"_L1).toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"default"_s}, {u"bridge"_s, QJsonObject()}}}));
        QCOMPARE(vmiSpec.value("networks"_L1).toArray(), (QJsonArray{QJsonObject{{u"name"_s, u"default"_s}, {u"pod"_s, QJsonObject()}}}));

        QCOMPARE(m_c->patchTemplate(u"bare"_s, R"json({"domain":{"devices":{"interfaces":[{"name":"default","bridge":{}},
            {"name":"nic-1","bridge":{},"model":"virtio"}]}},"networks":[{"name":"default","pod":{}},
            {"name":"nic-1","multus":{"networkName":"vlan-100"}}]})json").code, 200);
        QTRY_COMPARE(objectAt(objectAt(objectAt(m_c->vmi(u"bare"_s), "spec"_L1), "domain"_L1), "devices"_L1)
                         .value("interfaces"_L1).toArray().size(), 2);
        QVERIFY(!m_c->seen[u"vm/bare"_s].contains(u"RestartRequired"_s));

        QCOMPARE(m_c->patchTemplate(u"bare"_s, R"json({"domain":{"devices":{"interfaces":[{"name":"default","masquerade":{}},
            {"name":"nic-1","bridge":{},"model":"virtio"}]}}})json").code, 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"bare"_s)), kNonLive);
    }

    void labelsAndAnnotationsNeverNeedARestart()
    {
        QCOMPARE(m_c->patchVm(u"labels"_s, R"json({"metadata":{"labels":{"tier":"gold"},"annotations":{"description":"db"}},
            "spec":{"template":{"metadata":{"labels":{"tier":"gold"},"annotations":{"note":"x"}}}}})json").code, 200);
        // Something observable after it: a live CPU change goes through.
        QCOMPARE(m_c->patchTemplate(u"labels"_s, R"json({"domain":{"cpu":{"sockets":2}}})json").code, 200);
        QTRY_COMPARE(statusAt(m_c->vmi(u"labels"_s), "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 2);
        QVERIFY(!m_c->seen[u"vm/labels"_s].contains(u"RestartRequired"_s));
    }

    void addAndRemoveVolume()
    {
        const QJsonObject pvc = QJsonDocument::fromJson(R"json({"metadata":{"name":"vol-data","namespace":"prod"},
            "spec":{"accessModes":["ReadWriteMany"],"volumeMode":"Block","resources":{"requests":{"storage":"10Gi"}},"storageClassName":"ceph-block"},
            "status":{"phase":"Bound","accessModes":["ReadWriteMany"],"capacity":{"storage":"10Gi"}}})json").object();
        QVERIFY(m_c->sim.store()->create(ApiResource::persistentVolumeClaims(), kNs, pvc).ok());
        const QByteArray add = R"json({"name":"data1","disk":{"name":"data1","disk":{"bus":"scsi"},"serial":"D1"},
            "volumeSource":{"persistentVolumeClaim":{"claimName":"vol-data"}}})json";
        const Reply r = m_c->volume(u"vol"_s, u"addvolume"_s, add);
        QCOMPARE(r.code, 202);
        const QJsonObject volume = templateVolume(m_c->vm(u"vol"_s), u"data1"_s);
        QCOMPARE(objectAt(volume, "persistentVolumeClaim"_L1),
                 (QJsonObject{{u"claimName"_s, u"vol-data"_s}, {u"hotpluggable"_s, true}}));
        QTRY_COMPARE(stringAt(volumeStatus(m_c->vmi(u"vol"_s), u"data1"_s), "phase"_L1), u"Ready"_s);
        const QJsonObject st = volumeStatus(m_c->vmi(u"vol"_s), u"data1"_s);
        QCOMPARE(stringAt(st, "reason"_L1), u"VolumeReady"_s);
        QCOMPARE(stringAt(st, "message"_L1), u"Successfully attach hotplugged volume data1 to VM"_s);
        QCOMPARE(stringAt(st, "target"_L1), u"sda"_s);
        QVERIFY(stringAt(objectAt(st, "hotplugVolume"_L1), "attachPodName"_L1).startsWith(u"hp-volume-"_s));
        QCOMPARE(stringAt(objectAt(st, "persistentVolumeClaimInfo"_L1), "claimName"_L1), u"vol-data"_s);
        QCOMPARE(stringAt(volumeStatus(m_c->vmi(u"vol"_s), u"rootdisk"_s), "target"_L1), u"vda"_s);
        QVERIFY(!m_c->seen[u"vm/vol"_s].contains(u"RestartRequired"_s));

        // The same name again; removing what is not hotpluggable or not there; no name.
        const Reply again = m_c->volume(u"vol"_s, u"addvolume"_s, add);
        QCOMPARE(again.code, 409);
        QCOMPARE(stringAt(again.json(), "reason"_L1), u"Conflict"_s);
        QCOMPARE(stringAt(again.json(), "message"_L1),
                 u"Operation cannot be fulfilled on virtualmachine.kubevirt.io \"vol\": Unable to add volume [data1] because volume with that name already exists"_s);
        const Reply root = m_c->volume(u"vol"_s, u"removevolume"_s, R"json({"name":"rootdisk"})json");
        QCOMPARE(root.code, 409);
        QCOMPARE(stringAt(root.json(), "message"_L1),
                 u"Operation cannot be fulfilled on virtualmachine.kubevirt.io \"vol\": Unable to remove volume [rootdisk] because it is not hotpluggable"_s);
        const Reply missing = m_c->volume(u"vol"_s, u"removevolume"_s, R"json({"name":"nope"})json");
        QCOMPARE(missing.code, 409);
        QVERIFY(stringAt(missing.json(), "message"_L1).endsWith(u"Unable to remove volume [nope] because it does not exist"_s));
        const Reply empty = m_c->volume(u"vol"_s, u"addvolume"_s, {});
        QCOMPARE(empty.code, 400);
        QCOMPARE(stringAt(empty.json(), "message"_L1), u"AddVolumeOptions requires name to be set"_s);
        const Reply noDisk = m_c->volume(u"vol"_s, u"addvolume"_s, R"json({"name":"x"})json");
        QCOMPARE(stringAt(noDisk.json(), "message"_L1), u"AddVolumeOptions requires disk to not be nil"_s);
        QCOMPARE(m_c->volume(u"ghost"_s, u"addvolume"_s, add).code, 404);
        const Reply owned = m_c->subresource(u"virtualmachineinstances"_s, u"vol"_s, u"addvolume"_s, add);
        QCOMPARE(owned.code, 400);
        QCOMPARE(stringAt(owned.json(), "message"_L1), u"VMI prod/vol is owned by a VM"_s);

        // A claim that does not exist: the volume waits, saying why.
        QCOMPARE(m_c->volume(u"vol"_s, u"addvolume"_s, R"json({"name":"data2","disk":{"disk":{"bus":"virtio"}},
            "volumeSource":{"dataVolume":{"name":"not-there"}}})json").code, 202);
        QTRY_COMPARE(stringAt(volumeStatus(m_c->vmi(u"vol"_s), u"data2"_s), "reason"_L1), u"FailedPvcNotFound"_s);
        QCOMPARE(stringAt(volumeStatus(m_c->vmi(u"vol"_s), u"data2"_s), "phase"_L1), u"Pending"_s);
        QCOMPARE(stringAt(volumeStatus(m_c->vmi(u"vol"_s), u"data2"_s), "message"_L1), u"PVC not-there not found"_s);

        // Removed: gone from the VM at once, from the VMI after its detach.
        QCOMPARE(m_c->volume(u"vol"_s, u"removevolume"_s, R"json({"name":"data1"})json").code, 202);
        QVERIFY(templateVolume(m_c->vm(u"vol"_s), u"data1"_s).isEmpty());
        QTRY_VERIFY(volumeStatus(m_c->vmi(u"vol"_s), u"data1"_s).isEmpty());
        for (const QJsonValue &v : objectAt(m_c->vmi(u"vol"_s), "spec"_L1).value("volumes"_L1).toArray())
            QVERIFY(stringAt(v.toObject(), "name"_L1) != "data1"_L1);
        QVERIFY(!m_c->seen[u"vm/vol"_s].contains(u"RestartRequired"_s));
    }

    void hotplugBusRefusedOnTheVmi()
    {
        QCOMPARE(m_c->volume(u"bus"_s, u"addvolume"_s, R"json({"name":"sata1","disk":{"disk":{"bus":"sata"}},
            "volumeSource":{"persistentVolumeClaim":{"claimName":"vol-data"}}})json").code, 202);
        QTRY_VERIFY(condition(m_c->vm(u"bus"_s), u"Failure"_s).has_value());
        const QJsonObject failure = *condition(m_c->vm(u"bus"_s), u"Failure"_s);
        QCOMPARE(stringAt(failure, "reason"_L1), u"HotPlugVolumeError"_s);
        QCOMPARE(stringAt(failure, "message"_L1),
                 u"Error encountered while handling declarative hotplug volumes: admission webhook \"virtualmachineinstance-validator.kubevirt.io\" "
                 "denied the request: Hotplug configuration for disk [sata1] requires bus to be 'scsi' or 'virtio'. [sata] is not permitted."_s);
        QVERIFY(volumeStatus(m_c->vmi(u"bus"_s), u"sata1"_s).isEmpty());
        QCOMPARE(m_c->volume(u"bus"_s, u"removevolume"_s, R"json({"name":"sata1"})json").code, 202);
        QTRY_VERIFY(!condition(m_c->vm(u"bus"_s), u"Failure"_s));
    }

    void staleResourceVersionConflicts()
    {
        const QString oldRv = stringAt(objectAt(m_c->vm(u"stale"_s), "metadata"_L1), "resourceVersion"_L1);
        QCOMPARE(m_c->patchVm(u"stale"_s, R"json({"metadata":{"labels":{"a":"1"}}})json").code, 200);
        const Reply r = m_c->patchVm(u"stale"_s, R"json({"metadata":{"resourceVersion":")json" + oldRv.toUtf8() +
                                                      R"json(","labels":{"a":"2"}}})json");
        QCOMPARE(r.code, 409);
        const QJsonObject status = r.json();
        QCOMPARE(stringAt(status, "kind"_L1), u"Status"_s);
        QCOMPARE(stringAt(status, "status"_L1), u"Failure"_s);
        QCOMPARE(stringAt(status, "reason"_L1), u"Conflict"_s);
        QCOMPARE(status.value("code"_L1).toInt(), 409);
        QCOMPARE(stringAt(status, "message"_L1),
                 u"Operation cannot be fulfilled on virtualmachines.kubevirt.io \"stale\": the object has been modified; "
                 "please apply your changes to the latest version and try again"_s);
        QCOMPARE(objectAt(status, "details"_L1),
                 (QJsonObject{{u"name"_s, u"stale"_s}, {u"group"_s, u"kubevirt.io"_s}, {u"kind"_s, u"virtualmachines"_s}}));
        // A PUT with the old resourceVersion, likewise.
        QJsonObject vm = m_c->vm(u"stale"_s);
        QJsonObject meta = objectAt(vm, "metadata"_L1);
        meta.insert("resourceVersion"_L1, oldRv);
        vm.insert("metadata"_L1, meta);
        const Reply put = m_c->send("PUT", u"/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/stale"_s,
                                    QJsonDocument(vm).toJson(QJsonDocument::Compact));
        QCOMPARE(put.code, 409);
        QCOMPARE(stringAt(put.json(), "message"_L1), stringAt(status, "message"_L1));
    }

private:
    static QString valueAtConfig(const QJsonObject &kv)
    {
        return stringAt(objectAt(objectAt(kv, "spec"_L1), "configuration"_L1), "vmRolloutStrategy"_L1);
    }
};

QTEST_GUILESS_MAIN(TestLiveUpdate)
#include "test_liveupdate.moc"
