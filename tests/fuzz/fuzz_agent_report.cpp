// A node agent's report (drover.io/agent-report/v1) as the GUI judges it (models/HostHealth:
// drives, OSDs, media errors new since the previous report), and the CephCluster status summary.
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
    (void)models::HostHealth::fromReport(report, &first);
    (void)models::CephSummary::fromCephCluster(report);
    return 0;
}
