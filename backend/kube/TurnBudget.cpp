#include "TurnBudget.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace drover::kube::turn {

namespace {

struct Turns
{
    QElapsedTimer clock;
    QPointer<QAbstractEventDispatcher> watched; // whose awake()/aboutToBlock() end a turn
    quint64 turn = 0;                           // bumped at each end of a turn
    quint64 started = ~quint64(0);              // the turn whose clock runs
    qint64 startNs = 0;
};

Turns &turns()
{
    thread_local Turns t;
    return t;
}

// The first slice on a thread starts its clock and listens to its dispatcher (again if replaced).
Turns &watchedTurns()
{
    Turns &t = turns();
    if (!t.clock.isValid())
        t.clock.start();
    QAbstractEventDispatcher *d = QAbstractEventDispatcher::instance(QThread::currentThread());
    if (d && t.watched != d) {
        t.watched = d;
        Turns *self = &t;
        // Emitted on this thread, between two rounds of dispatching: the next slice starts a turn.
        QObject::connect(d, &QAbstractEventDispatcher::awake, d, [self] { ++self->turn; });
        QObject::connect(d, &QAbstractEventDispatcher::aboutToBlock, d, [self] { ++self->turn; });
    }
    return t;
}

} // namespace

Slice::Slice()
{
    Turns &t = watchedTurns();
    m_startNs = t.clock.nsecsElapsed();
    if (t.started != t.turn) {
        t.started = t.turn;
        t.startNs = m_startNs;
    }
}

bool Slice::over() const
{
    const Turns &t = turns();
    const qint64 now = t.clock.nsecsElapsed();
    return now - m_startNs >= kMinSliceNs && now - t.startNs >= kTurnNs;
}

} // namespace drover::kube::turn
