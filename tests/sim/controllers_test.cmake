drover_test(test_controllers SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_controllers.cpp LIBS drover_sim LABELS sim)
drover_test(test_scenario SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_scenario.cpp LIBS drover_sim LABELS sim)
drover_test(test_migrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_migrations.cpp LIBS drover_sim LABELS "sim;migration")
drover_test(test_snapshots SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_snapshots.cpp LIBS drover_sim LABELS "sim;snapshot")
