#!/bin/sh
# who-ran.sh: when bench_stall's GUI thread was ready to run and did not, what had its CPU?
# Records the kernel's scheduler events (perf sched, Debian's linux-perf; root or
# perf_event_paranoid <= 0) for SECONDS of bench_stall's churn phase, then, for every time the
# GUI thread waited DELAY_MS or more between being woken (or preempted) and running, sums what
# ran on that CPU meanwhile: "<idle>" means the CPU had nothing to run and still did not run the
# thread, which is the virtual CPU not being run by the host (it was halted, and woken late);
# any other name is a thread that had the core. And for every sleep of the GUI thread that a timer
# ends (its poll()'s timeout), how late the kernel ran that timer: a timer run late on a CPU that
# was idle is, again, the virtual CPU not run by the host.
#   who-ran.sh [SECONDS=12] [DELAY_MS=1] [bench_stall arguments: 30 1000 1 0]
# Run from the build directory (bench/stall/bench_stall, app/drover-sim).
set -eu
seconds=${1:-12}
delay_ms=${2:-1}
shift 2 2>/dev/null || shift $#
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
DROVER_SIM_BIN=$PWD/app/drover-sim QT_QPA_PLATFORM=offscreen stdbuf -oL ./bench/stall/bench_stall "${@:-30}" >"$out/bench.txt" 2>&1 &
bench=$!
# The churn begins after the idle phase's report (its worst gaps are printed last).
until grep -q '^  idle: a ' "$out/bench.txt" 2>/dev/null; do
    kill -0 $bench 2>/dev/null || { cat "$out/bench.txt"; exit 1; }
    sleep 0.5
done
sleep 2
perf sched record -a -e timer:hrtimer_start -e timer:hrtimer_expire_entry -o "$out/sched.data" sleep "$seconds" >/dev/null 2>&1
wait $bench || true
grep -E '^RESULT' "$out/bench.txt" || true
# timehist: one line per switch-out: time cpu task wait sch-delay run (ms). A task's line at T
# on CPU c: it ran [T-run, T] and was ready since T-run-delay.
perf sched timehist -i "$out/sched.data" 2>/dev/null | awk -v min="$delay_ms" -v pid="$bench" '
$1 ~ /^[0-9.]+$/ && NF >= 6 {
    n++; t[n] = $1; cpu[n] = $2; task[n] = $3; delay[n] = $(NF - 1); run[n] = $NF
}
END {
    for (i = 1; i <= n; i++) {
        if (task[i] !~ ("\\[" pid "\\]$") || delay[i] < min)
            continue
        from = t[i] - (run[i] + delay[i]) / 1000; to = t[i] - run[i] / 1000
        waits++; waited += delay[i]
        for (j = i - 1; j > 0 && t[j] > from - 1; j--) { # what ran on that CPU in [from, to]
            if (cpu[j] != cpu[i]) continue
            s = t[j] - run[j] / 1000; e = t[j]
            if (s < from) s = from
            if (e > to) e = to
            if (e > s) { name = task[j]; sub(/\[[0-9\/]+\]$/, "", name); by[name] += (e - s) * 1000 }
        }
        if (delay[i] > longest) longest = delay[i]
    }
    printf "99999999|the GUI thread waited %d times for %.1f ms or more: %.1f ms in all, the longest %.1f ms\n", waits, min, waited, longest
    for (name in by) printf "%08.1f|  meanwhile on its CPU: %-24s %8.1f ms\n", by[name], name, by[name]
}' | sort -r | cut -d'|' -f2-
# hrtimer_start by the GUI thread for its own wake-up (hrtimer_wakeup), then the expiry of that timer.
perf script -i "$out/sched.data" -F pid,tid,event,trace 2>/dev/null | awk -v min="$delay_ms" -v pid="$bench" '
/hrtimer_start:/ && $1 == pid "/" pid && /function=hrtimer_wakeup/ {
    for (i = 1; i <= NF; i++) { if ($i ~ /^hrtimer=/) h = $i; if ($i ~ /^expires=/) { e = $i; sub(/expires=/, "", e) } }
    due[h] = e; next
}
/hrtimer_expire_entry:/ && /function=hrtimer_wakeup/ {
    for (i = 1; i <= NF; i++) { if ($i ~ /^hrtimer=/) h = $i; if ($i ~ /^now=/) { now = $i; sub(/now=/, "", now) } }
    if (!(h in due)) next
    late = (now - due[h]) / 1e6; delete due[h]; timers++
    if (late >= min) { lateCount++; lateSum += late }
    if (late > worst) worst = late
}
END { printf "the GUI thread'"'"'s wake-up timers: %d, run %.1f ms late or more %d times (%.1f ms in all), the latest %.1f ms late\n", timers, min, lateCount, lateSum, worst }'
