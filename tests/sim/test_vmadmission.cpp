// drover-sim's admission of kubevirt.io VirtualMachines (VmAdmission.h) as KubeVirt v1.9 plays
// it: each refusal the New VM dialog can meet comes back as the 422 Status kube-apiserver makes
// of virt-api's answer (webhook name, causes joined, causes with KubeVirt's field paths), from
// the webhook that refuses it; what KubeVirt lets through (no memory, a volume without a disk, an
// unknown instancetype) is let through; the mutator's defaults land on the VM; and through the
// API server, wired as SimCluster wires it, a client sees the same.
#include "ApiServer.h"
#include "CertGen.h"
#include "ObjectStore.h"
#include "Patch.h"
#include "VmAdmission.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>

using namespace drover::sim;
using drover::sim::vmadmission::setAt;
using drover::sim::vmadmission::valueAt;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();

// What OpenShift's wizard makes for a custom-sized Fedora VM (VmCreate.h), stopped.
QJsonObject baseVm()
{
    return QJsonDocument::fromJson(R"({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
 "metadata":{"name":"vm1","namespace":"demo"},
 "spec":{"runStrategy":"Halted",
  "dataVolumeTemplates":[{"metadata":{"name":"vm1-rootdisk"},"spec":{
     "sourceRef":{"kind":"DataSource","name":"fedora","namespace":"kubevirt-os-images"},
     "storage":{"resources":{"requests":{"storage":"30Gi"}}}}}],
  "template":{"spec":{
   "domain":{"cpu":{"sockets":1,"cores":2,"threads":1},"memory":{"guest":"2Gi"},
     "devices":{"disks":[{"name":"rootdisk","disk":{"bus":"virtio"},"bootOrder":1},{"name":"cloudinitdisk","disk":{"bus":"virtio"}}],
                "interfaces":[{"name":"default","masquerade":{}}]}},
   "networks":[{"name":"default","pod":{}}],
   "volumes":[{"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}},
              {"name":"cloudinitdisk","cloudInitNoCloud":{"userData":"#cloud-config\nuser: fedora\n"}}]}}}})")
        .object();
}

QByteArray onSpec(const QByteArray &templateSpec)
{
    return R"({"spec":{"template":{"spec":)" + templateSpec + "}}}";
}

QByteArray onDomain(const QByteArray &domain)
{
    return onSpec(R"({"domain":)" + domain + "}");
}

QByteArray onDevices(const QByteArray &devices)
{
    return onDomain(R"({"devices":)" + devices + "}");
}

const QByteArray kDisks = R"("disks":[{"name":"rootdisk","disk":{"bus":"virtio"},"bootOrder":1},{"name":"cloudinitdisk","disk":{"bus":"virtio"}}])";
const QByteArray kVolumes = R"({"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}},{"name":"cloudinitdisk","cloudInitNoCloud":{"userData":"#cloud-config\n"}})";
const QString kMutator = u"virtualmachines-mutator.kubevirt.io"_s;
const QString kValidator = u"virtualmachine-validator.kubevirt.io"_s;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestVmAdmission : public QObject
{
    Q_OBJECT
    ObjectStore m_store;

    void put(const ApiResource &res, const QString &ns, const char *object)
    {
        const StoreResult r = m_store.create(res, ns, json(object));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    // The row's merge patch on baseVm(), created; the answer must be the named webhook's 422.
    void checkRefusal()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, webhook);
        QFETCH(QStringList, messages);
        QFETCH(QStringList, fields);
        QFETCH(QString, reason);
        QJsonObject vm = applyMergePatch(baseVm(), QJsonDocument::fromJson(patch).object());
        const auto answer = admitVirtualMachine(m_store, vm, true, true);
        QVERIFY2(answer, "admitted");
        QCOMPARE(answer->code, 422);
        const QJsonObject body = answer->body;
        QCOMPARE(stringAt(body, "kind"_L1), u"Status"_s);
        QCOMPARE(stringAt(body, "status"_L1), u"Failure"_s);
        QCOMPARE(stringAt(body, "reason"_L1), u"Invalid"_s);
        QCOMPARE(body.value("code"_L1).toInt(), 422);
        QCOMPARE(stringAt(body, "message"_L1), u"admission webhook \"%1\" denied the request: %2"_s.arg(webhook, messages.join(u", "_s)));
        const QJsonObject details = objectAt(body, "details"_L1);
        QCOMPARE(details.keys(), QStringList{u"causes"_s}); // no name, group or kind: the webhook's Status as it is
        const QJsonArray causes = details.value("causes"_L1).toArray();
        QCOMPARE(causes.size(), messages.size());
        for (qsizetype i = 0; i < causes.size(); ++i) {
            QCOMPARE(stringAt(causes.at(i).toObject(), "message"_L1), messages.at(i));
            QCOMPARE(causes.at(i).toObject().value("field"_L1), fields.at(i).isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(fields.at(i)));
        }
        QCOMPARE(causes.at(0).toObject().value("reason"_L1), reason.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(reason));
    }

    void columns()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("reason"); // the first cause's
    }

private Q_SLOTS:
    void initTestCase();
    void refusedSpec_data();
    void refusedSpec() { checkRefusal(); }
    void refusedStorage_data();
    void refusedStorage() { checkRefusal(); }
    void refusedNetwork_data();
    void refusedNetwork() { checkRefusal(); }
    void refusedSizing_data();
    void refusedSizing() { checkRefusal(); }
    void admitted_data();
    void admitted();
    void tenCausesAtMost();
    void invalidName();
    void virtApiDown();
    void defaultsOnCreate();
    void defaultsOnUpdate();
    void defaultsFromSources();
    void throughApiServer();
};

void TestVmAdmission::initTestCase()
{
    for (const ApiResource *r : {&ApiResource::namespaces(), &VM, &ApiResource::clusterInstancetypes(), &ApiResource::instancetypes(),
                                 &ApiResource::clusterPreferences(), &ApiResource::preferences(), &ApiResource::dataSources()})
        m_store.registerResource(*r);
    put(ApiResource::namespaces(), {}, R"({"metadata":{"name":"demo"}})");
    // common-instancetypes u1 sizes and the windows.11 preference (its requirements component).
    put(ApiResource::clusterInstancetypes(), {}, R"({"metadata":{"name":"u1.small"},"spec":{"cpu":{"guest":1},"memory":{"guest":"2Gi"}}})");
    put(ApiResource::clusterInstancetypes(), {}, R"({"metadata":{"name":"u1.medium"},"spec":{"cpu":{"guest":1},"memory":{"guest":"4Gi"}}})");
    put(ApiResource::clusterInstancetypes(), {}, R"({"metadata":{"name":"u1.large"},"spec":{"cpu":{"guest":2},"memory":{"guest":"8Gi"}}})");
    put(ApiResource::instancetypes(), u"demo"_s, R"({"metadata":{"name":"tiny"},"spec":{"cpu":{"guest":1},"memory":{"guest":"512Mi"}}})");
    put(ApiResource::clusterPreferences(), {},
        R"({"metadata":{"name":"windows.11"},"spec":{"cpu":{"preferredCPUTopology":"sockets"},
            "devices":{"preferredDiskBus":"sata"},"requirements":{"cpu":{"guest":2},"memory":{"guest":"4Gi"}}}})");
    put(ApiResource::preferences(), u"demo"_s,
        R"({"metadata":{"name":"rhel"},"spec":{"machine":{"preferredMachineType":"pc-q35-rhel9.6.0"},
            "volumes":{"preferredStorageClassName":"ceph-block"}}})");
    put(ApiResource::dataSources(), u"kubevirt-os-images"_s,
        R"({"metadata":{"name":"fedora-arm64","labels":{"template.kubevirt.io/architecture":"arm64"}},"spec":{"source":{"pvc":{"name":"f","namespace":"kubevirt-os-images"}}}})");
}

void TestVmAdmission::refusedSpec_data()
{
    columns();
    // Schema errors come from the mutator, messages only (go-openapi's), no field or reason.
    QTest::newRow("no template") << QByteArray(R"({"spec":{"template":null}})") << kMutator
                                 << QStringList{u"spec.template in body is required"_s} << QStringList{QString()} << QString();
    QTest::newRow("no devices") << onDomain(R"({"devices":null})") << kMutator
                                << QStringList{u"spec.template.spec.domain.devices in body is required"_s} << QStringList{QString()} << QString();
    QTest::newRow("no runStrategy") << QByteArray(R"({"spec":{"runStrategy":null}})") << kValidator
                                    << QStringList{u"RunStrategy must be specified"_s} << QStringList{u"spec.running"_s}
                                    << u"FieldValueInvalid"_s;
    QTest::newRow("running and runStrategy")
        << QByteArray(R"({"spec":{"running":false}})") << kValidator
        << QStringList{u"Running and RunStrategy are mutually exclusive. Note that Running is deprecated, please use RunStrategy instead"_s}
        << QStringList{u"spec.running"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("bad runStrategy") << QByteArray(R"({"spec":{"runStrategy":"Sometimes"}})") << kValidator
                                     << QStringList{u"Invalid RunStrategy (Sometimes)"_s} << QStringList{u"spec.runStrategy"_s}
                                     << u"FieldValueInvalid"_s;
    QTest::newRow("machine type") << onDomain(R"({"machine":{"type":"pc-i440fx-rhel7.6.0"}})") << kValidator
                                  << QStringList{u"spec.template.spec.domain.machine.type is not supported: pc-i440fx-rhel7.6.0 (allowed values: [q35* pc-q35*])"_s}
                                  << QStringList{u"spec.template.spec.domain.machine.type"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("memory request under 1M") << onDomain(R"({"memory":null,"resources":{"requests":{"memory":"512Ki"}}})") << kValidator
                                             << QStringList{u"spec.template.spec.domain.resources.requests.memory '512Ki': must be greater than or equal to 1M."_s}
                                             << QStringList{u"spec.template.spec.domain.resources.requests.memory"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("hostname") << onSpec(R"({"hostname":"Web_01"})") << kValidator
                              << QStringList{u"spec.template.spec.hostname does not conform to the kubernetes DNS_LABEL rules : a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"_s}
                              << QStringList{u"spec.template.spec.hostname"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("slirp") << onDevices(R"({"interfaces":[{"name":"default","slirp":{}}]})") << kValidator
                           << QStringList{u"Slirp interface support has been discontinued since v1.3"_s}
                           << QStringList{u"spec.domain.devices.interfaces[0].slirp"_s} << u"FieldValueInvalid"_s;
}

void TestVmAdmission::refusedStorage_data()
{
    columns();
    QTest::newRow("disk without volume") << onSpec(R"({"volumes":[{"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}}]})") << kValidator
                                         << QStringList{u"spec.template.spec.domain.devices.disks[1].Name 'cloudinitdisk' not found."_s}
                                         << QStringList{u"spec.template.spec.domain.devices.disks[1].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("same disk name twice")
        << onDevices(R"({"disks":[{"name":"rootdisk","bootOrder":1},{"name":"rootdisk"}]})") << kValidator
        << QStringList{u"spec.template.spec.domain.devices.disks[1] and spec.template.spec.domain.devices.disks[0] must not have the same Name."_s}
        << QStringList{u"spec.template.spec.domain.devices.disks[1].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("same volume name twice")
        << onSpec("{\"volumes\":[" + kVolumes + R"(,{"name":"rootdisk","containerDisk":{"image":"quay.io/containerdisks/fedora:40"}}]})") << kValidator
        << QStringList{u"spec.template.spec.volumes[2] and spec.template.spec.volumes[0] must not have the same Name."_s}
        << QStringList{u"spec.template.spec.volumes[2].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("disk name not a DNS label")
        << onSpec(R"({"domain":{"devices":{"disks":[{"name":"Root_Disk","bootOrder":1}]}},"volumes":[{"name":"Root_Disk","dataVolume":{"name":"vm1-rootdisk"}}]})")
        << kValidator
        << QStringList{u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"_s}
        << QStringList{u"spec.template.spec.domain.devices.disks.domain.devices.disks[0].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("virtio CD-ROM")
        << onSpec(R"({"domain":{"devices":{"disks":[{"name":"rootdisk","bootOrder":1},{"name":"installer","cdrom":{"bus":"virtio"}}]}},
                     "volumes":[{"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}},{"name":"installer","containerDisk":{"image":"quay.io/x/iso:1"}}]})")
        << kValidator << QStringList{u"Bus type virtio is invalid for CD-ROM device"_s}
        << QStringList{u"spec.template.spec.domain.devices.disks[1].cdrom.bus"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("volume with two sources")
        << onSpec("{\"volumes\":[" + kVolumes.chopped(1) + R"(,"containerDisk":{"image":"x:1"}}]})") << kValidator
        << QStringList{u"spec.template.spec.volumes[1] must have exactly one source type set"_s}
        << QStringList{u"spec.template.spec.volumes[1]"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("userData over 2048 bytes")
        << onSpec(R"({"volumes":[{"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}},{"name":"cloudinitdisk","cloudInitNoCloud":{"userData":")"
                  + QByteArray(2049, 'x') + "\"}}]}")
        << kValidator << QStringList{u"spec.template.spec.volumes[1].cloudInitNoCloud userdata exceeds 2048 byte limit. Should use UserDataSecretRef for larger data."_s}
        << QStringList{u"spec.template.spec.volumes[1].cloudInitNoCloud"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("SSH key by noCloud without cloud-init")
        << onSpec(R"({"domain":{"devices":{"disks":[{"name":"rootdisk","bootOrder":1}]}},"volumes":[{"name":"rootdisk","dataVolume":{"name":"vm1-rootdisk"}}],
                     "accessCredentials":[{"sshPublicKey":{"source":{"secret":{"secretName":"vm1-ssh-key"}},"propagationMethod":{"noCloud":{}}}}]})")
        << kValidator
        << QStringList{u"spec.template.spec.accessCredentials[0] requires a noCloud volume to exist when the noCloud propagationMethod is in use."_s}
        << QStringList{u"spec.template.spec.accessCredentials[0].sshPublicKey.propagationMethod"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("dataVolumeTemplate not used")
        << onSpec(R"({"volumes":[{"name":"rootdisk","containerDisk":{"image":"x:1"}},{"name":"cloudinitdisk","cloudInitNoCloud":{"userData":"a"}}]})")
        << kValidator << QStringList{u"DataVolumeTemplate entry spec.dataVolumeTemplate[0] must be referenced in the VMI template's 'volumes' list"_s}
        << QStringList{u"spec.dataVolumeTemplate[0]"_s} << u"FieldValueRequired"_s;
    QTest::newRow("dataVolumeTemplate without storage")
        << QByteArray(R"({"spec":{"dataVolumeTemplates":[{"metadata":{"name":"vm1-rootdisk"},"spec":{"sourceRef":{"kind":"DataSource","name":"fedora"}}}]}})")
        << kValidator << QStringList{u"Missing Data volume PVC or Storage"_s} << QStringList{u"spec.dataVolumeTemplate[0].PVC.Storage"_s}
        << u"FieldValueInvalid"_s;
}

void TestVmAdmission::refusedNetwork_data()
{
    columns();
    QTest::newRow("interface without network")
        << onDevices(R"({"interfaces":[{"name":"default","masquerade":{}},{"name":"nic-1","bridge":{}}]})") << kValidator
        << QStringList{u"spec.template.spec.domain.devices.interfaces[1].name 'nic-1' not found."_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[1].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("network without interface")
        << onSpec(R"({"networks":[{"name":"default","pod":{}},{"name":"blue","multus":{"networkName":"demo/blue"}}]})") << kValidator
        << QStringList{u"spec.template.spec.networks[1].name 'blue' not found."_s} << QStringList{u"spec.template.spec.networks[1].name"_s}
        << u"FieldValueRequired"_s;
    QTest::newRow("masquerade on a Multus network")
        << onSpec(R"({"networks":[{"name":"default","multus":{"networkName":"demo/blue"}}]})") << kValidator
        << QStringList{u"Masquerade interface only implemented with pod network"_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[0].name"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("interface without binding")
        << onDevices(R"({"interfaces":[{"name":"default"}]})") << kValidator
        << QStringList{u"logical default interface must have exactly one binding method or binding plugin"_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[0]"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("two pod networks")
        << onSpec(R"({"domain":{"devices":{"interfaces":[{"name":"default","masquerade":{}},{"name":"two","masquerade":{}}]}},
                     "networks":[{"name":"default","pod":{}},{"name":"two","pod":{}}]})")
        << kValidator << QStringList{u"more than one interface is connected to a pod network in spec.template.spec.interfaces"_s}
        << QStringList{u"spec.template.spec.interfaces"_s} << u"FieldValueDuplicate"_s;
    QTest::newRow("Multus without networkName")
        << onSpec(R"({"domain":{"devices":{"interfaces":[{"name":"default","bridge":{}}]}},"networks":[{"name":"default","multus":{}}]})")
        << kValidator << QStringList{u"CNI delegating plugin must have a networkName"_s} << QStringList{u"spec.template.spec.networks[0]"_s}
        << u"FieldValueRequired"_s;
    QTest::newRow("interface model")
        << onDevices(R"({"interfaces":[{"name":"default","masquerade":{},"model":"virtio-net"}]})") << kValidator
        << QStringList{u"interface spec.template.spec.domain.devices.interfaces[0].name uses model virtio-net that is not supported."_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[0].model"_s} << u"FieldValueNotSupported"_s;
    QTest::newRow("MAC address")
        << onDevices(R"({"interfaces":[{"name":"default","masquerade":{},"macAddress":"02:00:00:zz:00:01"}]})") << kValidator
        << QStringList{u"interface spec.template.spec.domain.devices.interfaces[0].name has malformed MAC address (02:00:00:zz:00:01)."_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[0].macAddress"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("interface name")
        << onSpec(R"({"domain":{"devices":{"interfaces":[{"name":"nic.1","masquerade":{}}]}},"networks":[{"name":"nic.1","pod":{}}]})")
        << kValidator
        << QStringList{u"Network interface name can only contain alphabetical characters, numbers, dashes (-) or underscores (_)"_s}
        << QStringList{u"spec.template.spec.domain.devices.interfaces[0].name"_s} << u"FieldValueInvalid"_s;
}

void TestVmAdmission::refusedSizing_data()
{
    columns();
    const auto conflict = [](const QString &f) { return u"VM field(s) %1 conflicts with selected instance type"_s.arg(f); };
    const QString cpu = u"spec.template.spec.domain.cpu."_s, guest = u"spec.template.spec.domain.memory.guest"_s;
    QTest::newRow("instancetype and a custom size")
        << QByteArray(R"({"spec":{"instancetype":{"name":"u1.medium"}}})") << kValidator
        << QStringList{conflict(cpu + u"sockets"_s), conflict(cpu + u"cores"_s), conflict(cpu + u"threads"_s), conflict(guest)}
        << QStringList{cpu + u"sockets"_s, cpu + u"cores"_s, cpu + u"threads"_s, guest} << u"FieldValueInvalid"_s;
    QTest::newRow("instancetype and a memory request")
        << QByteArray(R"({"spec":{"instancetype":{"name":"u1.medium"},"template":{"spec":{"domain":{"cpu":null,"memory":null,"resources":{"requests":{"memory":"4Gi"}}}}}}})")
        << kValidator << QStringList{conflict(u"spec.template.spec.domain.resources.requests.memory"_s)}
        << QStringList{u"spec.template.spec.domain.resources.requests.memory"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("windows.11 on 1 socket")
        << QByteArray(R"({"spec":{"preference":{"name":"windows.11"},"template":{"spec":{"domain":{"cpu":{"cores":1},"memory":{"guest":"8Gi"}}}}}})")
        << kValidator
        << QStringList{u"failure checking preference requirements: insufficient CPU resources of 1 vCPU provided by VirtualMachine, preference requires 2 vCPU provided as sockets"_s}
        << QStringList{cpu + u"sockets"_s} << u"FieldValueNotFound"_s;
    QTest::newRow("windows.11 in 2Gi")
        << QByteArray(R"({"spec":{"preference":{"name":"windows.11"},"template":{"spec":{"domain":{"cpu":{"sockets":2,"cores":1}}}}}})")
        << kValidator
        << QStringList{u"failure checking preference requirements: insufficient Memory resources of 2Gi provided by VirtualMachine, preference requires 4Gi"_s}
        << QStringList{u"spec.template.spec.domain.memory"_s} << u"FieldValueNotFound"_s;
    QTest::newRow("windows.11 on u1.small")
        << QByteArray(R"({"spec":{"instancetype":{"name":"u1.small"},"preference":{"name":"windows.11"},
                         "template":{"spec":{"domain":{"cpu":null,"memory":null}}}}})")
        << kValidator
        << QStringList{u"failure checking preference requirements: insufficient CPU resources of 1 vCPU provided by instance type, preference requires 2 vCPU"_s}
        << QStringList{u"spec.instancetype"_s} << u"FieldValueNotFound"_s;
    QTest::newRow("windows.11 on tiny (namespaced)")
        << QByteArray(R"({"spec":{"instancetype":{"name":"tiny","kind":"VirtualMachineInstancetype"},"preference":{"name":"windows.11"},
                         "template":{"spec":{"domain":{"cpu":{"sockets":2,"cores":1,"threads":null},"memory":null}}}}})")
        << kValidator << QStringList{conflict(cpu + u"sockets"_s), conflict(cpu + u"cores"_s)}
        << QStringList{cpu + u"sockets"_s, cpu + u"cores"_s} << u"FieldValueInvalid"_s;
    QTest::newRow("instancetype matcher without a name")
        << QByteArray(R"({"spec":{"instancetype":{"kind":"VirtualMachineClusterInstancetype"}}})") << kMutator
        << QStringList{u"Either Name or InferFromVolume should be provided within the InstancetypeMatcher"_s}
        << QStringList{u"spec.instancetype"_s} << u"FieldValueNotFound"_s;
}

void TestVmAdmission::admitted_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("the wizard's VM") << QByteArray("{}");
    QTest::newRow("u1.large for windows.11")
        << QByteArray(R"({"spec":{"instancetype":{"name":"u1.large"},"preference":{"name":"windows.11"},"template":{"spec":{"domain":{"cpu":null,"memory":null}}}}})");
    // KubeVirt checks memory when the VMI is made (vmi-create-admitter.go), not on the VM.
    QTest::newRow("no memory at all") << onDomain(R"({"memory":null})");
    QTest::newRow("a volume without a disk (one is added at start)") << onDevices("{" + kDisks.left(kDisks.indexOf("},{")) + "}]}");
    // find errors are logged and ignored by both webhooks; the VM controller reports them.
    QTest::newRow("an instancetype that does not exist")
        << QByteArray(R"({"spec":{"instancetype":{"name":"u1.nope"},"template":{"spec":{"domain":{"cpu":null,"memory":null}}}}})");
    QTest::newRow("an empty CD-ROM (DeclarativeHotplugVolumes is on)")
        << onDevices(R"({"disks":[{"name":"rootdisk","bootOrder":1},{"name":"cloudinitdisk"},{"name":"cd","cdrom":{"bus":"sata"}}]})");
    QTest::newRow("no interfaces: the pod network is added") << onSpec(R"({"networks":null,"domain":{"devices":{"interfaces":null}}})");
}

void TestVmAdmission::admitted()
{
    QFETCH(QByteArray, patch);
    QJsonObject vm = applyMergePatch(baseVm(), QJsonDocument::fromJson(patch).object());
    const auto answer = admitVirtualMachine(m_store, vm, true, true);
    QVERIFY2(!answer, answer ? QJsonDocument(answer->body).toJson().constData() : "");
}

void TestVmAdmission::tenCausesAtMost()
{
    QJsonArray ifaces{QJsonObject{{u"name"_s, u"default"_s}, {u"masquerade"_s, QJsonObject()}}};
    for (int i = 1; i <= 11; ++i)
        ifaces.append(QJsonObject{{u"name"_s, u"nic-%1"_s.arg(i)}, {u"bridge"_s, QJsonObject()}});
    QJsonObject vm = baseVm();
    setAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "devices"_L1, "interfaces"_L1}, ifaces);
    const auto answer = admitVirtualMachine(m_store, vm, true, true);
    QVERIFY(answer);
    QCOMPARE(valueAt(answer->body, {"details"_L1, "causes"_L1}).toArray().size(), 10);
    QVERIFY(stringAt(answer->body, "message"_L1).startsWith(
        u"admission webhook \"virtualmachine-validator.kubevirt.io\" denied the request: spec.template.spec.domain.devices.interfaces[1].name 'nic-1' not found., "_s));
    QVERIFY(stringAt(answer->body, "message"_L1).endsWith(u"interfaces[10].name 'nic-10' not found., and 1 more validation errors"_s));
}

// kube-apiserver's own check, between the two webhooks: NewInvalid, details naming the VM.
void TestVmAdmission::invalidName()
{
    QJsonObject vm = baseVm();
    setAt(vm, {"metadata"_L1, "name"_L1}, u"Web_01"_s);
    const auto answer = admitVirtualMachine(m_store, vm, true, true);
    QVERIFY(answer);
    QCOMPARE(answer->code, 422);
    const QString why = u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s;
    QCOMPARE(stringAt(answer->body, "message"_L1),
             u"VirtualMachine.kubevirt.io \"Web_01\" is invalid: metadata.name: Invalid value: \"Web_01\": "_s + why);
    QCOMPARE(stringAt(answer->body, "reason"_L1), u"Invalid"_s);
    const QJsonObject details = objectAt(answer->body, "details"_L1);
    QCOMPARE(stringAt(details, "name"_L1), u"Web_01"_s);
    QCOMPARE(stringAt(details, "group"_L1), u"kubevirt.io"_s);
    QCOMPARE(stringAt(details, "kind"_L1), u"VirtualMachine"_s);
    const QJsonObject cause = details.value("causes"_L1).toArray().at(0).toObject();
    QCOMPARE(stringAt(cause, "field"_L1), u"metadata.name"_s);
    QCOMPARE(stringAt(cause, "message"_L1), u"Invalid value: \"Web_01\": "_s + why);
}

void TestVmAdmission::virtApiDown()
{
    QJsonObject vm = baseVm();
    const auto answer = admitVirtualMachine(m_store, vm, false, false);
    QVERIFY(answer);
    QCOMPARE(answer->code, 500);
    QCOMPARE(stringAt(answer->body, "reason"_L1), u"InternalError"_s);
    QCOMPARE(stringAt(answer->body, "message"_L1),
             u"Internal error occurred: failed calling webhook \"virtualmachines-mutator.kubevirt.io\": failed to call webhook: Post "
             "\"https://virt-api.kubevirt.svc:443/virtualmachines-mutate?timeout=10s\": dial tcp 10.96.0.115:443: connect: connection refused"_s);
}

void TestVmAdmission::defaultsOnCreate()
{
    QJsonObject vm = baseVm();
    QVERIFY(!admitVirtualMachine(m_store, vm, true, true));
    const QJsonObject tspec = valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1}).toObject();
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    const QString id = valueAt(tspec, {"domain"_L1, "firmware"_L1, "uuid"_L1}).toString();
    const QString serial = valueAt(tspec, {"domain"_L1, "firmware"_L1, "serial"_L1}).toString();
    QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
    QVERIFY2(uuid.match(serial).hasMatch(), qPrintable(serial));
    QVERIFY(id != serial);
    QCOMPARE(stringAt(tspec, "architecture"_L1), u"amd64"_s);
    QCOMPARE(valueAt(tspec, {"domain"_L1, "machine"_L1}).toObject(), QJsonObject({{u"type"_s, u"q35"_s}}));
    QCOMPARE(valueAt(vm, {"spec"_L1, "template"_L1, "metadata"_L1, "annotations"_L1}).toObject(),
             QJsonObject({{u"kubevirt.io/pci-topology-version"_s, u"v3"_s}}));
    // Nothing else: no kind on matchers, no default interface or disk on the stored VM.
    QJsonObject expected = baseVm();
    setAt(expected, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}, u"amd64"_s);
    setAt(expected, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1}, u"q35"_s);
    setAt(expected, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1},
          QJsonObject{{u"uuid"_s, id}, {u"serial"_s, serial}});
    setAt(expected, {"spec"_L1, "template"_L1, "metadata"_L1, "annotations"_L1, "kubevirt.io/pci-topology-version"_L1}, u"v3"_s);
    QCOMPARE(vm, expected);
    // A firmware uuid already there stays; matchers keep the kind they were sent without.
    QJsonObject typed = applyMergePatch(baseVm(), json(R"({"spec":{"instancetype":{"name":"u1.large"},"template":{"spec":{
        "domain":{"cpu":null,"memory":null,"firmware":{"uuid":"5d307ca9-b3ef-428c-8861-06e72d69f223"}}}}}})"));
    QVERIFY(!admitVirtualMachine(m_store, typed, true, true));
    QCOMPARE(valueAt(typed, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1, "uuid"_L1}).toString(),
             u"5d307ca9-b3ef-428c-8861-06e72d69f223"_s);
    QCOMPARE(valueAt(typed, {"spec"_L1, "instancetype"_L1}).toObject(), QJsonObject({{u"name"_s, u"u1.large"_s}}));
}

// On update the mutator defaults architecture and machine type only; a VM being deleted passes.
void TestVmAdmission::defaultsOnUpdate()
{
    QJsonObject vm = baseVm();
    QVERIFY(!admitVirtualMachine(m_store, vm, false, true));
    QVERIFY(valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1}).isUndefined());
    QVERIFY(valueAt(vm, {"spec"_L1, "template"_L1, "metadata"_L1}).isUndefined());
    QCOMPARE(valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}).toString(), u"amd64"_s);
    QCOMPARE(valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1}).toString(), u"q35"_s);
    QJsonObject deleting = applyMergePatch(baseVm(), json(R"({"metadata":{"deletionTimestamp":"2026-08-22T10:00:00Z"},"spec":{"runStrategy":"Sometimes"}})"));
    const QJsonObject before = deleting;
    QVERIFY(!admitVirtualMachine(m_store, deleting, false, true));
    QCOMPARE(deleting, before);
}

// The architecture a DataSource's label gives (arm64: machine virt); a preference's machine type
// and storage class.
void TestVmAdmission::defaultsFromSources()
{
    QJsonObject arm = applyMergePatch(baseVm(), json(R"({"spec":{"dataVolumeTemplates":[{"metadata":{"name":"vm1-rootdisk"},"spec":{
        "sourceRef":{"kind":"DataSource","name":"fedora-arm64","namespace":"kubevirt-os-images"},"storage":{}}}]}})"));
    QVERIFY(!admitVirtualMachine(m_store, arm, true, true));
    QCOMPARE(valueAt(arm, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}).toString(), u"arm64"_s);
    QCOMPARE(valueAt(arm, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1}).toString(), u"virt"_s);
    QCOMPARE(valueAt(arm, {"spec"_L1, "template"_L1, "metadata"_L1, "annotations"_L1, "kubevirt.io/pci-topology-version"_L1}).toString(), u"v3"_s);
    QJsonObject rhel = applyMergePatch(baseVm(), json(R"({"spec":{"preference":{"name":"rhel","kind":"VirtualMachinePreference"}}})"));
    QVERIFY(!admitVirtualMachine(m_store, rhel, true, true));
    QCOMPARE(valueAt(rhel, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1}).toString(), u"pc-q35-rhel9.6.0"_s);
    const QJsonObject dv = valueAt(rhel, {"spec"_L1, "dataVolumeTemplates"_L1}).toArray().at(0).toObject();
    QCOMPARE(valueAt(dv, {"spec"_L1, "storage"_L1, "storageClassName"_L1}).toString(), u"ceph-block"_s);
}

// POST through the API server with the hook wired as SimCluster wires it (the lead's lines).
void TestVmAdmission::throughApiServer()
{
    ApiServer server(&m_store);
    server.setToken("t0k3n");
    server.addAdmissionHook([this](const ApiResource &res, QJsonObject &obj, bool create) -> std::optional<ApiServer::HookAnswer> {
        if (res != ApiResource::virtualMachines())
            return std::nullopt;
        return admitVirtualMachine(m_store, obj, create, true);
    });
    const auto pki = generatePki({u"localhost"_s}, {u"127.0.0.1"_s});
    QVERIFY(pki);
    const quint16 port = server.listenTls(QHostAddress::LocalHost, 0, *pki);
    QVERIFY(port);
    QNetworkAccessManager net;
    const auto post = [&](const QJsonObject &vm) {
        QNetworkRequest req(QUrl(u"https://127.0.0.1:%1/apis/kubevirt.io/v1/namespaces/demo/virtualmachines"_s.arg(port)));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(pki->caCertPem));
        req.setSslConfiguration(ssl);
        req.setRawHeader("Authorization", "Bearer t0k3n");
        req.setRawHeader("Content-Type", "application/json");
        return net.post(req, QJsonDocument(vm).toJson());
    };
    QNetworkReply *refused = post(applyMergePatch(baseVm(), json(R"({"spec":{"runStrategy":null}})")));
    QTRY_VERIFY(refused->isFinished());
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
    const QJsonObject status = QJsonDocument::fromJson(refused->readAll()).object();
    QCOMPARE(stringAt(status, "message"_L1),
             u"admission webhook \"virtualmachine-validator.kubevirt.io\" denied the request: RunStrategy must be specified"_s);
    QCOMPARE(valueAt(status, {"details"_L1, "causes"_L1}).toArray().at(0).toObject(),
             QJsonObject({{u"reason"_s, u"FieldValueInvalid"_s}, {u"message"_s, u"RunStrategy must be specified"_s}, {u"field"_s, u"spec.running"_s}}));
    QVERIFY(!m_store.get(VM, u"demo"_s, u"vm1"_s));
    QNetworkReply *created = post(baseVm());
    QTRY_VERIFY(created->isFinished());
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const auto stored = m_store.get(VM, u"demo"_s, u"vm1"_s);
    QVERIFY(stored);
    QVERIFY(!valueAt(*stored, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1, "uuid"_L1}).toString().isEmpty());
    refused->deleteLater();
    created->deleteLater();
}

QTEST_GUILESS_MAIN(TestVmAdmission)
#include "test_vmadmission.moc"
