#pragma once
// The console's malloc policy, set first thing in main() (and by bench_stall, which runs the
// real window): see useOneMallocArena().
namespace drover::ui {

// One glibc malloc arena for every thread instead of one per thread (up to 8 per core). What
// the summaries' worker and Qt's network thread allocate and the GUI thread keeps or frees
// otherwise pins memory in their arenas (issue 14, bench_startup at 10,000 VMs); the threads
// mostly hit glibc's per-thread cache, so the shared lock costs little (bench_ingest, bench_stall).
// A MALLOC_ARENA_MAX (or glibc.malloc.arena_max tunable) the user set wins; other C libraries: nothing.
void useOneMallocArena();

} // namespace drover::ui
