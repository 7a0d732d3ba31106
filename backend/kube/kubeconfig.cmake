target_sources(drover_kube PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Kubeconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/KubeconfigParse.cpp ${CMAKE_CURRENT_LIST_DIR}/ExecCredential.cpp)
