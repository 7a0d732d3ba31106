// What the VM page decodes (backend/core): the guest agent's three bodies in the shapes KubeVirt
// serves them (vm-lifecycle-facts.md §5), a VM's networks joined with what its VMI reports, its
// disks with source, device and hotplug, and objects written as YAML that reads back the same.
#include "GuestAgent.h"
#include "JsonYaml.h"
#include "KubeEvent.h"
#include "VmDisks.h"
#include "VmNetworks.h"
#include "vmpage_samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace drover;
using namespace Qt::StringLiterals;

namespace {

// YAML back to JSON: a quoted scalar (tag "!") is a string; a plain one is read as YAML 1.2's
// core schema reads it.
QJsonValue toJson(const YAML::Node &n)
{
    if (n.IsMap()) {
        QJsonObject o;
        for (const auto &kv : n)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    if (n.IsSequence()) {
        QJsonArray a;
        for (const auto &v : n)
            a.append(toJson(v));
        return a;
    }
    if (n.IsNull())
        return QJsonValue::Null;
    const QString s = QString::fromStdString(n.Scalar());
    if (n.Tag() == "!")
        return s;
    if (s == "true"_L1 || s == "false"_L1)
        return s == "true"_L1;
    bool ok = false;
    const double d = s.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(s);
}

} // namespace

class TestCoreVmPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guestOsInfo()
    {
        const core::GuestAgentInfo info = core::guestAgentInfoFromJson(sample(0));
        QCOMPARE(info.agentVersion, u"8.2.0"_s);
        QCOMPARE(info.hostname, u"web-01"_s);
        QCOMPARE(info.timezone, u"CET"_s); // the name of "CET, 3600"
        QCOMPARE(info.os.displayName(), u"Fedora Linux 40 (Cloud Edition)"_s);
        QCOMPARE(info.os.kernelRelease, u"6.8.5-301.fc40.x86_64"_s);
        QCOMPARE(info.users.size(), 1);
        QCOMPARE(info.users[0].userName, u"fedora"_s);
        QCOMPARE(info.users[0].loginTime.toMSecsSinceEpoch(), 1724312345120LL); // fractional seconds kept
        QCOMPARE(info.users[0].loginTime.timeSpec(), Qt::UTC);
        QCOMPARE(info.filesystems.size(), 1);
        QCOMPARE(info.filesystems[0].type, u"btrfs"_s);
        QCOMPARE(info.filesystems[0].usedFraction(), 0.25);
    }

    void osNames()
    {
        // Without prettyName: Windows by its version (it names the product), others "name version".
        core::GuestOs win{u"Microsoft Windows"_s, u"Microsoft Windows Server 2022"_s, {}, u"2022"_s, u"mswindows"_s, {}, {}, {}};
        QCOMPARE(win.displayName(), u"Microsoft Windows Server 2022"_s);
        core::GuestOs deb{u"Debian GNU/Linux"_s, u"12 (bookworm)"_s, {}, u"12"_s, u"debian"_s, {}, {}, {}};
        QCOMPARE(deb.displayName(), u"Debian GNU/Linux 12 (bookworm)"_s);
        QCOMPARE(core::GuestOs{}.displayName(), QString());
    }

    void lists()
    {
        const QList<core::GuestUser> users = core::guestUsersFromJson(sample(1));
        QCOMPARE(users.size(), 2); // an entry without a user name is no user
        QCOMPARE(users[0].domain, u"CORP"_s);
        QVERIFY(!users[1].loginTime.isValid());
        const QList<core::GuestFilesystem> fs = core::guestFilesystemsFromJson(sample(2));
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs[0].mountPoint, u"C:\\"_s);
        QCOMPARE(fs[0].usedFraction(), -1.0); // total 0: no fraction
        QCOMPARE(fs[1].usedBytes, -1);        // not reported
        QVERIFY(core::guestUsersFromJson(QJsonObject()).isEmpty());
    }

    void networks()
    {
        const QJsonObject vm = sample(3);
        QList<core::VmNetwork> nets = core::vmNetworksFromJson(vm, {});
        QCOMPARE(nets.size(), 2);
        QVERIFY(nets[0].pod);
        QCOMPARE(nets[0].binding, u"masquerade"_s);
        QCOMPARE(nets[0].model, u"virtio"_s);
        QVERIFY(!nets[0].reported);
        QCOMPARE(nets[1].multus, u"infra/storage-net"_s);
        QCOMPARE(nets[1].specMac, u"02:00:00:00:00:09"_s);
        const QJsonObject vmi = sample(4);
        nets = core::vmNetworksFromJson(vm, vmi);
        QCOMPARE(nets.size(), 3); // the guest-only interface comes last
        QCOMPARE(nets[0].ips, (QStringList{u"10.244.1.7"_s, u"fd10::7"_s}));
        QCOMPARE(nets[0].guestName, u"eth0"_s);
        QCOMPARE(nets[1].ips, QStringList{u"10.9.0.4"_s}); // ipAddress alone when ipAddresses is absent
        QCOMPARE(nets[1].infoSource, u"domain, multus-status"_s);
        QVERIFY(nets[2].name.isEmpty());
        QCOMPARE(nets[2].guestName, u"docker0"_s);
    }

    void disks()
    {
        const QJsonObject vm = sample(5);
        const QList<core::VmDisk> d = core::vmDisksFromJson(vm);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d[0].sourceKind, u"DataSource"_s);
        QCOMPARE(d[0].sourceRef, u"kubevirt-os-images/fedora"_s);
        QCOMPARE(d[0].device, u"disk"_s);
        QCOMPARE(d[0].bus, u"virtio"_s);
        QCOMPARE(d[1].sourceKind, u"http"_s);
        QCOMPARE(d[1].sourceRef, u"https://example.org/x.iso"_s);
        QCOMPARE(d[1].device, u"cdrom"_s);
        QVERIFY(d[2].hotpluggable);
        QVERIFY(d[2].device.isEmpty()); // no disk device lists it
        QCOMPARE(d[3].image, u"quay.io/kubevirt/virtio-container-disk"_s);
    }

    void diskState()
    {
        const core::DiskState st = core::diskStateFromJson(sample(7), sample(8));
        QCOMPARE(st.claimPhase, u"Bound"_s);
        QCOMPARE(st.capacity, u"32Gi"_s);
        QCOMPARE(st.accessModes, QStringList{u"ReadWriteMany"_s}); // as bound, not as asked
        QCOMPARE(st.volumeMode, u"Block"_s);
        QCOMPARE(st.dvPhase, u"ImportInProgress"_s);
        QCOMPARE(st.progress, u"45.00%"_s);
        QVERIFY(st.message.startsWith(u"Unable to connect to http data source"_s)); // CDI's words for a stuck import
        const core::DiskState none = core::diskStateFromJson({}, {});
        QVERIFY(none.capacity.isEmpty() && none.dvPhase.isEmpty() && none.accessModes.isEmpty());
    }

    void events()
    {
        // The old recorder's form and events.k8s.io's read the same.
        const core::KubeEvent old = core::KubeEvent::fromJson(QJsonObject{
            {u"metadata"_s, QJsonObject{{u"uid"_s, u"a"_s}, {u"resourceVersion"_s, u"10"_s}}},
            {u"type"_s, u"Warning"_s}, {u"reason"_s, u"FailedMigration"_s}, {u"count"_s, 3},
            {u"firstTimestamp"_s, u"2026-12-03T10:00:00Z"_s}, {u"lastTimestamp"_s, u"2026-12-03T10:05:00Z"_s},
            {u"source"_s, QJsonObject{{u"component"_s, u"virt-handler"_s}, {u"host"_s, u"nvme-a01"_s}}},
            {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"VirtualMachineInstance"_s}, {u"name"_s, u"web"_s}}}});
        QVERIFY(old.warning());
        QCOMPARE(old.count, 3);
        QCOMPARE(old.source, u"virt-handler, nvme-a01"_s);
        QCOMPARE(old.lastSeen, QDateTime(QDate(2026, 12, 3), QTime(10, 5), Qt::UTC));
        const core::KubeEvent neu = core::KubeEvent::fromJson(QJsonObject{
            {u"metadata"_s, QJsonObject{{u"uid"_s, u"b"_s}, {u"resourceVersion"_s, u"11"_s}}},
            {u"type"_s, u"Normal"_s}, {u"reason"_s, u"Scheduled"_s}, {u"eventTime"_s, u"2026-12-03T10:05:00.123456Z"_s},
            {u"reportingController"_s, u"default-scheduler"_s}, {u"series"_s, QJsonObject{{u"count"_s, 2}}},
            {u"regarding"_s, QJsonObject{{u"kind"_s, u"Pod"_s}, {u"name"_s, u"virt-launcher-web-x"_s}}}});
        QCOMPARE(neu.source, u"default-scheduler"_s);
        QCOMPARE(neu.count, 2);
        QCOMPARE(neu.objectKind, u"Pod"_s);
        QVERIFY(neu.lastSeen.isValid());
        // Same second: the later write first.
        core::KubeEvent a = old, b = old;
        b.uid = u"b"_s;
        b.resourceVersion = u"12"_s;
        QList<core::KubeEvent> list{a, b};
        core::sortNewestFirst(list);
        QCOMPARE(list.first().resourceVersion, u"12"_s);
    }

    void yaml()
    {
        const QJsonObject obj = sample(6);
        const QString text = core::jsonToYaml(obj);
        const QStringList lines = text.split(u'\n');
        // Strings YAML would read as something else are quoted; others are not.
        QVERIFY2(lines.contains(u"    enabled: \"true\""_s), qPrintable(text));
        QVERIFY2(lines.contains(u"    port: \"8080\""_s), qPrintable(text));
        QVERIFY2(lines.contains(u"    ver: \"1.10\""_s), qPrintable(text));
        QVERIFY2(lines.contains(u"    empty: \"\""_s), qPrintable(text));
        QVERIFY2(lines.contains(u"    since: \"2026-12-03T19:07:50Z\""_s), qPrintable(text)); // a timestamp to YAML 1.1
        QVERIFY2(lines.contains(u"  - ': colon'"_s), qPrintable(text)); // not plain, but a string
        QVERIFY2(lines.contains(u"  runStrategy: Always"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"  l: []"_s) && lines.contains(u"  m: {}"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"  userData: |"_s), qPrintable(text)); // a literal block, as kubectl writes it
        QVERIFY(lines.first() == u"apiVersion: kubevirt.io/v1"_s); // keys sorted, as kubectl prints them
        QVERIFY(text.endsWith(u'\n'));
        // Long strings fold past column 80 as go-yaml's emitter folds them; keys never do.
        const QString longText = u"The VirtualMachineInstance could not be scheduled because no node has enough memory left for it"_s;
        const QString folded = core::jsonToYaml(QJsonObject{{u"message"_s, longText}, {u"quoted"_s, u"1"_s}});
        QCOMPARE(folded, u"message: The VirtualMachineInstance could not be scheduled because no node has enough\n"
                         "  memory left for it\nquoted: \"1\"\n"_s);
        QCOMPARE(toJson(YAML::Load(folded.toStdString())).toObject().value("message"_L1).toString(), longText);
        // A sequence in a mapping is not indented; a multi-line string with a trailing space is quoted.
        QCOMPARE(core::jsonToYaml(QJsonObject{{u"a"_s, QJsonArray{u"x"_s, QJsonObject{{u"k"_s, 1}, {u"l"_s, 2}}}}, {u"t"_s, u"a \nb"_s}}),
                 u"a:\n- x\n- k: 1\n  l: 2\nt: \"a \\nb\"\n"_s);
        // And it reads back as the same object.
        const YAML::Node back = YAML::Load(text.toStdString());
        QCOMPARE(toJson(back).toObject(), obj);
    }
};

QTEST_GUILESS_MAIN(TestCoreVmPage)
#include "test_core_vmpage.moc"
