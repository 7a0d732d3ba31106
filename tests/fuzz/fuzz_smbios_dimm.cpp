// An SMBIOS type 17 (Memory Device) structure as /sys/firmware/dmi/entries/17-N/raw gives it.
#include "Collectors.h"
#include "FuzzCommon.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    (void)agent::dimmFromSmbios(fuzz::bytes(data, size));
    return 0;
}
