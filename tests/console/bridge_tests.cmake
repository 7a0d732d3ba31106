# KubeVirt console websockets: end to end through drover-sim (label sim too: it starts the
# simulator), and a misbehaving websocket server in-process.
drover_test(test_bridge SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bridge.cpp
    LIBS drover_console_ws drover_testsupport LABELS "console;sim" TIMEOUT 180)
drover_test(test_bridge_malformed SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bridge_malformed.cpp
    LIBS drover_console_ws LABELS console)
drover_test(test_bridge_serial SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bridge_serial.cpp
    LIBS drover_console_ws drover_testsupport LABELS "console;sim" TIMEOUT 120)
