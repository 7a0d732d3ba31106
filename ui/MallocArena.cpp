#include "MallocArena.h"

#include <QString>

#ifdef __GLIBC__
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <mutex>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#endif

namespace drover::ui {

#ifdef __GLIBC__
namespace {
constexpr std::uintptr_t kHugePage = 2 << 20;
std::mutex g_marking;           // the watcher's marking against smallPagesFromNowOn()'s
std::uintptr_t g_markedEnd = 0; // the end of the range marked so far (0: none, or start-up is over)
bool g_watching = false;

// Marks what the heap grew by since the last call (up to its end: glibc keeps kHugeHeap of
// untouched address space above the top of its blocks, so the growth is marked before it is used).
void markGrowth()
{
    const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
    if (g_markedEnd != 0 && end > g_markedEnd &&
        madvise(reinterpret_cast<void *>(g_markedEnd), end - g_markedEnd, MADV_HUGEPAGE) == 0)
        g_markedEnd = end;
}

// While start-up lasts (until smallPagesFromNowOn(), at most kWatchFor) a thread of its own marks
// the heap's growth every few milliseconds: a hook into glibc's growth is gone (__morecore), and the
// GUI thread cannot do it, as it allocates most of the growth inside one long batch.
constexpr auto kWatchEvery = std::chrono::milliseconds(2);
constexpr auto kWatchFor = std::chrono::minutes(2);
void watchGrowth()
{
    const auto until = std::chrono::steady_clock::now() + kWatchFor;
    for (;;) {
        std::this_thread::sleep_for(kWatchEvery);
        const std::lock_guard lock(g_marking);
        if (!g_watching || std::chrono::steady_clock::now() > until) {
            g_watching = false;
            return;
        }
        markGrowth();
    }
}
} // namespace
#endif

void useOneMallocArena()
{
#ifdef __GLIBC__
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX") && !qEnvironmentVariable("GLIBC_TUNABLES").contains(QLatin1String("arena_max")))
        mallopt(M_ARENA_MAX, 1);
#endif
}

void backTheHeapWithHugePages()
{
#ifdef __GLIBC__
    if (qEnvironmentVariable("GLIBC_TUNABLES").contains(QLatin1String("hugetlb")))
        return; // the user's choice wins (glibc.malloc.hugetlb=0 turns this off)
    mallopt(M_MMAP_THRESHOLD, kBlocksFromTheHeap);
    // The heap grows, and is trimmed, leaving this much above its top; the 2 MiB pages the range
    // begins and ends in, and the heap's free top before, are not all in it: three pages more.
    mallopt(M_TOP_PAD, kHugeHeap + 3 * int(kHugePage));
    const auto from = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile block = std::malloc(kBlocksFromTheHeap / 2); // grows the heap by itself and the
    std::free(block); // pad, which stays when it is freed (volatile: the pair is not optimised away)
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t first = (from + kHugePage - 1) & ~(kHugePage - 1), last = to & ~(kHugePage - 1);
    const std::lock_guard lock(g_marking);
    if (last > first && madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE) == 0)
        g_markedEnd = last; // else the heap could not grow in place (glibc then maps arenas apart): as before
    if (g_markedEnd != 0 && !g_watching) {
        g_watching = true;
        std::thread(watchGrowth).detach(); // it ends by itself (a thread still joinable at exit would abort)
    }
#endif
}

void smallPagesFromNowOn()
{
#ifdef __GLIBC__
    const std::lock_guard lock(g_marking);
    g_watching = false;
    if (g_markedEnd == 0)
        return;
    // The main arena's top chunk ends at the program break: above where it begins, nothing is in
    // use. The 2 MiB page it begins in may be in use already (and huge): marked from the next one.
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0)) - mallinfo2().keepcost;
    const std::uintptr_t first = (top + kHugePage - 1) & ~(kHugePage - 1);
    if (first < g_markedEnd)
        madvise(reinterpret_cast<void *>(first), g_markedEnd - first, MADV_NOHUGEPAGE);
    g_markedEnd = 0;
#endif
}

} // namespace drover::ui
