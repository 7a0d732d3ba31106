# drover_version: an interface library whose include directory holds DroverVersion.h
# (DROVER_VERSION, from project(VERSION)); every program links it for --version.
include_guard(GLOBAL)
configure_file(${CMAKE_CURRENT_LIST_DIR}/DroverVersion.h.in ${PROJECT_BINARY_DIR}/generated/DroverVersion.h @ONLY)
add_library(drover_version INTERFACE)
target_include_directories(drover_version INTERFACE ${PROJECT_BINARY_DIR}/generated)
