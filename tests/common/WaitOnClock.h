#pragma once
// Waits until ok() holds or ms have passed, asking every stepMs while the event loop runs. For
// checks that are slow themselves (a CLI per call: kubectl, ceph): QTRY_* counts steps rather
// than time, and QTest::qWaitFor asks again every few milliseconds, which keeps a second process
// busy on a two-core machine.
#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace drover::test {

inline bool waitOnClock(const std::function<bool()> &ok, int ms, int stepMs = 200)
{
    QElapsedTimer t;
    t.start();
    while (!ok()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(stepMs);
    }
    return true;
}

} // namespace drover::test
