#pragma once
// Kubernetes resource.Quantity strings ("500m", "4Gi", "1.5", "2e3") as numbers.
#include "Result.h"

#include <QJsonValue>
#include <QString>
#include <cstdint>

namespace drover::core {

// CPU in millicores: "2" -> 2000, "500m" -> 500. Fails on garbage.
Result<std::int64_t> parseCpuMillis(const QString &q);
// Bytes: "4Gi" -> 4294967296, "512M" -> 512000000, "1k" -> 1000. Fails on garbage.
Result<std::int64_t> parseBytes(const QString &q);
// Both round up, as resource.Quantity's MilliValue()/Value() do: "0.5m" -> 1 millicore, "0.5" -> 1
// byte. Negative and out-of-int64 values fail.

// A quantity as it sits in JSON: a string, or a number (Quantity.UnmarshalJSON accepts both).
// Anything else (bool, object, null) fails with the value in the message.
Result<std::int64_t> cpuMillisFromJson(const QJsonValue &v);
Result<std::int64_t> bytesFromJson(const QJsonValue &v);

// "4.0 GiB", "512 MiB": for display.
QString formatBytes(std::int64_t bytes);

} // namespace drover::core
