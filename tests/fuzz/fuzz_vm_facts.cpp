// Differential: a VM's and a VMI's facts (models/VmFacts) read straight from the bytes (VmFactsDom:
// simdjson's DOM, core's rules) and read from the projection on the fields they come from must
// both equal the facts read from QJsonDocument's whole tree, for any bytes. A difference aborts
// with the bytes.
#include "FuzzCommon.h"
#include "VmFacts.h"

#include <QJsonDocument>

using namespace drover;

namespace {

[[noreturn]] void differ(const char *what, const QByteArray &in)
{
    fprintf(stderr, "%s facts differ from the whole object's for: %s\n", what, in.constData());
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    const QJsonObject whole = QJsonDocument::fromJson(in).object();
    const kube::LazyObject lazy(in);
    const models::VmFacts vm = models::VmFacts::fromObject(whole);
    if (models::VmFacts::fromJson(lazy) != vm)
        differ("VM (read from the bytes)", in);
    if (models::VmFacts::fromObject(lazy.project(models::VmFacts::fields())) != vm)
        differ("VM (read from the projection)", in);
    const models::VmiFacts vmi = models::VmiFacts::fromObject(whole);
    if (models::VmiFacts::fromJson(lazy) != vmi)
        differ("VMI (read from the bytes)", in);
    if (models::VmiFacts::fromObject(lazy.project(models::VmiFacts::fields())) != vmi)
        differ("VMI (read from the projection)", in);
    return 0;
}
