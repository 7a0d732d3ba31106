// The simdjson path of backend/kube: a watch stream cut into lines as the informer cuts it, each
// line read by WatchLineParser (ERROR events' Status through KubeError, objects parsed lazily),
// and the same bytes as one list page (parseList). Each line is read a second time with a print
// of some fields asked for (rawPrint walks the object again): it must read the same, or the same
// refusal.
#include "FuzzCommon.h"
#include "JsonProjection.h"
#include "KubeError.h"
#include "WatchLine.h"

#include <cstdlib>

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    static kube::WatchLineParser parser; // one per stream, reused from line to line as Informer does
    static kube::WatchLineParser printing;
    static const kube::JsonProjection fields{"metadata.name", "spec.domain.cpu", "status.conditions.type", "status.nodeName",
                                             "a"};
    const QByteArray in = fuzz::bytes(data, size);
    qsizetype start = 0;
    while (start < in.size()) {
        qsizetype nl = in.indexOf('\n', start);
        if (nl < 0)
            nl = in.size();
        if (nl > start) {
            const QByteArray line = in.mid(start, nl - start); // exactly the line: overreads show
            const auto ev = parser.parse(line.constData(), line.size());
            const auto printed = printing.parse(line.constData(), line.size(), 0, &fields);
            if (bool(ev) != bool(printed) ||
                (ev && (ev->type != printed->type || ev->name != printed->name || ev->ns != printed->ns ||
                        ev->resourceVersion != printed->resourceVersion || ev->object != printed->object)))
                std::abort(); // asking for a print changed how the line reads
            if (ev) {
                if (ev->type == "ERROR")
                    (void)kube::KubeError::fromHttp(500, ev->object, QStringLiteral("https://fuzz"));
                else
                    (void)kube::LazyObject(ev->object).json();
            }
        }
        start = nl + 1;
    }
    if (const auto page = parser.parseList(in))
        for (const kube::ListItem &item : std::as_const(page->items))
            (void)item.object.json();
    else
        (void)kube::KubeError::fromHttp(200, in, QStringLiteral("https://fuzz"));
    return 0;
}
