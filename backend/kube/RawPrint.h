#pragma once
// The print of the fields a JsonProjection keeps, read from an object's bytes by simdjson's
// on-demand parser (WatchLineParser, after the line read well: a parse of its own, so nothing it
// meets can change how the line reads). The text printed is the kept keys and their values as the
// input spells them: equal prints, equal bytes, equal values. It is not JsonProjection::text()'s
// (which is compact, from a DOM): a reader compares it only with prints made the same way, and an
// unequal print only costs a decode. Kube-internal (it names simdjson's types).
#include "JsonProjection.h"

#include <simdjson.h>

namespace drover::kube {

// None (isSet() false) when the bytes are not an object, or the walk meets something it does not
// read as bytes (a key written with escapes: it could spell a kept key) or an error: the reader
// decodes then, as without a print. capacity: the readable bytes from json on (at least
// size + SIMDJSON_PADDING). Nothing is unescaped.
FieldsPrint rawPrint(const JsonProjection &fields, simdjson::ondemand::parser &parser, const char *json, size_t size,
                     size_t capacity);

} // namespace drover::kube
