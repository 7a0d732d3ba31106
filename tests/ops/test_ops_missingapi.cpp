// A VM action on a cluster whose KubeVirt API cannot take it, against a real kube-apiserver
// (issue 15, item 6): KubeVirt's kinds are served (CRDs) but nothing serves its aggregated API
// subresources.kubevirt.io, so Stop earns "404 page not found"; discovery confirms the API is
// not served and the result says so. Then the APIService is registered with no virt-api behind
// it: kube-aggregator answers 503 "service unavailable" (what drover-sim imitates for
// virt-api?up=false), and the result says virt-api does not answer.
#include "ApiServer.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "VmActions.h"

#include <QSignalSpy>
#include <QTest>

using namespace drover;
using ops::ActionRequest;
using ops::ActionResult;
using ops::VmAction;

class TestOpsMissingApi : public QObject
{
    Q_OBJECT
    test::ApiServer m_server;
    ops::ClusterConnection m_connection;
    std::unique_ptr<ops::VmActions> m_actions;

    ActionResult stop(const QString &key)
    {
        QSignalSpy finished(m_actions.get(), &ops::VmActions::finished);
        m_actions->run(ActionRequest{VmAction::Stop, key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1)});
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            return {};
        return finished.first().first().value<ActionResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.installCrds());
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("prod")}, &out), 0);
        const QByteArray vm = "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: web-01, namespace: prod}\n"
                              "spec: {running: true, template: {spec: {domain: {devices: {}}}}}\n";
        QVERIFY2(m_server.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, vm) == 0, qPrintable(out));
        auto config = kube::Kubeconfig::load({m_server.kubeconfig()});
        QVERIFY(config);
        QVERIFY(m_connection.open(*config));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection.vms() && m_connection.vms()->size() == 1, 20000);
        m_actions = std::make_unique<ops::VmActions>(&m_connection);
    }

    void notServedIsSaid()
    {
        const ActionResult r = stop(QStringLiteral("prod/web-01"));
        QCOMPARE(r.status, ActionResult::Failed);
        QCOMPARE(r.reason, ActionResult::Reason::ApiMissing);
        QCOMPARE(r.api.state, kube::ApiAvailability::NotServed);
        QCOMPARE(r.api.groupVersion, QStringLiteral("subresources.kubevirt.io/v1"));
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.message, QStringLiteral("404 page not found")); // the server's own words
    }

    void registeredButUnavailableIsSaid()
    {
        const QByteArray apiService = "apiVersion: apiregistration.k8s.io/v1\nkind: APIService\n"
                                      "metadata: {name: v1.subresources.kubevirt.io}\n"
                                      "spec: {group: subresources.kubevirt.io, version: v1, groupPriorityMinimum: 1000,\n"
                                      "  versionPriority: 15, insecureSkipTLSVerify: true,\n"
                                      "  service: {name: virt-api, namespace: kubevirt}}\n";
        QString out;
        QVERIFY2(m_server.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, apiService) == 0, qPrintable(out));
        // The aggregator picks the APIService up asynchronously; until then the path is a 404.
        ActionResult r;
        QVERIFY(QTest::qWaitFor([&] {
            r = stop(QStringLiteral("prod/web-01"));
            return r.error.httpStatus != 404; // the call itself, not only discovery, reaches the aggregator
        }, 30000));
        QCOMPARE(r.reason, ActionResult::Reason::ApiMissing);
        QCOMPARE(r.api.state, kube::ApiAvailability::Unavailable);
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.message, QStringLiteral("service unavailable")); // as drover-sim says it
        QCOMPARE(r.api.error.message, QStringLiteral("service unavailable"));
    }

    void cleanupTestCase()
    {
        m_actions.reset();
        m_connection.close();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpsMissingApi)
#include "test_ops_missingapi.moc"
