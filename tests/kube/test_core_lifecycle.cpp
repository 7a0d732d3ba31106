// The lifecycle words (run strategies, VMI, migration and pod phases) parsed once in core, and
// the one fit rule the client's placement and the simulator's scheduler share.
#include "Lifecycle.h"
#include "Vm.h"

#include <QJsonDocument>
#include <QTest>

using namespace drover::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(drover::core::RunStrategy)

class TestCoreLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsRoundTrip()
    {
        for (auto s : {RunStrategy::Halted, RunStrategy::Always, RunStrategy::RerunOnFailure, RunStrategy::Manual,
                       RunStrategy::Once, RunStrategy::WaitAsReceiver})
            QCOMPARE(runStrategyFromName(QString(nameOf(s))), s);
        for (int i = 0; i <= int(VmiPhase::Unknown); ++i)
            QCOMPARE(vmiPhaseFromName(QString(nameOf(VmiPhase(i)))), VmiPhase(i));
        for (int i = 0; i <= int(MigrationPhase::Unknown); ++i)
            QCOMPARE(migrationPhaseFromName(QString(nameOf(MigrationPhase(i)))), MigrationPhase(i));
        for (int i = 0; i <= int(PodPhase::Unknown); ++i)
            QCOMPARE(podPhaseFromName(QString(nameOf(PodPhase(i)))), PodPhase(i));
        QCOMPARE(nameOf(RunStrategy::RerunOnFailure), "RerunOnFailure"_L1);
        QCOMPARE(nameOf(VmiPhase::Unset), ""_L1);
        QCOMPARE(nameOf(MigrationPhase::PreparingTarget), "PreparingTarget"_L1);
    }

    // A newer KubeVirt's word keeps the object readable: it parses to Unknown.
    void unknownWords()
    {
        QCOMPARE(runStrategyFromName(u"SometimesMaybe"), RunStrategy::Unknown);
        QCOMPARE(runStrategyFromName(u"always"), RunStrategy::Unknown); // the API's words are case-sensitive
        QCOMPARE(vmiPhaseFromName(u"Hibernating"), VmiPhase::Unknown);
        QCOMPARE(migrationPhaseFromName(u"Paused"), MigrationPhase::Unknown);
        QCOMPARE(podPhaseFromName(u"Evicted"), PodPhase::Unknown);
    }

    void runStrategyOfSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<RunStrategy>("expected");
        QTest::newRow("runStrategy") << u"{\"runStrategy\": \"Manual\"}"_s << RunStrategy::Manual;
        QTest::newRow("runStrategy wins over running")
            << u"{\"runStrategy\": \"Once\", \"running\": true}"_s << RunStrategy::Once;
        QTest::newRow("running true") << u"{\"running\": true}"_s << RunStrategy::Always;
        QTest::newRow("running false") << u"{\"running\": false}"_s << RunStrategy::Halted;
        QTest::newRow("neither") << u"{}"_s << RunStrategy::Halted;
        QTest::newRow("empty runStrategy") << u"{\"runStrategy\": \"\", \"running\": true}"_s << RunStrategy::Always;
    }
    void runStrategyOfSpec()
    {
        QFETCH(QString, spec);
        QFETCH(RunStrategy, expected);
        QCOMPARE(drover::core::runStrategyOfSpec(QJsonDocument::fromJson(spec.toUtf8()).object()), expected);
    }

    void phasesOfObjects()
    {
        const QJsonObject vmi = QJsonDocument::fromJson(R"({"status": {"phase": "Scheduled"}})").object();
        QCOMPARE(vmiPhaseOf(vmi), VmiPhase::Scheduled);
        QCOMPARE(vmiPhaseOf(QJsonObject()), VmiPhase::Unset);
        QCOMPARE(migrationPhaseOf(QJsonDocument::fromJson(R"({"status": {"phase": "TargetReady"}})").object()),
                 MigrationPhase::TargetReady);
        QVERIFY(isFinal(VmiPhase::Failed) && isFinal(VmiPhase::Succeeded) && !isFinal(VmiPhase::Running) &&
                !isFinal(VmiPhase::Unknown));
        QVERIFY(isFinal(MigrationPhase::Succeeded) && !isFinal(MigrationPhase::Running));
        QVERIFY(isFinal(PodPhase::Failed) && !isFinal(PodPhase::Pending));
    }

    // NodeResourcesFit: requests against what is free, each resource on its own; the score is
    // the mean of the fractions left free (LeastAllocated).
    void fit()
    {
        DomainResources need;
        need.cpuCores = 4;
        need.memoryBytes = 8LL << 30;
        const NodeRoom room{16000, 64LL << 30, 4000, 16LL << 30};
        const Fit f = fitOn(need, room);
        QVERIFY(f.ok());
        QCOMPARE(f.score, (0.0 / 16000 + double(8LL << 30) / double(64LL << 30)) / 2);

        const Fit noCpu = fitOn(need, {16000, 64LL << 30, 3999, 16LL << 30});
        QVERIFY(!noCpu.cpu && noCpu.memory && !noCpu.ok());
        const Fit noMem = fitOn(need, {16000, 64LL << 30, 8000, (8LL << 30) - 1});
        QVERIFY(noMem.cpu && !noMem.memory);
        // A VMI with no CPU asked still takes one core.
        DomainResources tiny;
        QVERIFY(!fitOn(tiny, {16000, 64LL << 30, 999, 1LL << 30}).cpu);
        QVERIFY(fitOn(tiny, {16000, 64LL << 30, 1000, 0}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCoreLifecycle)
#include "test_core_lifecycle.moc"
