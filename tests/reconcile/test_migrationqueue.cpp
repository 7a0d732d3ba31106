// Several VMs moved at once: each started move counts against the next one's limits and room;
// moves held back only by the parallel-migration limits wait, and start once a migration ends.
#include "ClusterFixtures.h"
#include "MigrationQueue.h"

#include <QTest>

using namespace drover::reconcile;
using namespace drover::reconcile::fixtures;

namespace {
QList<MoveOutcome> outcomes(const QList<MoveStep> &steps)
{
    QList<MoveOutcome> out;
    for (const auto &s : steps)
        out << s.outcome;
    return out;
}
Move move(const char *vm, const char *host = "")
{
    return Move{QStringLiteral("prod/") + QLatin1String(vm), QLatin1String(host)};
}
} // namespace

class TestMigrationQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outboundLimitMakesTheRestWait()
    {
        ClusterState s = cluster();
        for (const char *n : {"v1", "v2", "v3", "v4"})
            s.vmis << vmi(QLatin1String(n), QStringLiteral("a01"), 1, 1);
        const auto steps = planMoves(s, {move("v1", "a03"), move("v2", "a03"), move("v3", "a03"), move("v4")});
        QCOMPARE(outcomes(steps), (QList<MoveOutcome>{MoveOutcome::Start, MoveOutcome::Start, MoveOutcome::Wait, MoveOutcome::Wait}));
        QCOMPARE(steps[2].plan.check.refusal, Refusal::NodeLimit);
        QVERIFY(steps[2].plan.check.reason.contains(QStringLiteral("a01 already sends 2 migrations")));
        QCOMPARE(steps[0].plan.target, QStringLiteral("a03"));
        QCOMPARE(steps[0].plan.migration.value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString(), QStringLiteral("v1"));
    }

    void clusterLimitCountsEverySource()
    {
        ClusterState s = cluster();
        s.vmis << vmi(QStringLiteral("b1"), QStringLiteral("a03"), 1, 1) << vmi(QStringLiteral("b2"), QStringLiteral("a03"), 1, 1);
        MigrationLimits limits;
        limits.perCluster = 2;
        const auto steps = planMoves(s, {move("web", "a03"), move("b1", "a01"), move("b2", "a01")}, limits);
        QCOMPARE(outcomes(steps), (QList<MoveOutcome>{MoveOutcome::Start, MoveOutcome::Start, MoveOutcome::Wait}));
        QCOMPARE(steps[2].plan.check.refusal, Refusal::ClusterLimit);
    }

    void otherRefusalsAreFinal()
    {
        ClusterState s = cluster();
        const auto steps = planMoves(s, {move("legacy", "a03"), move("ghost"), move("web", "a04"), move("db", "a02")});
        QCOMPARE(outcomes(steps), (QList<MoveOutcome>(4, MoveOutcome::Refuse)));
        QCOMPARE(steps[0].plan.check.refusal, Refusal::NotLiveMigratable);
        QCOMPARE(steps[1].plan.check.refusal, Refusal::UnknownVm);
        QCOMPARE(steps[2].plan.check.refusal, Refusal::HostCordoned);
        QCOMPARE(steps[3].plan.check.refusal, Refusal::NotEnoughCpu);
        QVERIFY(!waitsForSlot(Refusal::NotEnoughMemory));
    }

    void roomTakenByEarlierMovesCounts()
    {
        // a02 has 8 vCPU / 16 GiB and runs "small" (4 / 8): one 4 GiB VM fits, two 6 GiB do not.
        ClusterState s = cluster();
        s.vmis << vmi(QStringLiteral("m1"), QStringLiteral("a03"), 1, 6) << vmi(QStringLiteral("m2"), QStringLiteral("a03"), 1, 6);
        const auto steps = planMoves(s, {move("m1", "a02"), move("m2", "a02")});
        QCOMPARE(outcomes(steps), (QList<MoveOutcome>{MoveOutcome::Start, MoveOutcome::Refuse}));
        QCOMPARE(steps[1].plan.check.refusal, Refusal::NotEnoughMemory);
    }

    void waitingMovesStartWhenMigrationsEnd()
    {
        ClusterState s = cluster();
        for (const char *n : {"v1", "v2", "v3"})
            s.vmis << vmi(QLatin1String(n), QStringLiteral("a01"), 1, 1);
        s.migrations << migration(QStringLiteral("v1"), QStringLiteral("Running"), QStringLiteral("a03"))
                     << migration(QStringLiteral("v2"), QStringLiteral("Scheduling"), QStringLiteral("a03"));
        QCOMPARE(planMoves(s, {move("v3")}).first().outcome, MoveOutcome::Wait);
        s.migrations[0].phase = drover::core::MigrationPhase::Succeeded;
        QCOMPARE(planMoves(s, {move("v3")}).first().outcome, MoveOutcome::Start);
        s.migrations[0].phase = drover::core::MigrationPhase::Failed;
        QCOMPARE(planMoves(s, {move("v3")}).first().outcome, MoveOutcome::Start);
    }
};

QTEST_MAIN(TestMigrationQueue)
#include "test_migrationqueue.moc"
