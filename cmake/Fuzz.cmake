# DROVER_FUZZ: libFuzzer targets (tests/fuzz) over the parsers that read outside input.
# clang only, in a build dir of its own (BUILDING.md, "Fuzzing"):
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DDROVER_FUZZ=ON -DDROVER_GUI=OFF \
#       -DDROVER_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Everything is compiled with coverage instrumentation and ASan/UBSan (fuzzer-no-link); only the
# targets link libFuzzer's main (fuzz_target in tests/fuzz/CMakeLists.txt). UBSan findings abort,
# so that libFuzzer sees them as crashes.
if(NOT DROVER_FUZZ)
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DROVER_FUZZ needs clang (libFuzzer): configure a fresh build dir with "
                        "CC=clang CXX=clang++ (found ${CMAKE_CXX_COMPILER_ID})")
endif()
if(DROVER_SANITIZE)
    message(FATAL_ERROR "DROVER_FUZZ brings its own sanitizers: leave DROVER_SANITIZE off")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
