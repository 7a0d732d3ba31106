// Nodes in backend/core (capacity and allocatable as Kubernetes quantities, addresses,
// conditions, taints), and the quantity parsers on the raw text.
#include "CoreTarget.h"
#include "Node.h"
#include "Quantity.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool isObject = false;
    const QJsonObject o = fuzz::jsonObject(data, size, &isObject);
    if (!isObject) {
        const QString text = QString::fromUtf8(fuzz::bytes(data, size));
        (void)core::parseCpuMillis(text);
        if (const auto b = core::parseBytes(text))
            (void)core::formatBytes(*b);
        return 0;
    }
    (void)core::Node::fromJson(o);
    return 0;
}
