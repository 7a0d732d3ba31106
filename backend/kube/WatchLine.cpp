#include "WatchLine.h"

#include <simdjson.h>

#include <cstring>

#include <string_view>

namespace drover::kube {

struct WatchLineParser::Impl
{
    simdjson::ondemand::parser parser;
};

WatchLineParser::WatchLineParser() : m_impl(new Impl) {}

WatchLineParser::~WatchLineParser()
{
    delete m_impl;
}

static QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool WatchLineParser::parse(const char *data, qsizetype size, WatchLine *out, QString *error)
{
    using namespace simdjson;
    m_buffer.reserve(size + qsizetype(SIMDJSON_PADDING));
    m_buffer.resize(size);
    memcpy(m_buffer.data(), data, size_t(size));
    *out = WatchLine{};
    bool sawObject = false;
    // Every access goes through error codes: a server sending garbage gets a message, not a crash.
    auto fail = [&](error_code e, const char *where) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(where), QLatin1String(error_message(e)));
        return false;
    };
    ondemand::document doc;
    if (auto e = m_impl->parser.iterate(m_buffer.constData(), size_t(size), size_t(m_buffer.capacity())).get(doc))
        return fail(e, "watch event");
    ondemand::object top;
    if (auto e = doc.get_object().get(top))
        return fail(e, "watch event");
    for (auto field : top) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return fail(e, "watch event key");
        if (key == "type") {
            std::string_view t;
            if (auto e = field.value().get_string().get(t))
                return fail(e, "type");
            out->type = QByteArray(t.data(), qsizetype(t.size()));
        } else if (key == "object") {
            ondemand::object obj;
            if (auto e = field.value().get_object().get(obj))
                return fail(e, "object");
            std::string_view raw;
            if (auto e = obj.raw_json().get(raw))
                return fail(e, "object");
            out->object = QByteArray(raw.data(), qsizetype(raw.size()));
            sawObject = true;
            if (auto e = obj.reset().error())
                return fail(e, "object");
            for (auto f : obj) {
                std::string_view k;
                if (auto e = f.unescaped_key().get(k))
                    return fail(e, "object key");
                if (k != "metadata")
                    continue;
                ondemand::object meta;
                if (auto e = f.value().get_object().get(meta))
                    return fail(e, "metadata");
                for (auto m : meta) {
                    std::string_view mk, v;
                    if (auto e = m.unescaped_key().get(mk))
                        return fail(e, "metadata key");
                    if (mk != "name" && mk != "namespace" && mk != "resourceVersion")
                        continue;
                    if (auto e = m.value().get_string().get(v))
                        return fail(e, "metadata");
                    (mk == "name" ? out->name : mk == "namespace" ? out->ns : out->resourceVersion) = toQString(v);
                }
                break;
            }
        }
    }
    if (out->type.isEmpty() || !sawObject) {
        *error = QStringLiteral("watch event without type or object");
        return false;
    }
    return true;
}

} // namespace drover::kube
