// A node agent's report (drover.io/agent-report/v1) as the GUI judges it (models/HostHealth:
// drives, OSDs, media errors new since the previous report), the same from a published HostReport's
// judged fields alone (differential), and the CephCluster status summary.
#include "FuzzCommon.h"
#include "HostHealth.h"

#include <QJsonDocument>

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject report = doc.object();
    const models::HostHealth first = models::HostHealth::fromReport(report);
    const models::HostHealth second = models::HostHealth::fromReport(report, &first);
    // Differential: the same report published (a HostReport's status.report) and judged from the
    // fields it reads alone (JsonProjection) must be judged as the whole parsed report is.
    const QByteArray published =
        QByteArrayLiteral("{\"status\":{\"report\":") + fuzz::bytes(data, size) + QByteArrayLiteral("}}");
    const kube::LazyObject hostReport(published);
    if (!models::HostHealth::fromHostReport(hostReport).sameJudgement(first) ||
        !models::HostHealth::fromHostReport(hostReport, &first).sameJudgement(second)) {
        fprintf(stderr, "a published report is judged otherwise than the whole one: %s\n", published.constData());
        abort();
    }
    (void)models::CephSummary::fromCephCluster(report);
    return 0;
}
