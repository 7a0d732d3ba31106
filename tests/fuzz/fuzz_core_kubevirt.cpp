// KubeVirt objects in backend/core: VirtualMachine, VirtualMachineInstance (with its migration
// state), VirtualMachineInstanceMigration and the KubeVirt CR's configuration.
#include "CoreTarget.h"
#include "KubeVirtConfig.h"
#include "Migration.h"
#include "Vm.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool isObject = false;
    const QJsonObject o = fuzz::jsonObject(data, size, &isObject);
    if (!isObject)
        return 0;
    (void)core::Vm::fromJson(o);
    (void)core::Vmi::fromJson(o);
    (void)core::Migration::fromJson(o);
    (void)core::KubeVirtConfig::fromJson(o);
    (void)core::migrationStateFromJson(o.value(QLatin1String("status")).toObject()
                                           .value(QLatin1String("migrationState")).toObject());
    return 0;
}
