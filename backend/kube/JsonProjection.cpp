#include "JsonProjection.h"

#include "JsonDom.h"
#include "JsonText.h"

#include <QHashFunctions>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <string_view>

namespace drover::kube {

namespace {

using namespace simdjson;

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

} // namespace

QByteArray projectedText(const JsonProjection &fields, dom::object root)
{
    thread_local std::string out;
    out.clear();
    if (fields.rules())
        appendProjectedObject(out, root, *fields.rules());
    QByteArray text(out.data(), qsizetype(out.size()));
    if (out.capacity() > kKeepCapacity)
        out = std::string();
    return text;
}

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
    QByteArray out;
    if (m_root)
        readDom(json, [&](dom::object root) { out = projectedText(*this, root); });
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
