// turn::Slice: the work done in slices (watch bursts, host reports to judge) shares one budget per
// turn of the event loop. The first slice of a turn may use the turn's share; a slice that comes
// after it in the same turn gets only its minimum; the next turn starts a fresh share. Checked on
// what over() answered, not on how long anything took (a busy machine only makes slices longer).
#include "TurnBudget.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace drover::kube;

namespace {

// Works until its slice is over, remembering how far it was at each answer.
struct Worker
{
    qint64 longestNotOverNs = -1; // the most elapsed (measured before asking) when over() said no
    qint64 firstOverNs = -1;      // elapsed (measured after asking, from before the slice) when it said yes
    bool done = false;

    void run()
    {
        QElapsedTimer outer; // started before the slice: never less than the slice's own clock
        outer.start();
        const turn::Slice slice;
        QElapsedTimer inner; // started after it: never more
        inner.start();
        for (;;) {
            const qint64 before = inner.nsecsElapsed();
            if (slice.over()) {
                firstOverNs = outer.nsecsElapsed();
                break;
            }
            longestNotOverNs = std::max(longestNotOverNs, before);
        }
        done = true;
    }
};

} // namespace

class TestTurnBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slicesShareATurn()
    {
        Worker first, second, nextTurn;
        // Two posted calls: Qt sends both in one turn of the event loop, one after the other.
        QMetaObject::invokeMethod(
            this, [&] { first.run(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this,
            [&] {
                second.run();
                // Posted while this turn's posted events are sent: delivered in a later turn.
                QTimer::singleShot(0, this, [&] { nextTurn.run(); });
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(nextTurn.done);
        // The first slice of the turn had the turn's whole share.
        QVERIFY2(first.firstOverNs >= turn::kTurnNs, qPrintable(QString::number(first.firstOverNs)));
        // The second found it spent: it was never let go on past its own minimum...
        QVERIFY2(second.longestNotOverNs < turn::kMinSliceNs, qPrintable(QString::number(second.longestNotOverNs)));
        // ...but had that minimum (no source starves).
        QVERIFY2(second.firstOverNs >= turn::kMinSliceNs, qPrintable(QString::number(second.firstOverNs)));
        // The next turn had a share of its own again.
        QVERIFY2(nextTurn.firstOverNs >= turn::kTurnNs, qPrintable(QString::number(nextTurn.firstOverNs)));
    }
};

QTEST_GUILESS_MAIN(TestTurnBudget)
#include "test_turnbudget.moc"
