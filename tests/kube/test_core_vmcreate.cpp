// What the New VM dialog sends (backend/core VmCreate, VmCatalog): the VM, Secret and ConfigMap
// built from a request in the shapes OpenShift's wizard sends (vm-lifecycle-facts.md §1), the
// checks made before sending, refusals routed to their page, and the catalogue decoders.
#include "../common/JsonPath.h"
#include "KubeError.h"
#include "VmCatalog.h"
#include "VmCreate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover;
using namespace drover::core;
using namespace Qt::StringLiterals;

namespace {

QJsonValue at(const QJsonValue &root, const QString &path)
{
    return drover::test::jsonAt(root, path);
}

NewVmRequest fedora()
{
    NewVmRequest r;
    r.ns = u"prod"_s;
    r.name = u"web-1"_s;
    r.description = u"front end"_s;
    r.instancetype = u"u1.medium"_s;
    r.preference = u"fedora"_s;
    NewVmDisk boot;
    boot.name = u"rootdisk"_s;
    boot.source = NewVmDisk::Source::DataSource;
    boot.ref = u"kubevirt-os-images/fedora"_s;
    boot.size = u"30Gi"_s;
    boot.storageClass = u"ceph-block"_s;
    r.disks = {boot};
    r.nics = {{u"default"_s, {}}};
    r.sshKeys = {u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq me@laptop"_s};
    return r;
}

} // namespace

class TestCoreVmCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataSourceWithInstancetypeAndKey()
    {
        const NewVmObjects o = newVmObjects(fedora());
        const QJsonObject vm = o.vm;
        QCOMPARE(at(vm, u"apiVersion"_s).toString(), u"kubevirt.io/v1"_s);
        QCOMPARE(at(vm, u"metadata.annotations.description"_s).toString(), u"front end"_s);
        QCOMPARE(at(vm, u"spec.runStrategy"_s).toString(), u"RerunOnFailure"_s);
        QCOMPARE(at(vm, u"spec.instancetype"_s).toObject(), (QJsonObject{{u"name"_s, u"u1.medium"_s}})); // cluster kind: no kind
        QCOMPARE(at(vm, u"spec.preference.name"_s).toString(), u"fedora"_s);
        QCOMPARE(at(vm, u"spec.dataVolumeTemplates.0.metadata.name"_s).toString(), u"web-1-rootdisk"_s);
        QCOMPARE(at(vm, u"spec.dataVolumeTemplates.0.spec.sourceRef"_s).toObject(),
                 (QJsonObject{{u"kind"_s, u"DataSource"_s}, {u"namespace"_s, u"kubevirt-os-images"_s}, {u"name"_s, u"fedora"_s}}));
        QCOMPARE(at(vm, u"spec.dataVolumeTemplates.0.spec.storage.resources.requests.storage"_s).toString(), u"30Gi"_s);
        QCOMPARE(at(vm, u"spec.dataVolumeTemplates.0.spec.storage.storageClassName"_s).toString(), u"ceph-block"_s);
        const QString t = u"spec.template.spec."_s;
        // An instancetype owns CPU and memory: the template must not set them (KubeVirt refuses the conflict).
        QVERIFY(!at(vm, t + u"domain"_s).toObject().contains("cpu"_L1));
        QVERIFY(!at(vm, t + u"domain"_s).toObject().contains("memory"_L1));
        QCOMPARE(at(vm, t + u"domain.devices.autoattachPodInterface"_s).toBool(true), false);
        QCOMPARE(at(vm, t + u"domain.devices.disks.0"_s).toObject(), (QJsonObject{{u"name"_s, u"rootdisk"_s}, {u"bootOrder"_s, 1}}));
        QCOMPARE(at(vm, t + u"domain.devices.interfaces.0"_s).toObject(),
                 (QJsonObject{{u"name"_s, u"default"_s}, {u"masquerade"_s, QJsonObject{}}}));
        QCOMPARE(at(vm, t + u"networks.0"_s).toObject(), (QJsonObject{{u"name"_s, u"default"_s}, {u"pod"_s, QJsonObject{}}}));
        QCOMPARE(at(vm, t + u"volumes.0.dataVolume.name"_s).toString(), u"web-1-rootdisk"_s);
        QCOMPARE(at(vm, t + u"volumes.1.name"_s).toString(), u"cloudinitdisk"_s);
        QCOMPARE(at(vm, t + u"volumes.1.cloudInitNoCloud.userData"_s).toString(), u"#cloud-config\n"_s);
        QCOMPARE(at(vm, t + u"accessCredentials.0.sshPublicKey.source.secret.secretName"_s).toString(), u"web-1-ssh-key"_s);
        QVERIFY(at(vm, t + u"accessCredentials.0.sshPublicKey.propagationMethod"_s).toObject().contains("noCloud"_L1));
        QVERIFY(o.sshSecret);
        QCOMPARE(at(*o.sshSecret, u"metadata.name"_s).toString(), u"web-1-ssh-key"_s);
        QCOMPARE(QByteArray::fromBase64(at(*o.sshSecret, u"data.key1"_s).toString().toLatin1()),
                 QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq me@laptop"));
        QVERIFY(!o.sysprepConfigMap);
    }

    void customSizeHaltedUserAndMultus()
    {
        NewVmRequest r = fedora();
        r.instancetype.clear();
        r.preference.clear();
        r.sockets = 2;
        r.cores = 3;
        r.memory = u"6Gi"_s;
        r.start = false;
        r.sshKeys.clear();
        r.user = u"ops"_s;
        r.password = u"s3: #cret"_s; // YAML would read it as a map and a comment, unquoted
        r.nics.append({u"nic-1"_s, u"vlan-100"_s});
        const NewVmObjects o = newVmObjects(r);
        const QString t = u"spec.template.spec."_s;
        QCOMPARE(at(o.vm, u"spec.runStrategy"_s).toString(), u"Halted"_s);
        QVERIFY(!at(o.vm, u"spec"_s).toObject().contains("instancetype"_L1));
        QCOMPARE(at(o.vm, t + u"domain.cpu"_s).toObject(),
                 (QJsonObject{{u"sockets"_s, 2}, {u"cores"_s, 3}, {u"threads"_s, 1}}));
        QCOMPARE(at(o.vm, t + u"domain.memory.guest"_s).toString(), u"6Gi"_s);
        QCOMPARE(at(o.vm, t + u"domain.devices.disks.0.disk.bus"_s).toString(), u"virtio"_s); // no preference: virtio
        QCOMPARE(at(o.vm, t + u"domain.devices.interfaces.1"_s).toObject(), (QJsonObject{{u"name"_s, u"nic-1"_s}, {u"bridge"_s, QJsonObject{}}}));
        QCOMPARE(at(o.vm, t + u"networks.1.multus.networkName"_s).toString(), u"vlan-100"_s);
        QCOMPARE(at(o.vm, t + u"volumes.1.cloudInitNoCloud.userData"_s).toString(),
                 u"#cloud-config\nuser: ops\npassword: \"s3: #cret\"\nchpasswd: { expire: false }\n"_s);
        QVERIFY(!at(o.vm, u"spec.template.spec"_s).toObject().contains("accessCredentials"_L1));
        QVERIFY(!o.sshSecret);
    }

    void blankDiskWithInstallerAndSysprep()
    {
        NewVmRequest r = fedora();
        r.sshKeys.clear();
        r.preference = u"windows.11"_s;
        r.disks[0].source = NewVmDisk::Source::Blank;
        r.disks[0].ref.clear();
        NewVmDisk iso;
        iso.name = u"installer"_s;
        iso.source = NewVmDisk::Source::Http;
        iso.ref = u"https://images.example/win11.iso"_s;
        iso.size = u"10Gi"_s;
        iso.cdrom = true;
        r.disks.append(iso);
        r.sysprepXml = u"<unattend/>"_s;
        const NewVmObjects o = newVmObjects(r);
        const QString t = u"spec.template.spec."_s;
        QCOMPARE(at(o.vm, u"spec.dataVolumeTemplates.0.spec.source"_s).toObject(), (QJsonObject{{u"blank"_s, QJsonObject{}}}));
        QCOMPARE(at(o.vm, u"spec.dataVolumeTemplates.1.spec.source.http.url"_s).toString(), u"https://images.example/win11.iso"_s);
        QCOMPARE(at(o.vm, t + u"domain.devices.disks.1"_s).toObject(),
                 (QJsonObject{{u"name"_s, u"installer"_s}, {u"bootOrder"_s, 2}, {u"cdrom"_s, QJsonObject{{u"bus"_s, u"sata"_s}}}}));
        QCOMPARE(at(o.vm, t + u"domain.devices.disks.2.name"_s).toString(), u"sysprep"_s);
        QCOMPARE(at(o.vm, t + u"volumes.2.sysprep.configMap.name"_s).toString(), u"web-1-sysprep"_s);
        for (const QJsonValue &v : at(o.vm, t + u"volumes"_s).toArray())
            QVERIFY(!v.toObject().contains("cloudInitNoCloud"_L1)); // Windows gets no cloud-init
        QVERIFY(o.sysprepConfigMap);
        QCOMPARE(at(*o.sysprepConfigMap, u"data"_s).toObject().value("autounattend.xml"_L1).toString(), u"<unattend/>"_s);
    }

    void containerDiskMakesNoVolume()
    {
        NewVmRequest r = fedora();
        r.disks[0].source = NewVmDisk::Source::ContainerDisk;
        r.disks[0].ref = u"quay.io/containerdisks/fedora:40"_s;
        const NewVmObjects o = newVmObjects(r);
        QVERIFY(!at(o.vm, u"spec"_s).toObject().contains("dataVolumeTemplates"_L1));
        QCOMPARE(at(o.vm, u"spec.template.spec.volumes.0.containerDisk.image"_s).toString(), u"quay.io/containerdisks/fedora:40"_s);
    }

    void problems_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<std::function<void(NewVmRequest &)>>("spoil");
        QTest::newRow("no name") << int(NewVmPage::Basics) << u"needs a name"_s << std::function([](NewVmRequest &r) { r.name.clear(); });
        QTest::newRow("bad name") << int(NewVmPage::Basics) << u"not a valid VM name"_s
                                  << std::function([](NewVmRequest &r) { r.name = u"Web_1"_s; });
        QTest::newRow("no disk") << int(NewVmPage::Disks) << u"disk to boot"_s << std::function([](NewVmRequest &r) { r.disks.clear(); });
        QTest::newRow("no image") << int(NewVmPage::Disks) << u"pick the image"_s << std::function([](NewVmRequest &r) { r.disks[0].ref.clear(); });
        QTest::newRow("ftp url") << int(NewVmPage::Disks) << u"not an http"_s << std::function([](NewVmRequest &r) {
            r.disks[0].source = NewVmDisk::Source::Http;
            r.disks[0].ref = u"ftp://x/disk.img"_s;
        });
        QTest::newRow("import without size") << int(NewVmPage::Disks) << u"is not a size"_s << std::function([](NewVmRequest &r) {
            r.disks[0].source = NewVmDisk::Source::Blank;
            r.disks[0].size.clear();
        });
        QTest::newRow("memory") << int(NewVmPage::Size) << u"not a memory size"_s << std::function([](NewVmRequest &r) {
            r.instancetype.clear();
            r.memory = u"lots"_s;
        });
        QTest::newRow("two pod nics") << int(NewVmPage::Networks) << u"Only one interface"_s
                                      << std::function([](NewVmRequest &r) { r.nics.append({u"second"_s, {}}); });
        QTest::newRow("bad key") << int(NewVmPage::FirstBoot) << u"not an OpenSSH public key"_s
                                 << std::function([](NewVmRequest &r) { r.sshKeys = {u"-----BEGIN OPENSSH PRIVATE KEY-----"_s}; });
        QTest::newRow("sysprep and cloud-init") << int(NewVmPage::FirstBoot) << u"exclude each other"_s
                                                << std::function([](NewVmRequest &r) { r.sysprepXml = u"<unattend/>"_s; });
    }

    void problems()
    {
        QFETCH(int, page);
        QFETCH(QString, fragment);
        QFETCH(std::function<void(NewVmRequest &)>, spoil);
        QVERIFY(newVmProblems(fedora()).isEmpty());
        NewVmRequest r = fedora();
        spoil(r);
        const QList<NewVmProblem> found = newVmProblems(r);
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found.first().page), page);
        QVERIFY2(found.first().message.contains(fragment), qPrintable(found.first().message));
    }

    void pageForField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("page");
        QTest::newRow("name") << u"metadata.name"_s << int(NewVmPage::Basics);
        QTest::newRow("runStrategy") << u"spec.runStrategy"_s << int(NewVmPage::Basics);
        QTest::newRow("memory") << u"spec.template.spec.domain.memory.guest"_s << int(NewVmPage::Size);
        QTest::newRow("resources") << u"spec.template.spec.domain.resources"_s << int(NewVmPage::Size);
        QTest::newRow("instancetype") << u"spec.instancetype.name"_s << int(NewVmPage::Size);
        QTest::newRow("disk") << u"spec.template.spec.domain.devices.disks[0].name"_s << int(NewVmPage::Disks);
        QTest::newRow("dv") << u"spec.dataVolumeTemplate[0].spec.storage"_s << int(NewVmPage::Disks);
        QTest::newRow("machine") << u"spec.template.spec.domain.machine.type"_s << int(NewVmPage::Size);
        QTest::newRow("nic") << u"spec.template.spec.domain.devices.interfaces[1].name"_s << int(NewVmPage::Networks);
        QTest::newRow("network") << u"spec.template.spec.networks[0].multus"_s << int(NewVmPage::Networks);
        QTest::newRow("cloud-init") << u"spec.template.spec.volumes[1].cloudInitNoCloud"_s << int(NewVmPage::FirstBoot);
        QTest::newRow("unknown") << u"spec.template.spec.hostname"_s << int(NewVmPage::Review);
    }

    void pageForField()
    {
        QFETCH(QString, field);
        QFETCH(int, page);
        QCOMPARE(int(core::pageForField(field)), page);
    }

    void statusCausesDecoded()
    {
        const QJsonObject cause{{u"reason"_s, u"FieldValueRequired"_s}, {u"message"_s, u"no memory requested"_s},
                                {u"field"_s, u"spec.template.spec.domain.resources"_s}};
        const QJsonObject status{{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"status"_s, u"Failure"_s},
                                 {u"message"_s, u"admission webhook denied the request: no memory requested"_s},
                                 {u"reason"_s, u"Invalid"_s}, {u"code"_s, 422},
                                 {u"details"_s, QJsonObject{{u"causes"_s, QJsonArray{cause}}}}};
        const QByteArray body = QJsonDocument(status).toJson();
        const kube::KubeError e = kube::KubeError::fromHttp(422, body, u"https://x"_s);
        QCOMPARE(e.kind, kube::ErrorKind::Invalid);
        QCOMPARE(e.causes.size(), 1);
        QCOMPARE(e.causes.first(), (kube::StatusCause{u"FieldValueRequired"_s, u"no memory requested"_s, u"spec.template.spec.domain.resources"_s}));
    }

    void catalogue()
    {
        auto json = [](const char *text) { return QJsonDocument::fromJson(text).object(); };
        const auto it = InstancetypeInfo::fromJson(
            json(R"json({"metadata":{"name":"cx1.2xlarge","labels":{"instancetype.kubevirt.io/class":"compute.exclusive"}},"spec":{"cpu":{"guest":8},"memory":{"guest":"16Gi"}}})json"),
            false);
        QVERIFY(it);
        QCOMPARE(it->series, u"cx1"_s);
        QCOMPARE(it->cpus, 8);
        QCOMPARE(it->memoryBytes, 16LL << 30);
        QCOMPARE(it->seriesName, u"Compute Exclusive"_s);
        QVERIFY(!InstancetypeInfo::fromJson(json(R"json({"spec":{}})json"), false));
        auto sc = StorageClassInfo::fromJson(json(
            R"json({"metadata":{"name":"local-nvme","annotations":{"storageclass.kubevirt.io/is-default-virt-class":"false"}},"provisioner":"x","volumeBindingMode":"WaitForFirstConsumer"})json"));
        QVERIFY(sc);
        QVERIFY(!sc->defaultVirt && sc->waitForFirstConsumer);
        sc->applyProfile(json(R"json({"status":{"claimPropertySets":[{"accessModes":["ReadWriteOnce"],"volumeMode":"Filesystem"},{"accessModes":["ReadWriteMany"],"volumeMode":"Block"}]}})json"));
        QCOMPARE(sc->accessModes, (QStringList{u"ReadWriteOnce"_s, u"ReadWriteMany"_s}));
        QCOMPARE(sc->volumeMode, u"Filesystem"_s);
        auto rbd = StorageClassInfo::fromJson(json(R"json({"metadata":{"name":"ceph-block","annotations":{"storageclass.kubevirt.io/is-default-virt-class":"true"}}})json"));
        QVERIFY(rbd);
        QCOMPARE(preferredStorageClass({*sc, *rbd})->name, u"ceph-block"_s);
        QCOMPARE(preferredStorageClass({*sc}), nullptr);
        const auto ds = DataSourceInfo::fromJson(json(
            R"json({"metadata":{"name":"fedora","namespace":"kubevirt-os-images","labels":{"instancetype.kubevirt.io/default-instancetype":"u1.medium","instancetype.kubevirt.io/default-preference":"fedora"}},"status":{"conditions":[{"type":"Ready","status":"False","reason":"NoSource","message":"No source PVC"}]}})json"));
        QVERIFY(ds);
        QCOMPARE(ds->key(), u"kubevirt-os-images/fedora"_s);
        QCOMPARE(ds->defaultInstancetype, u"u1.medium"_s);
        QVERIFY(!ds->ready);
        QCOMPARE(ds->notReadyWhy, u"No source PVC"_s);
        const QJsonObject config{{u"cniVersion"_s, u"0.3.1"_s},
                                 {u"plugins"_s, QJsonArray{QJsonObject{{u"type"_s, u"bridge"_s}, {u"bridge"_s, u"br100"_s}}}}};
        const auto nad = NadInfo::fromJson(QJsonObject{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"vlan-100"_s}, {u"namespace"_s, u"prod"_s}}},
            {u"spec"_s, QJsonObject{{u"config"_s, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}}}});
        QVERIFY(nad);
        QCOMPARE(nad->cniType, u"bridge"_s);
    }

    void sshKeyShapes()
    {
        QVERIFY(looksLikeSshPublicKey(u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq me@laptop"_s));
        QVERIFY(looksLikeSshPublicKey(u"ecdsa-sha2-nistp256 AAAAE2VjZHNh="_s));
        QVERIFY(!looksLikeSshPublicKey(u"ssh-ed25519"_s));
        QVERIFY(!looksLikeSshPublicKey(u"AAAAC3NzaC1lZDI1NTE5"_s));
    }
};

QTEST_GUILESS_MAIN(TestCoreVmCreate)
#include "test_core_vmcreate.moc"
