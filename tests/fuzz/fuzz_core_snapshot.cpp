// VirtualMachineSnapshots, their contents and restores in backend/core.
#include "CoreTarget.h"
#include "Snapshot.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool isObject = false;
    const QJsonObject o = fuzz::jsonObject(data, size, &isObject);
    if (!isObject)
        return 0;
    (void)core::Snapshot::fromJson(o);
    (void)core::snapshotContentBytes(o);
    (void)core::restoreStateFromJson(o);
    return 0;
}
