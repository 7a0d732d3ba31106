# Host maintenance: the executor of reconcile::planMaintenance, and Ceph's ok-to-stop gate
# (through the node agent over SSH, or drover-sim's stand-in).
target_sources(drover_ops PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CephGate.h ${CMAKE_CURRENT_LIST_DIR}/CephGate.cpp)
target_link_libraries(drover_ops PUBLIC drover_ssh)
target_sources(drover_ops PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DecodedCache.h
    ${CMAKE_CURRENT_LIST_DIR}/MaintenanceObserver.h ${CMAKE_CURRENT_LIST_DIR}/MaintenanceObserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MaintenanceBodies.h ${CMAKE_CURRENT_LIST_DIR}/MaintenanceBodies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Maintenance.h ${CMAKE_CURRENT_LIST_DIR}/MaintenanceSession.h
    ${CMAKE_CURRENT_LIST_DIR}/Maintenance.cpp ${CMAKE_CURRENT_LIST_DIR}/MaintenancePass.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MaintenancePreview.h ${CMAKE_CURRENT_LIST_DIR}/MaintenancePreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MaintenanceIntents.h ${CMAKE_CURRENT_LIST_DIR}/MaintenanceIntents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntentPlans.h ${CMAKE_CURRENT_LIST_DIR}/IntentPlans.cpp)
