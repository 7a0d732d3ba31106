// Ceph's ok-to-stop: `ceph osd ls-tree H -f json` and `ceph osd ok-to-stop` output as the agent
// reads them (backend/agent/CephOkToStop), and the agent's answer as the maintenance gate reads it
// (backend/ops/CephGate). The input is the ls-tree output and the ok-to-stop output, split at the
// first NUL byte; the same bytes are also read as an agent answer.
#include "CephGate.h"
#include "CephOkToStop.h"
#include "FuzzCommon.h"

#include <QJsonDocument>

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    const qsizetype nul = in.indexOf('\0');
    const QList<int> ids = agent::osdIdsFromLsTree(nul < 0 ? in : in.left(nul));
    agent::ToolRun run;
    run.out = nul < 0 ? in : in.mid(nul + 1);
    for (int exitCode : {0, 16}) {
        run.exitCode = exitCode;
        run.lastError = exitCode ? QStringLiteral("Error EBUSY: unsafe to stop osd(s)") : QString();
        (void)ops::okToStopFromAgentJson(agent::okToStopFromCeph(QStringLiteral("fuzz-host"), ids, run));
    }
    run.out.reset();
    run.why = QStringLiteral("ceph is not installed");
    (void)agent::okToStopFromCeph(QStringLiteral("fuzz-host"), ids, run);
    (void)ops::okToStopFromAgentJson(QJsonDocument::fromJson(in).object());
    return 0;
}
