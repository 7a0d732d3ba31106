// `smartctl --json` output (with the exit statuses smartctl uses) to the agent report's health.
#include "Collectors.h"
#include "FuzzCommon.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    for (int exitStatus : {0, 2, 4, 8, 64})
        (void)agent::healthFromSmartctl(in, exitStatus);
    return 0;
}
