# drover-agent tests (label agent): this machine, captured trees in tests/data/agent, broken inputs.
drover_test(test_agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_agent.cpp LIBS drover_agent LABELS agent)
target_compile_definitions(test_agent PRIVATE DROVER_AGENT_BIN="$<TARGET_FILE:drover-agent>")
add_dependencies(test_agent drover-agent)

# End to end: the agent run over SSH on a real sshd (needs the SSH fixture from ssh_tests.cmake).
if(TARGET drover_sshd_fixture)
    drover_test(test_agentssh SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_agentssh.cpp LIBS drover_sshd_fixture LABELS "agent;ssh" TIMEOUT 120)
    target_compile_definitions(test_agentssh PRIVATE DROVER_AGENT_BIN="$<TARGET_FILE:drover-agent>")
    add_dependencies(test_agentssh drover-agent)
endif()

# The NVMe SMART log page checked against libnvme's layout of it (header only: nothing links it).
find_path(LIBNVME_INCLUDE_DIR nvme/types.h REQUIRED)
drover_test(test_nvmelog SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_nvmelog.cpp LIBS drover_agent LABELS agent)
target_include_directories(test_nvmelog SYSTEM PRIVATE ${LIBNVME_INCLUDE_DIR})

# The Ceph collector against a real single-node Ceph (Debian's ceph-mon/mgr/osd, OSD on memstore).
drover_test(test_agentceph SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_agentceph.cpp LIBS drover_agent Qt6::Network LABELS agent TIMEOUT 180)
target_compile_definitions(test_agentceph PRIVATE DROVER_MINI_CEPH="${CMAKE_CURRENT_LIST_DIR}/ceph/mini-ceph.sh"
    DROVER_AGENT_BIN="$<TARGET_FILE:drover-agent>")
add_dependencies(test_agentceph drover-agent)
target_include_directories(test_agentceph PRIVATE ${CMAKE_SOURCE_DIR}/tests/common)
set_property(TEST test_agentceph APPEND PROPERTY LABELS maintenance)

# The agent as the DaemonSet runs it (`publish`), set up from packaging/kubernetes alone on a real
# kube-apiserver (in-pod configuration, the manifests' RBAC), and on drover-sim.
drover_apiserver_test(test_agentpublish SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_agentpublish.cpp LIBS drover_testsupport
    LABELS "agent;apiserver;packaging;rbac" TIMEOUT 180)
target_compile_definitions(test_agentpublish PRIVATE DROVER_AGENT_BIN="$<TARGET_FILE:drover-agent>"
    DROVER_MANIFESTS="${CMAKE_SOURCE_DIR}/packaging/kubernetes")
add_dependencies(test_agentpublish drover-agent drover-sim)
