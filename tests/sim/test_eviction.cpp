// drover-sim as a drain sees it, in-process: pods with their owners and nodes, field selectors on
// list and watch over HTTPS, every answer of the Eviction API and KubeVirt's eviction webhook,
// the evacuation controller and KubeVirt's parallel limits, cordoned nodes.
#include "EvictionFixture.h"

#include "Evacuation.h"

#include <QJsonArray>

using namespace drover::test;

class TestEviction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void podsFollowTheirControllers()
    {
        EvictionCluster c(0);
        const QJsonObject vmi = c.vmi(u"web"_s);
        const QJsonObject pod = c.launcher(u"web"_s).value_or(QJsonObject());
        const QJsonObject meta = objectAt(pod, "metadata"_L1);
        QVERIFY2(QRegularExpression(u"^virt-launcher-web-[bcdfghjklmnpqrstvwxz2456789]{5}$"_s).match(nameOf(pod)).hasMatch(),
                 qPrintable(nameOf(pod)));
        QCOMPARE(labelOf(pod, u"kubevirt.io"_s), u"virt-launcher"_s);
        QCOMPARE(labelOf(pod, u"kubevirt.io/created-by"_s), uidOf(vmi));
        QCOMPARE(labelOf(pod, u"vm.kubevirt.io/name"_s), u"web"_s);
        const QJsonObject owner = meta.value("ownerReferences"_L1).toArray().first().toObject();
        QCOMPARE(stringAt(owner, "kind"_L1), u"VirtualMachineInstance"_s);
        QCOMPARE(stringAt(owner, "apiVersion"_L1), u"kubevirt.io/v1"_s);
        QCOMPARE(stringAt(owner, "uid"_L1), uidOf(vmi));
        QVERIFY(owner.value("controller"_L1).toBool());
        QCOMPARE(stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1), u"h1"_s);
        QVERIFY(conditionTrue(pod, u"Ready"_s));
        // A DaemonSet pod per node, cordoned or not; the Deployment's pods are ReplicaSet-owned.
        for (const char *node : {"h1", "h2", "h3"}) {
            QStringList ds;
            for (const QJsonObject &p : c.podsOn(QLatin1StringView(node)))
                if (stringAt(objectAt(p, "metadata"_L1).value("ownerReferences"_L1).toArray().first().toObject(), "kind"_L1) == "DaemonSet"_L1)
                    ds << namespaceOf(p) + u'/' + labelOf(p, u"app"_s);
            ds.sort();
            QCOMPARE(ds, (QStringList{u"drover-system/drover-agent"_s, u"kube-system/kube-proxy"_s}));
        }
        QVERIFY(c.store().get(SimPods::daemonSets(), u"kube-system"_s, u"kube-proxy"_s));
        WatchFilter rs;
        rs.labels = {{u"app"_s, u"proxy"_s}};
        QTRY_COMPARE(c.store().list(ApiResource::pods(), rs).size(), 2);
        QCOMPARE(labelOf(c.store().get(ApiResource::nodes(), {}, u"h1"_s).value(), u"node-role.kubernetes.io/control-plane"_s), QString());
        QVERIFY(objectAt(objectAt(c.store().get(ApiResource::nodes(), {}, u"h1"_s).value(), "metadata"_L1), "labels"_L1)
                    .contains("node-role.kubernetes.io/control-plane"_L1));
    }

    void fieldSelectorsOnListAndWatch()
    {
        EvictionCluster c(0);
        auto [code, list] = c.get(u"/api/v1/pods?fieldSelector=spec.nodeName%3Dh1"_s);
        QCOMPARE(code, 200);
        const QJsonArray items = list.value("items"_L1).toArray();
        QCOMPARE(items.size(), c.podsOn(u"h1"_s).size());
        QVERIFY(items.size() >= 9 + 2 + 2);
        for (const QJsonValue &p : items)
            QCOMPARE(stringAt(objectAt(p.toObject(), "spec"_L1), "nodeName"_L1), u"h1"_s);
        std::tie(code, list) = c.get(u"/api/v1/namespaces/prod/pods?fieldSelector=spec.nodeName%3Dh1,status.phase%3DRunning&labelSelector=kubevirt.io%3Dvirt-launcher"_s);
        QCOMPARE(list.value("items"_L1).toArray().size(), 9);
        std::tie(code, list) = c.get(u"/api/v1/pods?fieldSelector=metadata.namespace%3Dkube-system,spec.nodeName!%3Dh1"_s);
        QCOMPARE(list.value("items"_L1).toArray().size(), 2); // kube-proxy on h2 and h3
        std::tie(code, list) = c.get(u"/api/v1/pods?fieldSelector=spec.nodeNam%3Dh1"_s);
        QCOMPARE(code, 400);
        QCOMPARE(list.value("message"_L1).toString(), u"field label not supported: spec.nodeNam"_s);

        // Watches: a migration's target pod appears on h2; the source pod leaves the Running selection.
        Watch onH2(c, u"/api/v1/pods?watch=true&fieldSelector=spec.nodeName%3Dh2"_s);
        Watch running(c, u"/api/v1/namespaces/prod/pods?watch=true&fieldSelector=status.phase%3DRunning,spec.nodeName%3Dh1"_s);
        QTRY_COMPARE(c.cluster.server()->activeWatches(), 2);
        c.setCordoned(u"h3"_s, true);
        const QString source = nameOf(*c.launcher(u"web"_s));
        QVERIFY(c.store().create(ApiResource::migrations(), u"prod"_s,
                                 QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"m1"_s}}}, {u"spec"_s, QJsonObject{{u"vmiName"_s, u"web"_s}}}}).ok());
        QTRY_COMPARE(c.vmiNode(u"web"_s), u"h2"_s);
        const QString target = nameOf(*c.launcher(u"web"_s));
        QTRY_VERIFY(onH2.events.contains(u"ADDED "_s + target));
        QTRY_VERIFY2(running.events.contains(u"DELETED "_s + source), qPrintable(running.events.join(u", "_s)));
        for (const QString &e : std::as_const(onH2.events))
            QVERIFY2(!e.endsWith(source), qPrintable(e));
        QTRY_VERIFY(!c.store().get(ApiResource::pods(), u"prod"_s, source)); // gone shortly after
    }

    void requestErrors()
    {
        EvictionCluster c(0);
        const QString pod = nameOf(*c.launcher(u"web"_s));
        auto a = c.cluster.eviction()->evict(u"prod"_s, pod, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"other"_s}}}}, false);
        QCOMPARE(a.code, 400);
        QCOMPARE(EvictionCluster::message(a), u"name in URL does not match name in Eviction object"_s);
        a = c.evict(u"virt-launcher-nope-xxxxx"_s);
        QCOMPARE(a.code, 404);
        QCOMPARE(EvictionCluster::message(a), u"pods \"virt-launcher-nope-xxxxx\" not found"_s);
        // Over HTTPS as kubectl sends it: the subresource, dryRun in the query.
        const QByteArray body = "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"" + pod.toUtf8() +
                                "\",\"namespace\":\"prod\"}}";
        auto [code, status] = c.post(u"/api/v1/namespaces/prod/pods/"_s + pod + u"/eviction?dryRun=All"_s, body);
        QCOMPARE(code, 429);
        QCOMPARE(status.value("kind"_L1).toString(), u"Status"_s);
        QCOMPARE(status.value("code"_L1).toInt(), 429);
        QVERIFY(status.value("message"_L1).toString().endsWith(u"Eviction triggered evacuation of VMI \"prod/web\""_s));
        QVERIFY(stringAt(objectAt(c.vmi(u"web"_s), "status"_L1), "evacuationNodeName"_L1).isEmpty());
        // virt-api down: failurePolicy Fail makes every virt-launcher eviction a 500.
        std::tie(code, status) = c.post(u"/drover-sim/v1/virt-api?up=false"_s, {});
        QCOMPARE(code, 200);
        QCOMPARE(status.value("message"_L1).toString(), u"virt-api is down: virt-launcher evictions fail"_s);
        a = c.evict(pod);
        QCOMPARE(a.code, 500);
        QCOMPARE(a.body.value("reason"_L1).toString(), u"InternalError"_s);
        QVERIFY2(EvictionCluster::message(a).startsWith(
                     u"Internal error occurred: failed calling webhook \"virt-launcher-eviction-interceptor.kubevirt.io\": failed to call webhook: Post \"https://virt-api.kubevirt.svc:443/pod-eviction-validate?timeout=10s\""_s),
                 qPrintable(EvictionCluster::message(a)));
        QVERIFY(stringAt(objectAt(c.vmi(u"web"_s), "status"_L1), "evacuationNodeName"_L1).isEmpty());
        (void)c.cluster.server()->admin().post(u"virt-api"_s, QUrlQuery(u"up=true"_s));
    }

    void kubevirtWebhook()
    {
        EvictionCluster c(0.05);
        const QString prefix = u"admission webhook \"virt-launcher-eviction-interceptor.kubevirt.io\" denied the request: "_s;
        // Dry run: the same answer, nothing marked.
        auto a = c.evict(nameOf(*c.launcher(u"api"_s)), true);
        QCOMPARE(a.code, 429);
        QCOMPARE(EvictionCluster::message(a), prefix + u"Eviction triggered evacuation of VMI \"prod/api\""_s);
        QVERIFY(!a.body.contains("reason"_L1));
        QVERIFY(stringAt(objectAt(c.vmi(u"api"_s), "status"_L1), "evacuationNodeName"_L1).isEmpty());
        // LiveMigrate (the cluster's) on a migratable VMI: marked, then "in progress".
        const QString web = nameOf(*c.launcher(u"web"_s));
        a = c.evict(web);
        QCOMPARE(a.code, 429);
        QCOMPARE(EvictionCluster::message(a), prefix + u"Eviction triggered evacuation of VMI \"prod/web\""_s);
        QCOMPARE(stringAt(objectAt(c.vmi(u"web"_s), "status"_L1), "evacuationNodeName"_L1), u"h1"_s);
        a = c.evict(web);
        QCOMPARE(EvictionCluster::message(a), prefix + u"Evacuation in progress: Eviction triggered evacuation of VMI \"prod/web\""_s);
        // Not live-migratable: the two reasons, and LiveMigrate refuses.
        const auto lm = conditionOf(c.vmi(u"legacy"_s), u"LiveMigratable"_s).value();
        QCOMPARE(stringAt(lm, "reason"_L1), u"DisksNotLiveMigratable"_s);
        QCOMPARE(stringAt(conditionOf(c.vmi(u"gpu"_s), u"LiveMigratable"_s).value(), "reason"_L1), u"HostDeviceNotLiveMigratable"_s);
        for (const char *name : {"legacy", "gpu"}) {
            a = c.evict(nameOf(*c.launcher(QLatin1StringView(name))));
            QCOMPARE(a.code, 429);
            QCOMPARE(EvictionCluster::message(a),
                     prefix + QStringLiteral("VMI %1 is configured with an eviction strategy but is not live-migratable").arg(QLatin1StringView(name)));
        }
        // External: marked, but the evacuation controller leaves it to its own controller.
        a = c.evict(nameOf(*c.launcher(u"capk"_s)));
        QCOMPARE(EvictionCluster::message(a), prefix + u"Eviction triggered evacuation of VMI \"prod/capk\""_s);
        // A migration target pod.
        (void)c.store().mutate(ApiResource::virtualMachineInstances(), u"prod"_s, u"cache"_s, [](QJsonObject &o) {
            QJsonObject st = objectAt(o, "status"_L1);
            st.insert("migrationState"_L1, QJsonObject{{u"migrationUid"_s, u"u-1"_s}, {u"sourceNode"_s, u"h1"_s}, {u"targetNode"_s, u"h3"_s}});
            o.insert("status"_L1, st);
        });
        WatchFilter byJob;
        byJob.labels = {{u"kubevirt.io/migrationJobUID"_s, u"u-1"_s}};
        QTRY_COMPARE(c.store().list(ApiResource::pods(), byJob).size(), 1);
        const QJsonObject targetObj = c.store().list(ApiResource::pods(), byJob).first();
        QCOMPARE(stringAt(objectAt(targetObj, "spec"_L1), "nodeName"_L1), u"h3"_s);
        const QString targetPod = nameOf(targetObj);
        QCOMPARE(EvictionCluster::message(c.evict(targetPod)), prefix + u"Eviction request for target Pod"_s);
        // None, and LiveMigrateIfPossible on a non-migratable VMI: the pod goes, the VM restarts elsewhere.
        for (const char *name : {"scratch", "maybe"}) {
            const QString vm = QLatin1StringView(name), uid = uidOf(c.vmi(vm));
            const QString pod = nameOf(*c.launcher(vm));
            a = c.evict(pod);
            QCOMPARE(a.code, 201);
            QCOMPARE(a.body.value("status"_L1).toString(), u"Success"_s);
            QVERIFY(markedForDeletion(c.store().get(ApiResource::pods(), u"prod"_s, pod).value()));
            QTRY_VERIFY(!c.store().get(ApiResource::pods(), u"prod"_s, pod));
            // The VMI failed with its pod; runStrategy Always gave the VM a new one.
            QTRY_VERIFY(uidOf(c.vmi(vm)) != uid && phaseOf(c.vmi(vm)) == "Running"_L1);
            QVERIFY(c.launcher(vm).has_value());
        }
    }

    void disruptionBudgets()
    {
        EvictionCluster c(0);
        const auto &PDB = ApiResource::podDisruptionBudgets();
        WatchFilter f;
        f.labels = {{u"app"_s, u"proxy"_s}};
        QTRY_COMPARE(c.store().list(ApiResource::pods(), f).size(), 2);
        const QString pod = nameOf(c.store().list(ApiResource::pods(), f).first());
        auto pdb = [&](const char *name, QJsonObject selector, int allowed, int observed = 1) {
            (void)c.store().remove(PDB, u"prod"_s, QLatin1StringView(name));
            QVERIFY(c.store().create(PDB, u"prod"_s, QJsonObject{
                {u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(name)}}},
                {u"spec"_s, QJsonObject{{u"minAvailable"_s, 1}, {u"selector"_s, selector}}},
                {u"status"_s, QJsonObject{{u"disruptionsAllowed"_s, allowed}, {u"currentHealthy"_s, 2}, {u"desiredHealthy"_s, 2},
                                         {u"expectedPods"_s, 2}, {u"observedGeneration"_s, observed}}}}).ok());
        };
        const QJsonObject proxy{{u"matchLabels"_s, QJsonObject{{u"app"_s, u"proxy"_s}}}};
        pdb("empty", QJsonObject(), 0); // an empty selector matches nothing
        pdb("a", proxy, 0);
        auto a = c.evict(pod);
        QCOMPARE(a.code, 429);
        QCOMPARE(EvictionCluster::message(a), u"Cannot evict pod as it would violate the pod's disruption budget."_s);
        QCOMPARE(a.body.value("reason"_L1).toString(), u"TooManyRequests"_s);
        const QJsonObject cause = objectAt(a.body, "details"_L1).value("causes"_L1).toArray().first().toObject();
        QCOMPARE(stringAt(cause, "reason"_L1), u"DisruptionBudget"_s);
        QCOMPARE(stringAt(cause, "message"_L1), u"The disruption budget a needs 2 healthy pods and has 2 currently"_s);
        pdb("a", proxy, 1, 0); // the PDB controller has not seen generation 1 yet
        a = c.evict(pod);
        QCOMPARE(a.code, 429);
        QCOMPARE(stringAt(objectAt(a.body, "details"_L1).value("causes"_L1).toArray().first().toObject(), "message"_L1),
                 u"The disruption budget a is still being processed by the server."_s);
        pdb("a", proxy, -1);
        QCOMPARE(EvictionCluster::message(c.evict(pod)), u"poddisruptionbudget.policy \"a\" is forbidden: pdb disruptions allowed is negative"_s);
        pdb("b", QJsonObject{{u"matchExpressions"_s, QJsonArray{QJsonObject{{u"key"_s, u"app"_s}, {u"operator"_s, u"In"_s}, {u"values"_s, QJsonArray{u"proxy"_s}}}}}}, 1);
        a = c.evict(pod);
        QCOMPARE(a.code, 500);
        QCOMPARE(EvictionCluster::message(a), u"This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."_s);
        (void)c.store().remove(PDB, u"prod"_s, u"b"_s);
        pdb("a", proxy, 1);
        QCOMPARE(c.evict(pod, true).code, 201); // dry run: nothing spent, nothing deleted
        QCOMPARE(objectAt(c.store().get(PDB, u"prod"_s, u"a"_s).value(), "status"_L1).value("disruptionsAllowed"_L1).toInt(), 1);
        QVERIFY(!markedForDeletion(c.store().get(ApiResource::pods(), u"prod"_s, pod).value()));
        a = c.evict(pod);
        QCOMPARE(a.code, 201);
        const QJsonObject st = objectAt(c.store().get(PDB, u"prod"_s, u"a"_s).value(), "status"_L1);
        QCOMPARE(st.value("disruptionsAllowed"_L1).toInt(), 0);
        QVERIFY(objectAt(st, "disruptedPods"_L1).contains(pod));
        QVERIFY(markedForDeletion(c.store().get(ApiResource::pods(), u"prod"_s, pod).value()));
        // A pod already being deleted is deleted again without a budget check.
        QCOMPARE(c.evict(pod).code, 201);
    }

    void evacuationMovesTheVm()
    {
        EvictionCluster c(0);
        c.setCordoned(u"h1"_s, true);
        const QString source = nameOf(*c.launcher(u"web"_s));
        QCOMPARE(c.evict(source).code, 429);
        QTRY_VERIFY(c.vmiNode(u"web"_s) != "h1"_L1);
        QVERIFY(QStringList({u"h2"_s, u"h3"_s}).contains(c.vmiNode(u"web"_s)));
        QTRY_VERIFY(!c.store().get(ApiResource::pods(), u"prod"_s, source));
        QVERIFY(stringAt(objectAt(c.vmi(u"web"_s), "status"_L1), "evacuationNodeName"_L1).isEmpty());
        QList<QJsonObject> migs = c.store().list(ApiResource::migrations());
        QCOMPARE(migs.size(), 1);
        QVERIFY(nameOf(migs.first()).startsWith("kubevirt-evacuation-"_L1));
        QCOMPARE(objectAt(objectAt(migs.first(), "metadata"_L1), "annotations"_L1).value("kubevirt.io/evacuationMigration"_L1).toString(), u"h1"_s);
        QVERIFY(objectAt(migs.first(), "spec"_L1).value("addedNodeSelector"_L1).isUndefined());
        QCOMPARE(stringAt(objectAt(migs.first(), "status"_L1), "phase"_L1), u"Succeeded"_s);
        bool event = false;
        for (const QJsonObject &e : c.store().list(ApiResource::events()))
            event = event || (stringAt(e, "reason"_L1) == "SuccessfulCreate"_L1 && stringAt(e, "message"_L1) == u"Created Migration "_s + nameOf(migs.first()));
        QVERIFY(event);
        QVERIFY(c.launcher(u"web"_s).has_value()); // its new pod, on the new node
        QCOMPARE(c.evict(source).code, 404);
        // External is marked but not moved by KubeVirt.
        QCOMPARE(c.evict(nameOf(*c.launcher(u"capk"_s))).code, 429);
        QTest::qWait(50);
        QCOMPARE(c.vmiNode(u"capk"_s), u"h1"_s);
        QCOMPARE(c.store().list(ApiResource::migrations()).size(), 1);
    }

    void parallelLimits_data()
    {
        QTest::addColumn<int>("perCluster");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<int>("expected");
        QTest::newRow("two per node") << 5 << 2 << 2;
        QTest::newRow("one per cluster") << 1 << 2 << 1;
    }
    void parallelLimits()
    {
        QFETCH(int, perCluster);
        QFETCH(int, perNode);
        QFETCH(int, expected);
        EvictionCluster c(0.02, perCluster, perNode);
        c.setCordoned(u"h1"_s, true);
        int most = 0;
        const QMetaObject::Connection counting = QObject::connect(&c.store(), &ObjectStore::changed, &c.store(), [&](const ApiResource &r, const QString &, const QJsonObject &) {
            if (!(r == ApiResource::migrations()))
                return;
            int running = 0;
            for (const QJsonObject &m : c.store().list(ApiResource::migrations())) {
                const QString p = stringAt(objectAt(m, "status"_L1), "phase"_L1);
                running += !p.isEmpty() && p != "Pending"_L1 && p != "Succeeded"_L1 && p != "Failed"_L1;
            }
            most = qMax(most, running);
        });
        const QStringList vms{u"web"_s, u"api"_s, u"cache"_s, u"queue"_s};
        for (const QString &vm : vms)
            QCOMPARE(c.evict(nameOf(*c.launcher(vm))).code, 429);
        for (const QString &vm : vms)
            QTRY_VERIFY_WITH_TIMEOUT(c.vmiNode(vm) != "h1"_L1, 20000);
        QObject::disconnect(counting);
        QCOMPARE(most, expected);
    }

    void cordonedNodesGetNothingNew()
    {
        EvictionCluster c(0);
        c.setCordoned(u"h1"_s, true);
        c.setCordoned(u"h2"_s, true);
        WatchFilter f;
        f.labels = {{u"app"_s, u"proxy"_s}};
        QTRY_COMPARE(c.store().list(ApiResource::pods(), f).size(), 2);
        for (const QJsonObject &p : c.store().list(ApiResource::pods(), f))
            QCOMPARE(c.evict(nameOf(p)).code, 201);
        const QString uid = uidOf(c.vmi(u"scratch"_s));
        QCOMPARE(c.evict(nameOf(*c.launcher(u"scratch"_s))).code, 201);
        QTRY_VERIFY(uidOf(c.vmi(u"scratch"_s)) != uid && phaseOf(c.vmi(u"scratch"_s)) == "Running"_L1);
        QCOMPARE(c.vmiNode(u"scratch"_s), u"h3"_s);
        QTRY_COMPARE(c.store().list(ApiResource::pods(), f).size(), 2);
        for (const QJsonObject &p : c.store().list(ApiResource::pods(), f))
            QCOMPARE(stringAt(objectAt(p, "spec"_L1), "nodeName"_L1), u"h3"_s);
        // Nowhere to go: the replacement waits Pending, unbound, until a node is uncordoned.
        c.setCordoned(u"h3"_s, true);
        const QString last = nameOf(c.store().list(ApiResource::pods(), f).first());
        QCOMPARE(c.evict(last).code, 201);
        QTRY_VERIFY(!c.store().get(ApiResource::pods(), u"prod"_s, last));
        QString pending;
        const auto findPending = [&] {
            for (const QJsonObject &p : c.store().list(ApiResource::pods(), f))
                if (stringAt(objectAt(p, "status"_L1), "phase"_L1) == "Pending"_L1)
                    pending = nameOf(p);
            return !pending.isEmpty();
        };
        QTRY_VERIFY(findPending());
        QCOMPARE(c.store().list(ApiResource::pods(), f).size(), 2);
        QVERIFY(stringAt(objectAt(c.store().get(ApiResource::pods(), u"prod"_s, pending).value(), "spec"_L1), "nodeName"_L1).isEmpty());
        c.setCordoned(u"h2"_s, false);
        QTRY_COMPARE(stringAt(objectAt(c.store().get(ApiResource::pods(), u"prod"_s, pending).value(), "spec"_L1), "nodeName"_L1), u"h2"_s);
    }
};

QTEST_GUILESS_MAIN(TestEviction)
#include "test_eviction.moc"
