// ops::Migrations against the real drover-sim, without a window: a drop of several VMs starts
// what KubeVirt's limits allow and queues the rest, which start as running ones end; a refused
// move says why; no at the question changes nothing; a failing migration reports KubeVirt's
// reason; cancel deletes the migration and it finishes as cancelled.
#include "Migrations.h"
#include "ObservedState.h"
#include "OpsCluster.h"

#include <QSignalSpy>

using namespace drover;
using ops::MigrationBatch;
using ops::MigrationResult;

class TestOpsMigrations : public QObject
{
    Q_OBJECT
private:
    test::OpsCluster m_cluster;
    ops::PolicyPrompter m_prompter{true};
    std::unique_ptr<ops::Migrations> m_migrations;

    MigrationBatch submit(const QStringList &keys, const QString &host = {})
    {
        QSignalSpy submitted(m_migrations.get(), &ops::Migrations::submitted);
        m_migrations->submit(ops::MigrationRequest{keys, host});
        return submitted.size() == 1 ? submitted.first().first().value<MigrationBatch>() : MigrationBatch{};
    }
    // Results so far for vmKey in a spy on finished().
    static QList<MigrationResult> resultsFor(const QSignalSpy &finished, const QString &vmKey)
    {
        QList<MigrationResult> out;
        for (const auto &args : finished)
            if (auto r = args.first().value<MigrationResult>(); r.vmKey == vmKey)
                out << r;
        return out;
    }
    // VMs on one host that can live-migrate somewhere, at least n of them.
    QStringList migratableOnOneHost(int n, QString *host) const
    {
        const auto state = ops::clusterStateFrom(m_cluster.connection);
        QHash<QString, QStringList> byHost;
        for (const core::Vmi &v : state.vmis) {
            const QString key = v.meta.ns + QLatin1Char('/') + v.meta.name;
            // pg-main-01 dirties memory faster than a migration copies it: it never converges.
            const bool converges = v.meta.labels.value(QStringLiteral("drover.io/dirty-rate")) != QLatin1String("high");
            if (converges && !reconcile::rankTargets(state, key).isEmpty())
                byHost[v.nodeName] << key;
        }
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it)
            if (it.value().size() >= n) {
                *host = it.key();
                QStringList keys = it.value();
                keys.sort();
                return keys.mid(0, n);
            }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        m_migrations = std::make_unique<ops::Migrations>(&m_cluster.connection, &m_prompter);
    }

    void refusedMoveSaysWhy()
    {
        const QString archive = QStringLiteral("prod/pg-archive-01"); // a ReadWriteOnce disk
        const QString other = m_cluster.hostOf(archive) == QLatin1String("nvme-a01") ? QStringLiteral("nvme-a02") : QStringLiteral("nvme-a01");
        MigrationBatch b = submit({archive}, other);
        QCOMPARE(b.status, MigrationBatch::Refused);
        QCOMPARE(b.refused.size(), 1);
        QCOMPARE(b.refused.first().refusal, reconcile::Refusal::NotLiveMigratable);
        QVERIFY2(b.refused.first().reason.startsWith(archive + QStringLiteral(" cannot be live-migrated: ")), qPrintable(b.refused.first().reason));

        const QString kafka = QStringLiteral("prod/kafka-01"); // onto the host it runs on
        b = submit({kafka}, m_cluster.hostOf(kafka));
        QCOMPARE(b.status, MigrationBatch::Refused);
        QCOMPARE(b.refused.first().refusal, reconcile::Refusal::SameHost);
        QCOMPARE(b.refused.first().reason, QStringLiteral("%1 already runs on %2").arg(kafka, m_cluster.hostOf(kafka)));
        QVERIFY(m_prompter.asked().isEmpty()); // nothing to ask about
        QTest::qWait(300);
        QCOMPARE(m_cluster.connection.migrations()->size(), 0);
    }

    void noAtTheQuestionChangesNothing()
    {
        m_prompter.set(QStringLiteral("migrate.confirm"), false);
        const MigrationBatch b = submit({QStringLiteral("prod/kafka-01")});
        m_prompter.set(QStringLiteral("migrate.confirm"), true);
        QCOMPARE(b.status, MigrationBatch::Declined);
        QCOMPARE(m_prompter.asked(), QStringList{QStringLiteral("migrate.confirm")});
        QTest::qWait(300);
        QCOMPARE(m_cluster.connection.migrations()->size(), 0);
        QVERIFY(m_migrations->queue().isEmpty());
    }

    void severalVmsStartWhatTheLimitsAllowAndQueueTheRest()
    {
        // Four from one host: KubeVirt lets a node send two at a time.
        QString source;
        const QStringList keys = migratableOnOneHost(4, &source);
        QVERIFY2(keys.size() == 4, "the demo has a host with four migratable VMs");
        kube::ObjectCache *migs = m_cluster.connection.migrations();
        int maxOutbound = 0;
        QObject scope; // the counter below reads this function's locals: it must not outlive them
        connect(migs, &kube::ObjectCache::changed, &scope, [&] {
            int n = 0;
            for (const core::Migration &m : ops::clusterStateFrom(m_cluster.connection).migrations)
                n += !m.finished() && keys.contains(m.meta.ns + QLatin1Char('/') + m.vmiName) ? 1 : 0;
            maxOutbound = qMax(maxOutbound, n);
        });
        QSignalSpy queueChanged(m_migrations.get(), &ops::Migrations::queueChanged);
        QSignalSpy started(m_migrations.get(), &ops::Migrations::started);
        QSignalSpy progressed(m_migrations.get(), &ops::Migrations::progressed);
        QSignalSpy finished(m_migrations.get(), &ops::Migrations::finished);
        const MigrationBatch b = submit(keys);
        QCOMPARE(b.status, MigrationBatch::Accepted);
        QCOMPARE(b.started.size(), 2);
        QCOMPARE(b.queued.size(), 2);
        QVERIFY(b.refused.isEmpty());
        QCOMPARE(started.size(), 2);
        QCOMPARE(m_migrations->queue().size(), 2);
        QCOMPARE(queueChanged.size(), 1);
        QVERIFY(m_prompter.asked().endsWith(QStringLiteral("migrate.confirm")));
        // The queued two start as the first two end; all four land elsewhere.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 90000);
        for (const QString &k : keys) {
            const auto results = resultsFor(finished, k);
            QCOMPARE(results.size(), 1);
            QVERIFY2(results.first().status == MigrationResult::Succeeded, qPrintable(k + QStringLiteral(": ") + results.first().reason));
            QVERIFY(results.first().target != source);
            QTRY_COMPARE(m_cluster.hostOf(k), results.first().target);
        }
        QCOMPARE(started.size(), 4);
        QVERIFY(m_migrations->queue().isEmpty());
        QCOMPARE(queueChanged.last().first().value<QList<reconcile::Move>>().size(), 0);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(maxOutbound, 2); // two at a time, never three
        QCOMPARE(m_migrations->followedCount(), 0);
    }

    void aFailedMigrationSaysWhy()
    {
        const QString key = QStringLiteral("prod/shop-api-01");
        QVERIFY(m_cluster.patch(kube::ApiResource::virtualMachineInstances(), key,
                                R"({"metadata":{"annotations":{"sim.drover.io/fail-migration":"target lost its network"}}})"));
        QSignalSpy finished(m_migrations.get(), &ops::Migrations::finished);
        QCOMPARE(submit({key}).status, MigrationBatch::Accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!resultsFor(finished, key).isEmpty(), 60000);
        const MigrationResult r = resultsFor(finished, key).first();
        QCOMPARE(r.status, MigrationResult::Failed);
        QVERIFY2(r.reason.contains(QStringLiteral("target lost its network")), qPrintable(r.reason));
        QVERIFY(!r.migrationKey.isEmpty());
    }

    void cancelDeletesTheMigration()
    {
        const QString key = QStringLiteral("prod/rds-01"); // 16 GiB: seconds of transfer at this pace
        const QString source = m_cluster.hostOf(key);
        QSignalSpy progressed(m_migrations.get(), &ops::Migrations::progressed);
        QSignalSpy finished(m_migrations.get(), &ops::Migrations::finished);
        QCOMPARE(submit({key}).status, MigrationBatch::Accepted);
        QString migration;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const auto &args : progressed)
                if (auto p = args.first().value<ops::MigrationProgress>();
                    p.vmKey == key && p.phase == core::MigrationPhase::Running)
                    migration = p.migrationKey;
            return !migration.isEmpty();
        }(), 20000);
        m_migrations->cancel(migration);
        QTRY_VERIFY_WITH_TIMEOUT(!resultsFor(finished, key).isEmpty(), 20000);
        const MigrationResult r = resultsFor(finished, key).first();
        QCOMPARE(r.status, MigrationResult::Cancelled);
        QCOMPARE(r.migrationKey, migration);
        QVERIFY(!m_cluster.connection.migrations()->contains(migration));
        QTest::qWait(500);
        QCOMPARE(m_cluster.hostOf(key), source);
    }

    void cancellingWhatIsGoneIsReported()
    {
        QSignalSpy failed(m_migrations.get(), &ops::Migrations::cancelFailed);
        m_migrations->cancel(QStringLiteral("prod/no-such-migration"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(2).value<kube::KubeError>().kind, kube::ErrorKind::NotFound);
    }

    // KubeVirt's limits are the cluster's: read from its KubeVirt CR when a connection opens.
    void limitsComeFromTheKubeVirtCr()
    {
        QVERIFY(m_cluster.patch(kube::ApiResource::kubevirts(), QStringLiteral("kubevirt/kubevirt"),
                                R"({"spec":{"configuration":{"migrations":{"parallelMigrationsPerCluster":3,"parallelOutboundMigrationsPerNode":1}}}})"));
        ops::Migrations fresh(&m_cluster.connection, &m_prompter);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.limits().outboundPerNode, 1, 10000);
        QCOMPARE(fresh.limits().perCluster, 3);
        QVERIFY(m_cluster.patch(kube::ApiResource::kubevirts(), QStringLiteral("kubevirt/kubevirt"),
                                R"({"spec":{"configuration":{"migrations":{"parallelMigrationsPerCluster":5,"parallelOutboundMigrationsPerNode":2}}}})"));
    }

    void cleanupTestCase()
    {
        m_migrations.reset();
        m_cluster.connection.close();
        m_cluster.sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpsMigrations)
#include "test_ops_migrations.moc"
