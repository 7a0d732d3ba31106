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
    constexpr std::uintptr_t kHugePage = 2 << 20;
    mallopt(M_MMAP_THRESHOLD, kBlocksFromTheHeap);
    // The heap grows, and is trimmed, leaving this much above its top; the 2 MiB pages the range
    // begins and ends in, and the heap's free top before, are not all in it: three pages more.
    mallopt(M_TOP_PAD, kHugeHeap + 3 * int(kHugePage));
    const auto from = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile block = std::malloc(kBlocksFromTheHeap / 2); // grows the heap by itself and the
    std::free(block); // pad, which stays when it is freed (volatile: the pair is not optimised away)
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t first = (from + kHugePage - 1) & ~(kHugePage - 1), last = to & ~(kHugePage - 1);
    if (last > first) // else the heap could not grow in place (glibc then maps arenas apart): as before
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#endif
}

} // namespace drover::ui
