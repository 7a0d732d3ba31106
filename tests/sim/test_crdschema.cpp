// drover-sim validates writes of Drover's own kinds against the CRDs' structural schemas
// (backend/sim/CrdSchema.h) as kube-apiserver 1.20 does: unknown fields pruned, bad objects
// refused with 422 Invalid in the real server's words (the same inputs go to both servers in
// tests/apiserver/test_conformance.cpp, crdWritesAreValidated).
#include "Peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace drover;
using namespace drover::kube;

Q_DECLARE_METATYPE(const ApiResource *)

class TestCrdSchema : public QObject
{
    Q_OBJECT
    test::Peer m_sim{test::ServerKind::Sim};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        QVERIFY2(m_sim.ensureNamespace(QStringLiteral("vms")), qPrintable(m_sim.error()));
    }

    // Rows run in order: later ones write to objects earlier ones made. Several errors come in
    // the order of the object's keys (kube-apiserver's order varies: Go's map order).
    void writes_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<const ApiResource *>("res");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // the Status message of a 422
        const ApiResource *hm = &ApiResource::hostMaintenances(), *ss = &ApiResource::snapshotSchedules(), *hr = &ApiResource::hostReports();
        const QString vms = QStringLiteral("vms"), status = QStringLiteral("status");
        QTest::newRow("good HostMaintenance") << QByteArray("POST") << hm << QString() << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"nvme-a01"},"spec":{"nodeName":"nvme-a01","reason":"DIMM swap","policy":"Stop"}})")
            << 201 << QString();
        QTest::newRow("bad enum") << QByteArray("POST") << hm << QString() << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"nvme-a02"},"spec":{"nodeName":"nvme-a02","policy":"Migrate"}})")
            << 422 << QStringLiteral(R"(HostMaintenance.drover.io "nvme-a02" is invalid: spec.policy: Unsupported value: "Migrate": supported values: "Refuse", "Stop", "StopAndRestartAfter")");
        QTest::newRow("missing required") << QByteArray("POST") << hm << QString() << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"nvme-a03"},"spec":{"policy":"Stop"}})")
            << 422 << QStringLiteral(R"(HostMaintenance.drover.io "nvme-a03" is invalid: spec.nodeName: Required value)");
        QTest::newRow("several errors") << QByteArray("POST") << hm << QString() << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"nvme-a04"},"spec":{"nodeName":"","leave":"yes"}})")
            << 422 << QStringLiteral(R"(HostMaintenance.drover.io "nvme-a04" is invalid: [spec.leave: Invalid value: "string": spec.leave in body must be of type boolean: "string", )"
                                     R"(spec.nodeName: Invalid value: "null": spec.nodeName in body must be of type string: "null", )"
                                     R"(spec.nodeName: Invalid value: "": spec.nodeName in body should be at least 1 chars long])");
        QTest::newRow("unknown field pruned") << QByteArray("PATCH") << hm << QString() << QStringLiteral("nvme-a01") << QString()
            << QByteArray(R"({"spec":{"colour":"red"},"extra":1})") << 200 << QString();
        QTest::newRow("status: bad condition") << QByteArray("PATCH") << hm << QString() << QStringLiteral("nvme-a01") << status
            << QByteArray(R"({"status":{"phase":"Draining","conditions":[{"type":"Ready","status":"False","reason":"not ready","message":"","lastTransitionTime":"2024-01-02T03:04:05Z"}]}})")
            << 422 << QStringLiteral(R"(HostMaintenance.drover.io "nvme-a01" is invalid: [status.conditions.message: Invalid value: "null": status.conditions.message in body must be of type string: "null", )"
                                     R"(status.conditions.reason: Invalid value: "not ready": status.conditions.reason in body should match '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$'])");
        QTest::newRow("SnapshotSchedule wrong type") << QByteArray("POST") << ss << vms << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"web-nightly"},"spec":{"schedule":"@daily","retention":{"keepLast":"eight"}}})")
            << 422 << QStringLiteral(R"(SnapshotSchedule.drover.io "web-nightly" is invalid: spec.retention.keepLast: Invalid value: "string": spec.retention.keepLast in body must be of type integer: "string")");
        QTest::newRow("SnapshotSchedule out of range (dry run)") << QByteArray("POST?dryRun=All") << ss << vms << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"web-nightly"},"spec":{"schedule":"@daily","maxFailures":-1}})")
            << 422 << QStringLiteral(R"(SnapshotSchedule.drover.io "web-nightly" is invalid: spec.maxFailures: Invalid value: -1: spec.maxFailures in body should be greater than or equal to 0)");
        QTest::newRow("good SnapshotSchedule") << QByteArray("POST") << ss << vms << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"web-nightly"},"spec":{"schedule":"@daily","vmNames":["web-01"],"retention":{"keepLast":0}}})")
            << 201 << QString();
        // The droverd bug: an empty suspendReason, which kube-apiserver 1.20 calls null.
        QTest::newRow("status: empty string") << QByteArray("PUT") << ss << vms << QStringLiteral("web-nightly") << status
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"web-nightly"},"spec":{"schedule":"@daily"},"status":{"suspended":false,"consecutiveFailures":0,"suspendReason":""}})")
            << 422 << QStringLiteral(R"(SnapshotSchedule.drover.io "web-nightly" is invalid: status.suspendReason: Invalid value: "null": status.suspendReason in body must be of type string: "null")");
        QTest::newRow("status: null is pruned") << QByteArray("PUT") << ss << vms << QStringLiteral("web-nightly") << status
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"web-nightly"},"spec":{"schedule":"@daily"},"status":{"suspended":false,"suspendReason":null}})")
            << 200 << QString();
        QTest::newRow("HostReport") << QByteArray("POST") << hr << QString() << QString() << QString()
            << QByteArray(R"({"apiVersion":"drover.io/v1alpha1","kind":"HostReport","metadata":{"name":"nvme-x01"},"status":{"observedAt":"2024-01-02T03:04:05Z","report":{"schema":"drover.io/agent-report/v1","cpu":{"model":"EPYC","cores":64},"nvme":[{"smart":{"wear":3}}]}}})")
            << 201 << QString();
        QTest::newRow("HostReport without schema") << QByteArray("PATCH") << hr << QString() << QStringLiteral("nvme-x01") << status
            << QByteArray(R"({"status":{"observedAt":"now","report":{"schema":null}}})")
            << 422 << QStringLiteral(R"(HostReport.drover.io "nvme-x01" is invalid: [status.observedAt: Invalid value: "now": status.observedAt in body must be of type date-time: "now", status.report.schema: Required value])");
    }
    void writes()
    {
        QFETCH(QByteArray, verb);
        QFETCH(const ApiResource *, res);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, sub);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        QUrlQuery q;
        if (verb.endsWith("?dryRun=All")) {
            verb.chop(11);
            q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        }
        const QString path = verb == "POST" ? res->collectionPath(ns) : res->objectPath(ns, name, sub);
        const QByteArray ct = verb == "PATCH" ? QByteArrayLiteral("application/merge-patch+json") : QByteArrayLiteral("application/json");
        const Response r = m_sim.call([&](QObject *c, ResponseCallback cb) { m_sim.client()->request(verb, path, q, body, c, cb, ct); });
        QVERIFY2(r.httpStatus == code, r.body.constData());
        if (code != 422)
            return;
        const QJsonObject st = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(st[QStringLiteral("kind")].toString(), QStringLiteral("Status"));
        QCOMPARE(st[QStringLiteral("reason")].toString(), QStringLiteral("Invalid"));
        QCOMPARE(st[QStringLiteral("code")].toInt(), 422);
        QCOMPARE(st[QStringLiteral("message")].toString(), message);
        const QJsonObject details = st[QStringLiteral("details")].toObject();
        QCOMPARE(details[QStringLiteral("kind")].toString(), res->kind);
        QCOMPARE(details[QStringLiteral("group")].toString(), QStringLiteral("drover.io"));
        QStringList causes;
        for (const QJsonValue &c : details[QStringLiteral("causes")].toArray())
            causes.append(c[QStringLiteral("field")].toString() + QStringLiteral(": ") + c[QStringLiteral("message")].toString());
        QVERIFY2(message.contains(causes.join(QStringLiteral(", "))), qPrintable(causes.join(QLatin1Char('|'))));
    }

    // What the rows left: pruned fields gone, the null dropped, the report's own fields kept.
    void whatWasStored()
    {
        const auto get = [&](const ApiResource &r, const QString &ns, const QString &name) {
            return m_sim.call([&](QObject *c, ResponseCallback cb) { m_sim.client()->get(r, ns, name, c, cb); }).object;
        };
        const QJsonObject hm = get(ApiResource::hostMaintenances(), {}, QStringLiteral("nvme-a01"));
        QVERIFY(!hm.contains(QStringLiteral("extra")));
        QVERIFY(!hm[QStringLiteral("spec")].toObject().contains(QStringLiteral("colour")));
        QCOMPARE(hm[QStringLiteral("spec")][QStringLiteral("policy")].toString(), QStringLiteral("Stop"));
        QVERIFY(get(ApiResource::hostMaintenances(), {}, QStringLiteral("nvme-a02")).isEmpty());
        QVERIFY(!get(ApiResource::snapshotSchedules(), QStringLiteral("vms"), QStringLiteral("web-nightly"))[QStringLiteral("status")].toObject().contains(QStringLiteral("suspendReason")));
        const QJsonObject report = get(ApiResource::hostReports(), {}, QStringLiteral("nvme-x01"))[QStringLiteral("status")][QStringLiteral("report")].toObject();
        QCOMPARE(report[QStringLiteral("cpu")][QStringLiteral("cores")].toInt(), 64);
        QCOMPARE(report[QStringLiteral("nvme")][0][QStringLiteral("smart")][QStringLiteral("wear")].toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCrdSchema)
#include "test_crdschema.moc"
