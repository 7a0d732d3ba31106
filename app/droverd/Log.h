#pragma once
// droverd's log: spdlog on stderr (unbuffered, as Kubernetes components write theirs), text or one
// JSON object per line ({"ts","level","msg"}). No secret is ever passed here.
#include <QString>

#include <spdlog/common.h>

namespace drover::app {

void setupLogging(bool json, bool debug = false);
void logLine(spdlog::level::level_enum level, const QString &msg);

} // namespace drover::app
