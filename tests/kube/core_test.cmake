# Typed views of cluster objects (backend/core); data in tests/data/core. DROVER_TEST_DATA (set
# by drover_test) wins over the compiled-in fallback, which serves running the binary by hand.
drover_test(test_core SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_core.cpp LIBS drover_core LABELS kube)
target_compile_definitions(test_core PRIVATE DROVER_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
