# drover_ssh: the libssh2 client the GUI uses to reach node agents (exec) and consoles (tunnels).
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBSSH2 REQUIRED IMPORTED_TARGET libssh2)
add_library(drover_ssh STATIC
    ${CMAKE_CURRENT_LIST_DIR}/SshConfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KnownHosts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshTunnel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshConnect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshAuth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshExec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SshSession.h)
drover_defaults(drover_ssh)
target_include_directories(drover_ssh PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(drover_ssh PUBLIC Qt6::Core Qt6::Network PkgConfig::LIBSSH2)
