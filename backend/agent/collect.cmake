# drover_agent: the collectors behind drover-agent (QtCore only).
add_library(drover_agent STATIC
    ${CMAKE_CURRENT_LIST_DIR}/AgentRoot.h ${CMAKE_CURRENT_LIST_DIR}/AgentRoot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Collectors.h ${CMAKE_CURRENT_LIST_DIR}/CollectHardware.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CollectNvme.cpp ${CMAKE_CURRENT_LIST_DIR}/NvmeSmartLog.cpp ${CMAKE_CURRENT_LIST_DIR}/CollectCeph.cpp ${CMAKE_CURRENT_LIST_DIR}/CephOkToStop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Samples.cpp ${CMAKE_CURRENT_LIST_DIR}/Report.h ${CMAKE_CURRENT_LIST_DIR}/Report.cpp)
drover_defaults(drover_agent)
target_include_directories(drover_agent PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(drover_agent PUBLIC Qt6::Core)
