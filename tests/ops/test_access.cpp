// ops::Access, the account's rights as the connection keeps them: the model on its own (answers
// learnt from rules or single reviews, what is asked and when), then against a real drover-sim
// whose user is an admin: the connection lists every namespace, reviews come back allowed, and
// one rules review answers every question in a namespace.
#include "Access.h"
#include "OpsCluster.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using ops::Access;
using V = ops::Access::Verdict;

namespace {

kube::RulesReview tenantRules(bool incomplete = false)
{
    kube::RulesReview r;
    r.resourceRules << kube::PolicyRule{{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")},
                                        {QStringLiteral("kubevirt.io")},
                                        {QStringLiteral("virtualmachines"), QStringLiteral("virtualmachineinstances")},
                                        {}}
                    << kube::PolicyRule{{QStringLiteral("update")}, {QStringLiteral("subresources.kubevirt.io")},
                                        {QStringLiteral("virtualmachines/start")}, {}};
    r.incomplete = incomplete;
    return r;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutClusterEverythingIsUnknown()
    {
        Access a;
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Stop, QStringLiteral("prod"))), V::Unknown);
        QCOMPARE(a.reviewsSent(), 0);
        V got = V::Allowed;
        QObject ctx;
        a.ask(ops::permissions::patchNodes(), &ctx, [&got](V v) { got = v; });
        QCOMPARE(got, V::Unknown); // at once: nobody to ask
    }

    void rulesAnswerTheirNamespace()
    {
        Access a;
        QSignalSpy changed(&a, &Access::changed);
        a.learn(QStringLiteral("team-a"), tenantRules());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Start, QStringLiteral("team-a"))), V::Allowed);
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Stop, QStringLiteral("team-a"))), V::Denied);
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::ForceStop, QStringLiteral("team-a"))), V::Denied);
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Pause, QStringLiteral("team-a"))), V::Denied);
        QCOMPARE(a.verdict(ops::permissions::list(kube::ApiResource::virtualMachines(), QStringLiteral("team-a"))), V::Allowed);
        QCOMPARE(a.verdict(ops::permissions::vncConsole(QStringLiteral("team-a"))), V::Denied);
        // Another namespace, or the cluster scope, is not what these rules say.
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Start, QStringLiteral("team-b"))), V::Unknown);
        QCOMPARE(a.verdict(ops::permissions::list(kube::ApiResource::virtualMachines())), V::Unknown);
        a.forget(QStringLiteral("team-a"));
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Start, QStringLiteral("team-a"))), V::Unknown);
    }

    void incompleteRulesAreNotUsed()
    {
        Access a;
        a.learn(QStringLiteral("team-a"), tenantRules(true));
        QCOMPARE(a.verdict(ops::permissions::vmAction(ops::VmAction::Start, QStringLiteral("team-a"))), V::Unknown);
    }

    void singleAnswersWinAndReachWaiters()
    {
        Access a;
        const auto q = ops::permissions::patchNodes();
        a.learn(q, false);
        QCOMPARE(a.verdict(q), V::Denied);
        a.learn(q, true);
        QCOMPARE(a.verdict(q), V::Allowed);
        // The permissions spell KubeVirt's RBAC names.
        const auto stop = ops::permissions::vmAction(ops::VmAction::ForceStop, QStringLiteral("p"));
        QCOMPARE(stop.verb, QStringLiteral("update"));
        QCOMPARE(stop.group, QStringLiteral("subresources.kubevirt.io"));
        QCOMPARE(stop.resource, QStringLiteral("virtualmachines"));
        QCOMPARE(stop.subresource, QStringLiteral("stop"));
        const auto resume = ops::permissions::vmAction(ops::VmAction::Resume, QStringLiteral("p"));
        QCOMPARE(resume.resource, QStringLiteral("virtualmachineinstances"));
        QCOMPARE(resume.subresource, QStringLiteral("unpause"));
        QCOMPARE(ops::permissions::list(kube::ApiResource::nodes(), QStringLiteral("ignored")).ns, QString());
    }

    // drover-sim's user is an admin: everything allowed, every namespace listed, few reviews.
    void adminOnDroverSim()
    {
        test::OpsCluster c;
        QVERIFY(c.start());
        ops::ClusterConnection &conn = c.connection;
        for (kube::ObjectCache *cache : {conn.nodes(), conn.vms(), conn.vmis(), conn.migrations(), conn.snapshots(),
                                         conn.restores(), conn.hostReports(), conn.cephClusters(), conn.snapshotSchedules(),
                                         conn.hostMaintenances()}) {
            QVERIFY(!conn.forbidden(cache));
            QCOMPARE(conn.listNamespace(cache), QString());
        }
        Access *a = conn.access();
        const int atStart = a->reviewsSent();
        QCOMPARE(atStart, 10); // one cluster-scope list review per informer
        QCOMPARE(a->verdict(ops::permissions::list(kube::ApiResource::nodes())), V::Allowed);
        // Questions in a namespace: one rules review answers all of them.
        QCOMPARE(a->verdict(ops::permissions::vmAction(ops::VmAction::Stop, QStringLiteral("prod"))), V::Unknown);
        QCOMPARE(a->verdict(ops::permissions::vncConsole(QStringLiteral("prod"))), V::Unknown);
        QVERIFY(QTest::qWaitFor([a] { return a->verdict(ops::permissions::vncConsole(QStringLiteral("prod"))) != V::Unknown; }, 10000));
        for (ops::VmAction act : ops::allVmActions)
            QCOMPARE(a->verdict(ops::permissions::vmAction(act, QStringLiteral("prod"))), V::Allowed);
        QCOMPARE(a->verdict(ops::permissions::createMigration(QStringLiteral("prod"))), V::Allowed);
        QCOMPARE(a->reviewsSent(), atStart + 1);
        // A cluster-scope question is one SelfSubjectAccessReview.
        V got = V::Unknown;
        a->ask(ops::permissions::patchNodes(), this, [&got](V v) { got = v; });
        QVERIFY(QTest::qWaitFor([&got] { return got != V::Unknown; }, 10000));
        QCOMPARE(got, V::Allowed);
        QCOMPARE(a->reviewsSent(), atStart + 2);
        // Another connection forgets it all.
        conn.close();
        QCOMPARE(a->verdict(ops::permissions::patchNodes()), V::Unknown);
    }

    // The sim answers the reviews as kube-apiserver does: 201 with the review and its status.
    void simAnswersReviews()
    {
        test::OpsCluster c;
        QVERIFY(c.start());
        kube::Response got;
        bool done = false;
        c.connection.client()->create(kube::selfSubjectRulesReviews(), {}, kube::selfSubjectRulesReview(QStringLiteral("prod")), this,
                                      [&](const kube::Response &r) { got = r; done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        QVERIFY2(got.ok(), qPrintable(got.error.userMessage()));
        QCOMPARE(got.httpStatus, 201);
        const auto rules = kube::decodeRulesReview(got.object);
        QVERIFY(rules.ok());
        QVERIFY(!rules->incomplete);
        QVERIFY(kube::rulesAllow(rules->resourceRules, ops::permissions::patchNodes()));
        done = false;
        c.connection.client()->create(kube::selfSubjectAccessReviews(), {}, QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")}}, this,
                                      [&](const kube::Response &r) { got = r; done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        QCOMPARE(got.httpStatus, 400);
    }
};

QTEST_MAIN(TestAccess)
#include "test_access.moc"
