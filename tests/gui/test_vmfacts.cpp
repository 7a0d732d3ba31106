// VmFacts / VmiFacts: read from the fields they need (JsonProjection) they equal what the whole
// object gives; a new version whose read fields are unchanged is not decoded again (readFacts,
// through VmSummaryStore on the GUI thread and its worker).
#include "ModelFixtures.h"
#include "VmFacts.h"
#include "VmSummaryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <tuple>

using namespace drover;
using namespace drover::test;
using kube::CacheEvent;

class TestVmFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void factsFromTheirFields();
    void everyReadFieldOfEveryType();
    void textOnlyBytesCanSpell();
    void sameFieldsNotDecodedAgain();
};

namespace {

QByteArray dataFile(const QString &name)
{
    QFile f(qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/core/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    edit(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// o[path...] = v, making the objects on the way.
void setAt(QJsonObject &o, QStringList path, const QJsonValue &v)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        o.insert(key, v);
        return;
    }
    QJsonObject inner = o.value(key).toObject();
    setAt(inner, path, v);
    o.insert(key, inner);
}

QString describe(const models::VmiFacts &f)
{
    return QStringLiteral("valid %1 uid %2 host %3 to %4 ip %5 os %6 running %7 paused %8 vcpu %9 mem %10")
        .arg(int(f.valid))
        .arg(f.uid, f.host, f.migratingTo, f.ip, f.guestOsName)
        .arg(int(f.running))
        .arg(int(f.paused))
        .arg(f.vcpu)
        .arg(f.memoryBytes);
}

QString describe(const models::VmFacts &f)
{
    return QStringLiteral("valid %1 status %2 strategy %3 os %4/%5 tenant %6 vcpu %7 mem %8")
        .arg(int(f.valid))
        .arg(f.status, core::nameOf(f.runStrategy), f.osAnnotation, f.osLabel, f.tenantCluster)
        .arg(f.vcpu)
        .arg(f.memoryBytes);
}

// The facts of b read three ways are one: from the whole object (core::Vm's decoding), from the
// fields() projection alone (what a print covers), and straight from the bytes (VmFactsDom, what
// the store does). False, with the three said, when they differ.
template <typename Facts>
bool readsAsTheWhole(const QByteArray &b)
{
    const Facts whole = Facts::fromObject(QJsonDocument::fromJson(b).object());
    const Facts projected = Facts::fromObject(kube::LazyObject(b).project(Facts::fields()));
    const Facts direct = Facts::fromJson(kube::LazyObject(b));
    if (projected == whole && direct == whole)
        return true;
    qWarning("%s\nwhole:     %s\nprojected: %s\ndirect:    %s", b.left(600).constData(), qPrintable(describe(whole)),
             qPrintable(describe(projected)), qPrintable(describe(direct)));
    return false;
}

} // namespace

// The facts read from their fields alone (the projection) equal the facts read from the whole
// object, for every shape of VM and VMI at hand: the captures in tests/data/core, the fixtures,
// and edits that reach each rule the decoders apply.
void TestVmFacts::factsFromTheirFields()
{
    const QByteArray vmi = dataFile(QStringLiteral("vmi-migrated.json"));
    const QByteArray vm = dataFile(QStringLiteral("vm-runstrategy.json"));
    QVERIFY(!vmi.isEmpty() && !vm.isEmpty());
    using Edit = std::function<void(QJsonObject &)>;
    // An edit: the value (JSON text) at a dotted path.
    auto set = [](const char *path, const char *json) -> Edit {
        const QJsonValue v = QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
        const QStringList keys = QString::fromLatin1(path).split(QLatin1Char('.'));
        return [=](QJsonObject &o) { setAt(o, keys, v); };
    };
    QList<QByteArray> vmis{vmi, vmiJson({.name = QStringLiteral("p"), .node = QStringLiteral("hv-1"), .paused = true}, 5),
                           vmiJson({.name = QStringLiteral("s"), .node = {}, .phase = QStringLiteral("Scheduling")}, 6)};
    const QList<Edit> vmiEdits{
        set("status.migrationState", R"({"targetNode":"hv-9","completed":false})"),
        set("status.migrationState", R"({"targetState":{"node":"hv-8"}})"),
        set("status.migrationState", R"({"targetNode":"hv-9","failed":true})"),
        set("status.migrationState", R"({"targetNode":"hv-9","completed":true})"),
        set("status.migrationState", R"("not an object")"),
        set("status.interfaces", R"([{"ipAddresses":["fd00::1"]}])"),
        set("status.interfaces", R"([5,{"ipAddress":"10.0.0.2"}])"),
        set("status.conditions", R"([{"type":"Paused","status":"True"}])"),
        set("status.conditions", R"("x")"),
        set("status.guestOSInfo", "null"),
        set("status.phase", "3"),
        set("spec.domain.cpu", "{}"),
        set("spec.domain.cpu", R"({"cores":"two"})"),
        set("spec.domain.resources.limits.cpu", R"("1500m")"),
        set("spec.domain", R"({"resources":{"limits":{"cpu":"2500m","memory":"3Gi"}}})"),
        set("spec.domain", R"({"resources":{"requests":{"cpu":"3","memory":"5Gi"}}})"),
        set("spec.domain.memory.guest", R"("lots")"),
        set("spec.domain", "[]"),
        set("metadata.name", R"("")"),
        set("metadata", "1"),
    };
    for (const Edit &e : vmiEdits)
        vmis << edited(vmi, e);
    QList<QByteArray> vms{vm, dataFile(QStringLiteral("vm-running-true.json")), dataFile(QStringLiteral("vm-broken-memory.json")),
                          vmJson({.name = QStringLiteral("f")}, 7)};
    const QList<Edit> vmEdits{
        set("spec.instancetype.name", R"("u1.large")"),
        set("spec.template.metadata.labels", R"({"os.template.kubevirt.io/fedora39":"true"})"),
        set("spec.template.metadata.annotations", R"({"vm.kubevirt.io/os":"rhel9"})"),
        set("metadata.labels", R"({"cluster.x-k8s.io/cluster-name":"tenant-a"})"),
        set("metadata.annotations", R"({"drover.io/os-name":"Windows Server 2022"})"),
        set("spec.runStrategy", R"("Manual")"),
        set("spec.runStrategy", R"("SomethingNew")"),
        set("spec.running", "true"),
        set("spec.template.spec.domain.cpu.sockets", "-1"),
        set("spec.template.spec", "{}"),
        set("status", "{}"),
    };
    for (const Edit &e : vmEdits)
        vms << edited(vm, e);
    for (const QByteArray &bad :
         {QByteArray("{"), QByteArray("[]"), QByteArray(R"({"metadata":{"name":1e999}})"),
          QByteArray(R"({"metadata":{"name":"a"},"status":{"x":1e-400}})"),
          QByteArray(R"({"metadata":{"name":"a","name":"b"},"spec":{"domain":{}}})"),
          QByteArray(R"({"metadata":{"name":"n"},"spec":{"domain":{"cpu":{"cores":100000000000000000000}}}})")}) {
        vms << bad;
        vmis << bad;
    }
    int validVmis = 0, validVms = 0;
    for (const QByteArray &b : std::as_const(vmis)) {
        QVERIFY(readsAsTheWhole<models::VmiFacts>(b));
        validVmis += models::VmiFacts::fromObject(QJsonDocument::fromJson(b).object()).valid;
    }
    for (const QByteArray &b : std::as_const(vms)) {
        QVERIFY(readsAsTheWhole<models::VmFacts>(b));
        validVms += models::VmFacts::fromObject(QJsonDocument::fromJson(b).object()).valid;
    }
    // The edits reach the decoders' rules (not all refused alike): spelled out for the capture.
    QCOMPARE(validVmis, 20);
    QCOMPARE(validVms, 15);
    const auto migrating = models::VmiFacts::fromJson(kube::LazyObject(vmis[3]));
    QCOMPARE(migrating.migratingTo, QStringLiteral("hv-9"));
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[6])).migratingTo, QString()); // completed
    const auto fromLimits = models::VmiFacts::fromJson(kube::LazyObject(vmis[17]));
    QCOMPARE(fromLimits.vcpu, 3);                            // 2500m rounded up
    QCOMPARE(fromLimits.memoryBytes, std::int64_t(3) << 30); // limits.memory
    const auto captured = models::VmiFacts::fromJson(kube::LazyObject(vmi));
    QCOMPARE(captured.host, QStringLiteral("hv-03"));
    QCOMPARE(captured.ip, QStringLiteral("10.244.3.27"));
    QCOMPARE(captured.guestOsName, QStringLiteral("Fedora Linux"));
    QCOMPARE(captured.vcpu, 4);
    QCOMPARE(captured.memoryBytes, std::int64_t(4) << 30);
}

// Each field the facts are read from, and each on the way to one, set to each kind of JSON value
// (and removed): the facts read straight from the bytes equal core's reading of the whole object,
// whatever type a field has where the API says another.
void TestVmFacts::everyReadFieldOfEveryType()
{
    const QByteArray vmi = dataFile(QStringLiteral("vmi-migrated.json"));
    const QByteArray vm = dataFile(QStringLiteral("vm-runstrategy.json"));
    QVERIFY(!vmi.isEmpty() && !vm.isEmpty());
    const QStringList values{QStringLiteral("null"),
                             QStringLiteral("true"),
                             QStringLiteral("false"),
                             QStringLiteral("0"),
                             QStringLiteral("7"),
                             QStringLiteral("-3"),
                             QStringLiteral("2.5"),
                             QStringLiteral("4294967296"),
                             QStringLiteral("\"\""),
                             QStringLiteral("\"x\""),
                             QStringLiteral("\"True\""),
                             QStringLiteral("\"Running\""),
                             QStringLiteral("\"2Gi\""),
                             QStringLiteral("\"1500m\""),
                             QStringLiteral("{}"),
                             QStringLiteral("{\"a\":1}"),
                             QStringLiteral("[]"),
                             QStringLiteral("[\"x\",1]"),
                             QStringLiteral("[{\"type\":\"Paused\",\"status\":\"True\"}]")};
    const QStringList vmiPaths{QStringLiteral("metadata"),
                               QStringLiteral("metadata.name"),
                               QStringLiteral("metadata.uid"),
                               QStringLiteral("spec"),
                               QStringLiteral("spec.domain"),
                               QStringLiteral("spec.domain.cpu"),
                               QStringLiteral("spec.domain.cpu.cores"),
                               QStringLiteral("spec.domain.cpu.sockets"),
                               QStringLiteral("spec.domain.cpu.threads"),
                               QStringLiteral("spec.domain.memory"),
                               QStringLiteral("spec.domain.memory.guest"),
                               QStringLiteral("spec.domain.resources"),
                               QStringLiteral("spec.domain.resources.limits"),
                               QStringLiteral("spec.domain.resources.limits.cpu"),
                               QStringLiteral("spec.domain.resources.requests.cpu"),
                               QStringLiteral("spec.domain.resources.requests.memory"),
                               QStringLiteral("spec.domain.resources.limits.memory"),
                               QStringLiteral("status"),
                               QStringLiteral("status.phase"),
                               QStringLiteral("status.nodeName"),
                               QStringLiteral("status.conditions"),
                               QStringLiteral("status.interfaces"),
                               QStringLiteral("status.guestOSInfo"),
                               QStringLiteral("status.guestOSInfo.name"),
                               QStringLiteral("status.migrationState"),
                               QStringLiteral("status.migrationState.completed"),
                               QStringLiteral("status.migrationState.failed"),
                               QStringLiteral("status.migrationState.targetNode"),
                               QStringLiteral("status.migrationState.targetState"),
                               QStringLiteral("status.migrationState.targetState.node")};
    const QStringList vmPaths{QStringLiteral("metadata"),
                              QStringLiteral("metadata.name"),
                              QStringLiteral("metadata.labels"),
                              QStringLiteral("metadata.labels.drover.io/os"),
                              QStringLiteral("metadata.annotations"),
                              QStringLiteral("metadata.annotations.drover.io/os-name"),
                              QStringLiteral("spec"),
                              QStringLiteral("spec.running"),
                              QStringLiteral("spec.runStrategy"),
                              QStringLiteral("spec.instancetype"),
                              QStringLiteral("spec.instancetype.name"),
                              QStringLiteral("spec.template"),
                              QStringLiteral("spec.template.metadata"),
                              QStringLiteral("spec.template.metadata.labels"),
                              QStringLiteral("spec.template.metadata.annotations"),
                              QStringLiteral("spec.template.spec"),
                              QStringLiteral("spec.template.spec.domain"),
                              QStringLiteral("spec.template.spec.domain.cpu.cores"),
                              QStringLiteral("spec.template.spec.domain.memory.guest"),
                              QStringLiteral("spec.template.spec.domain.resources.requests.memory"),
                              QStringLiteral("status"),
                              QStringLiteral("status.printableStatus")};
    // A path whose last key holds a '/' (a label) is a key of the object before it.
    auto keysOf = [](const QString &path) {
        QStringList keys = path.split(QLatin1Char('.'));
        for (int i = 0; i + 1 < keys.size(); ++i)
            if (keys[i + 1].contains(QLatin1Char('/')) && (keys[i] == QLatin1String("drover")))
                keys[i] += QLatin1Char('.') + keys.takeAt(i + 1);
        return keys;
    };
    // Two of each, so that each rule is in play somewhere: a VMI migrating (the capture's has
    // migrated), paused, with addresses listed only; a VM on the deprecated spec.running, with a
    // common template's OS label and a tenant cluster.
    const QByteArray migrating = edited(vmi, [](QJsonObject &o) {
        setAt(o, {QStringLiteral("status"), QStringLiteral("migrationState")},
              QJsonObject{{QStringLiteral("targetNode"), QStringLiteral("hv-9")},
                          {QStringLiteral("completed"), false},
                          {QStringLiteral("failed"), false},
                          {QStringLiteral("targetState"), QJsonObject{{QStringLiteral("node"), QStringLiteral("hv-8")}}}});
        setAt(o, {QStringLiteral("status"), QStringLiteral("conditions")},
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Paused")},
                                     {QStringLiteral("status"), QStringLiteral("True")}}});
        setAt(o, {QStringLiteral("status"), QStringLiteral("interfaces")},
              QJsonArray{QJsonObject{{QStringLiteral("ipAddresses"), QJsonArray{QStringLiteral("fd00::7")}}}});
    });
    const QByteArray running = edited(dataFile(QStringLiteral("vm-running-true.json")), [](QJsonObject &o) {
        setAt(o, {QStringLiteral("spec"), QStringLiteral("template"), QStringLiteral("metadata"), QStringLiteral("labels")},
              QJsonObject{{QStringLiteral("os.template.kubevirt.io/fedora39"), QStringLiteral("true")}});
        setAt(o, {QStringLiteral("metadata"), QStringLiteral("labels"), QStringLiteral("cluster.x-k8s.io/cluster-name")},
              QStringLiteral("t1"));
    });
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(migrating)).migratingTo, QStringLiteral("hv-9"));
    QVERIFY(models::VmiFacts::fromJson(kube::LazyObject(migrating)).paused);
    QCOMPARE(models::VmFacts::fromJson(kube::LazyObject(running)).tenantCluster, QStringLiteral("t1"));
    int cases = 0;
    for (const auto &[base, paths, isVmi] : {std::tuple{vmi, vmiPaths, true}, std::tuple{migrating, vmiPaths, true},
                                             std::tuple{vm, vmPaths, false}, std::tuple{running, vmPaths, false}})
        for (const QString &path : paths) {
            const QStringList keys = keysOf(path);
            for (const QString &v : values) {
                const QJsonValue value = QJsonDocument::fromJson(QByteArray("[") + v.toUtf8() + "]").array().at(0);
                const QByteArray b = edited(base, [&](QJsonObject &o) { setAt(o, keys, value); });
                QVERIFY2(isVmi ? readsAsTheWhole<models::VmiFacts>(b) : readsAsTheWhole<models::VmFacts>(b),
                         qPrintable(path + QLatin1String(" = ") + v));
                ++cases;
            }
        }
    QCOMPARE(cases, 2 * (30 + 22) * 19);
}

// What only a text can spell, which no edit of a parsed object makes: a key twice (QJsonDocument
// keeps the last), a key written with escapes, numbers as written (an integer beyond 2^53, -0,
// 1e2), text past ASCII. The bytes' reading equals the whole object's.
void TestVmFacts::textOnlyBytesCanSpell()
{
    const QList<QByteArray> vmis{
        R"({"metadata":{"name":"a","uid":"u1","uid":"u2"},"status":{"nodeName":"hv-1","nodeName":"hv-2","phase":"Running"}})",
        R"({"metadata":{"name":"a"},"status":{"nodeName":"hv-1"},"status":{"phase":"Running"}})",
        R"({"metadata":{"name":"a"},"status":{"nodeName":"hv-é"}})",
        R"({"metadata":{"name":"a"},"status":{"interfaces":[{"ipAddresses":["","10.0.0.9"]},{"ipAddress":"10.0.0.3"}]}})",
        R"({"metadata":{"name":"a"},"status":{"interfaces":[{"ipAddresses":[5,"10.0.0.7"]},{"ipAddress":"10.0.0.3"}]}})",
        R"({"metadata":{"name":"a"},"status":{"interfaces":[{"ipAddress":"","ipAddresses":[]},{"ipAddress":"10.0.0.3"}]}})",
        R"({"metadata":{"name":"a"},"status":{"conditions":[{"type":"Paused","status":"False"},{"type":"Paused","status":"True"}]}})",
        R"({"metadata":{"name":"a"},"status":{"conditions":[{"status":"True"},{"type":"","status":"True"},{"type":"Paused","status":"True"}]}})",
        R"({"metadata":{"name":"a"},"status":{"nodeName":"hv-1","migrationState":{"targetNode":"hv-1"}}})",
        R"({"metadata":{"name":"a"},"status":{"nodeName":"hv-1","migrationState":{"targetNode":"","targetState":{"node":"hv-4"}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"cpu":{"cores":2.0,"sockets":1e0,"threads":-0}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"cpu":{"cores":9007199254740993}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"cpu":{"cores":2147483647,"sockets":2}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"resources":{"limits":{"cpu":2.5},"requests":{"cpu":"9"}},"memory":{"guest":1073741824}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"resources":{"requests":{"memory":1e9,"cpu":1e2}}}}})",
        R"({"metadata":{"name":"a"},"spec":{"domain":{"memory":{"guest":"1.5Gi"},"memory":{"guest":"2Gi"}}}})",
    };
    const QList<QByteArray> vms{
        R"({"metadata":{"name":"v","labels":{"drover.io/os":5,"kubevirt.io/os":"fedora"}}})",
        R"({"metadata":{"name":"v","labels":{"drover.io/os":"a","drover.io/os":"b"}}})",
        R"({"metadata":{"name":"v","annotations":{"drover.io/os-name":"Windows Server 2022 — Datacenter"}}})",
        R"({"metadata":{"name":"v","labels":{"os.template.kubevirt.io/fedora39":"true","os.template.kubevirt.io/centos":"true"}}})",
        R"({"metadata":{"name":"v"},"spec":{"template":{"metadata":{"labels":{"os.template.kubevirt.io/rhel9":"true"}}}}})",
        R"({"metadata":{"name":"v"},"spec":{"runStrategy":"","running":true}})",
        R"({"metadata":{"name":"v"},"spec":{"runStrategy":"Manual","runStrategy":"Always"}})",
        R"({"metadata":{"name":"v"},"spec":{"instancetype":{"name":"u1.medium"},"template":{"spec":{"domain":{"cpu":{"cores":8}}}}}})",
        R"({"metadata":{"name":"v","labels":{"cluster.x-k8s.io/cluster-name":"tenant-ü"}},"status":{"printableStatus":"Migrating"}})",
    };
    for (const QByteArray &b : vmis)
        QVERIFY(readsAsTheWhole<models::VmiFacts>(b));
    for (const QByteArray &b : vms)
        QVERIFY(readsAsTheWhole<models::VmFacts>(b));
    // A few spelled out, so equal-but-wrong cannot pass.
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[0])).host, QStringLiteral("hv-2"));
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[2])).host, QStringLiteral("hv-\u00e9"));
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[3])).ip, QString());
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[4])).ip, QStringLiteral("10.0.0.7"));
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[5])).ip, QStringLiteral("10.0.0.3"));
    QVERIFY(!models::VmiFacts::fromJson(kube::LazyObject(vmis[6])).paused);
    QVERIFY(models::VmiFacts::fromJson(kube::LazyObject(vmis[7])).paused);
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[9])).migratingTo, QStringLiteral("hv-4"));
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[10])).vcpu, 2);
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[13])).vcpu, 3);
    QCOMPARE(models::VmiFacts::fromJson(kube::LazyObject(vmis[15])).memoryBytes, std::int64_t(2) << 30);
    QCOMPARE(models::VmFacts::fromJson(kube::LazyObject(vms[0])).osLabel, QStringLiteral("fedora"));
    QCOMPARE(models::VmFacts::fromJson(kube::LazyObject(vms[1])).osLabel, QStringLiteral("b"));
    QCOMPARE(models::VmFacts::fromJson(kube::LazyObject(vms[5])).runStrategy, core::RunStrategy::Always);
    QCOMPARE(models::VmFacts::fromJson(kube::LazyObject(vms[7])).vcpu, 0); // the instancetype's: known from the VMI
}

// An update that leaves the fields the facts are read from as they were (a VMI's heartbeat
// annotation, a new resourceVersion, a condition's probe time) keeps the facts without decoding;
// one that changes such a field is decoded. On the GUI thread (get()) and the worker alike.
void TestVmFacts::sameFieldsNotDecodedAgain()
{
    kube::ObjectCache vms, vmis;
    models::VmSummaryStore store;
    store.setCaches(&vms, &vmis);
    const QString key = QStringLiteral("prod/web");
    const VmiSpec spec{.name = QStringLiteral("web"), .node = QStringLiteral("hv-1")};
    put(vms, CacheEvent::Added, key, 1, vmJson({.name = QStringLiteral("web")}, 1));
    put(vmis, CacheEvent::Added, key, 2, vmiJson(spec, 2));
    vms.flush();
    vmis.flush();
    QCOMPARE(store.get(key)->host, QStringLiteral("hv-1"));
    QCOMPARE(store.decodes(), quint64(2));

    // The heartbeat: an annotation and the resourceVersion. The summary is the one it was.
    const std::shared_ptr<const models::VmSummary> shown = store.get(key); // as a view holds it
    QVERIFY(store.shows(key, shown.get()));
    const QByteArray beat = withHeartbeat(vmiJson(spec, 3), 7);
    QVERIFY(beat.contains("drover.io/heartbeat"));
    put(vmis, CacheEvent::Modified, key, 3, beat);
    vmis.flush();
    QVERIFY(!store.shows(key, shown.get())); // not read yet
    QCOMPARE(store.get(key), shown);
    QVERIFY(store.shows(key, shown.get()));
    QCOMPARE(store.get(key)->host, QStringLiteral("hv-1"));
    QCOMPARE(store.get(key)->ip, QStringLiteral("10.244.0.10"));
    QCOMPARE(store.decodes(), quint64(2));                                              // kept, not decoded
    put(vms, CacheEvent::Modified, key, 4, vmJson({.name = QStringLiteral("web")}, 4)); // a new rv only
    vms.flush();
    QCOMPARE(store.get(key)->status, QStringLiteral("Running"));
    QCOMPARE(store.decodes(), quint64(2));

    // A field the facts read: decoded, on the GUI thread and on the worker.
    VmiSpec moved = spec;
    moved.ip = QStringLiteral("10.244.9.9");
    put(vmis, CacheEvent::Modified, key, 5, vmiJson(moved, 5));
    vmis.flush();
    QCOMPARE(store.get(key)->ip, QStringLiteral("10.244.9.9"));
    QCOMPARE(store.decodes(), quint64(3));
    put(vms, CacheEvent::Modified, key, 6, vmJson({.name = QStringLiteral("web"), .status = QStringLiteral("Stopping")}, 6));
    vms.flush();
    QCOMPARE(store.get(key)->status, QStringLiteral("Stopping"));
    QCOMPARE(store.decodes(), quint64(4));
    QVERIFY(!store.shows(key, shown.get())); // other facts, another summary

    for (int rv : {7, 8}) { // the worker: a heartbeat kept, then a move decoded
        VmiSpec s = moved;
        if (rv == 8)
            s.node = QStringLiteral("hv-2");
        put(vmis, CacheEvent::Modified, key, rv, withHeartbeat(vmiJson(s, rv), rv));
        vmis.flush();
        bool done = false;
        QObject receiver;
        store.prepare({key}, &receiver, [&] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(store.get(key)->host, rv == 8 ? QStringLiteral("hv-2") : QStringLiteral("hv-1"));
        QCOMPARE(store.decodes(), quint64(rv == 8 ? 5 : 4));
    }
}

QTEST_GUILESS_MAIN(TestVmFacts)
#include "test_vmfacts.moc"
