#include "WatchLine.h"

#include "RawPrint.h"

#include <simdjson.h>

#include <cstring>

#include <string_view>

namespace drover::kube {

static_assert(kParsePadding >= qsizetype(simdjson::SIMDJSON_PADDING),
              "text with kParsePadding of room must be parseable in place");

struct WatchLineParser::Impl
{
    simdjson::ondemand::parser parser;
    simdjson::ondemand::parser printParser; // rawPrint's own pass over an object
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

// Reads metadata.namespace/name/resourceVersion of an object already positioned at its start.
static simdjson::error_code readMeta(simdjson::ondemand::object &obj, QString *ns, QString *name, QString *rv)
{
    using namespace simdjson;
    for (auto f : obj) {
        std::string_view k;
        if (auto e = f.unescaped_key().get(k))
            return e;
        if (k != "metadata")
            continue;
        ondemand::object meta;
        if (auto e = f.value().get_object().get(meta))
            return e;
        for (auto m : meta) {
            std::string_view mk, v;
            if (auto e = m.unescaped_key().get(mk))
                return e;
            if (mk != "name" && mk != "namespace" && mk != "resourceVersion")
                continue;
            if (auto e = m.value().get_string().get(v))
                return e;
            *(mk == "name" ? name : mk == "namespace" ? ns : rv) = toQString(v);
        }
        break;
    }
    return SUCCESS;
}

Result<WatchLine> WatchLineParser::parse(const char *data, qsizetype size, qsizetype room, const JsonProjection *printed)
{
    using namespace simdjson;
    if (room < kParsePadding) {
        m_buffer.reserve(size + kParsePadding);
        m_buffer.resize(size);
        memcpy(m_buffer.data(), data, size_t(size));
        data = m_buffer.constData();
        room = m_buffer.capacity() - size;
    }
    WatchLine line;
    WatchLine *out = &line;
    bool sawObject = false;
    std::string_view rawObject; // in data, which has room after it
    // Every access goes through error codes: a server sending garbage gets a message, not a crash.
    auto fail = [](error_code e, const char *where) {
        return Result<WatchLine>::failure(QStringLiteral("%1: %2").arg(QLatin1String(where), QLatin1String(error_message(e))));
    };
    ondemand::document doc;
    if (auto e = m_impl->parser.iterate(data, size_t(size), size_t(size + room)).get(doc))
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
            rawObject = raw;
            sawObject = true;
            if (auto e = obj.reset().error())
                return fail(e, "object");
            if (auto e = readMeta(obj, &out->ns, &out->name, &out->resourceVersion))
                return fail(e, "metadata");
        }
    }
    if (out->type.isEmpty() || !sawObject)
        return Result<WatchLine>::failure(QStringLiteral("watch event without type or object"));
    if (printed) // the object's bytes end inside the line: the line's room follows them
        out->print = rawPrint(*printed, m_impl->printParser, rawObject.data(), rawObject.size(),
                              size_t(data + size + room - rawObject.data()));
    return line;
}


void WatchLineParser::shrink()
{
    constexpr size_t kKeep = 256 * 1024;
    if (m_impl->parser.capacity() <= kKeep && m_impl->printParser.capacity() <= kKeep && size_t(m_buffer.capacity()) <= kKeep)
        return;
    m_impl->parser = simdjson::ondemand::parser{};
    m_impl->printParser = simdjson::ondemand::parser{};
    m_buffer = QByteArray();
}

Result<ListPage> WatchLineParser::parseList(const QByteArray &body, const FieldStrip *strip)
{
    using namespace simdjson;
    // A body read with kParsePadding of room after it (KubeClient::toResponse leaves it) is parsed
    // where it is; another is copied into a block that has it: at 10,000 VMs that copy was 50 MB
    // of the list pages, on the GUI thread.
    m_buffer = body;
    if (body.capacity() - body.size() < kParsePadding)
        m_buffer.reserve(body.size() + kParsePadding);
    ListPage page;
    ListPage *out = &page;
    auto fail = [](error_code e, const char *where) {
        return Result<ListPage>::failure(QStringLiteral("%1: %2").arg(QLatin1String(where), QLatin1String(error_message(e))));
    };
    ondemand::document doc;
    if (auto e = m_impl->parser.iterate(m_buffer.constData(), size_t(m_buffer.size()), size_t(m_buffer.capacity())).get(doc))
        return fail(e, "list");
    ondemand::object top;
    if (auto e = doc.get_object().get(top))
        return fail(e, "list");
    bool sawItems = false;
    for (auto field : top) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return fail(e, "list key");
        if (key == "metadata") {
            ondemand::object meta;
            if (auto e = field.value().get_object().get(meta))
                return fail(e, "list metadata");
            for (auto m : meta) {
                std::string_view mk, v;
                if (auto e = m.unescaped_key().get(mk))
                    return fail(e, "list metadata key");
                if (mk != "resourceVersion" && mk != "continue")
                    continue;
                if (auto e = m.value().get_string().get(v))
                    return fail(e, "list metadata");
                (mk == "continue" ? out->continueToken : out->resourceVersion) = toQString(v);
            }
        } else if (key == "items") {
            ondemand::value v;
            if (auto e = field.value().get(v))
                return fail(e, "items");
            // is_null() as an error code: its bool conversion throws on a value that only
            // starts like null ("items":nul...), which would end the program.
            bool isNull = false;
            if (auto e = v.is_null().get(isNull))
                return fail(e, "items");
            if (isNull)
                continue; // Go's nil slice: an empty list
            ondemand::array items;
            if (auto e = v.get_array().get(items))
                return fail(e, "items");
            sawItems = true;
            for (auto element : items) {
                ondemand::object obj;
                if (auto e = element.get_object().get(obj))
                    return fail(e, "list item");
                std::string_view raw;
                if (auto e = obj.raw_json().get(raw))
                    return fail(e, "list item");
                ListItem item;
                item.object = LazyObject(strip ? strip->apply(raw.data(), qsizetype(raw.size()))
                                               : QByteArray(raw.data(), qsizetype(raw.size())));
                if (auto e = obj.reset().error())
                    return fail(e, "list item");
                QString ns, name;
                if (auto e = readMeta(obj, &ns, &name, &item.resourceVersion))
                    return fail(e, "list item metadata");
                item.key = ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
                out->items.append(std::move(item));
            }
        }
    }
    if (!sawItems && out->resourceVersion.isEmpty())
        return Result<ListPage>::failure(QStringLiteral("not a list (no items and no metadata.resourceVersion)"));
    return page;
}

} // namespace drover::kube
