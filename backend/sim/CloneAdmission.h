#pragma once
// KubeVirt's admission webhooks for clone.kubevirt.io VirtualMachineClones (v1.9), as
// kube-apiserver calls them in front of the store:
//  - virtualmachineclones-mutator.kubevirt.io (create; mutators/clone-create-mutator.go): no
//    spec.target becomes {apiGroup kubevirt.io, kind VirtualMachine, name
//    clone-<source>-<5 random>}; a target without a name gets that name;
//  - vm-clone-validator.kubevirt.io (create, update; admitters/vmclone-admitter.go): label and
//    annotation filters ("!" only first, "*" only last), source and target kinds, source
//    apiGroup/kind/name present, target name not the source's (both VirtualMachines),
//    newMacAddresses well-formed, spec.patches valid JSON. A denial is 422 Invalid, "admission
//    webhook \"vm-clone-validator.kubevirt.io\" denied the request: " and the causes' messages
//    joined by ", " (at most ten), with the causes in details.
// The source's existence is not checked (the controller waits for it: Clones.h). When virt-api is
// down (failurePolicy Fail) every create or update fails with 500, as Eviction.h describes.
// Not played: the Snapshot feature gate check, the mutator's schema validation.
#include "ApiServer.h"

#include <optional>

namespace drover::sim {

// obj: the clone as sent (metadata.namespace may be missing); changed in place by the mutator.
std::optional<ApiServer::HookAnswer> admitVirtualMachineClone(QJsonObject &obj, bool create, bool virtApiUp);

} // namespace drover::sim
