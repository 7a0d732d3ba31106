#pragma once
// The fields of a JSON object a decoder reads, and nothing else, as a QJsonObject: the inverse of
// FieldStrip. A decoder that takes nine values out of a 3 kB VMI need not have Qt build the whole
// tree (~17 µs for a 2.9 kB VMI): the bytes are parsed with simdjson's DOM (which checks the
// whole text, as QJsonDocument does: ~1.4 µs) and only the named parts are written out as compact
// JSON for QJsonDocument (bench_facts has the figures).
//
// A path is a list of object keys, e.g. {"status", "conditions", "type"}; through an array it
// goes on into each element, so that keeps each condition's type (an array stays an array, its
// elements in order). The value at a path's end is kept whole; on the way, a value that is not
// an object or array is kept as it is, so a decoder sees the same types it would in the whole
// object and refuses the same things. Keys are matched exactly; a key that contains '.' can be
// named only in the QStringList form.
//
// Bytes simdjson refuses (not JSON; or JSON it does not take, such as an integer beyond 64 bits)
// or may read otherwise than Qt (a number it reads as 0.0: it takes "1e-400" as zero, Qt refuses
// the text) are left to QJsonDocument, whole: the result is then what the full parse gives. Anything that
// is not a JSON object gives an empty object, as QJsonDocument::fromJson(...).object() does.
// Copies share the rules; apply() may run on any thread.
#include "FieldsPrint.h"
#include "PathRules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace drover::kube {

class JsonProjection
{
public:
    JsonProjection() = default; // keeps nothing
    explicit JsonProjection(const QList<QStringList> &paths);
    // Dotted paths: "status.conditions.type".
    JsonProjection(std::initializer_list<const char *> dottedPaths);

    QJsonObject apply(const QByteArray &json) const;
    // The kept fields as compact JSON text, in the input's order (what apply() parses): equal
    // texts, equal projections. Empty for bytes left to Qt (above) or that are not an object.
    QByteArray text(const QByteArray &json) const;
    // The print of a text (text(), or rawPrint()'s).
    static FieldsPrint printOf(const char *text, qsizetype size);
    // The paths as rules (null for a projection that keeps nothing); two projections with the
    // same rules are copies of one.
    const PathRules *rules() const { return m_root.get(); }

private:
    std::shared_ptr<const PathRules> m_root;
};

} // namespace drover::kube
