#pragma once
// Reads one watch event line ({"type":…,"object":{…}}) without building a DOM: the type, the
// object's namespace, name and resourceVersion, and the object's own bytes (simdjson on-demand,
// ~2 µs for a 1.7 kB VMI against ~20 µs for QJsonDocument).
#include "FieldStrip.h"
#include "FieldsPrint.h"
#include "LazyObject.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace drover::kube {

class JsonProjection;

// simdjson reads up to this many bytes past the end of its input (SIMDJSON_PADDING, checked in
// WatchLine.cpp): text with that much allocated room after it is parsed where it is, other text
// is copied into a block that has it.
inline constexpr qsizetype kParsePadding = 64;

struct WatchLine
{
    QByteArray type; // ADDED, MODIFIED, DELETED, BOOKMARK, ERROR
    QString ns;
    QString name;
    QString resourceVersion;
    QByteArray object; // the raw JSON of "object"
    FieldsPrint print; // of the fields parse() was asked to print (rawPrint), else none
};

// One object of a list, read the same way: its key, version and bytes.
struct ListItem
{
    QString key; // "namespace/name" or "name"
    QString resourceVersion;
    LazyObject object;
};

struct ListPage
{
    QList<ListItem> items;
    QString resourceVersion;
    QString continueToken;
};

class WatchLineParser
{
public:
    WatchLineParser();
    ~WatchLineParser();
    WatchLineParser(const WatchLineParser &) = delete;
    WatchLineParser &operator=(const WatchLineParser &) = delete;
    // The event, or an Invalid error saying where the line stops being a watch event. room: how
    // many readable bytes follow the line in its buffer (whatever they hold); with kParsePadding
    // of them the line is parsed in place, else it is copied. With printed, the object's print of
    // those fields (rawPrint, a pass of its own once the line is read; none if it cannot be).
    Result<WatchLine> parse(const char *data, qsizetype size, qsizetype room = 0, const JsonProjection *printed = nullptr);
    // A list response ({"metadata":{…},"items":[…]}): each item kept as its own bytes, so a
    // 10,000-object list never becomes a QJsonObject tree. Items are kept without strip's fields
    // when one is given.
    Result<ListPage> parseList(const QByteArray &body, const FieldStrip *strip = nullptr);
    // Frees the parser's buffers when a big input (a list page) grew them: simdjson's index of a
    // 1.5 MB page and the page's padded copy are ~15 MB a process would otherwise keep for good.
    void shrink();

private:
    struct Impl;
    Impl *m_impl;
    QByteArray m_buffer; // text without room of its own, copied with kParsePadding after it
};

} // namespace drover::kube
