#include "JsonOut.h"

#include <QLocale>

#include <cmath>

namespace drover::sim {
namespace {

void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype runStart = 0; // a run of ASCII that needs no escape is copied in one go
    auto flushRun = [&](qsizetype end) {
        for (qsizetype i = runStart; i < end; ++i)
            out.append(char(s[i].unicode()));
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
            continue;
        flushRun(i);
        runStart = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                out.append(esc, 6);
            } else {
                // Non-ASCII: take the whole non-ASCII stretch (surrogate pairs included) at once.
                qsizetype j = i;
                while (j < s.size() && s[j].unicode() >= 0x80)
                    ++j;
                out.append(s.mid(i, j - i).toUtf8());
                i = j - 1;
                runStart = j;
            }
        }
    }
    flushRun(s.size());
    out.append('"');
}

void appendNumber(QByteArray &out, const QJsonValue &v)
{
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        out.append("null"); // JSON has no NaN/Infinity; Qt writes null too
        return;
    }
    constexpr double exact = 9007199254740992.0; // 2^53: integral doubles below print as integers
    if (d == std::floor(d) && std::fabs(d) < exact) {
        out.append(QByteArray::number(v.toInteger()));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

} // namespace

void appendJson(QByteArray &out, const QJsonObject &o)
{
    out.append('{');
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendJson(out, it.value());
    }
    out.append('}');
}

void appendJson(QByteArray &out, const QJsonArray &a)
{
    out.append('[');
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i)
            out.append(',');
        appendJson(out, a.at(i));
    }
    out.append(']');
}

void appendJson(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: appendNumber(out, v); break;
    case QJsonValue::String: appendString(out, v.toString()); break;
    case QJsonValue::Array: appendJson(out, v.toArray()); break;
    case QJsonValue::Object: appendJson(out, v.toObject()); break;
    }
}

QByteArray toCompactJson(const QJsonObject &o)
{
    QByteArray out;
    out.reserve(2048);
    appendJson(out, o);
    return out;
}

} // namespace drover::sim
