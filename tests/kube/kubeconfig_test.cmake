drover_test(test_kubeconfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_kubeconfig.cpp LIBS drover_kube LABELS kube)
