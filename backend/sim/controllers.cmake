# drover-sim's controllers and scenarios (virt-controller, virt-handler and the scheduler as far
# as the simulator plays them).
target_sources(drover_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Controllers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmiPhases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmiJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Placement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Snapshots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Scenario.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Populate.cpp)
