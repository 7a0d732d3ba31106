#pragma once
// drover-agent's collectors, one per report section (docs/agent-report.md). Each returns its
// section, or {"available": false, "reason": …} when its source is missing; none throws.
#include "AgentRoot.h"

#include <QJsonObject>

namespace drover::agent {

QJsonObject collectSystem(const AgentRoot &root);
QJsonObject collectCpu(const AgentRoot &root);
QJsonObject collectMemory(const AgentRoot &root);
QJsonObject collectPci(const AgentRoot &root);
QJsonObject collectNics(const AgentRoot &root);
QJsonObject collectNvme(const AgentRoot &root);
QJsonObject collectCeph(const AgentRoot &root, const QString &hostname);

// One smartctl --json document (its exit status too) to the report's health object.
QJsonObject healthFromSmartctl(const QByteArray &json, int exitStatus);
// The NVMe SMART / Health log page (512 bytes, as `nvme smart-log -o binary` writes it) to the
// report's health object; and the page read from a controller (/dev/nvmeX) with the admin ioctl.
constexpr int kNvmeSmartLogSize = 512;
QJsonObject healthFromSmartLog(const QByteArray &page);
// Io, saying why, when the device cannot be opened or does not answer as an NVMe controller.
Result<QByteArray> readSmartLogIoctl(const QString &device);
// SMBIOS type 17 (Memory Device) raw structure to a DIMM, or empty when no module is installed.
QJsonObject dimmFromSmbios(const QByteArray &raw);

// Counters for the live sample: read twice and diff (see Samples.cpp).
struct Counters
{
    qint64 msecs = 0;
    quint64 cpuBusy = 0, cpuTotal = 0;
    QHash<QString, QPair<quint64, quint64>> disks; // read, written bytes
    QHash<QString, QPair<quint64, quint64>> nets;  // rx, tx bytes
};
Counters readCounters(const AgentRoot &root);
// The sample between two readings (a null `before`: averages since boot).
QJsonObject sampleBetween(const AgentRoot &root, const Counters *before, const Counters &after);

} // namespace drover::agent
