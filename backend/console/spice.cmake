# drover_spice: SPICE sessions with spice-client-glib on Qt's (GLib) event loop. QtGui only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SPICEGLIB REQUIRED IMPORTED_TARGET spice-client-glib-2.0)
add_library(drover_spice STATIC ${CMAKE_CURRENT_LIST_DIR}/SpiceClient.h ${CMAKE_CURRENT_LIST_DIR}/SpiceClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpiceClientAgent.cpp ${CMAKE_CURRENT_LIST_DIR}/SpiceSignals.h)
drover_defaults(drover_spice)
target_include_directories(drover_spice PUBLIC ${CMAKE_CURRENT_LIST_DIR})
get_target_property(_spice_inc PkgConfig::SPICEGLIB INTERFACE_INCLUDE_DIRECTORIES)
target_include_directories(drover_spice SYSTEM PRIVATE ${_spice_inc})
# GLib's type-check macros are C casts expanded in our code.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/SpiceClient.cpp ${CMAKE_CURRENT_LIST_DIR}/SpiceClientAgent.cpp PROPERTIES COMPILE_OPTIONS "-Wno-old-style-cast")
# SpiceClient is a RemoteSession of drover_console (rfb.cmake, included first).
target_link_libraries(drover_spice PUBLIC Qt6::Core Qt6::Gui drover_console PRIVATE PkgConfig::SPICEGLIB)
