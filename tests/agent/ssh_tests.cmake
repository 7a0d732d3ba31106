# SSH client tests (label ssh): SshConfig unit tests, and SshSession end to end against a real
# OpenSSH server the tests start on loopback (skipped when /usr/sbin/sshd is missing).
add_library(drover_sshd_fixture STATIC ${CMAKE_CURRENT_LIST_DIR}/SshdProcess.cpp)
drover_defaults(drover_sshd_fixture)
target_include_directories(drover_sshd_fixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(drover_sshd_fixture PUBLIC drover_ssh Qt6::Network)

drover_test(test_sshconfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sshconfig.cpp LIBS drover_ssh LABELS ssh)
drover_test(test_sshsession SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sshsession.cpp
    LIBS drover_sshd_fixture LABELS ssh TIMEOUT 300)
drover_test(test_sshexec SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sshexec.cpp
    LIBS drover_sshd_fixture LABELS ssh TIMEOUT 300)
