// Typed views of Kubernetes/KubeVirt objects (backend/core): quantities, and decoding of
// realistic objects as the API server returns them (tests/data/core/*.json).
#include "Migration.h"
#include "Node.h"
#include "Quantity.h"
#include "Snapshot.h"
#include "Vm.h"

#include "VerifyOk.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace drover;
using namespace drover::core;

// A Result that must hold a value; its error is the failure message otherwise.

namespace {

QString dataDir()
{
    QString dir = qEnvironmentVariable("DROVER_TEST_DATA");
#ifdef DROVER_TEST_DATA_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(DROVER_TEST_DATA_DIR);
#endif
    return dir + QLatin1String("/core/");
}

// The object in tests/data/core/<name>, or an empty object (the caller's QVERIFY then fails).
QJsonObject load(const QString &name)
{
    QFile f(dataDir() + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(f.fileName()));
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(f.fileName()), qPrintable(err.errorString()));
    return doc.object();
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

struct Case
{
    const char *text;
    qint64 value;
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("invalid");
}

// fromJson of that kind: the error message, or "" when it decoded.
QString decodeError(const QString &kind, const QJsonObject &obj)
{
    auto error = [](const auto &r) { return r.ok() ? QString() : r.error().message; };
    if (kind == QLatin1String("Node"))
        return error(Node::fromJson(obj));
    if (kind == QLatin1String("VirtualMachine"))
        return error(Vm::fromJson(obj));
    if (kind == QLatin1String("VirtualMachineInstance"))
        return error(Vmi::fromJson(obj));
    if (kind == QLatin1String("VirtualMachineInstanceMigration"))
        return error(Migration::fromJson(obj));
    if (kind == QLatin1String("VirtualMachineSnapshot"))
        return error(Snapshot::fromJson(obj));
    return QStringLiteral("unknown kind in test");
}

} // namespace

class TestCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(dataDir() + QLatin1String("node.json")), qPrintable(dataDir()));
    }

    void quantity_data();
    void quantity();
    void badQuantity_data();
    void badQuantity();
    void formatBytes_data();
    void formatBytes();

    void node();
    void vm_data();
    void vm();
    void domainResources_data();
    void domainResources();
    void vmi();
    void migration();
    void snapshot_data();
    void snapshot();
    void snapshotContentSize();
    void timestamps_data();
    void timestamps();
    void unusable_data();
    void unusable();
};

// Rows are named by their input.
void TestCore::quantity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cpu");     // parseCpuMillis, else parseBytes
    QTest::addColumn<qint64>("value"); // millicores or bytes
    const Case cpu[] = {{"2", 2000},      {"500m", 500},  {"1.5", 1500},    {".25", 250},
                        {"3.", 3000},     {"+4", 4000},   {"0", 0},         {"-0", 0},
                        {"100u", 1},      {"1n", 1},      {"0.5m", 1},      {"1k", 1000000},
                        {"2e3", 2000000}, {"25E-2", 250}, {"1Ki", 1024000}, {"31500m", 31500}};
    for (const auto &r : cpu)
        QTest::addRow("cpu %s", r.text) << QString::fromLatin1(r.text) << true << r.value;
    // Fractions round up, as Quantity.Value() does: 1.1Gi is 1181116006.4 bytes.
    const Case memory[] = {{"1024", 1024},
                           {"131635728Ki", qint64(131635728) * 1024},
                           {"512Mi", qint64(512) << 20},
                           {"4Gi", qint64(4) << 30},
                           {"2Ti", qint64(2) << 40},
                           {"1Pi", qint64(1) << 50},
                           {"7Ei", qint64(7) << 60},
                           {"1.5Gi", 1610612736},
                           {"1.1Gi", 1181116007},
                           {"1k", 1000},
                           {"512M", 512000000},
                           {"8G", 8000000000},
                           {"1T", 1000000000000},
                           {"1P", 1000000000000000},
                           {"9E", 9000000000000000000},
                           {"2e3", 2000},
                           {"1E9", 1000000000},
                           {"3e+2", 300},
                           {"1500m", 2},
                           {"0.1", 1},
                           {"1.00000000000000000000001Ki", 1025},
                           {"1.000000000000000000001E", 1000000000000000001},
                           {"9223372036854775807", std::numeric_limits<qint64>::max()},
                           {"000000000000000000000042", 42}};
    for (const auto &r : memory)
        QTest::addRow("memory %s", r.text) << QString::fromLatin1(r.text) << false << r.value;
}

void TestCore::quantity()
{
    QFETCH(QString, text);
    QFETCH(bool, cpu);
    QFETCH(qint64, value);
    const auto r = cpu ? parseCpuMillis(text) : parseBytes(text);
    VERIFY_OK(r);
    QCOMPARE(*r, value);
}

void TestCore::badQuantity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why"); // a part of the message
    for (const char *garbage : {"", "abc", "lots", "1Xi", "1mi", "1K", "1KiB", "-", "+", ".", "Gi",
                                "1.2.3", "1 Gi", " 1", "1e", "1e+", "0x10", "nan"})
        QTest::addRow("'%s'", garbage)
            << QString::fromLatin1(garbage) << QStringLiteral("is not a");
    QTest::newRow("negative") << QStringLiteral("-1Gi") << QStringLiteral("negative");
    for (const char *huge : {"8Ei", "1e400", "1e99999999999", "123456789012345678901234567890"})
        QTest::addRow("'%s'", huge) << QString::fromLatin1(huge) << QStringLiteral("out of range");
}

void TestCore::badQuantity()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const auto b = parseBytes(text);
    QVERIFY(!b.ok());
    QVERIFY2(b.error().message.contains(why), qPrintable(b.error().message));
    QVERIFY2(b.error().message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')), qPrintable(b.error().message));
    QVERIFY2(b.error().message.contains(QLatin1String("memory")), qPrintable(b.error().message));
    const auto c = parseCpuMillis(text);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(QLatin1String("CPU")), qPrintable(c.error().message));
}

void TestCore::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    // Rounding that reaches 1024 moves to the next unit: 2^30 - 1 bytes is "1.0 GiB".
    const Case rows[] = {{"0 B", 0},
                         {"1023 B", 1023},
                         {"1 KiB", 1024},
                         {"512 MiB", qint64(512) << 20},
                         {"2 MiB", qint64(1536) * 1024 + 600},
                         {"4.0 GiB", qint64(4) << 30},
                         {"1.5 GiB", 1610612736},
                         {"1.0 GiB", (qint64(1) << 30) - 1},
                         {"125.5 GiB", qint64(131635728) * 1024},
                         {"3.0 TiB", qint64(3) << 40},
                         {"1.0 TiB", (qint64(1) << 40) - (qint64(1) << 20)},
                         {"2.5 PiB", qint64(5) << 49},
                         {"8.0 EiB", std::numeric_limits<qint64>::max()},
                         {"-2 KiB", -2048}};
    for (const auto &r : rows)
        QTest::addRow("%lld", static_cast<long long>(r.value))
            << r.value << QString::fromLatin1(r.text);
}

void TestCore::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(core::formatBytes(bytes), text);
}

void TestCore::node()
{
    const QJsonObject obj = load(QStringLiteral("node.json"));
    QVERIFY(!obj.isEmpty());
    const auto r = Node::fromJson(obj);
    VERIFY_OK(r);
    const Node &n = *r;
    QCOMPARE(n.meta.name, QStringLiteral("hv-03"));
    QVERIFY(n.meta.ns.isEmpty());
    QCOMPARE(n.meta.key(), QStringLiteral("hv-03"));
    QCOMPARE(n.meta.labels.value(QStringLiteral("kubevirt.io/schedulable")),
             QStringLiteral("true"));
    QCOMPARE(iso(n.meta.creationTimestamp), QStringLiteral("2024-02-01T10:00:00Z"));
    QVERIFY(!n.meta.deletionTimestamp.isValid());
    QVERIFY(n.unschedulable);
    QCOMPARE(n.cpuCapacityMillis, qint64(32000));
    QCOMPARE(n.cpuAllocatableMillis, qint64(31500));
    QCOMPARE(n.memoryCapacityBytes, qint64(131635728) * 1024);
    QCOMPARE(n.memoryAllocatableBytes, qint64(130484752) * 1024);
    QCOMPARE(n.addresses.size(), 2);
    QCOMPARE(n.addresses.at(1).type, QStringLiteral("Hostname"));
    QCOMPARE(n.internalIp(), QStringLiteral("192.168.10.13"));
    QCOMPARE(n.conditions.size(), 4);
    QVERIFY(n.ready());
    const Condition *mem = findCondition(n.conditions, QStringLiteral("MemoryPressure"));
    QVERIFY(mem);
    QVERIFY(!mem->isTrue());
    QCOMPARE(mem->reason, QStringLiteral("KubeletHasSufficientMemory"));
    QCOMPARE(iso(findCondition(n.conditions, QStringLiteral("Ready"))->lastTransitionTime),
             QStringLiteral("2024-04-30T17:22:41Z"));
    QCOMPARE(n.kubeletVersion, QStringLiteral("v1.29.3"));
    QCOMPARE(n.osImage, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(n.kernelVersion, QStringLiteral("6.1.0-18-amd64"));
    QCOMPARE(n.architecture, QStringLiteral("amd64"));
}

void TestCore::vm_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("runStrategy");
    QTest::addColumn<QString>("printableStatus");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<QString>("memory");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("rack"); // nodeSelector drover.io/rack
    QTest::addColumn<QString>("snapshotInProgress");
    QTest::newRow("runStrategy, cpu topology, memory.guest")
        << QStringLiteral("vm-runstrategy.json") << QStringLiteral("prod/web-01")
        << QStringLiteral("RerunOnFailure") << QStringLiteral("Running") << true << 4
        << QStringLiteral("4.0 GiB") << QStringLiteral("fedora") << QStringLiteral("r2")
        << QStringLiteral("web-01-nightly-20240514");
    // running: true is Always; no cpu block: limits.cpu 2500m wins over requests.cpu, rounded up.
    QTest::newRow("deprecated running, resources only")
        << QStringLiteral("vm-running-true.json") << QStringLiteral("default/legacy-db")
        << QStringLiteral("Always") << QStringLiteral("Stopped") << false << 3
        << QStringLiteral("1.5 GiB") << QStringLiteral("centos7.0") << QString() << QString();
}

void TestCore::vm()
{
    QFETCH(QString, file);
    const QJsonObject obj = load(file);
    QVERIFY(!obj.isEmpty());
    const auto r = Vm::fromJson(obj);
    VERIFY_OK(r);
    QTEST(r->meta.key(), "key");
    QTEST(QString(nameOf(r->runStrategy)), "runStrategy");
    QTEST(r->printableStatus, "printableStatus");
    QTEST(r->ready, "ready");
    QTEST(r->resources.cpuCores, "vcpus");
    QTEST(core::formatBytes(r->resources.memoryBytes), "memory");
    QTEST(r->osName, "os");
    QTEST(r->resources.nodeSelector.value(QStringLiteral("drover.io/rack")), "rack");
    QTEST(r->snapshotInProgress, "snapshotInProgress");
    QCOMPARE(r->created, r->ready);
}

void TestCore::domainResources_data()
{
    QTest::addColumn<QJsonObject>("spec"); // a VMI spec
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<qint64>("memory");
    const QJsonArray cases =
        load(QStringLiteral("domain-resources.json")).value(QLatin1String("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    for (const auto &v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
            << c.value(QLatin1String("spec")).toObject() << c.value(QLatin1String("vcpus")).toInt()
            << qint64(c.value(QLatin1String("memory")).toDouble());
    }
}

void TestCore::domainResources()
{
    QFETCH(QJsonObject, spec);
    QFETCH(int, vcpus);
    QFETCH(qint64, memory);
    const QJsonObject meta{{QLatin1String("name"), QStringLiteral("t")}};
    const auto vmi =
        Vmi::fromJson({{QLatin1String("metadata"), meta}, {QLatin1String("spec"), spec}});
    VERIFY_OK(vmi);
    QCOMPARE(vmi->resources.cpuCores, vcpus);
    QCOMPARE(vmi->resources.memoryBytes, memory);
    // The same spec as a VM's spec.template.spec decodes the same.
    const QJsonObject tmpl{{QLatin1String("template"), QJsonObject{{QLatin1String("spec"), spec}}}};
    const auto vm =
        Vm::fromJson({{QLatin1String("metadata"), meta}, {QLatin1String("spec"), tmpl}});
    VERIFY_OK(vm);
    QCOMPARE(vm->resources.cpuCores, vcpus);
    QCOMPARE(vm->resources.memoryBytes, memory);
    QCOMPARE(nameOf(vm->runStrategy), QLatin1String("Halted")); // neither runStrategy nor running
}

void TestCore::vmi()
{
    const QJsonObject obj = load(QStringLiteral("vmi-migrated.json"));
    QVERIFY(!obj.isEmpty());
    const auto r = Vmi::fromJson(obj);
    VERIFY_OK(r);
    const Vmi &v = *r;
    QCOMPARE(v.meta.key(), QStringLiteral("prod/web-01"));
    QCOMPARE(nameOf(v.phase), QLatin1String("Running"));
    QCOMPARE(v.nodeName, QStringLiteral("hv-03"));
    QVERIFY(v.reason.isEmpty());
    QVERIFY(v.evacuationNodeName.isEmpty());
    QCOMPARE(v.resources.cpuCores, 4);
    QCOMPARE(v.resources.memoryBytes, qint64(4) << 30);
    QCOMPARE(v.resources.nodeSelector.size(), 2);
    QCOMPARE(v.guestOsName, QStringLiteral("Fedora Linux"));
    QVERIFY(!v.paused());

    const Condition *lm = findCondition(v.conditions, QStringLiteral("LiveMigratable"));
    QVERIFY(lm);
    QVERIFY(!lm->isTrue());
    QCOMPARE(lm->status, QStringLiteral("False"));
    QCOMPARE(lm->reason, QStringLiteral("DisksNotLiveMigratable"));
    QVERIFY(lm->message.contains(QLatin1String("ReadWriteMany")));
    QCOMPARE(iso(lm->lastTransitionTime), QStringLiteral("2024-05-14T09:30:00Z"));
    QVERIFY(findCondition(v.conditions, QStringLiteral("StorageLiveMigratable"))->isTrue());
    QVERIFY(!findCondition(v.conditions, QStringLiteral("StorageLiveMigratable"))
                 ->lastTransitionTime.isValid());

    QCOMPARE(v.interfaces.size(), 2);
    QCOMPARE(v.interfaces.at(0).name, QStringLiteral("default"));
    QCOMPARE(v.interfaces.at(0).ipAddress, QStringLiteral("10.244.3.27"));
    QCOMPARE(v.interfaces.at(0).ipAddresses,
             QStringList({QStringLiteral("10.244.3.27"), QStringLiteral("fd10:244::3:1b")}));
    QCOMPARE(v.interfaces.at(0).mac, QStringLiteral("02:5e:3c:00:00:01"));
    QCOMPARE(v.interfaces.at(1).name, QStringLiteral("storage"));
    QCOMPARE(v.firstIp(), QStringLiteral("10.244.3.27"));

    QVERIFY(v.hasMigrationState);
    const VmiMigrationState &m = v.migrationState;
    QCOMPARE(iso(m.startTimestamp), QStringLiteral("2024-05-14T09:01:47Z"));
    QCOMPARE(iso(m.endTimestamp), QStringLiteral("2024-05-14T09:02:10Z"));
    QCOMPARE(m.sourceNode, QStringLiteral("hv-01"));
    QCOMPARE(m.targetNode, QStringLiteral("hv-03"));
    QVERIFY(m.completed);
    QVERIFY(!m.failed);
    QVERIFY(m.failureReason.isEmpty());
    QVERIFY(!m.abortRequested);
    QCOMPARE(m.mode, QStringLiteral("PreCopy"));
    QCOMPARE(m.migrationUid, QStringLiteral("e4d3c2b1-a098-4765-8432-10fedcba9876"));
}

void TestCore::migration()
{
    const QJsonObject obj = load(QStringLiteral("migration-succeeded.json"));
    QVERIFY(!obj.isEmpty());
    const auto r = Migration::fromJson(obj);
    VERIFY_OK(r);
    QCOMPARE(r->meta.key(), QStringLiteral("prod/web-01-migration-7xq2d"));
    QCOMPARE(r->vmiName, QStringLiteral("web-01"));
    QCOMPARE(r->addedNodeSelector.value(QStringLiteral("kubernetes.io/hostname")),
             QStringLiteral("hv-03"));
    QCOMPARE(nameOf(r->phase), QLatin1String("Succeeded"));
    QVERIFY(r->finished());
    QCOMPARE(r->phaseTransitions.size(), 7);
    QCOMPARE(iso(r->phaseTransitions.value(QStringLiteral("Pending"))),
             QStringLiteral("2024-05-14T09:01:31Z"));
    QCOMPARE(iso(r->phaseTransitions.value(QStringLiteral("Running"))),
             QStringLiteral("2024-05-14T09:01:47Z"));
    QCOMPARE(iso(r->phaseTransitions.value(QStringLiteral("Succeeded"))),
             QStringLiteral("2024-05-14T09:02:10Z"));
    QVERIFY(r->conditions.isEmpty());
    QVERIFY(r->hasMigrationState);
    QCOMPARE(r->migrationState.targetNode, QStringLiteral("hv-03"));
    QCOMPARE(r->migrationState.migrationUid, r->meta.uid);

    // Decentralized migrations report nodes under sourceState/targetState only.
    const auto d =
        Migration::fromJson(parse(R"({"metadata":{"name":"m"},"status":{"phase":"Running",
        "migrationState":{"sourceState":{"node":"a","migrationUID":"u1"},"targetState":{"node":"b"}}}})"));
    QVERIFY(d.ok());
    QVERIFY(!d->finished());
    QCOMPARE(d->migrationState.sourceNode, QStringLiteral("a"));
    QCOMPARE(d->migrationState.targetNode, QStringLiteral("b"));
    QCOMPARE(d->migrationState.migrationUid, QStringLiteral("u1"));
}

void TestCore::snapshot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<bool>("readyToUse");
    QTest::addColumn<QStringList>("indications");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("errorTime");
    QTest::addColumn<QString>("readyStatus");
    QTest::newRow("succeeded") << QStringLiteral("snapshot-succeeded.json")
                               << QStringLiteral("Succeeded") << true
                               << QStringList{QStringLiteral("Online"),
                                              QStringLiteral("GuestAgent")}
                               << QString() << QStringLiteral("invalid") << QStringLiteral("True");
    // Only sourceIndications (status.indications is deprecated upstream).
    QTest::newRow("failed")
        << QStringLiteral("snapshot-failed.json") << QStringLiteral("Failed") << false
        << QStringList{QStringLiteral("Online"), QStringLiteral("QuiesceTimeout")}
        << QStringLiteral("Failed freezing vm db-01: guest agent did not respond")
        << QStringLiteral("2024-05-13T02:04:12Z") << QStringLiteral("False");
}

void TestCore::snapshot()
{
    QFETCH(QString, file);
    const QJsonObject obj = load(file);
    QVERIFY(!obj.isEmpty());
    const auto r = Snapshot::fromJson(obj);
    VERIFY_OK(r);
    QCOMPARE(r->sourceKind, QStringLiteral("VirtualMachine"));
    QVERIFY(!r->sourceName.isEmpty());
    QTEST(r->phase, "phase");
    QTEST(r->readyToUse, "readyToUse");
    QTEST(r->indications, "indications");
    QTEST(r->error, "error");
    QTEST(iso(r->errorTime), "errorTime");
    const Condition *ready = findCondition(r->conditions, QStringLiteral("Ready"));
    QVERIFY(ready);
    QTEST(ready->status, "readyStatus");
    if (r->phase == QLatin1String("Succeeded")) {
        QCOMPARE(r->deletionPolicy, QStringLiteral("Delete"));
        QCOMPARE(iso(r->creationTime), QStringLiteral("2024-05-14T02:00:17Z"));
        QVERIFY(r->contentName.startsWith(QLatin1String("vmsnapshot-content-")));
    } else {
        QVERIFY(r->deletionPolicy.isEmpty());
        QVERIFY(!r->creationTime.isValid());
    }
}

void TestCore::snapshotContentSize()
{
    // Two volume backups: 80 Gi + 500 Gi.
    QJsonObject c = load(QStringLiteral("snapshotcontent.json"));
    QVERIFY(!c.isEmpty());
    QCOMPARE(snapshotContentBytes(c), std::optional<std::int64_t>((80LL + 500LL) << 30));
    // No volume (a VM with only container disks): no size, not zero.
    QCOMPARE(snapshotContentBytes(QJsonObject{{QStringLiteral("spec"), QJsonObject{}}}), std::nullopt);
    // One unreadable size spoils the sum: none rather than a wrong one.
    QJsonObject spec = c.value(QStringLiteral("spec")).toObject();
    QJsonArray backups = spec.value(QStringLiteral("volumeBackups")).toArray();
    QJsonObject b = backups[1].toObject();
    b.insert(QStringLiteral("persistentVolumeClaim"), QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("resources"),
        QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("storage"), QStringLiteral("lots")}}}}}}}});
    backups[1] = b;
    spec.insert(QStringLiteral("volumeBackups"), backups);
    c.insert(QStringLiteral("spec"), spec);
    QCOMPARE(snapshotContentBytes(c), std::nullopt);
}

void TestCore::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("metav1.Time") << QStringLiteral("2024-01-02T03:04:05Z")
                                 << QStringLiteral("2024-01-02T03:04:05Z");
    QTest::newRow("MicroTime") << QStringLiteral("2024-01-02T03:04:05.123456Z")
                               << QStringLiteral("2024-01-02T03:04:05Z");
    QTest::newRow("offset") << QStringLiteral("2024-01-02T05:04:05+02:00")
                            << QStringLiteral("2024-01-02T03:04:05Z");
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QStringLiteral("invalid");
}

void TestCore::timestamps()
{
    QFETCH(QString, text);
    QTEST(iso(timeFromJson(QJsonValue(text))), "utc");
}

void TestCore::unusable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QStringList>("mentions"); // all of these appear in the error
    for (const char *kind : {"Node", "VirtualMachine", "VirtualMachineInstance",
                             "VirtualMachineInstanceMigration", "VirtualMachineSnapshot"}) {
        QTest::addRow("%s without name", kind)
            << QString::fromLatin1(kind) << parse(R"({"metadata":{"namespace":"x"}})")
            << QStringList{QString::fromLatin1(kind), QStringLiteral("metadata.name")};
        QTest::addRow("%s name not a string", kind)
            << QString::fromLatin1(kind) << parse(R"({"metadata":{"name":7}})")
            << QStringList{QStringLiteral("metadata.name")};
    }
    QTest::newRow("VM memory lots")
        << QStringLiteral("VirtualMachine") << load(QStringLiteral("vm-broken-memory.json"))
        << QStringList{QStringLiteral("VirtualMachine lab/broken"),
                       QStringLiteral("spec.template.spec.domain.memory.guest"),
                       QStringLiteral("'lots'")};
    const QJsonArray cases =
        load(QStringLiteral("unusable.json")).value(QLatin1String("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    for (const auto &v : cases) {
        const QJsonObject c = v.toObject();
        QStringList mentions;
        for (const auto &m : c.value(QLatin1String("mentions")).toArray())
            mentions << m.toString();
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
            << c.value(QLatin1String("kind")).toString()
            << c.value(QLatin1String("object")).toObject() << mentions;
    }
}

void TestCore::unusable()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, object);
    QFETCH(QStringList, mentions);
    QVERIFY(!object.isEmpty());
    const QString error = decodeError(kind, object);
    QVERIFY2(!error.isEmpty(), "decoded an unusable object");
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, error)));
}

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"
