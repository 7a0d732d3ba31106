#include "JsonProjection.h"

#include "JsonText.h"

#include <QHashFunctions>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace drover::kube {

namespace {

using namespace simdjson;

// A bigger object's parser is freed after use: simdjson keeps ~14 bytes per byte of capacity.
constexpr size_t kKeepCapacity = 64 * 1024;

// A value compact, as the input has it.
void appendWhole(std::string &out, dom::element e)
{
    out += simdjson::minify(e);
}

void appendProjected(std::string &out, dom::element e, const PathRules &rules);

void appendProjectedObject(std::string &out, dom::object obj, const PathRules &rules)
{
    out += '{';
    bool first = true;
    for (dom::key_value_pair kv : obj) {
        const PathRule *rule = ruleFor(rules, kv.key);
        if (!rule)
            continue;
        if (!first)
            out += ',';
        first = false;
        appendJsonKey(out, kv.key);
        if (rule->whole)
            appendWhole(out, kv.value);
        else
            appendProjected(out, kv.value, rule->inside);
    }
    out += '}';
}

void appendProjected(std::string &out, dom::element e, const PathRules &rules)
{
    if (e.type() == dom::element_type::OBJECT) {
        appendProjectedObject(out, dom::object(e), rules);
    } else if (e.type() == dom::element_type::ARRAY) {
        out += '[';
        bool first = true;
        for (dom::element v : dom::array(e)) {
            if (!first)
                out += ',';
            first = false;
            appendProjected(out, v, rules);
        }
        out += ']';
    } else {
        appendWhole(out, e);
    }
}

// A number simdjson read as zero or subnormal: it takes a number too small for a double
// ("1e-400") as 0, where QJsonDocument refuses the whole text. Such a text (or a plain 0.0) is
// left to Qt.
bool hasZeroDouble(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::OBJECT:
        for (dom::key_value_pair kv : dom::object(e))
            if (hasZeroDouble(kv.value))
                return true;
        return false;
    case dom::element_type::ARRAY:
        for (dom::element v : dom::array(e))
            if (hasZeroDouble(v))
                return true;
        return false;
    case dom::element_type::DOUBLE: return std::fabs(double(e)) < std::numeric_limits<double>::min();
    default: return false;
    }
}

struct Scratch
{
    dom::parser parser;
    std::string input;  // the object plus simdjson's padding
    std::string output; // the projection as compact JSON
};

} // namespace

JsonProjection::JsonProjection(const QList<QStringList> &paths)
{
    auto root = std::make_shared<PathRules>();
    for (const QStringList &p : paths)
        if (!p.isEmpty())
            addPath(*root, p, 0);
    m_root = std::move(root);
}

JsonProjection::JsonProjection(std::initializer_list<const char *> dottedPaths)
{
    auto root = std::make_shared<PathRules>();
    for (const char *p : dottedPaths)
        addPath(*root, QString::fromLatin1(p).split(QLatin1Char('.')), 0);
    m_root = std::move(root);
}

QByteArray JsonProjection::text(const QByteArray &json) const
{
    if (!m_root || json.isEmpty())
        return {};
    thread_local Scratch s;
    s.input.assign(json.constData(), size_t(json.size()));
    s.input.resize(size_t(json.size()) + SIMDJSON_PADDING);
    s.output.clear();
    dom::element root;
    if (!s.parser.parse(s.input.data(), size_t(json.size()), false).get(root) && root.type() == dom::element_type::OBJECT &&
        !hasZeroDouble(root))
        appendProjectedObject(s.output, dom::object(root), *m_root);
    QByteArray out(s.output.data(), qsizetype(s.output.size()));
    if (s.parser.capacity() > kKeepCapacity) {
        s.parser = dom::parser{};
        s.input = std::string();
        s.output = std::string();
    }
    return out;
}

FieldsPrint JsonProjection::printOf(const char *text, qsizetype size)
{
    return FieldsPrint{quint64(qHashBits(text, size_t(size), size_t(0x9e3779b97f4a7c15ULL))),
                       quint64(qHashBits(text, size_t(size), size_t(0x243f6a8885a308d3ULL)))};
}

// The kept fields are written out as compact JSON and read by QJsonDocument: Qt builds a tree
// from text in bulk faster than QJsonObject::insert() builds it value by value (a first version
// that inserted took 12.5 µs a VMI for this step, the text and Qt's parse of it take ~5).
// What simdjson refuses or reads otherwise, Qt judges whole: the same answer as without a
// projection.
QJsonObject JsonProjection::apply(const QByteArray &json) const
{
    if (!m_root || json.isEmpty())
        return {};
    const QByteArray kept = text(json);
    return QJsonDocument::fromJson(kept.isEmpty() ? json : kept).object();
}

} // namespace drover::kube
