# RFB client tests against real servers (QEMU, Xvnc) and a scripted lying server.
if(TARGET drover_console)
    find_package(X11 REQUIRED)
    add_executable(xrecorder ${CMAKE_CURRENT_LIST_DIR}/xrecorder/xrecorder.cpp)
    target_compile_options(xrecorder PRIVATE -Wall -Wextra -Werror)
    target_link_libraries(xrecorder PRIVATE X11::X11)

    add_library(drover_vncservers STATIC ${CMAKE_CURRENT_LIST_DIR}/VncServers.cpp
                                         ${CMAKE_CURRENT_LIST_DIR}/VncServers.h)
    drover_defaults(drover_vncservers)
    target_include_directories(drover_vncservers PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(drover_vncservers PUBLIC Qt6::Core Qt6::Network)

    drover_test(test_rfb_qemu SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rfb_qemu.cpp
                LIBS drover_console drover_vncservers Qt6::Network LABELS console TIMEOUT 180)
    drover_test(test_rfb_xvnc SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rfb_xvnc.cpp
                LIBS drover_console drover_vncservers LABELS console TIMEOUT 180)
    target_compile_definitions(test_rfb_xvnc PRIVATE XRECORDER_BIN="$<TARGET_FILE:xrecorder>")
    add_dependencies(test_rfb_xvnc xrecorder)
    drover_test(test_rfb_malformed SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rfb_malformed.cpp
                LIBS drover_console Qt6::Network LABELS console)
endif()
if(TARGET drover_console)
    drover_test(test_rfb_frames SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rfb_frames.cpp
                LIBS drover_console Qt6::Network LABELS console)
    drover_test(test_rfb_keymap SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rfb_keymap.cpp
                LIBS drover_console LABELS console)
endif()

# SPICE against QEMU (spice-client-glib on Qt's GLib event loop).
if(TARGET drover_spice AND TARGET drover_vncservers)
    drover_test(test_spice_qemu SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_spice_qemu.cpp
                LIBS drover_spice drover_vncservers Qt6::Network LABELS console TIMEOUT 180)
endif()
