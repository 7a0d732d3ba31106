#pragma once
// The console's malloc policy, set first thing in main() (and by bench_stall, which runs the
// real window): see useOneMallocArena().
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

} // namespace drover::ui
