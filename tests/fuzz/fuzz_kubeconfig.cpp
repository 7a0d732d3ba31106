// kubeconfig files (YAML): the parser, then KUBECONFIG=a:b merged and every context resolved.
// The input is two files split at its first NUL byte (one file when there is none).
#include "FuzzCommon.h"
#include "Kubeconfig.h"
#include "KubeconfigParse.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    const qsizetype nul = in.indexOf('\0');
    const QByteArray first = nul < 0 ? in : in.left(nul);
    (void)kube::detail::parseKubeconfig(QStringLiteral("fuzz.yaml"), first);

    QStringList files{fuzz::writeScratch(QStringLiteral("a.yaml"), first)};
    if (nul >= 0)
        files << fuzz::writeScratch(QStringLiteral("b.yaml"), in.mid(nul + 1));
    const auto kc = kube::Kubeconfig::load(files);
    if (!kc)
        return 0;
    (void)kc->resolve();
    for (const QString &name : kc->contextNames())
        (void)kc->resolve(name);
    return 0;
}
