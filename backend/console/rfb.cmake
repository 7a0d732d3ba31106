# drover_console: the remote-session interface (RemoteSession.h) and the RFB (VNC) client. libvncclient runs blocking on a worker thread owned by
# console::RfbClient; the caller's thread only sees signals and a QImage. QtCore + QtGui only.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Qt6 REQUIRED COMPONENTS Gui)
pkg_check_modules(LIBVNCCLIENT REQUIRED IMPORTED_TARGET libvncclient)

add_library(drover_console STATIC
    ${CMAKE_CURRENT_LIST_DIR}/RemoteSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RemoteSession.h
    ${CMAKE_CURRENT_LIST_DIR}/RfbClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbClientInput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbClient.h
    ${CMAKE_CURRENT_LIST_DIR}/RfbWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbWorkerHooks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/RfbShared.h
    ${CMAKE_CURRENT_LIST_DIR}/RfbErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbEncodings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RfbErrors.h
    ${CMAKE_CURRENT_LIST_DIR}/Keymap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Keymap.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleTr.h)
drover_defaults(drover_console)
target_include_directories(drover_console PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# libvncclient's headers are not -Wold-style-cast/-Wshadow clean: treat them as system headers.
get_target_property(_vnc_inc PkgConfig::LIBVNCCLIENT INTERFACE_INCLUDE_DIRECTORIES)
if(_vnc_inc)
    target_include_directories(drover_console SYSTEM PRIVATE ${_vnc_inc})
endif()
target_link_libraries(drover_console PUBLIC Qt6::Core Qt6::Gui PRIVATE PkgConfig::LIBVNCCLIENT Threads::Threads)
