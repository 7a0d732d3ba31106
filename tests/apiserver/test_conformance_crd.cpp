// Drover's own kinds (the CRDs under packaging/kubernetes/crds) through drover-sim and a real
// kube-apiserver 1.20: writes pruned and validated alike (the same 422s in the same words),
// defaults applied alike, and the same Tables for `kubectl get` (backend/sim/CrdSchema.h,
// CrdTable.h). Rows "drover-sim" and "kube-apiserver" run a case once per server; the
// comparisons need both servers and run once.
#include "Peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <tuple>
#include <utility>

using namespace drover;
using namespace drover::kube;

namespace {

// A write of one of Drover's own kinds and what both servers answer: the HTTP code and, for a
// refusal, the Status message (kube-apiserver 1.20.2's words, CrdSchema.h).
struct CrdWrite
{
    QByteArray verb;
    const ApiResource *res;
    QString ns, name, sub;
    QByteArray body, contentType;
    int code;
    QString message;
};

QList<CrdWrite> crdWrites()
{
    const ApiResource *hm = &ApiResource::hostMaintenances(), *ss = &ApiResource::snapshotSchedules(), *hr = &ApiResource::hostReports();
    const QByteArray json = "application/json", merge = "application/merge-patch+json";
    const QString ns = QStringLiteral("conf-schema");
    const QString s = QStringLiteral("s-ok"), status = QStringLiteral("status");
    return {
        {"POST", hm, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"nvme-a02"},"spec":{"nodeName":"nvme-a02","policy":"Migrate"}})", json, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "nvme-a02" is invalid: spec.policy: Unsupported value: "Migrate": supported values: "Refuse", "Stop", "StopAndRestartAfter")")},
        {"POST", hm, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"p-req"},"spec":{"policy":"Stop"}})", json, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "p-req" is invalid: spec.nodeName: Required value)")},
        {"POST", hm, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"p-nullspec"},"spec":null})", json, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "p-nullspec" is invalid: spec: Required value)")},
        {"POST", hm, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"p-arr"},"spec":["x"]})", json, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "p-arr" is invalid: spec: Invalid value: "array": spec in body must be of type object: "array")")},
        {"POST", hm, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"p-unknown"},"spec":{"nodeName":"n1","colour":"red"},"extra":{"a":1}})", json, 201, {}},
        {"PATCH", hm, {}, QStringLiteral("p-unknown"), {}, R"({"spec":{"reason":")" + QByteArray(1025, 'x') + R"("}})", merge, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "p-unknown" is invalid: spec.reason: Invalid value: "%1": spec.reason in body should be at most 1024 chars long)").arg(QString(1025, QLatin1Char('x')))},
        {"PATCH", hm, {}, QStringLiteral("p-unknown"), status, R"({"status":{"phase":"Draining","lastError":null,"conditions":[{"type":"Ready","status":"False","reason":"Draining","message":"m","lastTransitionTime":"yesterday"}]}})", merge, 422,
         QStringLiteral(R"(HostMaintenance.drover.io "p-unknown" is invalid: status.conditions.lastTransitionTime: Invalid value: "yesterday": status.conditions.lastTransitionTime in body must be of type date-time: "yesterday")")},
        {"POST", ss, ns, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"s-ok"},"spec":{"schedule":"@daily","retention":{"keepLast":2}}})", json, 201, {}},
        {"PATCH", ss, ns, s, {}, R"({"spec":{"retention":{"keepLast":"eight"}}})", merge, 422,
         QStringLiteral(R"(SnapshotSchedule.drover.io "s-ok" is invalid: spec.retention.keepLast: Invalid value: "string": spec.retention.keepLast in body must be of type integer: "string")")},
        {"PATCH", ss, ns, s, {}, R"({"spec":{"retention":{"keepDaily":251}}})", merge, 422,
         QStringLiteral(R"(SnapshotSchedule.drover.io "s-ok" is invalid: spec.retention.keepDaily: Invalid value: 251: spec.retention.keepDaily in body should be less than or equal to 250)")},
        // kube-apiserver 1.20 takes "" for null (CrdValidate.cpp typeOf) and prunes a null.
        {"PUT", ss, ns, s, status, R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"s-ok"},"spec":{"schedule":"@daily"},"status":{"suspended":false,"suspendReason":""}})", json, 422,
         QStringLiteral(R"(SnapshotSchedule.drover.io "s-ok" is invalid: status.suspendReason: Invalid value: "null": status.suspendReason in body must be of type string: "null")")},
        {"PUT", ss, ns, s, status, R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"s-ok"},"spec":{"schedule":"@daily"},"status":{"suspended":false,"suspendReason":null}})", json, 200, {}},
        {"PATCH", ss, ns, s, status, R"({"status":{"snapshots":["a",""]}})", merge, 422,
         QStringLiteral(R"(SnapshotSchedule.drover.io "s-ok" is invalid: status.snapshots: Invalid value: "null": status.snapshots in body must be of type string: "null")")},
        {"POST", hr, {}, {}, {}, R"({"apiVersion":"drover.io/v1alpha1","kind":"HostReport","metadata":{"name":"n1"}})", json, 201, {}},
        {"PATCH", hr, {}, QStringLiteral("n1"), status, R"({"status":{"observedAt":"2024-01-02T03:04:05Z","report":{"schema":"drover.io/agent-report/v1","cpu":{"model":"X","cores":8}},"junk":1}})", merge, 200, {}},
        {"PATCH", hr, {}, QStringLiteral("n1"), status, R"({"status":{"report":{"schema":null}}})", merge, 422,
         QStringLiteral(R"(HostReport.drover.io "n1" is invalid: status.report.schema: Required value)")},
    };
}

// What kubectl get sends (k8s.io/kubectl/pkg/cmd/get/get.go).
const QByteArray kubectlAccept =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : v.isArray() ? QJsonDocument(v.toArray())
                                                                                       : QJsonDocument(QJsonArray{v});
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

class TestConformanceCrd : public QObject
{
    Q_OBJECT
    test::Servers m_servers;

    Response get(test::Peer &p, const ApiResource &r, const QString &ns, const QString &name)
    {
        return p.call([&](QObject *c, ResponseCallback cb) { p.client()->get(r, ns, name, c, cb); });
    }
    static Response send(test::Peer &p, const QByteArray &verb, const QString &path, const QUrlQuery &q,
                         const QByteArray &body, const QByteArray &contentType = "application/json")
    {
        return p.call([&](QObject *c, ResponseCallback cb) { p.client()->request(verb, path, q, body, c, cb, contentType); });
    }
    bool bothReady()
    {
        for (test::Peer *p : {&m_servers.sim, &m_servers.real})
            if (!p->ready()) {
                qWarning("%s did not start: %s", qPrintable(p->name()), qPrintable(p->error()));
                return false;
            }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { m_servers.start(); }

    // Drover's CRDs' schemas, enforced alike: unknown fields pruned, bad writes refused (422
    // Invalid) in the same words, with the same causes; the same through a dry run.
    void crdWritesAreValidated_data() { test::Servers::addRows(); }
    void crdWritesAreValidated()
    {
        DROVER_PEER(p);
        QVERIFY2(p.ensureNamespace(QStringLiteral("conf-schema")), qPrintable(p.error()));
        for (const CrdWrite &w : crdWrites()) {
            const QString path = w.verb == "POST" ? w.res->collectionPath(w.ns) : w.res->objectPath(w.ns, w.name, w.sub);
            QByteArray body = w.body;
            if (w.verb == "PUT") { // with the current resourceVersion, which the real one needs
                QJsonObject o = QJsonDocument::fromJson(body).object();
                QJsonObject meta = o[QStringLiteral("metadata")].toObject();
                meta[QStringLiteral("resourceVersion")] = get(p, *w.res, w.ns, w.name).object[QStringLiteral("metadata")][QStringLiteral("resourceVersion")];
                o[QStringLiteral("metadata")] = meta;
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            for (const bool dry : {true, false}) {
                QUrlQuery q;
                if (dry)
                    q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
                const Response r = p.call([&](QObject *c, ResponseCallback cb) { p.client()->request(w.verb, path, q, body, c, cb, w.contentType); });
                const QString what = QStringLiteral("%1 %2%3: %4").arg(QString::fromLatin1(w.verb), path, dry ? QStringLiteral(" (dry run)") : QString(), QString::fromUtf8(r.body));
                QVERIFY2(r.httpStatus == w.code, qPrintable(what));
                if (w.code != 422)
                    continue;
                const QJsonObject st = QJsonDocument::fromJson(r.body).object();
                QCOMPARE(st[QStringLiteral("reason")].toString(), QStringLiteral("Invalid"));
                QCOMPARE(st[QStringLiteral("message")].toString(), w.message);
                const QJsonObject details = st[QStringLiteral("details")].toObject();
                QCOMPARE(details[QStringLiteral("group")].toString(), QStringLiteral("drover.io"));
                QCOMPARE(details[QStringLiteral("kind")].toString(), w.res->kind);
                const QJsonObject cause = details[QStringLiteral("causes")].toArray().first().toObject();
                QVERIFY2(w.message.endsWith(cause[QStringLiteral("field")].toString() + QStringLiteral(": ") + cause[QStringLiteral("message")].toString()), qPrintable(what));
                QVERIFY(cause[QStringLiteral("reason")].toString().startsWith(QStringLiteral("FieldValue")));
            }
        }
        // The unknown fields went, silently; so did the null suspendReason and the status' junk.
        const QJsonObject hm = get(p, ApiResource::hostMaintenances(), {}, QStringLiteral("p-unknown")).object;
        QVERIFY(!hm.contains(QStringLiteral("extra")));
        QCOMPARE(hm[QStringLiteral("spec")][QStringLiteral("nodeName")].toString(), QStringLiteral("n1"));
        QVERIFY(!hm[QStringLiteral("spec")].toObject().contains(QStringLiteral("colour")));
        const QJsonObject ss = get(p, ApiResource::snapshotSchedules(), QStringLiteral("conf-schema"), QStringLiteral("s-ok")).object;
        QVERIFY(!ss[QStringLiteral("status")].toObject().contains(QStringLiteral("suspendReason")));
        const QJsonObject hr = get(p, ApiResource::hostReports(), {}, QStringLiteral("n1")).object;
        QCOMPARE(hr[QStringLiteral("status")][QStringLiteral("report")][QStringLiteral("cpu")][QStringLiteral("cores")].toInt(), 8);
        QVERIFY(!hr[QStringLiteral("status")].toObject().contains(QStringLiteral("junk")));
    }

    // Defaults, the same on both: absent fields get theirs, nested ones only inside objects that
    // are there (no retention made up), a null of a defaulted field becomes the default, through
    // create, a dry run, a merge patch (null: the field goes, its default comes back) and a JSON
    // patch (null stays null, then is defaulted).
    void crdDefaultsAreApplied()
    {
        QVERIFY(bothReady());
        const QString ns = QStringLiteral("conf-defaults");
        const ApiResource &hm = ApiResource::hostMaintenances(), &ss = ApiResource::snapshotSchedules();
        const QByteArray hmBody = R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"d-hm"},"spec":{"nodeName":"n1","leave":null}})";
        const QByteArray ssBody = R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"d-ss"},"spec":{"schedule":"@daily","suspend":null,"retention":{"keepDaily":2},"selector":{"matchLabels":{"app":"web"}}}})";
        const QByteArray ssBare = R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"d-bare"},"spec":{"schedule":"@daily"}})";
        struct Step
        {
            QString what;
            QByteArray verb;
            QString path;
            bool dryRun;
            QByteArray body, contentType;
        };
        const QByteArray json = "application/json";
        const QList<Step> steps = {
            {QStringLiteral("HostMaintenance (dry run)"), "POST", hm.collectionPath({}), true, hmBody, json},
            {QStringLiteral("HostMaintenance"), "POST", hm.collectionPath({}), false, hmBody, json},
            {QStringLiteral("SnapshotSchedule"), "POST", ss.collectionPath(ns), false, ssBody, json},
            {QStringLiteral("SnapshotSchedule without retention"), "POST", ss.collectionPath(ns), false, ssBare, json},
            {QStringLiteral("merge patch: null"), "PATCH", ss.objectPath(ns, QStringLiteral("d-ss")), false,
             R"({"spec":{"timeZone":null,"maxFailures":9}})", "application/merge-patch+json"},
            {QStringLiteral("JSON patch: null"), "PATCH", ss.objectPath(ns, QStringLiteral("d-ss")), false,
             R"([{"op":"replace","path":"/spec/maxFailures","value":null},{"op":"add","path":"/spec/freeze","value":null}])",
             "application/json-patch+json"},
            {QStringLiteral("merge patch: a new object"), "PATCH", ss.objectPath(ns, QStringLiteral("d-bare")), false,
             R"({"spec":{"retention":{}}})", "application/merge-patch+json"},
        };
        for (test::Peer *p : {&m_servers.sim, &m_servers.real})
            QVERIFY2(p->ensureNamespace(ns), qPrintable(p->error()));
        for (const Step &s : steps) {
            QUrlQuery q;
            if (s.dryRun)
                q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
            const Response sim = send(m_servers.sim, s.verb, s.path, q, s.body, s.contentType);
            const Response real = send(m_servers.real, s.verb, s.path, q, s.body, s.contentType);
            QVERIFY2(real.ok(), qPrintable(s.what + QStringLiteral(": kube-apiserver: ") + QString::fromUtf8(real.body)));
            QVERIFY2(sim.ok(), qPrintable(s.what + QStringLiteral(": drover-sim: ") + QString::fromUtf8(sim.body)));
            const QJsonValue realSpec = real.object[QStringLiteral("spec")], simSpec = sim.object[QStringLiteral("spec")];
            qInfo("%s: kube-apiserver %s", qPrintable(s.what), qPrintable(compact(realSpec)));
            QVERIFY2(simSpec == realSpec, qPrintable(s.what + QStringLiteral(": drover-sim ") + compact(simSpec) +
                                                      QStringLiteral(", kube-apiserver ") + compact(realSpec)));
        }
        // And as read back.
        for (const auto &[r, n, name] : {std::tuple{&hm, QString(), QStringLiteral("d-hm")}, std::tuple{&ss, ns, QStringLiteral("d-ss")},
                                         std::tuple{&ss, ns, QStringLiteral("d-bare")}}) {
            const QJsonValue real = get(m_servers.real, *r, n, name).object[QStringLiteral("spec")];
            QCOMPARE(compact(get(m_servers.sim, *r, n, name).object[QStringLiteral("spec")]), compact(real));
        }
    }

    // kubectl get's Table: the same columns (Name, then the CRD's printer columns) and the same
    // cells, missing values null, rows' objects PartialObjectMetadata; for a list and for one
    // object. Age is time: compared by kind, not text.
    void crdTablesMatch()
    {
        QVERIFY(bothReady());
        const QString ns = QStringLiteral("conf-table");
        const ApiResource &hm = ApiResource::hostMaintenances(), &ss = ApiResource::snapshotSchedules();
        struct Read
        {
            QString path;
            QUrlQuery query;
        };
        QUrlQuery oneHm;
        oneHm.addQueryItem(QStringLiteral("fieldSelector"), QStringLiteral("metadata.name=t-hm"));
        const QList<Read> reads = {{hm.collectionPath({}), oneHm},
                                   {hm.objectPath({}, QStringLiteral("t-hm-2")), {}},
                                   {ss.collectionPath(ns), {}},
                                   {ss.objectPath(ns, QStringLiteral("t-ss")), {}}};
        for (test::Peer *p : {&m_servers.sim, &m_servers.real}) {
            QVERIFY2(p->ensureNamespace(ns), qPrintable(p->error()));
            const QList<std::pair<QString, QByteArray>> creates = {
                {hm.collectionPath({}), R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"t-hm"},"spec":{"nodeName":"n1"}})"},
                {hm.collectionPath({}), R"({"apiVersion":"drover.io/v1alpha1","kind":"HostMaintenance","metadata":{"name":"t-hm-2"},"spec":{"nodeName":"n2","policy":"Stop"}})"},
                {ss.collectionPath(ns), R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"t-ss"},"spec":{"schedule":"0 3 * * *","timeZone":"Europe/Berlin"}})"},
                {ss.collectionPath(ns), R"({"apiVersion":"drover.io/v1alpha1","kind":"SnapshotSchedule","metadata":{"name":"t-ss-2"},"spec":{"schedule":"@weekly","retention":{"keepLast":3}}})"}};
            for (const auto &[path, body] : creates)
                QVERIFY2(send(*p, "POST", path, {}, body).ok(), qPrintable(p->name() + QLatin1Char(' ') + path));
            const QList<std::pair<QString, QByteArray>> statuses = {
                {hm.objectPath({}, QStringLiteral("t-hm-2"), QStringLiteral("status")), R"({"status":{"phase":"Blocked","progress":"3/7","blockedBy":"vm-1 cannot migrate"}})"},
                {ss.objectPath(ns, QStringLiteral("t-ss"), QStringLiteral("status")), R"({"status":{"suspended":true,"consecutiveFailures":2,"nextDue":"2099-01-01T00:00:00Z","lastTaken":"2020-01-01T00:00:00Z"}})"}};
            for (const auto &[path, body] : statuses)
                QVERIFY2(send(*p, "PATCH", path, {}, body, "application/merge-patch+json").ok(), qPrintable(p->name() + QLatin1Char(' ') + path));
        }
        QObject owner;
        KubeClient *sim = m_servers.sim.clientWithToken(QString(), &owner), *real = m_servers.real.clientWithToken(QString(), &owner);
        QVERIFY(sim && real);
        sim->setExtraHeaders({{"Accept", kubectlAccept}});
        real->setExtraHeaders({{"Accept", kubectlAccept}});
        for (const Read &read : reads) {
            const auto table = [&](test::Peer &p, KubeClient *c) {
                return p.call([&](QObject *ctx, ResponseCallback cb) { c->request("GET", read.path, read.query, {}, ctx, cb); });
            };
            const Response s = table(m_servers.sim, sim), r = table(m_servers.real, real);
            QVERIFY2(r.ok() && s.ok(), qPrintable(read.path + QStringLiteral(": ") + QString::fromUtf8(r.body + " / " + s.body)));
            QCOMPARE(s.object[QStringLiteral("kind")].toString(), r.object[QStringLiteral("kind")].toString());
            QCOMPARE(s.object[QStringLiteral("apiVersion")].toString(), r.object[QStringLiteral("apiVersion")].toString());
            QCOMPARE(compact(s.object[QStringLiteral("columnDefinitions")]), compact(r.object[QStringLiteral("columnDefinitions")]));
            const QJsonArray columns = r.object[QStringLiteral("columnDefinitions")].toArray();
            const QJsonArray simRows = s.object[QStringLiteral("rows")].toArray(), realRows = r.object[QStringLiteral("rows")].toArray();
            QCOMPARE(simRows.size(), realRows.size());
            QVERIFY(!realRows.isEmpty());
            for (const QJsonValue &row : realRows)
                qInfo("%s: kube-apiserver's cells %s", qPrintable(read.path), qPrintable(compact(row[QStringLiteral("cells")])));
            for (qsizetype i = 0; i < realRows.size(); ++i) {
                const QJsonArray sc = simRows[i][QStringLiteral("cells")].toArray(), rc = realRows[i][QStringLiteral("cells")].toArray();
                QCOMPARE(sc.size(), columns.size());
                QCOMPARE(rc.size(), columns.size());
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    const QString what = QStringLiteral("%1 row %2 %3: drover-sim %4, kube-apiserver %5")
                                             .arg(read.path).arg(i).arg(columns[c][QStringLiteral("name")].toString(), compact(sc[c]), compact(rc[c]));
                    if (columns[c][QStringLiteral("name")] == QLatin1String("Age"))
                        QVERIFY2(sc[c].isString() && rc[c].isString() && !sc[c].toString().isEmpty(), qPrintable(what));
                    else
                        QVERIFY2(sc[c] == rc[c], qPrintable(what));
                }
                const QJsonObject so = simRows[i][QStringLiteral("object")].toObject(), ro = realRows[i][QStringLiteral("object")].toObject();
                QCOMPARE(so[QStringLiteral("kind")].toString(), ro[QStringLiteral("kind")].toString());
                QCOMPARE(so[QStringLiteral("apiVersion")].toString(), ro[QStringLiteral("apiVersion")].toString());
                QCOMPARE(so[QStringLiteral("metadata")][QStringLiteral("name")], ro[QStringLiteral("metadata")][QStringLiteral("name")]);
                QCOMPARE(so.contains(QStringLiteral("spec")), ro.contains(QStringLiteral("spec")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConformanceCrd)
#include "test_conformance_crd.moc"
