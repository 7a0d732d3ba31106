#include "MallocArena.h"

#include <QString>

#ifdef __GLIBC__
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace drover::ui {

#ifdef __GLIBC__
namespace {
constexpr std::uintptr_t kHugePage = 2 << 20;
std::uintptr_t g_markedEnd = 0; // the end of the range backTheHeapWithHugePages() marked
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
    if (last > first && madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE) == 0)
        g_markedEnd = last; // else the heap could not grow in place (glibc then maps arenas apart): as before
#endif
}

void smallPagesFromNowOn()
{
#ifdef __GLIBC__
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
