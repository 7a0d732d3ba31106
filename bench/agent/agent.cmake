# bench_agent: wall time and peak RSS of `drover-agent report --json` (RESULT report_ms rss_mb).
add_executable(bench_agent ${CMAKE_CURRENT_LIST_DIR}/bench_agent.cpp)
drover_defaults(bench_agent)
target_compile_definitions(bench_agent PRIVATE DROVER_AGENT_BIN="$<TARGET_FILE:drover-agent>")
add_dependencies(bench_agent drover-agent)
