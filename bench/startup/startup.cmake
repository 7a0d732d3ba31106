# bench_startup: the real drover (offscreen) against drover-sim at 1,000 and 10,000 VMs (and
# 100,000 with --huge): time to first paint, to the first VM rows, to each informer's first list,
# to complete (synced and every counter right); peak and settled RSS. RESULT line; goals (issue 14):
# complete <= 1.0 s and RSS <= 150 MB at 10,000 VMs.
if(TARGET drover)
    add_executable(bench_startup ${CMAKE_CURRENT_LIST_DIR}/bench_startup.cpp)
    drover_defaults(bench_startup)
    target_link_libraries(bench_startup PRIVATE drover_testsupport Qt6::Core)
    target_compile_definitions(bench_startup PRIVATE DROVER_BIN="$<TARGET_FILE:drover>" DROVER_SIM_BIN="$<TARGET_FILE:drover-sim>")
    add_dependencies(bench_startup drover drover-sim)
endif()
