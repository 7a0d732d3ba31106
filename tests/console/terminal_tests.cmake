# The serial console's terminal (ui/console/VtermWidget, libvterm): byte sequences offscreen, and
# busybox top and vi in a QEMU guest on its serial port (tests/console/guest).
if(TARGET drover_ui)
    drover_test(test_vterm SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_vterm.cpp LIBS drover_ui LABELS console)
    drover_test(test_vterm_qemu SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_vterm_qemu.cpp LIBS drover_ui
                LABELS console TIMEOUT 480)
    target_compile_definitions(test_vterm_qemu PRIVATE DROVER_GUEST_DIR="${CMAKE_CURRENT_LIST_DIR}/guest"
        DROVER_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
endif()
