#pragma once
// Kinds drover-sim stores and serves like an API server but plays no controller for: what Drover's
// manifests (packaging/kubernetes) hold besides its own kinds — ServiceAccounts, Services, RBAC
// Roles and bindings, CustomResourceDefinitions — so `kubectl apply [--dry-run=server] -k
// packaging/kubernetes` works against the simulator. A stored CRD does not add a kind: the
// simulator serves the kinds it knows (DESIGN.md), and a CRD gets no Established condition.
#include "ObjectStore.h"

namespace drover::sim::plain {

void registerResources(ObjectStore &store);

} // namespace drover::sim::plain
