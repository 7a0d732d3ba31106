#pragma once
// A fingerprint of the fields of an object a JsonProjection keeps: two 64-bit hashes of their
// text. Equal prints, equal fields (a reader that decoded them before need not again); a reader
// compares only prints of one projection made one way (JsonProjection::printOf of its text, or
// rawPrint() of the bytes as sent).
#include <QtGlobal>

namespace drover::kube {

struct FieldsPrint
{
    quint64 a = 0, b = 0; // 0, 0: none
    bool isSet() const { return a != 0 || b != 0; }
    bool operator==(const FieldsPrint &) const = default;
};

} // namespace drover::kube
