#include "JsonYaml.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

// What kubectl 1.20 runs: sigs.k8s.io/yaml → gopkg.in/yaml.v2's encoder (encode.go stringv picks
// the style) → its port of libyaml's emitter (emitterc.go: analyze_scalar, select_scalar_style,
// write_plain/single/double/literal, best_indent 2, best_width 80, sequences in mappings not
// indented). The rules below follow those files.

namespace drover::core {

namespace {

constexpr int kWidth = 80; // libyaml's best_width: plain and quoted scalars fold past it

// A plain scalar YAML 1.1 (yaml.v2's resolve) reads as something else: a bool, null, a number,
// a timestamp, a base-60 float or the merge key. yaml.v2 double-quotes these.
bool readsAsNonString(const QString &s)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|<<"
        "|[-+]?(?:\\d[\\d_]*)?\\.?\\d+(?:[eE][-+]?\\d+)?|[-+]?\\d[\\d_]*\\.(?:[eE][-+]?\\d+)?"
        "|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO]?[0-7_]+|[-+]?0[bB][01_]+"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|[-+]?\\d[\\d_]*(?::[0-5]?\\d)+(?:\\.[\\d_]*)?"
        "|\\d{4}-\\d\\d?-\\d\\d?(?:(?:[Tt]|[ \\t]+)\\d\\d?:\\d\\d:\\d\\d(?:\\.\\d*)?(?:[ \\t]*(?:Z|[-+]\\d\\d?(?::\\d\\d)?))?)?"
        ")$"));
    return special.match(s).hasMatch();
}

bool printable(QChar c)
{
    const ushort u = c.unicode();
    return u == 0x0A || (u >= 0x20 && u <= 0x7E) || u == 0x85 || (u >= 0xA0 && u <= 0xD7FF) ||
           (u >= 0xE000 && u <= 0xFFFD && u != 0xFEFF) || c.isSurrogate();
}

enum class Style { Plain, Single, Double, Literal };

// yaml_emitter_analyze_scalar + select_scalar_style for a block-context scalar.
Style styleOf(const QString &s, bool isKey)
{
    // A literal block cannot hold trailing spaces or unprintable characters: those go double-quoted.
    const bool blockAllowed = !s.contains(QLatin1String(" \n")) && std::all_of(s.begin(), s.end(), [](QChar c) { return printable(c); });
    if (s.contains(QLatin1Char('\n')))
        return blockAllowed && !isKey ? Style::Literal : Style::Double;
    if (readsAsNonString(s))
        return Style::Double;
    bool plain = !s.isEmpty(), single = true;
    if (!s.isEmpty() && (s.front() == u' ' || s.back() == u' '))
        plain = false;
    if (s.startsWith(QLatin1String("---")) || s.startsWith(QLatin1String("...")))
        plain = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool followedByBlank = i + 1 >= s.size() || s[i + 1] == u' ' || s[i + 1] == u'\t';
        if (!printable(c) || c == u'\t') {
            plain = single = false;
        } else if (i == 0) {
            if (QStringLiteral("#,[]{}&*!|>'\"%@`").contains(c) || ((c == u'?' || c == u':' || c == u'-') && followedByBlank))
                plain = false;
        } else if ((c == u':' && followedByBlank) || (c == u'#' && s[i - 1] == u' ')) {
            plain = false;
        }
    }
    return plain ? Style::Plain : single ? Style::Single : Style::Double;
}

class Writer
{
public:
    QString text;

    void value(const QJsonValue &v, int indent);
    void mapping(const QJsonObject &o, int indent, bool inlineFirst);
    void sequence(const QJsonArray &a, int indent);

private:
    int column() const { return int(text.size() - (text.lastIndexOf(u'\n') + 1)); }
    void newline(int indent) { text += u'\n' + QString(indent, u' '); }
    void scalar(const QString &s, int indent, bool isKey);
    void folded(const QString &s, int indent, bool isKey, QChar quote);
    void doubleQuoted(const QString &s, int indent, bool isKey);
    void literal(const QString &s, int indent);
};

// Plain and single-quoted: a space past the width (not before another space) becomes a line break.
void Writer::folded(const QString &s, int indent, bool isKey, QChar quote)
{
    if (!quote.isNull())
        text += quote;
    bool spaces = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u' ') {
            if (!isKey && !spaces && column() > kWidth && i + 1 < s.size() && s[i + 1] != u' ' && i != 0)
                newline(indent);
            else
                text += c;
            spaces = true;
        } else {
            text += c;
            if (c == u'\'' && quote == u'\'')
                text += c;
            spaces = false;
        }
    }
    if (!quote.isNull())
        text += quote;
}

void Writer::doubleQuoted(const QString &s, int indent, bool isKey)
{
    text += u'"';
    bool spaces = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool lineBreak = c == u'\n' || c == u'\r' || c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029;
        if (!printable(c) || lineBreak || c == u'"' || c == u'\\' || c == u'\t') {
            static const QHash<ushort, QString> named{{0, QStringLiteral("\\0")},   {7, QStringLiteral("\\a")},  {8, QStringLiteral("\\b")},
                                                     {9, QStringLiteral("\\t")},   {10, QStringLiteral("\\n")}, {11, QStringLiteral("\\v")},
                                                     {12, QStringLiteral("\\f")},  {13, QStringLiteral("\\r")}, {27, QStringLiteral("\\e")},
                                                     {34, QStringLiteral("\\\"")}, {92, QStringLiteral("\\\\")},
                                                     {0x85, QStringLiteral("\\N")}, {0x2028, QStringLiteral("\\L")}, {0x2029, QStringLiteral("\\P")}};
            text += named.value(c.unicode(), QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper().replace(u'X', u'x'));
            spaces = false;
        } else if (c == u' ') {
            if (!isKey && !spaces && column() > kWidth && i != 0 && i + 1 < s.size()) {
                newline(indent);
                if (s[i + 1] == u' ')
                    text += u'\\';
            } else {
                text += c;
            }
            spaces = true;
        } else {
            text += c;
            spaces = false;
        }
    }
    text += u'"';
}

// "|" (clip), "|-" (no final newline) or "|+" (more than one); an indentation indicator when
// the first line starts with a space.
void Writer::literal(const QString &s, int indent)
{
    text += u'|';
    if (s.startsWith(u' '))
        text += u'2';
    if (!s.endsWith(u'\n'))
        text += u'-';
    else if (s.endsWith(QLatin1String("\n\n")))
        text += u'+';
    QStringList lines = s.split(u'\n');
    if (s.endsWith(u'\n'))
        lines.removeLast();
    for (const QString &line : std::as_const(lines)) {
        text += u'\n';
        if (!line.isEmpty())
            text += QString(indent, u' ') + line;
    }
}

void Writer::scalar(const QString &s, int indent, bool isKey)
{
    switch (styleOf(s, isKey)) {
    case Style::Plain:
        return folded(s, indent, isKey, {});
    case Style::Single:
        return folded(s, indent, isKey, u'\'');
    case Style::Double:
        return doubleQuoted(s, indent, isKey);
    case Style::Literal:
        return literal(s, indent);
    }
}

QString number(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    // yaml.v2 writes floats with strconv.FormatFloat(f, 'g', -1, 64).
    QString g = QString::number(d, 'g', 17);
    for (int p = 1; p <= 17; ++p)
        if (QString::number(d, 'g', p).toDouble() == d) {
            g = QString::number(d, 'g', p);
            break;
        }
    return g;
}

// A value after "key:" or "- ": scalars and empty collections on the same line, others below.
void Writer::value(const QJsonValue &v, int indent)
{
    switch (v.type()) {
    case QJsonValue::Object:
        if (v.toObject().isEmpty()) {
            text += QStringLiteral(" {}");
        } else {
            newline(indent + 2);
            mapping(v.toObject(), indent + 2, true);
        }
        return;
    case QJsonValue::Array:
        if (v.toArray().isEmpty()) {
            text += QStringLiteral(" []");
        } else {
            newline(indent); // a sequence in a mapping is not indented
            sequence(v.toArray(), indent);
        }
        return;
    case QJsonValue::String:
        text += u' ';
        return scalar(v.toString(), indent + 2, false);
    case QJsonValue::Bool:
        text += v.toBool() ? QStringLiteral(" true") : QStringLiteral(" false");
        return;
    case QJsonValue::Double:
        text += u' ' + number(v.toDouble());
        return;
    default:
        text += QStringLiteral(" null");
    }
}

void Writer::mapping(const QJsonObject &o, int indent, bool inlineFirst)
{
    bool first = inlineFirst;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!first)
            newline(indent);
        first = false;
        scalar(it.key(), indent, true);
        text += u':';
        value(it.value(), indent);
    }
}

void Writer::sequence(const QJsonArray &a, int indent)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i > 0)
            newline(indent);
        text += QStringLiteral("- ");
        const QJsonValue v = a[i];
        if (v.isObject() && !v.toObject().isEmpty()) {
            mapping(v.toObject(), indent + 2, true);
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            sequence(v.toArray(), indent + 2);
        } else {
            text.chop(1); // value() writes its own space
            value(v, indent);
        }
    }
}

} // namespace

QString jsonToYaml(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}\n");
    Writer w;
    w.mapping(object, 0, true);
    return w.text + QLatin1Char('\n');
}

} // namespace drover::core
