#pragma once
// The console's malloc policy, set first thing in main() (and by bench_stall, which runs the
// real window): useOneMallocArena(), then backTheHeapWithHugePages().
namespace drover::ui {

// One glibc malloc arena for every thread instead of one per thread (up to 8 per core). What
// the summaries' worker and Qt's network thread allocate and the GUI thread keeps or frees
// otherwise pins memory in their arenas: at 10,000 VMs drover settles at 144-148 MB with one
// arena, 149-151 with two, 150-159 with glibc's default (bench_startup, issue 14). The price is the
// shared lock under a flood of events: bench_ingest (100,000 VMI updates as fast as they come)
// makes 113k events/s with the default, 99k with two arenas, 56k with one; bench_stall's 1,000
// updates/s run with one arena and still improved (not A/B-tested against the default). Real
// clusters churn far below such floods, so the console keeps its memory; droverd and the
// client-library benches do not call this.
// A MALLOC_ARENA_MAX (or glibc.malloc.arena_max tunable) the user set wins; other C libraries: nothing.
void useOneMallocArena();

// Blocks up to this size come from the heap (M_MMAP_THRESHOLD; 32 MiB is glibc's highest), not
// from a mapping of their own: a list page's buffer or a 256 KiB watch read freed and allocated
// again reuses the heap's pages instead of faulting in fresh ones each time.
inline constexpr int kBlocksFromTheHeap = 32 << 20;
// Address space the heap is given at once and kept above its top (M_TOP_PAD), marked for
// transparent huge pages (madvise(MADV_HUGEPAGE); the kernel's default mode "madvise" honours
// it, "never" ignores it): 128 MiB holds the heap of 10,000 VMs. Only touched pages are resident;
// the price is that up to this much freed at the heap's top is kept, not returned.
inline constexpr int kHugeHeap = 128 << 20;

// Back the heap with 2 MiB pages, as glibc's glibc.malloc.hugetlb=1 tunable would (a tunable is
// read before main(), so it cannot be set from here). Start-up at 10,000 VMs touches ~120 MB of
// new memory: 25,000-29,000 faults of 4 KiB pages, and on this machine (a paravirtualised guest)
// a fault costs several microseconds. perf: the kernel was a fifth of the GUI thread's and half of
// Qt's network thread's CPU to the first complete screen, much of it page faults. With huge pages
// ~2,900 faults; bench_startup, 9 launches each, paired: complete 1,260 -> 1,090 ms (median), CPU
// of the network thread 339 -> 226 ms and of the GUI thread 914 -> 793 ms; peak 136 -> 143 MB,
// settled 141 -> 144 MB. A flood of watch events reuses the memory it has: bench_ingest under
// glibc's own tunable made 41.8k events/s per core against 45.4k without (within its spread).
// Beyond kHugeHeap the heap's growth is marked too while start-up lasts (a thread of its own, every
// 2 ms): at 100,000 VMs the heap grows to ~780 MB, and past the first range it took 154,000 faults
// of 4 KiB pages (3.7-3.9 s of the kernel's time to complete, perf stat); with all of it marked,
// as glibc's glibc.malloc.hugetlb=1 does it, 5,800 faults and 15-20 % less CPU, peak memory the same.
// A glibc.malloc.hugetlb tunable the user set wins (=0 turns this off); other C libraries: nothing.
void backTheHeapWithHugePages();

// From now on the heap grows in 4 KiB pages: what backTheHeapWithHugePages() marked and is not
// touched yet, above the heap's top, is marked back (MADV_NOHUGEPAGE; the 2 MiB pages already in
// use stay). Called once start-up is over (the first time the cluster is listed): a huge page is
// cleared whole by the thread whose allocation first touches it, and on this machine one such
// fault cost 4-12 ms of the GUI thread's time under churn (bench_stall: "1 page fault, CPU 13.8
// ms" in a 15 ms gap, inside a TLS read). Start-up keeps its few big faults; afterwards the heap
// grows by small ones, and the growth is no longer marked. Nothing happens when
// backTheHeapWithHugePages() marked nothing.
void smallPagesFromNowOn();

} // namespace drover::ui
