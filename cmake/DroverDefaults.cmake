# drover_defaults(target): the strict compile every Drover target gets.
# Warnings are errors (a virtual hidden by an overload of the same name among them); Qt's
# implicit conversions and keywords are off so that glib-based headers (spice) and Qt coexist,
# char* never becomes QString silently and a QByteArray never silently becomes a char*.
function(drover_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wshadow -Wold-style-cast -Wsuggest-override -Woverloaded-virtual -Werror)
    target_compile_definitions(${target} PUBLIC
        QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_NO_FOREACH QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY)
endfunction()

# drover_test(name SOURCES ... LIBS ... LABELS ... [TIMEOUT s])
function(drover_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    drover_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common) # VerifyOk.h
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DROVER_SIM_BIN=$<TARGET_FILE:drover-sim>;DROVER_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data")
    if(DROVER_SANITIZE)
        # Inherited by the processes a test starts (droverd, drover-sim): see tests/lsan.supp.
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
    endif()
endfunction()
