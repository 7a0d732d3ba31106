#pragma once
// State shared between console::RfbClient (caller's thread) and its RfbWorker (libvncclient's
// thread). Everything here is guarded by the mutex named next to it or is atomic.
#include <QImage>
#include <QRegion>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

struct _rfbClient;

namespace drover::console::detail {

// One command for the worker, run on the worker thread between server messages. Returns false
// when writing to the server failed (the worker then ends the session).
using Command = std::function<bool(_rfbClient *)>;

struct RfbShared
{
    RfbShared();  // creates wakeFd
    ~RfbShared(); // closes it
    RfbShared(const RfbShared &) = delete;
    RfbShared &operator=(const RfbShared &) = delete;

    // Frame hand-over (double buffer). The worker decodes into its own buffer and, once per
    // FramebufferUpdate, copies the damaged rectangles (plus `frontStale`) into `front` and adds
    // them to `damage`. The caller's thread swaps `front` with the image it paints from — O(1)
    // under the lock — and marks what the swapped-in old image lacks as `frontStale`. Nobody
    // holds the lock longer than a memcpy of damaged pixels; the decoder never waits for a paint.
    // Measured (bench_console, 1080p full-screen change): swapping instead of a second copy on
    // the caller's thread saves about one 8 MB memcpy per frame there.
    std::mutex frameMutex;
    QImage front;       // complete picture as of the last publish, Format_RGB32
    QRegion damage;     // changed since the caller last swapped
    QRegion frontStale; // where `front` is older than the worker's buffer
    std::atomic<bool> frameNoticePending{false}; // one queued notice at a time: coalesces frames

    // Commands in (rule 10: a queue, and an eventfd to wake the worker's poll()).
    std::mutex commandMutex;
    std::deque<Command> commands;
    int wakeFd = -1; // eventfd, owned by this object

    // Password hand-over: the worker waits here while the caller's thread asks the provider.
    std::mutex passwordMutex;
    std::condition_variable passwordCv;
    std::optional<QString> password; // set by the caller; nullopt while waiting
    bool passwordAnswered = false;

    std::atomic<bool> stop{false};

    // The worker posts to its owner only while ownerGone is false (checked under inboxMutex).
    // An owner that stops a worker stuck where no signal reaches (getaddrinfo on a dead DNS
    // server) sets it and lets the thread end on its own instead of blocking the GUI thread.
    std::mutex inboxMutex;
    bool ownerGone = false;
    std::mutex doneMutex;
    std::condition_variable doneCv;
    bool done = false; // the worker's run() has returned

    // The socket, so that stop() can shutdown() it to unblock a read in the middle of a message.
    // The worker closes it (under this mutex) before it ends; stop() never touches a closed fd.
    std::mutex sockMutex;
    int sock = -1;

    void wake() const;
};

// Copies r (clipped to both images) from src to dst; both Format_RGB32.
void copyRect(const QImage &src, QImage &dst, const QRect &r);

} // namespace drover::console::detail
