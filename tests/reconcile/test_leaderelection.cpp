// One step of leader election as client-go decides it (backend/reconcile/LeaderElection): create
// when absent, renew one's own, back off from a holder whose record changed within its lease
// duration *as seen here*, take over (transitions + 1) once it has not, or once released.
#include "LeaderElection.h"

#include <QTest>

using namespace drover;
using namespace drover::reconcile;
using Kind = ElectionStep::Kind;

class TestLeaderElection : public QObject
{
    Q_OBJECT
    const QDateTime wall = QDateTime(QDate(2026, 12, 2), QTime(16, 0), Qt::UTC);
    ElectionTimings t; // 15 s / 10 s / 2 s

    static ElectionView held(const QString &holder, qint64 observedAtMs, int transitions = 3)
    {
        ElectionView v;
        v.exists = true;
        v.record = {holder, 15, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), transitions};
        v.observedAtMs = observedAtMs;
        return v;
    }

private Q_SLOTS:
    void timings()
    {
        QVERIFY(t.problem().isEmpty());
        QCOMPARE((ElectionTimings{10000, 10000, 2000}.problem()), QStringLiteral("the lease duration (10000 ms) must be longer than the renew deadline (10000 ms)"));
        QCOMPARE((ElectionTimings{15000, 2400, 2000}.problem()), QStringLiteral("the renew deadline (2400 ms) must be longer than 1.2 × the retry period (2000 ms)"));
        QVERIFY(!(ElectionTimings{15000, 10000, 0}.problem().isEmpty()));
    }

    void absentIsCreated()
    {
        const ElectionStep s = electionStep(QStringLiteral("a"), ElectionView{}, 1000, wall, t);
        QCOMPARE(s.kind, Kind::Create);
        QCOMPARE(s.write, (core::LeaseRecord{QStringLiteral("a"), 15, wall, wall, 0}));
    }

    // The renewTime written in the record is years old (another machine's clock): what counts is
    // that this candidate saw the record change 14.9 s ago.
    void aLiveHolderIsLeftAlone()
    {
        const ElectionStep s = electionStep(QStringLiteral("b"), held(QStringLiteral("a"), 100000), 114900, wall, t);
        QCOMPARE(s.kind, Kind::BackOff);
        QCOMPARE(s.holder, QStringLiteral("a"));
    }

    void anExpiredHolderIsReplaced()
    {
        const ElectionStep s = electionStep(QStringLiteral("b"), held(QStringLiteral("a"), 100000), 115001, wall, t);
        QCOMPARE(s.kind, Kind::TakeOver);
        QCOMPARE(s.write.holder, QStringLiteral("b"));
        QCOMPARE(s.write.transitions, 4);
        QCOMPARE(s.write.acquireTime, wall);
        QCOMPARE(s.write.renewTime, wall);
    }

    void aReleasedLeaseIsTakenAtOnce()
    {
        ElectionView v = held(QString(), 100000);
        v.record.durationSeconds = 1;
        const ElectionStep s = electionStep(QStringLiteral("b"), v, 100001, wall, t);
        QCOMPARE(s.kind, Kind::TakeOver);
        QCOMPARE(s.write.transitions, 4);
        QCOMPARE(s.write.durationSeconds, 15);
    }

    void ownIsRenewedKeepingAcquireAndTransitions()
    {
        const ElectionView v = held(QStringLiteral("a"), 100000);
        const ElectionStep s = electionStep(QStringLiteral("a"), v, 100500, wall, t);
        QCOMPARE(s.kind, Kind::Renew);
        QCOMPARE(s.write.acquireTime, v.record.acquireTime);
        QCOMPARE(s.write.transitions, 3);
        QCOMPARE(s.write.renewTime, wall);
    }

    // A holder that promised a longer lease than ours is believed for its own duration.
    void theHoldersDurationCounts()
    {
        ElectionView v = held(QStringLiteral("a"), 100000);
        v.record.durationSeconds = 60;
        QCOMPARE(electionStep(QStringLiteral("b"), v, 130000, wall, t).kind, Kind::BackOff);
        QCOMPARE(electionStep(QStringLiteral("b"), v, 160001, wall, t).kind, Kind::TakeOver);
    }

    void microTimeAsApimachineryWritesIt()
    {
        QCOMPARE(core::microTime(QDateTime(QDate(2026, 12, 2), QTime(16, 45, 1, 123), Qt::UTC)), QStringLiteral("2026-12-02T16:45:01.123000Z"));
        const QJsonObject body = core::leaseBody(QStringLiteral("drover-system"), QStringLiteral("droverd"),
                                                 {QStringLiteral("a"), 15, wall, wall, 2}, QStringLiteral("42"));
        auto back = core::Lease::fromJson(body);
        if (!back)
            QFAIL(qPrintable(back.error().message));
        QCOMPARE(back->record, (core::LeaseRecord{QStringLiteral("a"), 15, wall, wall, 2}));
        QCOMPARE(back->meta.resourceVersion, QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TestLeaderElection)
#include "test_leaderelection.moc"
