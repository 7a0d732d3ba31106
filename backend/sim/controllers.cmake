# drover-sim's controllers and scenarios (virt-controller, virt-handler and the scheduler as far
# as the simulator plays them).
target_sources(drover_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Controllers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmiPhases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmiJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SimEvents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmEvents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuestImages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuestAgentJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuestAgent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Instancetype.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LiveUpdate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LiveUpdateDiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LiveUpdateController.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HotplugVolumes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HotplugStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Placement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Snapshots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SnapshotVolumes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Restores.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RestoreJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Clones.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CloneSync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CloneJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CloneAdmission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VmAdmission.cpp ${CMAKE_CURRENT_LIST_DIR}/VmAdmissionValidate.cpp ${CMAKE_CURRENT_LIST_DIR}/VmAdmissionSpec.cpp ${CMAKE_CURRENT_LIST_DIR}/VmAdmissionStorage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Cdi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CdiSources.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CdiVm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Catalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CatalogTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CatalogImages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GarbageCollector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Scenario.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Populate.cpp)
# KubeVirt's vnc and serial console websockets (ConsoleSockets.h explains the upgrade path).
target_sources(drover_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleSockets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VncScreen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Screenshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HostReports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HostReportGen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Font5x7.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SerialConsole.cpp)
