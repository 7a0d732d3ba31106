#include "Report.h"

#include <QDateTime>
#include <QSysInfo>

namespace drover::agent {

QString hostnameOf(const AgentRoot &root)
{
    if (!root.captured)
        return QSysInfo::machineHostName();
    QString h = root.text(QStringLiteral("/proc/sys/kernel/hostname"));
    return h.isEmpty() ? root.text(QStringLiteral("/etc/hostname")) : h;
}

QJsonObject buildReport(const AgentRoot &root, const Counters *before)
{
    const QString host = hostnameOf(root);
    return {{QStringLiteral("schema"), QLatin1String(kReportSchema)},
            {QStringLiteral("host"), host},
            {QStringLiteral("collectedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("system"), collectSystem(root)},
            {QStringLiteral("cpu"), collectCpu(root)},
            {QStringLiteral("memory"), collectMemory(root)},
            {QStringLiteral("pci"), collectPci(root)},
            {QStringLiteral("nics"), collectNics(root)},
            {QStringLiteral("nvme"), collectNvme(root)},
            {QStringLiteral("ceph"), collectCeph(root, host)},
            {QStringLiteral("sample"), sampleBetween(root, before, readCounters(root))}};
}

} // namespace drover::agent
