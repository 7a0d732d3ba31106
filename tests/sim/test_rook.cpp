// drover-sim's Rook and Ceph: the OSD PodDisruptionBudgets through a host drain, the PG model,
// `ceph osd ok-to-stop` on the admin API, and the disruption controller's arithmetic. A whole
// SimCluster in-process at time scale 0 (every controller step on the next event-loop turn);
// evictions go through the simulator's Eviction API (EvictionApi::evict, the pods/eviction
// subresource's code path), the ceph commands over HTTPS as a client asks them.
#include "CephSim.h"
#include "DisruptionController.h"
#include "Eviction.h"
#include "RookDisruption.h"
#include "SimCluster.h"
#include "VmiJson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const QString kNs = u"rook-ceph"_s;

// Four hosts (two OSDs each: osd.0/1 on host-a, osd.2/3 on host-b, ...), no VMs.
struct RookCluster
{
    SimCluster cluster;
    QNetworkAccessManager net;

    explicit RookCluster(double scale = 0)
    {
        Scenario s;
        s.name = u"rook"_s;
        for (const char *h : {"host-a", "host-b", "host-c", "host-d"}) {
            HostSpec spec;
            spec.name = QLatin1StringView(h);
            s.hosts << spec;
        }
        SimOptions o;
        o.scenario = s;
        o.timeScale = scale;
        o.agentSampleMs = 0;
        const auto started = cluster.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    }
    ObjectStore &store() { return *cluster.store(); }
    std::optional<QJsonObject> pdb(const QString &name) { return store().get(ApiResource::podDisruptionBudgets(), kNs, name); }
    int allowed(const QString &name) { return objectAt(pdb(name).value_or(QJsonObject()), "status"_L1).value("disruptionsAllowed"_L1).toInt(-1); }
    // The PDB exists and the disruption controller has seen its current generation.
    bool synced(const QString &name)
    {
        const auto p = pdb(name);
        return p && objectAt(*p, "status"_L1).value("observedGeneration"_L1).toInteger(-1) ==
                        objectAt(*p, "metadata"_L1).value("generation"_L1).toInteger();
    }
    QJsonObject stateMap() { return objectAt(store().get(ApiResource::configMaps(), kNs, u"rook-ceph-pdbstatemap"_s).value_or(QJsonObject()), "data"_L1); }
    QJsonObject cephStatus()
    {
        return objectAt(objectAt(store().get(ApiResource::cephClusters(), kNs, u"rook-ceph"_s).value_or(QJsonObject()), "status"_L1), "ceph"_L1);
    }
    // The OSD's pod that is not being deleted.
    std::optional<QJsonObject> osdPod(int id)
    {
        WatchFilter f;
        f.ns = kNs;
        f.labels = {{u"app"_s, u"rook-ceph-osd"_s}, {u"ceph-osd-id"_s, QString::number(id)}};
        for (const QJsonObject &p : store().list(ApiResource::pods(), f))
            if (!markedForDeletion(p))
                return p;
        return std::nullopt;
    }
    bool osdRunning(int id)
    {
        const auto p = osdPod(id);
        return p && phaseOf(*p) == "Running"_L1 && conditionTrue(*p, u"Ready"_s);
    }
    void setCordoned(const QString &node, bool on)
    {
        (void)store().mutate(ApiResource::nodes(), {}, node, [on](QJsonObject &o) {
            QJsonObject spec = objectAt(o, "spec"_L1);
            spec.insert("unschedulable"_L1, on);
            o.insert("spec"_L1, spec);
        });
    }
    int evictOsd(int id)
    {
        const QString name = nameOf(osdPod(id).value_or(QJsonObject()));
        return cluster.eviction()
            ->evict(kNs, name, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, kNs}}}}, false)
            .code;
    }
    // GET on the admin API over HTTPS.
    QJsonObject get(const QString &pathAndQuery)
    {
        QNetworkReply *r = net.get(cluster.request(pathAndQuery));
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        return QJsonDocument::fromJson(r->readAll()).object();
    }
    QJsonObject okToStop(const QString &ids) { return get(u"/drover-sim/v1/ceph/ok-to-stop?ids="_s + ids); }
};

QJsonObject stdoutJson(const QJsonObject &answer)
{
    return QJsonDocument::fromJson(answer.value("stdout"_L1).toString().toUtf8()).object();
}

} // namespace

class TestRook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyClusterHasDefaultBudgets();
    void drainingAHostSwapsTheBudgets();
    void okToStop();
    void heldRecoveryKeepsPgsDegraded();
    void budgetArithmetic_data();
    void budgetArithmetic();
    void disruptedPodsExpire();
};

void TestRook::healthyClusterHasDefaultBudgets()
{
    RookCluster c;
    QTRY_VERIFY(c.synced(u"rook-ceph-osd"_s));
    const QJsonObject pdb = *c.pdb(u"rook-ceph-osd"_s);
    QCOMPARE(objectAt(pdb, "spec"_L1).value("maxUnavailable"_L1).toInt(), 1);
    QCOMPARE(objectAt(objectAt(objectAt(pdb, "spec"_L1), "selector"_L1), "matchLabels"_L1),
             (QJsonObject{{u"app"_s, u"rook-ceph-osd"_s}}));
    const QJsonObject owner = objectAt(pdb, "metadata"_L1).value("ownerReferences"_L1).toArray().first().toObject();
    QCOMPARE(owner.value("kind"_L1).toString(), u"CephCluster"_s);
    QVERIFY(owner.value("controller"_L1).toBool());
    const QJsonObject st = objectAt(pdb, "status"_L1);
    QCOMPARE(st.value("expectedPods"_L1).toInt(), 8);
    QCOMPARE(st.value("currentHealthy"_L1).toInt(), 8);
    QCOMPARE(st.value("desiredHealthy"_L1).toInt(), 7);
    QCOMPARE(st.value("disruptionsAllowed"_L1).toInt(), 1);
    QCOMPARE(st.value("conditions"_L1).toArray().first().toObject().value("reason"_L1).toString(), u"SufficientPods"_s);
    // Three mons may lose one; two mgrs one.
    QTRY_VERIFY(c.synced(u"rook-ceph-mon-pdb"_s) && c.synced(u"rook-ceph-mgr-pdb"_s));
    QCOMPARE(c.allowed(u"rook-ceph-mon-pdb"_s), 1);
    QCOMPARE(c.allowed(u"rook-ceph-mgr-pdb"_s), 1);
    QCOMPARE(c.stateMap().value("draining-failure-domain"_L1).toString(), QString());
    QCOMPARE(c.cephStatus().value("health"_L1).toString(), u"HEALTH_OK"_s);
    // The OSD pods as Rook labels them.
    const QJsonObject pod = *c.osdPod(2);
    QCOMPARE(labelOf(pod, u"topology-location-host"_s), u"host-b"_s);
    QCOMPARE(labelOf(pod, u"failure-domain"_s), u"host-b"_s);
    QVERIFY(nameOf(pod).startsWith(u"rook-ceph-osd-2-"_s));
    QCOMPARE(stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1), u"host-b"_s);
    // Blocking PDB names: a host name that would pass 63 characters is MD5-hashed.
    QCOMPARE(rookBlockingPdbName(u"host-b"_s), u"rook-ceph-osd-host-host-b"_s);
    QCOMPARE(rookBlockingPdbName(QString(50, u'n')).size(), 19 + 32);
}

void TestRook::drainingAHostSwapsTheBudgets()
{
    RookCluster c;
    QTRY_COMPARE(c.allowed(u"rook-ceph-osd"_s), 1);
    c.setCordoned(u"host-a"_s, true);
    QCOMPARE(c.evictOsd(0), 201);
    // osd.0 is down: PGs degrade, Rook picks the drained host and blocks the others.
    QTRY_VERIFY(c.cephStatus().value("details"_L1).toObject().contains("PG_DEGRADED"_L1));
    const QJsonObject details = c.cephStatus().value("details"_L1).toObject();
    QCOMPARE(objectAt(details, "OSD_DOWN"_L1).value("message"_L1).toString(), u"1 osds down"_s);
    QVERIFY(objectAt(details, "PG_DEGRADED"_L1).value("message"_L1).toString().startsWith(u"Degraded data redundancy: "_s));
    QTRY_VERIFY(!c.pdb(u"rook-ceph-osd"_s));
    for (const char *h : {"host-b", "host-c", "host-d"}) {
        const QString name = u"rook-ceph-osd-host-"_s + QLatin1StringView(h);
        QTRY_VERIFY2(c.synced(name), qPrintable(name));
        QCOMPARE(objectAt(*c.pdb(name), "spec"_L1).value("maxUnavailable"_L1).toInt(), 0);
        QCOMPARE(c.allowed(name), 0);
    }
    QVERIFY(!c.pdb(rookBlockingPdbName(u"host-a"_s)));
    QCOMPARE(c.stateMap().value("draining-failure-domain"_L1).toString(), u"host-a"_s);
    QCOMPARE(c.stateMap().value("set-no-out"_L1).toString(), u"true"_s);
    // The replacement pod waits for the cordon to go.
    QTRY_VERIFY(c.osdPod(0) && conditionOf(*c.osdPod(0), u"PodScheduled"_s));
    QCOMPARE(phaseOf(*c.osdPod(0)), u"Pending"_s);
    QCOMPARE(conditionOf(*c.osdPod(0), u"PodScheduled"_s)->value("reason"_L1).toString(), u"Unschedulable"_s);
    // host-a's other OSD is free to go; another host's is not.
    QCOMPARE(c.evictOsd(1), 201);
    QCOMPARE(c.evictOsd(2), 429);
    QTRY_COMPARE(c.cephStatus().value("details"_L1).toObject().value("OSD_HOST_DOWN"_L1).toObject()
                     .value("message"_L1).toString(), u"1 host (2 osds) down"_s);

    // Maintenance done: the OSDs come back, recover, and Rook restores the default budget.
    c.setCordoned(u"host-a"_s, false);
    QTRY_VERIFY(c.osdRunning(0) && c.osdRunning(1));
    QTRY_COMPARE(c.cephStatus().value("health"_L1).toString(), u"HEALTH_OK"_s);
    QTRY_VERIFY(c.cluster.ceph()->model().summary().allClean());
    QTRY_COMPARE(c.allowed(u"rook-ceph-osd"_s), 1);
    for (const char *h : {"host-a", "host-b", "host-c", "host-d"})
        QTRY_VERIFY(!c.pdb(u"rook-ceph-osd-host-"_s + QLatin1StringView(h)));
    QCOMPARE(c.stateMap().value("draining-failure-domain"_L1).toString(), QString());
}

void TestRook::okToStop()
{
    RookCluster c;
    const QJsonObject tree = c.get(u"/drover-sim/v1/ceph/osd-tree?host=host-a"_s);
    QCOMPARE(tree.value("exitStatus"_L1).toInt(), 0);
    QCOMPARE(tree.value("stdout"_L1).toString(), u"[0,1]\n"_s);
    QCOMPARE(c.get(u"/drover-sim/v1/ceph/osd-tree?host=nope"_s).value("exitStatus"_L1).toInt(), 2);

    // Clean: stopping one host leaves two copies of every PG.
    QJsonObject a = c.okToStop(u"0,1"_s);
    QCOMPARE(a.value("exitStatus"_L1).toInt(), 0);
    QCOMPARE(a.value("stderr"_L1).toString(), QString());
    QVERIFY(a.value("stdout"_L1).toString().startsWith(u"{\"ok_to_stop\":true,\"osds\":[0,1],\"num_ok_pgs\":"_s));
    QJsonObject out = stdoutJson(a);
    QVERIFY(out.value("num_ok_pgs"_L1).toInt() > 0);
    QCOMPARE(out.value("num_not_ok_pgs"_L1).toInt(), 0);
    QCOMPARE(out.value("ok_become_degraded"_L1).toArray().size(), out.value("num_ok_pgs"_L1).toInt());
    QVERIFY(!out.contains("bad_become_inactive"_L1)); // empty arrays are left out
    const int touched = out.value("num_ok_pgs"_L1).toInt();

    // Another host's OSD down: PGs on both hosts would fall below min_size.
    QCOMPARE(c.cluster.server()->admin().post(u"osd-down"_s, QUrlQuery(u"id=2"_s))->message, u"osd.2 is down"_s);
    a = c.okToStop(u"0,1"_s);
    out = stdoutJson(a);
    QCOMPARE(a.value("exitStatus"_L1).toInt(), 16);
    QCOMPARE(out.value("ok_to_stop"_L1).toBool(), false);
    const int notOk = out.value("num_not_ok_pgs"_L1).toInt();
    QVERIFY(notOk > 0);
    QCOMPARE(out.value("num_ok_pgs"_L1).toInt() + notOk, touched);
    QCOMPARE(out.value("bad_become_inactive"_L1).toArray().size(), notOk);
    QVERIFY(out.value("bad_become_inactive"_L1).toArray().first().toString().contains(u'.'));
    QCOMPARE(a.value("stderr"_L1).toString(),
             QStringLiteral("Error EBUSY: unsafe to stop osd(s) at this time (%1 PGs are or would become offline)").arg(notOk));
    // The crashed daemon took its container's readiness: Rook drains host-b's failure domain.
    QTRY_COMPARE(c.stateMap().value("draining-failure-domain"_L1).toString(), u"host-b"_s);
    QCOMPARE(c.stateMap().value("set-no-out"_L1).toString(), QString());

    // Unknown PG states: no conclusion.
    (void)c.cluster.server()->admin().post(u"pgs-unknown"_s, QUrlQuery(u"on=true"_s));
    a = c.okToStop(u"osd.5"_s);
    QCOMPARE(a.value("exitStatus"_L1).toInt(), 11);
    QVERIFY(stdoutJson(a).contains("unknown_pgs"_L1));
    QVERIFY(a.value("stderr"_L1).toString().startsWith(u"Error EAGAIN: "_s));
    QCOMPARE(c.okToStop(QString()).value("exitStatus"_L1).toInt(), 22);
    QCOMPARE(c.okToStop(u"99"_s).value("exitStatus"_L1).toInt(), 2);
}

void TestRook::heldRecoveryKeepsPgsDegraded()
{
    RookCluster c;
    CephSim *ceph = c.cluster.ceph();
    const SimAdmin &admin = c.cluster.server()->admin();
    (void)admin.post(u"pgs-stuck"_s, QUrlQuery(u"clean=false"_s));
    (void)admin.post(u"osd-down"_s, QUrlQuery(u"id=4"_s));
    QVERIFY(ceph->model().summary().degraded > 0);
    // Rook sees the OSD down (before it comes back: see RookDisruption.h on what Rook does when
    // it only ever sees unclean PGs) and drains its host.
    QTRY_COMPARE(c.stateMap().value("draining-failure-domain"_L1).toString(), u"host-c"_s);
    QVERIFY(c.pdb(rookBlockingPdbName(u"host-a"_s)));
    (void)admin.post(u"osd-up"_s, QUrlQuery(u"id=4"_s));
    QTRY_VERIFY(c.osdRunning(4));
    QTest::qWait(50); // a few event-loop turns: recovery would be done by now at time scale 0
    const PgSummary held = ceph->model().summary();
    QVERIFY(held.recovering > 0);
    QCOMPARE(held.recovering, held.degraded);
    QVERIFY(held.byState.contains(u"active+recovering+degraded"_s));
    (void)admin.post(u"pgs-stuck"_s, QUrlQuery(u"clean=true"_s));
    QTRY_VERIFY(ceph->model().summary().allClean());
    QTRY_COMPARE(c.allowed(u"rook-ceph-osd"_s), 1);
    QVERIFY(!c.pdb(rookBlockingPdbName(u"host-a"_s)));
}

void TestRook::budgetArithmetic_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<int>("ready");   // of four pods (one ReplicaSet of 4 replicas)
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("desired");
    QTest::addColumn<int>("allowed");
    const QJsonObject sel{{u"matchLabels"_s, QJsonObject{{u"app"_s, u"web"_s}}}};
    QTest::newRow("maxUnavailable 1") << QJsonObject{{u"maxUnavailable"_s, 1}, {u"selector"_s, sel}} << 4 << 4 << 3 << 1;
    QTest::newRow("maxUnavailable 1, one down") << QJsonObject{{u"maxUnavailable"_s, 1}, {u"selector"_s, sel}} << 3 << 4 << 3 << 0;
    QTest::newRow("maxUnavailable 30% rounds up") << QJsonObject{{u"maxUnavailable"_s, u"30%"_s}, {u"selector"_s, sel}} << 4 << 4 << 2 << 2;
    QTest::newRow("minAvailable 2") << QJsonObject{{u"minAvailable"_s, 2}, {u"selector"_s, sel}} << 4 << 4 << 2 << 2;
    QTest::newRow("minAvailable 60% rounds up") << QJsonObject{{u"minAvailable"_s, u"60%"_s}, {u"selector"_s, sel}} << 4 << 4 << 3 << 1;
    QTest::newRow("null selector matches nothing") << QJsonObject{{u"maxUnavailable"_s, 1}} << 4 << 0 << 0 << 0;
    QTest::newRow("empty selector matches all") << QJsonObject{{u"minAvailable"_s, 1}, {u"selector"_s, QJsonObject()}} << 4 << 4 << 1 << 3;
}

void TestRook::budgetArithmetic()
{
    QFETCH(QJsonObject, spec);
    QFETCH(int, ready);
    ObjectStore store;
    // The pods' ReplicaSet, whose scale maxUnavailable and percentages count from.
    const ApiResource rsRes{u"apps"_s, u"v1"_s, u"replicasets"_s, u"ReplicaSet"_s, true};
    store.registerResource(rsRes);
    (void)store.create(rsRes, u"prod"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"web-1"_s}}},
                                                     {u"spec"_s, QJsonObject{{u"replicas"_s, 4}}}});
    DisruptionController dc(&store);
    QList<QJsonObject> pods;
    for (int i = 0; i < 4; ++i) {
        QJsonObject pod{{u"metadata"_s, QJsonObject{{u"name"_s, QStringLiteral("web-%1").arg(i)}, {u"namespace"_s, u"prod"_s},
                                                    {u"labels"_s, QJsonObject{{u"app"_s, u"web"_s}}},
                                                    {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"kind"_s, u"ReplicaSet"_s}, {u"name"_s, u"web-1"_s},
                                                                                                  {u"uid"_s, u"rs-uid"_s}, {u"controller"_s, true}}}}}},
                        {u"status"_s, QJsonObject{{u"phase"_s, u"Running"_s}}}};
        setCondition(pod, u"Ready"_s, i < ready);
        pods << pod;
    }
    const QJsonObject pdb{{u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s}, {u"namespace"_s, u"prod"_s}, {u"generation"_s, 3}}},
                          {u"spec"_s, spec}};
    std::optional<QDateTime> recheck;
    const QJsonObject st = dc.statusFor(pdb, pods, QDateTime::currentDateTimeUtc(), &recheck);
    QTEST(st.value("expectedPods"_L1).toInt(), "expected");
    QTEST(st.value("desiredHealthy"_L1).toInt(), "desired");
    QTEST(st.value("disruptionsAllowed"_L1).toInt(), "allowed");
    QCOMPARE(st.value("observedGeneration"_L1).toInt(), 3);
}

void TestRook::disruptedPodsExpire()
{
    // An evicted pod counts as gone for DeletionTimeout (2 min) even while it still looks healthy;
    // entries for pods that went, or that outlived the timeout, are dropped.
    ObjectStore store;
    DisruptionController dc(&store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QJsonObject> pods;
    for (const char *name : {"a", "b", "c"}) {
        QJsonObject pod{{u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(name)}, {u"namespace"_s, u"prod"_s},
                                                    {u"labels"_s, QJsonObject{{u"app"_s, u"db"_s}}}}}};
        setCondition(pod, u"Ready"_s, true);
        pods << pod;
    }
    const QJsonObject pdb{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"db"_s}, {u"namespace"_s, u"prod"_s}, {u"generation"_s, 1}}},
        {u"spec"_s, QJsonObject{{u"minAvailable"_s, 1}, {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, u"db"_s}}}}}}},
        {u"status"_s, QJsonObject{{u"disruptedPods"_s, QJsonObject{{u"a"_s, rfc3339(now.addSecs(-60))},
                                                                   {u"b"_s, rfc3339(now.addSecs(-180))},
                                                                   {u"gone"_s, rfc3339(now.addSecs(-10))}}}}}};
    std::optional<QDateTime> recheck;
    const QJsonObject st = dc.statusFor(pdb, pods, now, &recheck);
    QCOMPARE(st.value("currentHealthy"_L1).toInt(), 2);
    QCOMPARE(st.value("disruptionsAllowed"_L1).toInt(), 1);
    QCOMPARE(st.value("disruptedPods"_L1).toObject().keys(), QStringList{u"a"_s});
    QVERIFY(recheck && qAbs(recheck->secsTo(now.addSecs(60))) <= 1);
}

QTEST_GUILESS_MAIN(TestRook)
#include "test_rook.moc"
