add_executable(drover-agent ${CMAKE_CURRENT_LIST_DIR}/main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Publisher.h ${CMAKE_CURRENT_LIST_DIR}/Publisher.cpp)
drover_defaults(drover-agent)
target_include_directories(drover-agent PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(drover-agent PRIVATE drover_agent drover_kube drover_version)
install(TARGETS drover-agent RUNTIME DESTINATION bin COMPONENT agent)
