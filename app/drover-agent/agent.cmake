add_executable(drover-agent ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
drover_defaults(drover-agent)
target_link_libraries(drover-agent PRIVATE drover_agent)
install(TARGETS drover-agent RUNTIME DESTINATION bin)
