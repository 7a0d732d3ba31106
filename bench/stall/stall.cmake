# bench_stall: the GUI thread's longest stall per second while drover-sim churns 1,000 VMI
# updates/s under a sorted, filtered table and the host map (issue 14, item 4).
if(DROVER_GUI)
    add_executable(bench_stall ${CMAKE_CURRENT_LIST_DIR}/bench_stall.cpp)
    drover_defaults(bench_stall)
    target_link_libraries(bench_stall PRIVATE drover_ui drover_testsupport)
    target_compile_definitions(bench_stall PRIVATE DROVER_SIM_BIN="$<TARGET_FILE:drover-sim>")
    add_dependencies(bench_stall drover-sim)
endif()
