# drover_console_ws: KubeVirt's vnc/console websockets (plain.kubevirt.io) opened with the
# cluster's TLS and auth, bridged to a socketpair fd for the RFB client. QtCore/Network/WebSockets only.
add_library(drover_console_ws STATIC
    ${CMAKE_CURRENT_LIST_DIR}/KubeVirtStream.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WebSocketFdPump.cpp)
drover_defaults(drover_console_ws)
target_include_directories(drover_console_ws PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(drover_console_ws PUBLIC drover_kube Qt6::Core Qt6::Network Qt6::WebSockets)
