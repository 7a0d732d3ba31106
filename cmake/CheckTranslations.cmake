# test_translations (ctest -L packaging): the .ts files in translations/ are current and German is
# complete. Run as a script: cmake -DLUPDATE=… -DSOURCES_LIST=… -DTS_DIR=… -DWORK_DIR=… -P this.
# "Current" means what `ninja update_translations` would write (lupdate over the same sources with
# the same options, -no-obsolete -locations none, so moving code around changes nothing) is what is
# committed; a tr() added, changed or removed without running it fails here, with the fix in words.
foreach(var LUPDATE SOURCES_LIST TS_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB committed "${TS_DIR}/*.ts")
set(copies "")
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" "@${SOURCES_LIST}" -ts ${copies} -no-obsolete -locations none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()

set(problems "")
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}" RESULT_VARIABLE differs)
    if(differs)
        string(APPEND problems "translations/${name} is stale: the sources' tr() texts changed since it was "
                               "updated (compare it with ${WORK_DIR}/${name}). Run `ninja -C build "
                               "ui/update_translations`, translate what is new, and commit the .ts files.\n")
    endif()
endforeach()

# German is the second language that proves the plumbing: nothing left unfinished.
file(READ "${TS_DIR}/drover_de.ts" de)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${de}")
list(LENGTH unfinished count)
if(count GREATER 0)
    # The first few, by their source text (a message's <source> comes before its <translation>).
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" some "${de}")
    list(TRANSFORM some REPLACE "<source>([^<]*)</source>.*" "  \\1")
    list(LENGTH some shownCount)
    if(shownCount GREATER 5)
        list(SUBLIST some 0 5 some)
    endif()
    list(JOIN some "\n" shown)
    string(APPEND problems "translations/drover_de.ts has ${count} unfinished entries, among them:\n${shown}\n")
endif()

if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations current; German complete")
