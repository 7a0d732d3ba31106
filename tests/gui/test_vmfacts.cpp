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

using namespace drover;
using namespace drover::test;
using kube::CacheEvent;

class TestVmFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void factsFromTheirFields();
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
        const auto whole = models::VmiFacts::fromObject(QJsonDocument::fromJson(b).object());
        const auto projected = models::VmiFacts::fromJson(kube::LazyObject(b));
        QVERIFY2(projected == whole, qPrintable(QStringLiteral("%1\nwhole:     %2\nprojected: %3")
                                                    .arg(QString::fromUtf8(b.left(400)), describe(whole), describe(projected))));
        validVmis += whole.valid;
    }
    for (const QByteArray &b : std::as_const(vms)) {
        const auto whole = models::VmFacts::fromObject(QJsonDocument::fromJson(b).object());
        const auto projected = models::VmFacts::fromJson(kube::LazyObject(b));
        QVERIFY2(projected == whole, qPrintable(QStringLiteral("%1\nwhole:     %2\nprojected: %3")
                                                    .arg(QString::fromUtf8(b.left(400)), describe(whole), describe(projected))));
        validVms += whole.valid;
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
