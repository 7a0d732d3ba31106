#pragma once
// One budget per turn of the GUI thread's event loop for the work that is done in slices (a burst
// of watch events, host reports to judge, the changed rows a VM table or host tree tells its
// views). Each of them used to stop after its own few
// milliseconds, but several ran back to back in one turn (Qt's glib dispatcher sends the posted
// events, then the timers, then the sockets' in one iteration), so the turn lasted their sum:
// issue 14's stall probe saw 10-15 ms gaps made of "HealthTracker 7 ms; hostreports informer
// 3-5 ms". A Slice knows how much of the current turn is gone, counted from the first slice of
// the turn, and says over() once the turn's share is spent. A slice that has done less than its
// minimum is never over, so each source still gets some work done every turn (none starves).
// A turn ends when the thread's event dispatcher reports awake() or aboutToBlock().
// Threading: any thread with an event loop; each thread has its own turns.
#include <QtGlobal>

namespace drover::kube::turn {

// The turn's share for all slices together. 2 ms, not more: a lone 1 ms timer on this machine
// already misses by 4-10 ms now and then (bench_stall's floor), and with 4 ms the probe still saw
// 9-11 ms gaps; events per core in bench_ingest did not change (56k either way).
inline constexpr qint64 kTurnNs = 2'000'000;
inline constexpr qint64 kMinSliceNs = 500'000; // what one slice may always do

class Slice
{
public:
    Slice(); // notes this turn (the first slice of a turn starts its clock)
    // True once this slice has done its minimum and the turn's share is spent.
    bool over() const;

private:
    qint64 m_startNs;
};

} // namespace drover::kube::turn
