# bench_droverd: the droverd binary against a 500-host / 10,000-VM drover-sim with 100 schedules
# (RESULT first_pass_s idle_cpu_s_per_min pass_median_ms pass_p99_ms firing_s rss_idle_mb rss_peak_mb;
# goals: steady RSS <= 100 MB, and the peak under the memory limit of the Deployment's manifest).
add_executable(bench_droverd ${CMAKE_CURRENT_LIST_DIR}/bench_droverd.cpp)
drover_defaults(bench_droverd)
target_link_libraries(bench_droverd PRIVATE drover_kube drover_testsupport Qt6::Core)
target_compile_definitions(bench_droverd PRIVATE DROVERD_BIN="$<TARGET_FILE:droverd>" DROVER_SIM_BIN="$<TARGET_FILE:drover-sim>"
                          DROVERD_DEPLOYMENT="${PROJECT_SOURCE_DIR}/packaging/kubernetes/droverd/deployment.yaml")
add_dependencies(bench_droverd droverd drover-sim)
