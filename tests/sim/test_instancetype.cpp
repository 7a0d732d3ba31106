// drover-sim's VMs with an instancetype as KubeVirt v1.9 runs them (backend/sim/Instancetype.h),
// over HTTPS against an in-process SimCluster at time scale 0: the VMI made with the instancetype
// expanded (CPU topology, guest memory, the annotations) and then the hotplug defaults from it;
// the VM's status.instancetypeRef; another instancetype on the running VM applied live within
// maxSockets / maxGuest (HotVCPUChange / HotMemoryChange, then the status), else RestartRequired;
// a missing instancetype as the Failure condition FailedFindInstancetype until it exists. The
// store's commits are recorded, so conditions that come and go are seen without sleeping.
#include "SimHttpCluster.h"

#include <QJsonDocument>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();
const QString kNs = u"prod"_s;

struct Cluster : test::SimHttpCluster
{
    Cluster() : SimHttpCluster(u"instancetype"_s, {plain()}) {}
    static VmSpec plain()
    {
        VmSpec v; // so that the namespace exists
        v.name = u"plain"_s;
        v.ns = kNs;
        return v;
    }
    QJsonObject vm(const QString &name) const { return SimHttpCluster::vm(kNs, name); }
    QJsonObject vmi(const QString &name) const { return SimHttpCluster::vmi(kNs, name); }
    // The status code; a refusal also said in the log.
    int send(const QByteArray &method, const QString &path, const QByteArray &body,
             const QByteArray &contentType = "application/json")
    {
        const test::SimReply r = SimHttpCluster::send(method, path, body, contentType);
        if (r.code >= 300)
            qWarning("%s %s: %d %s", method.constData(), qPrintable(path), r.code, r.body.constData());
        return r.code;
    }
    // A running VM from a container disk with the given instancetype matcher and, unless told
    // otherwise, the fedora preference.
    int createVm(const QString &name, const QString &matcher, bool preference = true)
    {
        const QString body = uR"json({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
"metadata":{"name":"%1","namespace":"prod"},"spec":{"runStrategy":"Always","instancetype":%2,%3
"template":{"spec":{"domain":{"devices":{"disks":[{"name":"rootdisk",
"disk":{"bus":"virtio"}}]}},"volumes":[{"name":"rootdisk","containerDisk":{"image":
"quay.io/containerdisks/fedora:latest"}}]}}}})json"_s.arg(name, matcher, preference ? uR"json("preference":{"name":"fedora"},)json"_s : QString());
        return send("POST", u"/apis/kubevirt.io/v1/namespaces/prod/virtualmachines"_s, body.toUtf8());
    }
    int setInstancetype(const QString &name, const QString &instancetype)
    {
        return send("PATCH", u"/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/"_s + name,
                    u"{\"spec\":{\"instancetype\":{\"name\":\"%1\"}}}"_s.arg(instancetype).toUtf8(),
                    "application/merge-patch+json");
    }
};

QJsonObject domainOf(const QJsonObject &vmi)
{
    return objectAt(objectAt(vmi, "spec"_L1), "domain"_L1);
}

QJsonObject statusAt(const QJsonObject &obj, QLatin1StringView key)
{
    return objectAt(objectAt(obj, "status"_L1), key);
}

QString restartMessage(const QJsonObject &vm)
{
    const auto c = conditionOf(vm, u"RestartRequired"_s);
    return c && stringAt(*c, "status"_L1) == "True"_L1 ? stringAt(*c, "message"_L1) : QString();
}

QString annotation(const QJsonObject &obj, const QString &key)
{
    return objectAt(objectAt(obj, "metadata"_L1), "annotations"_L1).value(key).toString();
}

} // namespace

class TestInstancetype : public QObject
{
    Q_OBJECT
    std::unique_ptr<Cluster> m_c;

private Q_SLOTS:
    void initTestCase()
    {
        m_c = std::make_unique<Cluster>();
        QTRY_COMPARE(phaseOf(m_c->vmi(u"plain"_s)), u"Running"_s);
        for (const char *name : {"med", "big", "cx"})
            QCOMPARE(m_c->createVm(QLatin1StringView(name), uR"json({"name":"u1.medium"})json"_s), 201);
        for (const char *name : {"med", "big", "cx"})
            QTRY_COMPARE(phaseOf(m_c->vmi(QLatin1StringView(name))), u"Running"_s);
    }
    void cleanupTestCase() { m_c.reset(); }

    void vmiHasTheInstancetypeExpanded()
    {
        const QJsonObject vmi = m_c->vmi(u"med"_s);
        const QJsonObject cpu = objectAt(domainOf(vmi), "cpu"_L1), memory = objectAt(domainOf(vmi), "memory"_L1);
        // u1.medium: 1 vCPU as sockets (no preferredCPUTopology: Sockets), 4Gi; then the VMI
        // mutator's hotplug defaults from them: maxSockets 1 x 4, maxGuest 4Gi x 4.
        QCOMPARE(cpu.value("sockets"_L1).toInt(), 1);
        QCOMPARE(cpu.value("cores"_L1).toInt(), 1);
        QCOMPARE(cpu.value("threads"_L1).toInt(), 1);
        QCOMPARE(cpu.value("maxSockets"_L1).toInt(), 4);
        QCOMPARE(memory.value("guest"_L1).toString(), u"4Gi"_s);
        QCOMPARE(memory.value("maxGuest"_L1).toString(), u"16Gi"_s);
        QCOMPARE(statusAt(vmi, "memory"_L1).value("guestAtBoot"_L1).toString(), u"4Gi"_s);
        QCOMPARE(statusAt(vmi, "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 1);
        QCOMPARE(annotation(vmi, u"kubevirt.io/cluster-instancetype-name"_s), u"u1.medium"_s);
        QCOMPARE(annotation(vmi, u"kubevirt.io/cluster-preference-name"_s), u"fedora"_s);
        // The VM's status: the matcher (no kind given, none recorded) and its revision's name.
        const QJsonObject ref = statusAt(m_c->vm(u"med"_s), "instancetypeRef"_L1);
        QCOMPARE(ref.value("name"_L1).toString(), u"u1.medium"_s);
        QVERIFY(!ref.contains("kind"_L1));
        QVERIFY(stringAt(objectAt(ref, "controllerRevisionRef"_L1), "name"_L1).startsWith(u"med-u1.medium-v1beta1-"_s));
        QCOMPARE(statusAt(m_c->vm(u"med"_s), "preferenceRef"_L1).value("name"_L1).toString(), u"fedora"_s);
    }

    void namespacedInstancetype()
    {
        QCOMPARE(m_c->send("POST", u"/apis/instancetype.kubevirt.io/v1beta1/namespaces/prod/virtualmachineinstancetypes"_s,
                           R"json({"apiVersion":"instancetype.kubevirt.io/v1beta1","kind":"VirtualMachineInstancetype",
"metadata":{"name":"two","namespace":"prod"},"spec":{"cpu":{"guest":2},"memory":{"guest":"3Gi"}}})json"),
                 201);
        QCOMPARE(m_c->createVm(u"local"_s, uR"json({"name":"two","kind":"VirtualMachineInstancetype"})json"_s), 201);
        QTRY_COMPARE(phaseOf(m_c->vmi(u"local"_s)), u"Running"_s);
        const QJsonObject vmi = m_c->vmi(u"local"_s);
        QCOMPARE(objectAt(domainOf(vmi), "cpu"_L1).value("sockets"_L1).toInt(), 2);
        QCOMPARE(objectAt(domainOf(vmi), "cpu"_L1).value("maxSockets"_L1).toInt(), 8);
        QCOMPARE(objectAt(domainOf(vmi), "memory"_L1).value("guest"_L1).toString(), u"3Gi"_s);
        QCOMPARE(annotation(vmi, u"kubevirt.io/instancetype-name"_s), u"two"_s);
        QVERIFY(annotation(vmi, u"kubevirt.io/cluster-instancetype-name"_s).isEmpty());
        QTRY_COMPARE(statusAt(m_c->vm(u"local"_s), "instancetypeRef"_L1).value("kind"_L1).toString(),
                     u"VirtualMachineInstancetype"_s);
    }

    void largerInstancetypeAppliedLive()
    {
        const QString uid = uidOf(m_c->vmi(u"med"_s));
        const QString oldRevision = stringAt(objectAt(statusAt(m_c->vm(u"med"_s), "instancetypeRef"_L1), "controllerRevisionRef"_L1), "name"_L1);
        QCOMPARE(m_c->setInstancetype(u"med"_s, u"u1.large"_s), 200); // 2 vCPUs, 8Gi
        QTRY_COMPARE(statusAt(m_c->vmi(u"med"_s), "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 2);
        QTRY_COMPARE(statusAt(m_c->vmi(u"med"_s), "memory"_L1).value("guestCurrent"_L1).toString(), u"8Gi"_s);
        QVERIFY(m_c->seen[u"vmi/med"_s].contains(u"HotVCPUChange"_s));
        QVERIFY(m_c->seen[u"vmi/med"_s].contains(u"HotMemoryChange"_s));
        QTRY_VERIFY(!conditionOf(m_c->vmi(u"med"_s), u"HotVCPUChange"_s));
        QTRY_VERIFY(!conditionOf(m_c->vmi(u"med"_s), u"HotMemoryChange"_s));
        const QJsonObject vmi = m_c->vmi(u"med"_s);
        QCOMPARE(uidOf(vmi), uid); // the same VMI
        QCOMPARE(objectAt(domainOf(vmi), "cpu"_L1).value("sockets"_L1).toInt(), 2);
        QCOMPARE(objectAt(domainOf(vmi), "memory"_L1).value("guest"_L1).toString(), u"8Gi"_s);
        QCOMPARE(statusAt(vmi, "memory"_L1).value("guestAtBoot"_L1).toString(), u"4Gi"_s);
        // The annotations are the ones the VMI was created with.
        QCOMPARE(annotation(vmi, u"kubevirt.io/cluster-instancetype-name"_s), u"u1.medium"_s);
        QVERIFY(!m_c->seen[u"vm/med"_s].contains(u"RestartRequired"_s));
        // A new matcher name: a new revision reference.
        const QJsonObject ref = statusAt(m_c->vm(u"med"_s), "instancetypeRef"_L1);
        QCOMPARE(ref.value("name"_L1).toString(), u"u1.large"_s);
        const QString revision = stringAt(objectAt(ref, "controllerRevisionRef"_L1), "name"_L1);
        QVERIFY(revision.startsWith(u"med-u1.large-v1beta1-"_s));
        QVERIFY(revision != oldRevision);
    }

    void beyondMaxSocketsNeedsARestart()
    {
        // u1.2xlarge: 8 vCPUs over maxSockets 4, 32Gi over maxGuest 16Gi. vm.go's memory handler
        // runs last and has the last word; its ValidateLiveUpdateMemory (guest > maxGuest) comes
        // before its own "higher than what's available" check.
        QCOMPARE(m_c->setInstancetype(u"big"_s, u"u1.2xlarge"_s), 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"big"_s)),
                     u"memory hotplug not supported, Guest memory is greater than the configured maxGuest memory"_s);
        QVERIFY(!m_c->seen[u"vmi/big"_s].contains(u"HotVCPUChange"_s));
        QCOMPARE(objectAt(domainOf(m_c->vmi(u"big"_s)), "cpu"_L1).value("sockets"_L1).toInt(), 1);
        // Back to one within limits: the condition goes and the change is applied live.
        QCOMPARE(m_c->setInstancetype(u"big"_s, u"u1.xlarge"_s), 200); // 4 vCPUs, 16Gi
        QTRY_VERIFY(restartMessage(m_c->vm(u"big"_s)).isEmpty());
        QTRY_COMPARE(statusAt(m_c->vmi(u"big"_s), "currentCPUTopology"_L1).value("sockets"_L1).toInt(), 4);
        QTRY_COMPARE(statusAt(m_c->vmi(u"big"_s), "memory"_L1).value("guestCurrent"_L1).toString(), u"16Gi"_s);
    }

    void otherSeriesIsNotLive()
    {
        // cx1.medium: same vCPU count, but dedicated CPUs, huge pages, NUMA: not live-updatable.
        QCOMPARE(m_c->setInstancetype(u"cx"_s, u"cx1.medium"_s), 200);
        QTRY_COMPARE(restartMessage(m_c->vm(u"cx"_s)), u"a non-live-updatable field was changed in the template spec"_s);
        QVERIFY(!objectAt(domainOf(m_c->vmi(u"cx"_s)), "cpu"_L1).value("dedicatedCpuPlacement"_L1).toBool());
        // Back: nothing differs any more.
        QCOMPARE(m_c->setInstancetype(u"cx"_s, u"u1.medium"_s), 200);
        QTRY_VERIFY(restartMessage(m_c->vm(u"cx"_s)).isEmpty());
    }

    void missingInstancetypeFailsUntilItExists()
    {
        // Without a preference: the fedora one's memory requirement would be checked against
        // the VM itself and refused at admission (as KubeVirt's validator does when it cannot
        // find the instancetype).
        QCOMPARE(m_c->createVm(u"ghost"_s, uR"json({"name":"u9.huge"})json"_s, false), 201);
        QTRY_VERIFY(conditionOf(m_c->vm(u"ghost"_s), u"Failure"_s).has_value());
        const QJsonObject failure = *conditionOf(m_c->vm(u"ghost"_s), u"Failure"_s);
        QCOMPARE(stringAt(failure, "reason"_L1), u"FailedFindInstancetype"_s);
        QCOMPARE(stringAt(failure, "message"_L1),
                 u"virtualmachineclusterinstancetypes.instancetype.kubevirt.io \"u9.huge\" not found"_s);
        QVERIFY(m_c->vmi(u"ghost"_s).isEmpty());
        QCOMPARE(m_c->send("POST", u"/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes"_s,
                           R"json({"apiVersion":"instancetype.kubevirt.io/v1beta1","kind":"VirtualMachineClusterInstancetype",
"metadata":{"name":"u9.huge"},"spec":{"cpu":{"guest":4},"memory":{"guest":"6Gi"}}})json"),
                 201);
        QTRY_COMPARE(phaseOf(m_c->vmi(u"ghost"_s)), u"Running"_s);
        QTRY_VERIFY(!conditionOf(m_c->vm(u"ghost"_s), u"Failure"_s));
        QCOMPARE(objectAt(domainOf(m_c->vmi(u"ghost"_s)), "cpu"_L1).value("sockets"_L1).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestInstancetype)
#include "test_instancetype.moc"
