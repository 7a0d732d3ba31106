// authorization.k8s.io reviews: request bodies, decoding the answers (as kube-apiserver v1.20
// sends them), RBAC's rule matching, what a request asks in RBAC's terms, and the words of a 403.
#include "AccessReview.h"
#include "KubeError.h"

#include <QJsonDocument>
#include <QTest>

using namespace drover::kube;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

ResourceAttributes q(const QString &verb, const QString &group, const QString &resource, const QString &sub = {},
                     const QString &ns = {}, const QString &name = {})
{
    return {verb, group, resource, sub, ns, name};
}

// A tenant's rules in team-a as kube-apiserver lists them: their Role plus system:basic-user's.
const char *kTenantRules =
    "{\"kind\":\"SelfSubjectRulesReview\",\"apiVersion\":\"authorization.k8s.io/v1\","
    "\"metadata\":{\"creationTimestamp\":null},\"spec\":{},"
    "\"status\":{\"resourceRules\":["
    "{\"verbs\":[\"get\",\"list\",\"watch\"],\"apiGroups\":[\"kubevirt.io\"],\"resources\":[\"virtualmachines\",\"virtualmachineinstances\",\"virtualmachineinstancemigrations\"]},"
    "{\"verbs\":[\"update\"],\"apiGroups\":[\"subresources.kubevirt.io\"],\"resources\":[\"virtualmachines/start\",\"virtualmachines/stop\"]},"
    "{\"verbs\":[\"get\"],\"apiGroups\":[\"subresources.kubevirt.io\"],\"resources\":[\"*/vnc\"]},"
    "{\"verbs\":[\"get\"],\"apiGroups\":[\"\"],\"resources\":[\"configmaps\"],\"resourceNames\":[\"settings\"]},"
    "{\"verbs\":[\"create\"],\"apiGroups\":[\"authorization.k8s.io\"],\"resources\":[\"selfsubjectaccessreviews\",\"selfsubjectrulesreviews\"]}],"
    "\"nonResourceRules\":[{\"verbs\":[\"get\"],\"nonResourceURLs\":[\"/api\",\"/version\"]}],\"incomplete\":false}}";

} // namespace

class TestAccessReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessReviewBody()
    {
        const QJsonObject b = selfSubjectAccessReview(q(QStringLiteral("update"), QStringLiteral("subresources.kubevirt.io"),
                                                        QStringLiteral("virtualmachines"), QStringLiteral("stop"), QStringLiteral("prod")));
        QCOMPARE(b.value(QLatin1String("kind")).toString(), QStringLiteral("SelfSubjectAccessReview"));
        QCOMPARE(b.value(QLatin1String("apiVersion")).toString(), QStringLiteral("authorization.k8s.io/v1"));
        const QJsonObject a = b.value(QLatin1String("spec")).toObject().value(QLatin1String("resourceAttributes")).toObject();
        QCOMPARE(a.value(QLatin1String("verb")).toString(), QStringLiteral("update"));
        QCOMPARE(a.value(QLatin1String("group")).toString(), QStringLiteral("subresources.kubevirt.io"));
        QCOMPARE(a.value(QLatin1String("resource")).toString(), QStringLiteral("virtualmachines"));
        QCOMPARE(a.value(QLatin1String("subresource")).toString(), QStringLiteral("stop"));
        QCOMPARE(a.value(QLatin1String("namespace")).toString(), QStringLiteral("prod"));
        QVERIFY(!a.contains(QLatin1String("name")));
        // The cluster scope: no namespace key at all.
        const QJsonObject c = selfSubjectAccessReview(q(QStringLiteral("list"), {}, QStringLiteral("nodes")));
        QVERIFY(!c.value(QLatin1String("spec")).toObject().value(QLatin1String("resourceAttributes")).toObject().contains(QLatin1String("namespace")));
        QCOMPARE(selfSubjectRulesReview(QStringLiteral("team-a")).value(QLatin1String("spec")).toObject()
                     .value(QLatin1String("namespace")).toString(), QStringLiteral("team-a"));
    }

    void decodeAccess_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("denied");
        QTest::addColumn<QString>("reason");
        QTest::newRow("allowed by RBAC") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":true,\"reason\":\"RBAC: allowed by RoleBinding team-a/alice-tenant\"}}")
                                         << true << true << false << QStringLiteral("RBAC: allowed by RoleBinding team-a/alice-tenant");
        QTest::newRow("nobody said yes") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":false}}")
                                         << true << false << false << QString();
        QTest::newRow("denied explicitly") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":false,\"denied\":true,\"reason\":\"webhook\"}}")
                                           << true << false << true << QStringLiteral("webhook");
        QTest::newRow("no status") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"spec\":{}}") << false << false << false << QString();
        QTest::newRow("no allowed") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{}}") << false << false << false << QString();
        QTest::newRow("a Status") << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"code\":403}") << false << false << false << QString();
        QTest::newRow("allowed not bool") << QByteArray("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":\"true\"}}")
                                          << false << false << false << QString();
    }
    void decodeAccess()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto d = decodeAccessReview(QJsonDocument::fromJson(body).object());
        QCOMPARE(d.ok(), ok);
        if (!ok) {
            QVERIFY(!d.error().message.isEmpty());
            return;
        }
        QTEST(d->allowed, "allowed");
        QTEST(d->denied, "denied");
        QTEST(d->reason, "reason");
    }

    void decodeRules()
    {
        const auto r = decodeRulesReview(json(kTenantRules));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->resourceRules.size(), 5);
        QCOMPARE(r->resourceRules[1].resources, (QStringList{QStringLiteral("virtualmachines/start"), QStringLiteral("virtualmachines/stop")}));
        QCOMPARE(r->resourceRules[3].resourceNames, QStringList{QStringLiteral("settings")});
        QVERIFY(!r->incomplete);
        const auto inc = decodeRulesReview(json("{\"kind\":\"SelfSubjectRulesReview\",\"status\":{\"resourceRules\":[],\"incomplete\":true,\"evaluationError\":\"webhook authorizer does not support user rule resolution\"}}"));
        QVERIFY(inc.ok());
        QVERIFY(inc->incomplete);
        QVERIFY(inc->evaluationError.contains(QLatin1String("webhook")));
        QVERIFY(!decodeRulesReview(json("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":true}}")).ok());
    }

    void rulesMatch_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        const QString kv = QStringLiteral("kubevirt.io"), sub = QStringLiteral("subresources.kubevirt.io");
        QTest::newRow("list vms") << "list" << kv << "virtualmachines" << "" << "" << true;
        QTest::newRow("delete vms") << "delete" << kv << "virtualmachines" << "" << "" << false;
        QTest::newRow("vms in another group") << "list" << "snapshot.kubevirt.io" << "virtualmachines" << "" << "" << false;
        QTest::newRow("stop") << "update" << sub << "virtualmachines" << "stop" << "" << true;
        QTest::newRow("restart") << "update" << sub << "virtualmachines" << "restart" << "" << false;
        QTest::newRow("pause (vmi)") << "update" << sub << "virtualmachineinstances" << "pause" << "" << false;
        QTest::newRow("vnc via */vnc") << "get" << sub << "virtualmachineinstances" << "vnc" << "" << true;
        QTest::newRow("*/vnc is not vnc itself") << "get" << sub << "vnc" << "" << "" << false;
        QTest::newRow("the resource is not its subresource") << "update" << sub << "virtualmachines" << "" << "" << false;
        QTest::newRow("named object") << "get" << "" << "configmaps" << "" << "settings" << true;
        QTest::newRow("other object") << "get" << "" << "configmaps" << "" << "other" << false;
        QTest::newRow("any object vs names") << "get" << "" << "configmaps" << "" << "" << false;
    }
    void rulesMatch()
    {
        QFETCH(QString, verb);
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, sub);
        QFETCH(QString, name);
        const auto r = decodeRulesReview(json(kTenantRules));
        QVERIFY(r.ok());
        QTEST(rulesAllow(r->resourceRules, q(verb, group, resource, sub, QStringLiteral("team-a"), name)), "allowed");
    }

    void wildcardsAllowEverything()
    {
        const QList<PolicyRule> admin{{{QStringLiteral("*")}, {QStringLiteral("*")}, {QStringLiteral("*")}, {}}};
        QVERIFY(rulesAllow(admin, q(QStringLiteral("patch"), {}, QStringLiteral("nodes"))));
        QVERIFY(rulesAllow(admin, q(QStringLiteral("update"), QStringLiteral("subresources.kubevirt.io"),
                                    QStringLiteral("virtualmachines"), QStringLiteral("stop"))));
        QVERIFY(!rulesAllow({}, q(QStringLiteral("get"), {}, QStringLiteral("pods"))));
    }

    void requestInRbacTerms_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("watch");
        QTest::addColumn<QString>("expected"); // ResourceAttributes::describe()
        QTest::newRow("list nodes") << QByteArray("GET") << "/api/v1/nodes" << false << "list nodes at the cluster scope";
        QTest::newRow("watch vms everywhere") << QByteArray("GET") << "/apis/kubevirt.io/v1/virtualmachines" << true
                                              << "watch virtualmachines.kubevirt.io at the cluster scope";
        QTest::newRow("list vms in ns") << QByteArray("GET") << "/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines" << false
                                        << "list virtualmachines.kubevirt.io in team-a";
        QTest::newRow("get one") << QByteArray("GET") << "/apis/kubevirt.io/v1/namespaces/a/virtualmachines/web" << false
                                 << "get virtualmachines.kubevirt.io \"web\" in a";
        QTest::newRow("stop") << QByteArray("PUT") << "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachines/web/stop" << false
                              << "update virtualmachines/stop.subresources.kubevirt.io \"web\" in prod";
        QTest::newRow("screenshot") << QByteArray("GET") << "/apis/subresources.kubevirt.io/v1/namespaces/p/virtualmachineinstances/w/vnc/screenshot"
                                    << false << "get virtualmachineinstances/vnc/screenshot.subresources.kubevirt.io \"w\" in p";
        QTest::newRow("cordon") << QByteArray("PATCH") << "/api/v1/nodes/n1" << false << "patch nodes \"n1\" at the cluster scope";
        QTest::newRow("evict") << QByteArray("POST") << "/api/v1/namespaces/p/pods/x/eviction" << false << "create pods/eviction \"x\" in p";
        QTest::newRow("create migration") << QByteArray("POST") << "/apis/kubevirt.io/v1/namespaces/p/virtualmachineinstancemigrations"
                                          << false << "create virtualmachineinstancemigrations.kubevirt.io in p";
        QTest::newRow("a namespace itself") << QByteArray("DELETE") << "/api/v1/namespaces/p" << false << "delete namespaces \"p\" at the cluster scope";
        QTest::newRow("delete collection") << QByteArray("DELETE") << "/api/v1/namespaces/p/pods" << false << "deletecollection pods in p";
    }
    void requestInRbacTerms()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, watch);
        QTEST(requestAttributes(method, path, watch).describe(), "expected");
    }

    void notAnApiPath()
    {
        QVERIFY(requestAttributes("GET", QStringLiteral("/healthz")).resource.isEmpty());
        QVERIFY(requestAttributes("GET", QStringLiteral("/apis")).resource.isEmpty());
        QVERIFY(requestAttributes("GET", QStringLiteral("/apis/kubevirt.io/v1")).resource.isEmpty());
    }

    // A 403 says what the account may not do, and keeps the server's own words.
    void forbiddenInWords_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stop") << QByteArray("PUT") << "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachines/web/stop"
                              << "Your account may not stop virtualmachines in namespace prod (forbidden: ";
        QTest::newRow("pause") << QByteArray("PUT") << "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachineinstances/web/pause"
                               << "Your account may not pause virtualmachineinstances in namespace prod (forbidden: ";
        QTest::newRow("vnc") << QByteArray("GET") << "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachineinstances/web/vnc"
                             << "Your account may not open the VNC console of virtualmachineinstances in namespace prod (forbidden: ";
        QTest::newRow("list nodes") << QByteArray("GET") << "/api/v1/nodes" << "Your account may not list nodes at the cluster scope (forbidden: ";
        QTest::newRow("cordon") << QByteArray("PATCH") << "/api/v1/nodes/n1" << "Your account may not patch nodes at the cluster scope (forbidden: ";
        QTest::newRow("evict") << QByteArray("POST") << "/api/v1/namespaces/p/pods/x/eviction"
                               << "Your account may not create pods/eviction in namespace p (forbidden: ";
    }
    void forbiddenInWords()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QByteArray status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"the server's own words\",\"reason\":\"Forbidden\",\"code\":403}";
        KubeError e = KubeError::fromHttp(403, status, QStringLiteral("https://k"));
        e.request = requestAttributes(method, path);
        const QString m = e.userMessage();
        QVERIFY2(m.startsWith(expected), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("(forbidden: the server's own words)")), qPrintable(m));
    }

    void forbiddenWithoutRequestKeepsOldWords()
    {
        const KubeError e = KubeError::fromHttp(403, "{\"kind\":\"Status\",\"message\":\"m\",\"code\":403}", {});
        QVERIFY(e.userMessage().contains(QLatin1String("403 Forbidden")));
        QVERIFY(e.userMessage().contains(QLatin1String(": m")));
    }
};

QTEST_GUILESS_MAIN(TestAccessReview)
#include "test_accessreview.moc"
