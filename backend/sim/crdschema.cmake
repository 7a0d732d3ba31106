# CRD schema validation and defaulting (CrdSchema.h) and printer columns (CrdTable.h) against the
# CRDs as packaged: the manifests under packaging/kubernetes/crds are embedded at build time,
# never copied by hand.
set(DROVER_CRD_DIR ${PROJECT_SOURCE_DIR}/packaging/kubernetes/crds)
file(GLOB DROVER_CRD_FILES CONFIGURE_DEPENDS ${DROVER_CRD_DIR}/*.yaml)
set(DROVER_CRD_SOURCE ${CMAKE_CURRENT_BINARY_DIR}/CrdManifests.cpp)
add_custom_command(OUTPUT ${DROVER_CRD_SOURCE}
    COMMAND ${CMAKE_COMMAND} -DDIR=${DROVER_CRD_DIR} -DOUT=${DROVER_CRD_SOURCE} -P ${CMAKE_CURRENT_SOURCE_DIR}/EmbedCrds.cmake
    DEPENDS ${DROVER_CRD_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/EmbedCrds.cmake
    COMMENT "Embedding the CRD manifests into drover-sim" VERBATIM)
target_sources(drover_sim PRIVATE CrdSchema.cpp CrdSchema.h CrdValidate.cpp CrdTable.cpp CrdTable.h
    ApiCustomResources.cpp ${DROVER_CRD_SOURCE})
