// core::VmClone: the VirtualMachineClone body (what KubeVirt's clone API takes: source, target,
// only the MACs given, a start as a JSON patch of the right field), the MAC rules, the
// interfaces read from a VM, and a clone's status decoded. Also a restore's outcome in the forms
// KubeVirt's restore controller writes it (a clone ends in one).
#include "Snapshot.h"
#include "VmClone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;

class TestCoreVmClone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body()
    {
        core::CloneRequest r{u"prod"_s, u"web"_s, u"web-copy"_s, false, {{u"default"_s, u"02:00:00:00:00:01"_s}, {u"ext"_s, QString()}}, false};
        QJsonObject b = core::cloneFor(r);
        QCOMPARE(b.value("apiVersion"_L1).toString(), u"clone.kubevirt.io/v1beta1"_s);
        QCOMPARE(b.value("metadata"_L1).toObject().value("generateName"_L1).toString(), u"web-clone-"_s);
        const QJsonObject spec = b.value("spec"_L1).toObject();
        QCOMPARE(spec.value("source"_L1).toObject(),
                 (QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, u"web"_s}}));
        QCOMPARE(spec.value("target"_L1).toObject().value("name"_L1).toString(), u"web-copy"_s);
        QCOMPARE(spec.value("newMacAddresses"_L1).toObject(), (QJsonObject{{u"default"_s, u"02:00:00:00:00:01"_s}}));
        QVERIFY(!spec.contains("patches"_L1)); // not started: the restore leaves the new VM Halted
        r.start = true;
        QJsonArray patches = core::cloneFor(r).value("spec"_L1).toObject().value("patches"_L1).toArray();
        QCOMPARE(patches.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(patches.first().toString().toUtf8()).object(),
                 (QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/spec/runStrategy"_s}, {u"value"_s, u"Always"_s}}));
        r.sourceUsesRunning = true;
        patches = core::cloneFor(r).value("spec"_L1).toObject().value("patches"_L1).toArray();
        QCOMPARE(QJsonDocument::fromJson(patches.first().toString().toUtf8()).object().value("path"_L1).toString(), u"/spec/running"_s);
    }

    void macs()
    {
        QVERIFY(core::macAddressProblem(u"02:00:00:aa:BB:01"_s).isEmpty());
        QVERIFY(core::macAddressProblem(u"02-00-00-aa-bb-01"_s).isEmpty());
        QVERIFY(core::macAddressProblem(u"02:00:00-aa:bb:01"_s).contains(u"mixes"_s));
        QVERIFY(core::macAddressProblem(u"01:00:5e:00:00:01"_s).contains(u"multicast"_s));
        QVERIFY(core::macAddressProblem(u"02:00:00:aa:bb"_s).contains(u"not a MAC address"_s));
        QVERIFY(core::macAddressProblem(QString()).contains(u"not a MAC address"_s));
    }

    void names()
    {
        QVERIFY(core::isDnsSubdomain(u"web-01.copy"_s));
        QVERIFY(!core::isDnsSubdomain(u"Web"_s));
        QVERIFY(!core::isDnsSubdomain(u"-web"_s));
        QVERIFY(!core::isDnsSubdomain(QString(254, u'a')));
        QVERIFY(core::isDnsLabel(u"prod"_s));
        QVERIFY(!core::isDnsLabel(u"prod.eu"_s));
        QCOMPARE(core::namespaceOfKey(u"prod/web-01"_s), u"prod"_s);
        QCOMPARE(core::nameOfKey(u"prod/web-01"_s), u"web-01"_s);
        QCOMPARE(core::namespaceOfKey(u"nvme-a01"_s), QString()); // cluster-scoped
        QCOMPARE(core::nameOfKey(u"nvme-a01"_s), u"nvme-a01"_s);
    }

    void interfaces()
    {
        const QJsonObject vm = QJsonDocument::fromJson(R"({"spec":{"template":{"spec":{"domain":{"devices":{"interfaces":[
            {"name":"default","masquerade":{}},{"name":"storage","bridge":{},"macAddress":"02:00:00:00:00:09"}]}}}}}})"_ba).object();
        const QList<core::VmInterface> ifs = core::vmInterfacesFromJson(vm);
        QCOMPARE(ifs.size(), 2);
        QCOMPARE(ifs[0].binding, u"masquerade"_s);
        QVERIFY(ifs[0].macAddress.isEmpty());
        QCOMPARE(ifs[1].binding, u"bridge"_s);
        QCOMPARE(ifs[1].macAddress, u"02:00:00:00:00:09"_s);
    }

    void state()
    {
        const QJsonObject running = QJsonDocument::fromJson(R"({"kind":"VirtualMachineClone","metadata":{"name":"c1","namespace":"prod"},
            "spec":{"target":{"name":"web-copy"}},"status":{"phase":"RestoreInProgress","snapshotName":"tmp-snapshot-1","restoreName":"tmp-restore-1"}})"_ba).object();
        auto s = core::CloneState::fromJson(running);
        QVERIFY(s);
        QCOMPARE(s->phase, u"RestoreInProgress"_s);
        QCOMPARE(s->targetName, u"web-copy"_s);
        QCOMPARE(s->snapshotName, u"tmp-snapshot-1"_s);
        QVERIFY(!s->succeeded() && !s->failed());
        const QJsonObject failed = QJsonDocument::fromJson(R"({"kind":"VirtualMachineClone","metadata":{"name":"c2"},"spec":{},
            "status":{"phase":"Failed","conditions":[{"type":"Ready","status":"False","reason":"Failed"}]}})"_ba).object();
        s = core::CloneState::fromJson(failed);
        QVERIFY(s && s->failed());
        QCOMPARE(s->failure(), u"Failed"_s);
        QVERIFY(!core::CloneState::fromJson(QJsonObject{{u"kind"_s, u"Pod"_s}}));
    }

    void restoreStates()
    {
        const auto state = [](const char *conditions, bool complete = false) {
            return core::restoreStateFromJson(QJsonDocument::fromJson(
                QByteArrayLiteral(R"({"status":{"complete":)") + (complete ? "true" : "false") + R"(,"conditions":)" + conditions + "}}").object());
        };
        // doUpdateError: both False, the error as the reason.
        core::RestoreState s = state(R"([{"type":"Progressing","status":"False","reason":"restore source and restore target are different but restore target already exists"},
                                         {"type":"Ready","status":"False","reason":"restore source and restore target are different but restore target already exists"}])");
        QVERIFY(s.failed);
        QCOMPARE(s.message, u"restore source and restore target are different but restore target already exists"_s);
        // Waiting for a running target is not a failure, until the grace period's Failure.
        s = state(R"([{"type":"Progressing","status":"False","reason":"Waiting for target to be ready"},
                      {"type":"Ready","status":"False","reason":"Waiting for target to be ready"}])");
        QVERIFY(!s.failed);
        s = state(R"([{"type":"Progressing","status":"False","reason":"Operation failed"},
                      {"type":"Failure","status":"True","reason":"Restore target failed to be ready within 5m0s"},
                      {"type":"Ready","status":"False","reason":"Operation failed"}])");
        QVERIFY(s.failed);
        QCOMPARE(s.message, u"Restore target failed to be ready within 5m0s"_s);
        s = state(R"([{"type":"Progressing","status":"True","reason":"Creating new PVCs"},{"type":"Ready","status":"False","reason":"Waiting for new PVCs"}])");
        QVERIFY(!s.failed);
        s = state(R"([{"type":"Progressing","status":"False","reason":"Operation complete"},{"type":"Ready","status":"True","reason":"Operation complete"}])", true);
        QVERIFY(s.complete && !s.failed);
    }
};

QTEST_APPLESS_MAIN(TestCoreVmClone)
#include "test_core_vmclone.moc"
