#pragma once
// Compact JSON text for QJson values, written straight into one growing buffer.
// Qt 6.4's QJsonDocument::toJson grows its output a few bytes at a time and was over half of
// the simulator's time when it streams watch events (perf, bench_ingest); this writer produces
// the same compact text (keys in QJsonObject's sorted order, numbers as Qt prints them).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace drover::sim {

void appendJson(QByteArray &out, const QJsonValue &v);
void appendJson(QByteArray &out, const QJsonObject &o);
void appendJson(QByteArray &out, const QJsonArray &a);
QByteArray toCompactJson(const QJsonObject &o);

} // namespace drover::sim
