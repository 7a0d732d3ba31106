// ~/.ssh/config: parsed (Includes resolved in a scratch directory) and applied to a few aliases,
// among them words of the input itself so that Host patterns get matched.
#include "FuzzCommon.h"
#include "SshConfig.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QString path = fuzz::scratchDir() + QStringLiteral("/config");
    const ssh::SshConfig config = ssh::SshConfig::parse(text, path);
    QStringList aliases{QStringLiteral("node-a01"), QStringLiteral("10.0.0.7"), QStringLiteral("*")};
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size() && i < 8; ++i)
        aliases << words[i];
    for (const QString &alias : std::as_const(aliases))
        (void)config.resolve(alias, QStringLiteral("fuzz"), fuzz::scratchDir());
    return 0;
}
