// ops::Snapshots against the real drover-sim, without a window: take → ready (with its size),
// restore on a running VM asks, stops it, restores and reports complete; answering no changes
// nothing; delete asks and deletes; storage without snapshot support fails with the reason.
#include "OpsCluster.h"
#include "Snapshot.h"
#include "Snapshots.h"

#include <QSignalSpy>

using namespace drover;
using ops::SnapshotProgress;
using ops::SnapshotRequest;
using ops::SnapshotResult;

class TestOpsSnapshots : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    ops::PolicyPrompter m_prompter{true};
    std::unique_ptr<ops::VmActions> m_actions;
    std::unique_ptr<ops::Snapshots> m_snapshots;
    const QString m_vm = QStringLiteral("prod/shop-web-01");

    // Waits for the next result of the operation started by start().
    template <typename Start>
    SnapshotResult await(Start start, QList<SnapshotProgress::Stage> *stages = nullptr)
    {
        QSignalSpy finished(m_snapshots.get(), &ops::Snapshots::finished);
        QSignalSpy progressed(m_snapshots.get(), &ops::Snapshots::progressed);
        start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
            return {};
        if (stages)
            for (const auto &args : progressed)
                *stages << args.first().value<SnapshotProgress>().stage;
        return finished.first().first().value<SnapshotResult>();
    }
    bool hasSnapshot(const QString &name) const
    {
        return m_cluster.connection.snapshots()->contains(QStringLiteral("prod/") + name);
    }
    int restoreCount() const { return m_cluster.connection.restores()->size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        m_actions = std::make_unique<ops::VmActions>(&m_cluster.connection);
        m_snapshots = std::make_unique<ops::Snapshots>(&m_cluster.connection, m_actions.get(), &m_prompter);
        QTRY_COMPARE(m_cluster.printableStatus(m_vm), QStringLiteral("Running"));
    }

    void takeBecomesReady()
    {
        const SnapshotResult r = await([&] { m_snapshots->take(m_vm, QStringLiteral("s1"), QStringLiteral("before the upgrade")); });
        QCOMPARE(r.status, SnapshotResult::Succeeded);
        QCOMPARE(r.request.kind, SnapshotRequest::Take);
        QCOMPARE(r.request.snapshot, QStringLiteral("s1"));
        const auto s = core::Snapshot::fromJson(m_cluster.connection.snapshots()->get(QStringLiteral("prod/s1")));
        QVERIFY(s);
        QVERIFY(s->readyToUse);
        QCOMPARE(s->sourceName, QStringLiteral("shop-web-01"));
        QCOMPARE(s->meta.annotations.value(QLatin1String(core::kSnapshotDescriptionAnnotation)), QStringLiteral("before the upgrade"));
        QVERIFY(m_prompter.asked().isEmpty()); // taking asks nothing
        // Its size, from the VirtualMachineSnapshotContent: the VM's one 30 Gi DataVolume.
        QSignalSpy sizes(m_snapshots.get(), &ops::Snapshots::sizesChanged);
        QVERIFY(!m_snapshots->contentBytes(QStringLiteral("prod"), s->contentName));
        QTRY_COMPARE(sizes.size(), 1);
        QCOMPARE(m_snapshots->contentBytes(QStringLiteral("prod"), s->contentName), std::optional<std::int64_t>(30LL << 30));
    }

    void refusingTheStopChangesNothing()
    {
        m_prompter.set(QStringLiteral("snapshot.stopBeforeRestore"), false);
        const int restores = restoreCount();
        const SnapshotResult r = await([&] { m_snapshots->restore(m_vm, QStringLiteral("s1")); });
        QCOMPARE(r.status, SnapshotResult::Declined);
        QCOMPARE(m_prompter.asked(), QStringList{QStringLiteral("snapshot.stopBeforeRestore")});
        QTest::qWait(500);
        QCOMPARE(m_cluster.printableStatus(m_vm), QStringLiteral("Running"));
        QCOMPARE(restoreCount(), restores);
        QCOMPARE(m_actions->pendingCount(), 0); // no stop was sent
    }

    void restoreOnARunningVmStopsThenRestores()
    {
        // The VM changes after the snapshot (through the API, as another admin would).
        QVERIFY(m_cluster.patch(kube::ApiResource::virtualMachines(), m_vm,
                                R"({"spec":{"template":{"spec":{"domain":{"memory":{"guest":"8Gi"}}}}}})"));
        QTRY_COMPARE(m_cluster.memoryOf(m_vm), QStringLiteral("8Gi"));
        m_prompter.set(QStringLiteral("snapshot.stopBeforeRestore"), true);
        QSignalSpy stops(m_actions.get(), &ops::VmActions::finished);
        QList<SnapshotProgress::Stage> stages;
        const SnapshotResult r = await([&] { m_snapshots->restore(m_vm, QStringLiteral("s1")); }, &stages);
        QCOMPARE(r.status, SnapshotResult::Succeeded);
        QCOMPARE(r.stage, SnapshotProgress::Restoring);
        QCOMPARE(stages, (QList<SnapshotProgress::Stage>{SnapshotProgress::Stopping, SnapshotProgress::Restoring}));
        QCOMPARE(m_prompter.asked().count(QStringLiteral("snapshot.stopBeforeRestore")), 2);
        // The stop went through the VM actions, which saw Stopped before the restore was created.
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first().first().value<ops::ActionResult>().request.action, ops::VmAction::Stop);
        QCOMPARE(stops.first().first().value<ops::ActionResult>().status, ops::ActionResult::Succeeded);
        QCOMPARE(m_cluster.printableStatus(m_vm), QStringLiteral("Stopped"));
        QTRY_COMPARE(m_cluster.memoryOf(m_vm), QStringLiteral("4Gi"));
    }

    void restoreOnAStoppedVmAsksNothing()
    {
        const int asked = int(m_prompter.asked().size());
        const SnapshotResult r = await([&] { m_snapshots->restore(m_vm, QStringLiteral("s1")); });
        QCOMPARE(r.status, SnapshotResult::Succeeded);
        QCOMPARE(m_prompter.asked().size(), asked);
    }

    void deleteAsksAndDeletes()
    {
        m_prompter.set(QStringLiteral("snapshot.delete"), false);
        QCOMPARE(await([&] { m_snapshots->remove(m_vm, QStringLiteral("s1")); }).status, SnapshotResult::Declined);
        QTest::qWait(300);
        QVERIFY(hasSnapshot(QStringLiteral("s1")));
        m_prompter.set(QStringLiteral("snapshot.delete"), true);
        const SnapshotResult r = await([&] { m_snapshots->remove(m_vm, QStringLiteral("s1")); });
        QCOMPARE(r.status, SnapshotResult::Succeeded);
        QCOMPARE(r.request.kind, SnapshotRequest::Delete);
        QCOMPARE(m_prompter.asked().count(QStringLiteral("snapshot.delete")), 2);
        QTRY_VERIFY(!hasSnapshot(QStringLiteral("s1")));
    }

    void unsupportedStorageFailsWithTheReason()
    {
        const SnapshotResult r = await([&] { m_snapshots->take(QStringLiteral("prod/pg-archive-01"), QStringLiteral("archive-snap")); });
        QCOMPARE(r.status, SnapshotResult::Failed);
        QVERIFY(r.error.ok()); // the API took it; the snapshot itself failed
        QVERIFY2(r.reason.startsWith(QStringLiteral("no VolumeSnapshotClass found for storage class local-nvme")), qPrintable(r.reason));
    }

    void aRestoreTheClusterFailsSaysWhy()
    {
        // The VM is stopped now: no question, the restore is created and KubeVirt fails it.
        const SnapshotResult r = await([&] { m_snapshots->restore(m_vm, QStringLiteral("no-such-snapshot")); });
        QCOMPARE(r.status, SnapshotResult::Failed);
        QCOMPARE(r.stage, SnapshotProgress::Restoring);
        QVERIFY2(r.reason.contains(QStringLiteral("no-such-snapshot")), qPrintable(r.reason));
    }

    void cleanupTestCase()
    {
        m_snapshots.reset();
        m_actions.reset();
        m_cluster.connection.close();
        m_cluster.sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpsSnapshots)
#include "test_ops_snapshots.moc"
