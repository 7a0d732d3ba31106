#pragma once
// An object's bytes read with simdjson's DOM by the calling thread's own parser, for readers that
// walk the parse themselves (JsonProjection's text, models::VmFacts): one place for which bytes
// simdjson may read here and which are left to Qt. Left to Qt (read is not called): bytes simdjson
// refuses (not JSON; or JSON it does not take, such as an integer beyond 64 bits), anything not an
// object, and a text with a number simdjson reads as zero or subnormal (it takes "1e-400" as 0,
// where QJsonDocument refuses the whole text). Kube-internal (it names simdjson's types).
#include "JsonProjection.h"

#include <QByteArray>

#include <simdjson.h>

#include <functional>

namespace drover::kube {

// A bigger parse's buffers are freed after use: simdjson keeps ~14 bytes per byte of capacity.
constexpr size_t kKeepCapacity = 64 * 1024;

// Calls read with the root object while the parse lives (it must not keep it); false when the
// bytes are left to Qt. A big object's parser is freed after read returns.
bool readDom(const QByteArray &json, const std::function<void(simdjson::dom::object)> &read);

// The fields `fields` keeps of root, as JsonProjection::text() writes them.
QByteArray projectedText(const JsonProjection &fields, simdjson::dom::object root);

} // namespace drover::kube
