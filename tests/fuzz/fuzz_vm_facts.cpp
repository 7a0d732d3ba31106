// Differential: a VM's and a VMI's facts (models/VmFacts) read through JsonProjection (simdjson,
// only the fields the decoders take) must equal the facts read from QJsonDocument's whole tree,
// for any bytes. A difference aborts with both readings.
#include "FuzzCommon.h"
#include "VmFacts.h"

#include <QJsonDocument>

using namespace drover;

namespace {

[[noreturn]] void differ(const char *what, const QByteArray &in)
{
    fprintf(stderr, "%s facts differ between the projection and the whole object for: %s\n", what, in.constData());
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    const QJsonObject whole = QJsonDocument::fromJson(in).object();
    const kube::LazyObject lazy(in);
    if (models::VmFacts::fromJson(lazy) != models::VmFacts::fromObject(whole))
        differ("VM", in);
    if (models::VmiFacts::fromJson(lazy) != models::VmiFacts::fromObject(whole))
        differ("VMI", in);
    return 0;
}
