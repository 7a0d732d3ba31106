# bench_console: 1080p RFB from Xvnc on loopback, RfbClient + painting vs bare libvncclient.
if(TARGET drover_console)
    find_package(X11 REQUIRED)
    find_package(PkgConfig REQUIRED)
    find_package(Qt6 REQUIRED COMPONENTS Gui)
    pkg_check_modules(LIBVNCCLIENT REQUIRED IMPORTED_TARGET libvncclient)
    if(NOT TARGET drover_vncservers) # defined by tests/console/rfb_tests.cmake when testing
        add_library(drover_vncservers STATIC ${CMAKE_SOURCE_DIR}/tests/console/VncServers.cpp)
        drover_defaults(drover_vncservers)
        target_include_directories(drover_vncservers PUBLIC ${CMAKE_SOURCE_DIR}/tests/console)
        target_link_libraries(drover_vncservers PUBLIC Qt6::Core Qt6::Network)
    endif()
    add_executable(xpainter ${CMAKE_CURRENT_LIST_DIR}/xpainter.cpp)
    target_compile_options(xpainter PRIVATE -Wall -Wextra -Werror)
    target_link_libraries(xpainter PRIVATE X11::X11)

    add_executable(bench_console ${CMAKE_CURRENT_LIST_DIR}/bench_console.cpp)
    drover_defaults(bench_console)
    target_link_libraries(bench_console PRIVATE drover_console drover_vncservers Qt6::Gui
                                                PkgConfig::LIBVNCCLIENT)
    target_compile_definitions(bench_console PRIVATE XPAINTER_BIN="$<TARGET_FILE:xpainter>")
    add_dependencies(bench_console xpainter)
endif()
