// Pods, PodDisruptionBudgets, PersistentVolumeClaims and label selectors in backend/core.
#include "CoreTarget.h"
#include "Pod.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool isObject = false;
    const QJsonObject o = fuzz::jsonObject(data, size, &isObject);
    if (!isObject)
        return 0;
    (void)core::Pod::fromJson(o);
    (void)core::PodDisruptionBudget::fromJson(o);
    (void)core::PersistentVolumeClaim::fromJson(o);
    (void)core::LabelSelector::fromJson(o);
    return 0;
}
