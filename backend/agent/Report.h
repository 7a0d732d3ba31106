#pragma once
// The whole report (schema drover.io/agent-report/v1, docs/agent-report.md) of the machine
// under root; `sample` averages since boot unless `before` counters are given.
#include "Collectors.h"

namespace drover::agent {

inline constexpr const char *kReportSchema = "drover.io/agent-report/v1";
QString hostnameOf(const AgentRoot &root);
QJsonObject buildReport(const AgentRoot &root, const Counters *before = nullptr);

} // namespace drover::agent
