#pragma once
// Waiting in a benchmark without skewing it: the event loop sleeps until its timer fires (no busy
// processEvents() loop, which would take a core from the programs being measured and keep the
// GUI thread's timers from running as they do in the application).
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace drover::bench {

// Runs the event loop for ms milliseconds.
inline void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until ok() holds (asked every 20 ms) or ms have passed; ok()'s last answer.
inline bool waitFor(const std::function<bool()> &ok, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!ok() && t.elapsed() < ms)
        spin(20);
    return ok();
}

} // namespace drover::bench
