// drover-sim's request routing as a table: each path, where it goes, and what it names.
#include "Route.h"

#include <QTest>

using drover::sim::parseRoute;
using drover::sim::Route;
using Kind = Route::Kind;

Q_DECLARE_METATYPE(Route::Kind)

class TestRoute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sub");
        const auto row = [](const char *tag, const char *path, Kind kind, const char *group = "", const char *version = "",
                            const char *ns = "", const char *resource = "", const char *name = "", const char *sub = "") {
            QTest::newRow(tag) << QString::fromUtf8(path) << kind << QString::fromUtf8(group) << QString::fromUtf8(version)
                               << QString::fromUtf8(ns) << QString::fromUtf8(resource) << QString::fromUtf8(name)
                               << QString::fromUtf8(sub);
        };
        row("healthz", "/healthz", Kind::Health);
        row("readyz", "/readyz", Kind::Health);
        row("livez", "/livez", Kind::Health);
        row("healthz below", "/healthz/etcd", Kind::Unknown);
        row("root", "/", Kind::Unknown);
        row("admin", "/drover-sim/v1/faults/fail", Kind::Admin);
        row("admin needs a verb", "/drover-sim/v1", Kind::Unknown);
        row("self review", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", Kind::SelfReview,
            "authorization.k8s.io", "v1", "", "selfsubjectaccessreviews");
        row("version", "/version", Kind::Discovery);
        row("api", "/api", Kind::Discovery);
        row("api v1", "/api/v1", Kind::Discovery);
        row("apis", "/apis", Kind::Discovery);
        row("apis group", "/apis/kubevirt.io", Kind::Discovery);
        row("apis group version", "/apis/kubevirt.io/v1", Kind::Discovery);
        row("openapi v3 doc", "/openapi/v3/apis/kubevirt.io/v1", Kind::Discovery);
        row("nodes", "/api/v1/nodes", Kind::Resource, "", "v1", "", "nodes");
        row("one node", "/api/v1/nodes/nvme-a01", Kind::Resource, "", "v1", "", "nodes", "nvme-a01");
        row("node status", "/api/v1/nodes/nvme-a01/status", Kind::Resource, "", "v1", "", "nodes", "nvme-a01", "status");
        row("a namespace", "/api/v1/namespaces/prod", Kind::Resource, "", "v1", "", "namespaces", "prod");
        row("pods in a namespace", "/api/v1/namespaces/prod/pods", Kind::Resource, "", "v1", "prod", "pods");
        row("eviction", "/api/v1/namespaces/prod/pods/virt-launcher-web-x/eviction", Kind::Resource, "", "v1", "prod", "pods",
            "virt-launcher-web-x", "eviction");
        row("too deep", "/api/v1/namespaces/prod/pods/a/b/c", Kind::Unknown, "", "v1", "prod");
        row("vms everywhere", "/apis/kubevirt.io/v1/virtualmachines", Kind::Resource, "kubevirt.io", "v1", "", "virtualmachines");
        row("a vm", "/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/web", Kind::Resource, "kubevirt.io", "v1", "prod",
            "virtualmachines", "web");
        row("vm status", "/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/web/status", Kind::Resource, "kubevirt.io", "v1",
            "prod", "virtualmachines", "web", "status");
        row("start", "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachines/web/start", Kind::Subresource,
            "subresources.kubevirt.io", "v1", "prod", "virtualmachines", "web", "start");
        row("vnc", "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachineinstances/web/vnc", Kind::Subresource,
            "subresources.kubevirt.io", "v1", "prod", "virtualmachineinstances", "web", "vnc");
        row("screenshot", "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachineinstances/web/vnc/screenshot",
            Kind::Screenshot, "subresources.kubevirt.io", "v1", "prod", "virtualmachineinstances", "web");
        row("subresource without verb", "/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachines/web", Kind::Unknown,
            "subresources.kubevirt.io", "v1", "prod");
        row("no api prefix", "/foo/bar/baz", Kind::Unknown);
        row("double slashes", "//api//v1//nodes", Kind::Resource, "", "v1", "", "nodes");
    }
    void routes()
    {
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(QString, group);
        QFETCH(QString, version);
        QFETCH(QString, ns);
        QFETCH(QString, resource);
        QFETCH(QString, name);
        QFETCH(QString, sub);
        const Route r = parseRoute(path);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.group, group);
        QCOMPARE(r.version, version);
        QCOMPARE(r.ns, ns);
        QCOMPARE(r.resource, resource);
        QCOMPARE(r.name, name);
        QCOMPARE(r.sub, sub);
    }
    void adminPathIsTheRest()
    {
        QCOMPARE(parseRoute(QStringLiteral("/drover-sim/v1/faults/fail")).adminPath, QStringLiteral("faults/fail"));
        QCOMPARE(parseRoute(QStringLiteral("/apis/kubevirt.io/v1")).segments,
                 (QStringList{QStringLiteral("apis"), QStringLiteral("kubevirt.io"), QStringLiteral("v1")}));
    }
};

QTEST_APPLESS_MAIN(TestRoute)
#include "test_route.moc"
