// ops::VmActions against the real drover-sim, without a window: stop, start and restart reach the
// states they promise (a restart: a new VMI), a refused action carries KubeVirt's own error, and
// an action KubeVirt's API cannot take (virt-api down) says which API is missing.
#include "OpsCluster.h"
#include "VmActions.h"

#include <QSignalSpy>
#include <QUrlQuery>

using namespace drover;
using ops::ActionRequest;
using ops::ActionResult;
using ops::VmAction;

class TestOpsVmActions : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    std::unique_ptr<ops::VmActions> m_actions;

    QString runningVm() const
    {
        for (const QString &k : m_cluster.connection.vms()->keys())
            if (m_cluster.printableStatus(k) == QLatin1String("Running"))
                return k;
        return {};
    }
    // Runs the action and waits for its one result.
    ActionResult run(VmAction action, const QString &key)
    {
        QSignalSpy finished(m_actions.get(), &ops::VmActions::finished);
        m_actions->run(ActionRequest{action, key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1)});
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
            return {};
        return finished.first().first().value<ActionResult>();
    }
    // Takes the simulated virt-api down or up (its admin endpoint, as an operator's outage).
    bool setVirtApi(bool up)
    {
        int code = 0;
        QObject ctx;
        m_cluster.connection.client()->request("POST", QStringLiteral("/drover-sim/v1/virt-api"),
                                               QUrlQuery(up ? QStringLiteral("up=true") : QStringLiteral("up=false")), {}, &ctx,
                                               [&code](const kube::Response &r) { code = r.httpStatus; });
        return QTest::qWaitFor([&code] { return code != 0; }, 10000) && code == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        m_actions = std::make_unique<ops::VmActions>(&m_cluster.connection);
    }

    void lifecycleReachesItsStates_data()
    {
        QTest::addColumn<VmAction>("action");
        QTest::addColumn<QString>("status");
        // In this order, on one VM: each row starts where the one before ended.
        QTest::newRow("stop") << VmAction::Stop << QStringLiteral("Stopped");
        QTest::newRow("start") << VmAction::Start << QStringLiteral("Running");
        QTest::newRow("restart") << VmAction::Restart << QStringLiteral("Running");
        QTest::newRow("pause") << VmAction::Pause << QStringLiteral("Paused");
        QTest::newRow("resume") << VmAction::Resume << QStringLiteral("Running");
    }
    void lifecycleReachesItsStates()
    {
        QFETCH(VmAction, action);
        QFETCH(QString, status);
        static const QString key = runningVm();
        QVERIFY(!key.isEmpty());
        const QString uidBefore = m_cluster.vmi(key).value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
        QSignalSpy started(m_actions.get(), &ops::VmActions::started);
        const ActionResult r = run(action, key);
        QCOMPARE(started.size(), 1);
        QCOMPARE(r.status, ActionResult::Succeeded);
        QCOMPARE(r.reason, ActionResult::Reason::None);
        QCOMPARE(r.request.key(), key);
        QCOMPARE(r.expectedStatus, status);
        QCOMPARE(m_cluster.printableStatus(key), status);
        if (action == VmAction::Restart) // done only once another VMI runs
            QVERIFY(m_cluster.vmi(key).value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString() != uidBefore);
        QCOMPARE(m_actions->pendingCount(), 0);
    }

    void refusedActionCarriesKubeVirtsError()
    {
        // Starting a running VM: KubeVirt answers 409 with its reason; the result keeps its words.
        const QString key = runningVm();
        const ActionResult r = run(VmAction::Start, key);
        QCOMPARE(r.status, ActionResult::Failed);
        QCOMPARE(r.reason, ActionResult::Reason::Refused);
        QCOMPARE(r.error.kind, kube::ErrorKind::Conflict);
        QCOMPARE(r.error.httpStatus, 409);
        QVERIFY2(!r.error.message.isEmpty(), "the server's own words");
        QCOMPARE(m_cluster.printableStatus(key), QStringLiteral("Running")); // nothing changed
    }

    void virtApiDownSaysWhichApiIsMissing()
    {
        // virt-api down: kube-aggregator answers 503 "service unavailable" for the whole group;
        // discovery confirms it, and the result names the API instead of a bare 503.
        const QString key = runningVm();
        QVERIFY(setVirtApi(false));
        const ActionResult r = run(VmAction::Stop, key);
        QVERIFY(setVirtApi(true));
        QCOMPARE(r.status, ActionResult::Failed);
        QCOMPARE(r.reason, ActionResult::Reason::ApiMissing);
        QCOMPARE(r.api.state, kube::ApiAvailability::Unavailable);
        QCOMPARE(r.api.groupVersion, QStringLiteral("subresources.kubevirt.io/v1"));
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.message, QStringLiteral("service unavailable"));
        QCOMPARE(m_cluster.printableStatus(key), QStringLiteral("Running")); // nothing changed
    }

    void aMissingVmIsNotAMissingApi()
    {
        // A 404 with a Status (reason NotFound) is about the object: no discovery verdict.
        const ActionResult r = run(VmAction::Stop, QStringLiteral("prod/no-such-vm"));
        QCOMPARE(r.reason, ActionResult::Reason::Refused);
        QCOMPARE(r.error.kind, kube::ErrorKind::NotFound);
        QCOMPARE(r.error.reason, QStringLiteral("NotFound"));
        QCOMPARE(r.api.state, kube::ApiAvailability::Unknown);
    }

    void aNewerActionSupersedesTheOlder()
    {
        const QString key = runningVm();
        QSignalSpy finished(m_actions.get(), &ops::VmActions::finished);
        const QString ns = key.section(QLatin1Char('/'), 0, 0), name = key.section(QLatin1Char('/'), 1);
        m_actions->run(ActionRequest{VmAction::Stop, ns, name});
        m_actions->run(ActionRequest{VmAction::ForceStop, ns, name});
        QVERIFY(!finished.isEmpty());
        const auto first = finished.first().first().value<ActionResult>();
        QCOMPARE(first.status, ActionResult::Abandoned);
        QCOMPARE(first.reason, ActionResult::Reason::Superseded);
        QCOMPARE(first.supersededBy, VmAction::ForceStop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.last().first().value<ActionResult>().status, ActionResult::Succeeded);
        QCOMPARE(m_cluster.printableStatus(key), QStringLiteral("Stopped"));
        QCOMPARE(run(VmAction::Start, key).status, ActionResult::Succeeded);
    }

    void withoutAClusterItFailsAtOnce()
    {
        ops::ClusterConnection closed;
        ops::VmActions actions(&closed);
        QSignalSpy finished(&actions, &ops::VmActions::finished);
        actions.run(ActionRequest{VmAction::Start, QStringLiteral("prod"), QStringLiteral("x")});
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<ActionResult>();
        QCOMPARE(r.status, ActionResult::Failed);
        QCOMPARE(r.reason, ActionResult::Reason::NotConnected);
    }

    void cleanupTestCase()
    {
        m_actions.reset();
        m_cluster.connection.close();
        m_cluster.sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpsVmActions)
#include "test_ops_vmactions.moc"
