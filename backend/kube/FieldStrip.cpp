#include "FieldStrip.h"

#include "JsonText.h"

#include <simdjson.h>

#include <cstring>
#include <string_view>

namespace drover::kube {

namespace {

using namespace simdjson;

constexpr size_t kKeepParserCapacity = 256 * 1024; // a bigger object's parser is freed after use

// A value's own bytes, as the input has them.
error_code appendRaw(std::string &out, ondemand::value &v, ondemand::json_type type)
{
    std::string_view raw;
    if (type == ondemand::json_type::object) {
        ondemand::object o;
        if (auto e = v.get_object().get(o))
            return e;
        if (auto e = o.raw_json().get(raw))
            return e;
    } else if (type == ondemand::json_type::array) {
        ondemand::array a;
        if (auto e = v.get_array().get(a))
            return e;
        if (auto e = a.raw_json().get(raw))
            return e;
    } else {
        raw = v.raw_json_token();
    }
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    out.append(raw);
    return SUCCESS;
}

error_code copyObject(std::string &out, ondemand::object obj, const PathRules &rules, bool *changed)
{
    out += '{';
    bool first = true;
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        const PathRule *rule = ruleFor(rules, key);
        if (rule && rule->whole) {
            *changed = true;
            continue; // its value is skipped by the loop
        }
        const std::string keyCopy(key); // key points into the parser's string buffer
        ondemand::value v;
        if (auto e = field.value().get(v))
            return e;
        ondemand::json_type type;
        if (auto e = v.type().get(type))
            return e;
        if (!first)
            out += ',';
        first = false;
        appendJsonKey(out, keyCopy);
        if (rule && type == ondemand::json_type::object) {
            ondemand::object inner;
            if (auto e = v.get_object().get(inner))
                return e;
            if (auto e = copyObject(out, inner, rule->inside, changed))
                return e;
        } else if (auto e = appendRaw(out, v, type)) {
            return e;
        }
    }
    out += '}';
    return SUCCESS;
}

struct Scratch
{
    ondemand::parser parser;
    std::string input;  // the object plus simdjson's padding
    std::string output;
};

} // namespace

FieldStrip::FieldStrip(const QList<QStringList> &paths)
{
    auto root = std::make_shared<PathRules>();
    for (const QStringList &p : paths)
        if (!p.isEmpty())
            addPath(*root, p, 0);
    if (!root->empty())
        m_root = std::move(root);
}

QByteArray FieldStrip::apply(const QByteArray &json) const
{
    QByteArray out;
    return m_root && strip(json.constData(), json.size(), &out) ? out : json; // unchanged: share the bytes given
}

QByteArray FieldStrip::apply(const char *data, qsizetype size) const
{
    QByteArray out;
    return m_root && strip(data, size, &out) ? out : QByteArray(data, size);
}

bool FieldStrip::strip(const char *data, qsizetype size, QByteArray *out) const
{
    if (size <= 0)
        return false;
    thread_local Scratch s;
    s.input.assign(data, size_t(size));
    s.input.resize(size_t(size) + SIMDJSON_PADDING);
    s.output.clear();
    bool changed = false;
    ondemand::document doc;
    ondemand::object obj;
    error_code e = s.parser.iterate(s.input.data(), size_t(size), s.input.size()).get(doc);
    if (!e)
        e = doc.get_object().get(obj);
    if (!e)
        e = copyObject(s.output, obj, *m_root, &changed);
    const bool stripped = !e && changed;
    if (stripped)
        *out = QByteArray(s.output.data(), qsizetype(s.output.size())); // exactly its size
    if (s.parser.capacity() > kKeepParserCapacity) {
        s.parser = ondemand::parser{};
        s.input = std::string();
        s.output = std::string();
    }
    return stripped;
}

} // namespace drover::kube
