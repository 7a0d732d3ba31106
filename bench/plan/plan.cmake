# bench_plan: preflight + plan of one host's maintenance on a 500-host / 10,000-VM state built in
# process (RESULT plan_median_ms plan_p90_ms rss_mb; goal: median <= 20 ms).
add_executable(bench_plan ${CMAKE_CURRENT_LIST_DIR}/bench_plan.cpp)
drover_defaults(bench_plan)
target_link_libraries(bench_plan PRIVATE drover_reconcile)
