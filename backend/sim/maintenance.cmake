# drover-sim's pods, the Eviction API with KubeVirt's eviction webhook, the evacuation controller
# and the KubeVirt CR (what a host drain runs against).
target_sources(drover_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SimPods.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LauncherPods.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Eviction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Evacuation.cpp)
