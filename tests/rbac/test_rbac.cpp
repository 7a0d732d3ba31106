// Rights against a real kube-apiserver (RBAC on) with an admin, a cluster-wide read-only user
// and a one-namespace tenant (RbacCluster.h): what the reviews say and how Drover's access
// model reads them; what an ops::ClusterConnection lists, marks forbidden and reports as each;
// and what a 403 that still happens says in words.
#include "Access.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "RbacCluster.h"
#include "VmActions.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace drover;
using V = ops::Access::Verdict;
using State = ops::ClusterConnection::State;

namespace {

std::unique_ptr<ops::ClusterConnection> connectAs(const QString &kubeconfig)
{
    auto conn = std::make_unique<ops::ClusterConnection>();
    auto config = kube::Kubeconfig::load({kubeconfig});
    if (!config) {
        qWarning("kubeconfig: %s", qPrintable(config.error().message));
        return nullptr;
    }
    if (auto r = conn->open(*config); !r) {
        qWarning("open: %s", qPrintable(r.error().message));
        return nullptr;
    }
    return conn;
}

V viaReview(ops::Access *a, const kube::ResourceAttributes &q)
{
    V got = V::Unknown;
    bool done = false;
    QObject ctx;
    a->ask(q, &ctx, [&](V v) {
        got = v;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("no answer to %s", qPrintable(q.describe()));
    return got;
}

V viaRules(ops::Access *a, const kube::ResourceAttributes &q)
{
    if (!QTest::qWaitFor([&] { return a->verdict(q) != V::Unknown; }, 10000))
        qWarning("no rules answer %s", qPrintable(q.describe()));
    return a->verdict(q);
}

} // namespace

class TestRbac : public QObject
{
    Q_OBJECT
    test::RbacCluster m_cluster;
    bool m_up = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_up = m_cluster.start();
        QVERIFY2(m_up, qPrintable(m_cluster.server.error()));
    }

    // The same question through a SelfSubjectAccessReview and through the namespace's
    // SelfSubjectRulesReview: both as RBAC has it.
    void reviews_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("allowed");
        const struct
        {
            const char *question;
            bool admin, bob, alice;
        } rows[] = {
            {"list nodes", true, true, false},
            {"list vms everywhere", true, true, false},
            {"list vms in team-a", true, true, true},
            {"list vms in team-b", true, true, false},
            {"list snapshots in team-a", true, true, true},
            {"list cephclusters in team-a", true, true, false},
            {"start in team-a", true, false, true},
            {"stop in team-a", true, false, false},
            {"pause in team-a", true, false, false},
            // get on "*" covers every subresource too, the VNC websocket (a GET) included.
            {"vnc in team-a", true, true, true},
            {"start in team-b", true, false, false},
            {"create migration in team-a", true, false, false},
            {"patch nodes", true, false, false},
        };
        for (const auto &r : rows)
            for (const char *user : {"admin", "bob", "alice"})
                QTest::addRow("%s: %s", user, r.question)
                    << QString::fromLatin1(user) << QString::fromLatin1(r.question)
                    << (QByteArray(user) == "admin" ? r.admin : QByteArray(user) == "bob" ? r.bob : r.alice);
    }
    void reviews()
    {
        QVERIFY(m_up);
        QFETCH(QString, user);
        QFETCH(QString, question);
        QFETCH(bool, allowed);
        const QString a = QStringLiteral("team-a"), b = QStringLiteral("team-b");
        const QHash<QString, kube::ResourceAttributes> questions{
            {QStringLiteral("list nodes"), ops::permissions::list(kube::ApiResource::nodes())},
            {QStringLiteral("list vms everywhere"), ops::permissions::list(kube::ApiResource::virtualMachines())},
            {QStringLiteral("list vms in team-a"), ops::permissions::list(kube::ApiResource::virtualMachines(), a)},
            {QStringLiteral("list vms in team-b"), ops::permissions::list(kube::ApiResource::virtualMachines(), b)},
            {QStringLiteral("list snapshots in team-a"), ops::permissions::list(kube::ApiResource::snapshots(), a)},
            {QStringLiteral("list cephclusters in team-a"), ops::permissions::list(kube::ApiResource::cephClusters(), a)},
            {QStringLiteral("start in team-a"), ops::permissions::vmAction(ops::VmAction::Start, a)},
            {QStringLiteral("stop in team-a"), ops::permissions::vmAction(ops::VmAction::Stop, a)},
            {QStringLiteral("pause in team-a"), ops::permissions::vmAction(ops::VmAction::Pause, a)},
            {QStringLiteral("vnc in team-a"), ops::permissions::vncConsole(a)},
            {QStringLiteral("start in team-b"), ops::permissions::vmAction(ops::VmAction::Start, b)},
            {QStringLiteral("create migration in team-a"), ops::permissions::createMigration(a)},
            {QStringLiteral("patch nodes"), ops::permissions::patchNodes()},
        };
        const kube::ResourceAttributes q = questions.value(question);
        QVERIFY(!q.verb.isEmpty());
        auto conn = connectAs(m_cluster.kubeconfig(user, QStringLiteral("team-a")));
        QVERIFY(conn);
        const V expected = allowed ? V::Allowed : V::Denied;
        QCOMPARE(viaReview(conn->access(), q), expected);
        // A fresh model, so the rules review (not the answer above) decides.
        ops::Access rulesOnly;
        rulesOnly.setClient(conn->client());
        if (!q.ns.isEmpty())
            QCOMPARE(viaRules(&rulesOnly, q), expected);
    }

    // What each user's connection lists, and that nothing it may not read turns it red.
    void connection_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("vmNamespace"); // what the VM informer lists ("" = all)
        QTest::addColumn<int>("vms");
        QTest::addColumn<QStringList>("forbidden");
        const QStringList none;
        QTest::newRow("admin") << "admin" << "" << 5 << none;
        QTest::newRow("bob (read-only)") << "bob" << "" << 5 << none;
        QTest::newRow("alice (tenant)") << "alice" << "team-a" << 3
                                        << QStringList{QStringLiteral("nodes"), QStringLiteral("hostreports"), QStringLiteral("cephclusters")};
    }
    void connection()
    {
        QVERIFY(m_up);
        QFETCH(QString, user);
        QFETCH(QString, vmNamespace);
        QFETCH(int, vms);
        QFETCH(QStringList, forbidden);
        auto conn = connectAs(m_cluster.kubeconfig(user, QStringLiteral("team-a")));
        QVERIFY(conn);
        QSignalSpy states(conn.get(), &ops::ClusterConnection::stateChanged);
        QVERIFY2(QTest::qWaitFor([&] { return conn->state() == State::Synced; }, 20000),
                 qPrintable(conn->lastError().userMessage()));
        QVERIFY(QTest::qWaitFor([&] { return conn->vms()->size() == vms; }, 10000));
        QCOMPARE(conn->listNamespace(conn->vms()), vmNamespace);
        QCOMPARE(conn->listNamespace(conn->vmis()), vmNamespace);
        for (const auto &s : std::as_const(states))
            QVERIFY2(s.at(0).value<State>() != State::Reconnecting, qPrintable(s.at(1).toString()));
        const QList<QPair<QString, kube::ObjectCache *>> sources{
            {QStringLiteral("nodes"), conn->nodes()},           {QStringLiteral("migrations"), conn->migrations()},
            {QStringLiteral("snapshots"), conn->snapshots()},   {QStringLiteral("restores"), conn->restores()},
            {QStringLiteral("hostreports"), conn->hostReports()}, {QStringLiteral("cephclusters"), conn->cephClusters()}};
        for (const auto &[name, cache] : sources) {
            QVERIFY2(conn->forbidden(cache) == forbidden.contains(name), qPrintable(name));
            QVERIFY2(conn->installed(cache), qPrintable(name));
        }
        if (user == QLatin1String("alice")) {
            QCOMPARE(conn->listNamespace(conn->snapshots()), QStringLiteral("team-a"));
            QCOMPARE(conn->nodes()->size(), 0);
        } else {
            QCOMPARE(conn->nodes()->size(), 1);
        }
        // Stays that way: forbidden sources are not retried into an error.
        QTest::qWait(1500);
        QCOMPARE(conn->state(), State::Synced);
        QVERIFY(conn->lastError().ok());
    }

    // A tenant whose context names a namespace she may not read: the VM list cannot work, and
    // the state says what the account may not do, in words, with the server's own.
    void tenantInAnotherNamespace()
    {
        QVERIFY(m_up);
        auto conn = connectAs(m_cluster.kubeconfig(QStringLiteral("alice"))); // namespace default
        QVERIFY(conn);
        QVERIFY(QTest::qWaitFor([&] { return conn->state() == State::Reconnecting; }, 20000));
        QCOMPARE(conn->contextNamespace(), QStringLiteral("default"));
        const QString m = conn->lastError().userMessage();
        QVERIFY2(m.startsWith(QLatin1String("Your account may not list virtualmachines in namespace default (forbidden: ")) ||
                     m.startsWith(QLatin1String("Your account may not list virtualmachineinstances in namespace default (forbidden: ")),
                 qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("User \"alice\" cannot list resource")), qPrintable(m));
    }

    // A 403 that happens anyway (the read-only user presses Stop) names the action.
    void forbiddenActionInWords()
    {
        QVERIFY(m_up);
        auto conn = connectAs(m_cluster.kubeconfig(QStringLiteral("bob")));
        QVERIFY(conn);
        QVERIFY(QTest::qWaitFor([&] { return conn->state() == State::Synced; }, 20000));
        ops::VmActions actions(conn.get());
        QSignalSpy finished(&actions, &ops::VmActions::finished);
        actions.run({ops::VmAction::Stop, QStringLiteral("team-a"), QStringLiteral("web-01")});
        QVERIFY(finished.wait(10000));
        const auto r = finished.at(0).at(0).value<ops::ActionResult>();
        QCOMPARE(r.status, ops::ActionResult::Failed);
        QCOMPARE(r.reason, ops::ActionResult::Reason::Refused);
        QCOMPARE(r.error.kind, kube::ErrorKind::Forbidden);
        const QString m = r.error.userMessage();
        QVERIFY2(m.startsWith(QLatin1String("Your account may not stop virtualmachines in namespace team-a (forbidden: ")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("User \"bob\" cannot update resource \"virtualmachines/stop\" in API group "
                                          "\"subresources.kubevirt.io\" in the namespace \"team-a\"")),
                 qPrintable(m));
        // Cordoning as bob: a patch of the node, refused in words too.
        kube::Response patched;
        bool done = false;
        conn->client()->patch(kube::ApiResource::nodes(), {}, QStringLiteral("worker-1"), kube::PatchType::Merge,
                              R"({"spec":{"unschedulable":true}})", this, [&](const kube::Response &resp) {
                                  patched = resp;
                                  done = true;
                              });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        QCOMPARE(patched.error.kind, kube::ErrorKind::Forbidden);
        QVERIFY2(patched.error.userMessage().startsWith(QLatin1String("Your account may not patch nodes at the cluster scope (forbidden: ")),
                 qPrintable(patched.error.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRbac)
#include "test_rbac.moc"
