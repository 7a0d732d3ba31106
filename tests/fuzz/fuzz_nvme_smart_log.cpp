// The NVMe SMART / Health log page (what `nvme smart-log -o binary` and the admin ioctl give).
#include "Collectors.h"
#include "FuzzCommon.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    (void)agent::healthFromSmartLog(fuzz::bytes(data, size));
    return 0;
}
