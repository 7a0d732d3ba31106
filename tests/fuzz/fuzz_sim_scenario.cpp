// drover-sim's scenario YAML (--scenario): loaded, and when it is small, populated into a store
// the way SimCluster::start does (Nodes, VMs, VMIs placed on hosts, the KubeVirt CR).
#include "Evacuation.h"
#include "FuzzCommon.h"
#include "ObjectStore.h"
#include "Scenario.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QString path = fuzz::writeScratch(QStringLiteral("scenario.yaml"), fuzz::bytes(data, size));
    const auto s = sim::loadScenario(path);
    if (!s || s->hosts.size() + s->vms.size() > 400)
        return 0;
    sim::ObjectStore store;
    using R = kube::ApiResource;
    for (const R *r : {&R::namespaces(), &R::nodes(), &R::pods(), &R::events(), &R::virtualMachines(),
                       &R::virtualMachineInstances(), &R::migrations()})
        store.registerResource(*r);
    sim::populateKubeVirt(store, s->kubevirt);
    sim::populate(store, *s, true);
    return 0;
}
