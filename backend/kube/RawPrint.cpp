#include "RawPrint.h"

#include <string>
#include <string_view>

namespace drover::kube {

namespace {

using namespace simdjson;

// Not an error code simdjson uses for its own: the walk stops, no print.
constexpr error_code kNotPrintable = UNEXPECTED_ERROR;

std::string_view trimmed(std::string_view token)
{
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    return token;
}

// The key's bytes between its quotes, as sent; a key with an escape in it is not printable (it may
// spell a kept key otherwise, and unescaping would take the parser's string buffer a second time).
error_code rawKey(ondemand::field &field, std::string_view *key)
{
    const char *begin = field.key().raw();
    const char *end = begin;
    while (*end != '"') { // stage 1 found the closing quote: the scan ends there
        if (*end == '\\')
            return kNotPrintable;
        ++end;
    }
    *key = std::string_view(begin, size_t(end - begin));
    return SUCCESS;
}

error_code appendWhole(std::string &out, ondemand::value &v)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    std::string_view raw;
    error_code e = SUCCESS;
    if (type == ondemand::json_type::object) {
        ondemand::object o;
        e = v.get_object().get(o);
        if (!e)
            e = o.raw_json().get(raw);
    } else if (type == ondemand::json_type::array) {
        ondemand::array a;
        e = v.get_array().get(a);
        if (!e)
            e = a.raw_json().get(raw);
    } else {
        raw = v.raw_json_token();
    }
    if (!e)
        out += trimmed(raw);
    return e;
}

error_code appendKept(std::string &out, ondemand::value &v, const PathRules &rules);

error_code appendKeptObject(std::string &out, ondemand::object &object, const PathRules &rules)
{
    out += '{';
    for (auto field : object) {
        ondemand::field f;
        if (auto e = std::move(field).get(f))
            return e;
        std::string_view key;
        if (auto e = rawKey(f, &key))
            return e;
        const PathRule *rule = ruleFor(rules, key);
        if (!rule)
            continue; // the iteration skips the value
        out += key;
        out += ':';
        if (auto e = rule->whole ? appendWhole(out, f.value()) : appendKept(out, f.value(), rule->inside))
            return e;
        out += ',';
    }
    out += '}';
    return SUCCESS;
}

error_code appendKept(std::string &out, ondemand::value &v, const PathRules &rules)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::object) {
        ondemand::object o;
        if (auto e = v.get_object().get(o))
            return e;
        return appendKeptObject(out, o, rules);
    }
    if (type != ondemand::json_type::array)
        return appendWhole(out, v);
    ondemand::array a;
    if (auto e = v.get_array().get(a))
        return e;
    out += '[';
    for (auto element : a) {
        ondemand::value ev;
        if (auto e = std::move(element).get(ev))
            return e;
        if (auto e = appendKept(out, ev, rules))
            return e;
        out += ',';
    }
    out += ']';
    return SUCCESS;
}

} // namespace

FieldsPrint rawPrint(const JsonProjection &fields, ondemand::parser &parser, const char *json, size_t size, size_t capacity)
{
    const PathRules *rules = fields.rules();
    if (!rules)
        return {};
    ondemand::document doc;
    ondemand::object object;
    if (parser.iterate(json, size, capacity).get(doc) || doc.get_object().get(object))
        return {};
    thread_local std::string text;
    text.clear();
    if (appendKeptObject(text, object, *rules))
        return {};
    const FieldsPrint print = JsonProjection::printOf(text.data(), qsizetype(text.size()));
    if (text.capacity() > 64 * 1024)
        text = std::string();
    return print;
}

} // namespace drover::kube
