# drover-sim's Ceph and Rook: the PG model, Rook's daemon pods and PodDisruptionBudgets,
# Kubernetes' disruption controller, and the ceph commands on the admin API (CephSim.h).
target_sources(drover_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CephModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CephCommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CephHealth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CephSim.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RookPods.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RookPodJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RookDisruption.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RookReconcile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DisruptionController.cpp)
