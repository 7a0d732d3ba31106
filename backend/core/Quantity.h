#pragma once
// Kubernetes resource.Quantity strings ("500m", "4Gi", "1.5", "2e3") as numbers.
#include "Result.h"

#include <QString>
#include <cstdint>

namespace drover::core {

// CPU in millicores: "2" -> 2000, "500m" -> 500. Fails on garbage.
Result<std::int64_t> parseCpuMillis(const QString &q);
// Bytes: "4Gi" -> 4294967296, "512M" -> 512000000, "1k" -> 1000. Fails on garbage.
Result<std::int64_t> parseBytes(const QString &q);
// "4.0 GiB", "512 MiB": for display.
QString formatBytes(std::int64_t bytes);

} // namespace drover::core
