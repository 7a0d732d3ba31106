#include "Quantity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <optional>

namespace drover::core {

namespace {

// resource.Quantity grammar (k8s.io/apimachinery/pkg/api/resource/quantity.go):
//   <quantity> ::= <sign><number><suffix>
//   <number>   ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
//   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei | n | u | m | "" | k | M | G | T | P | E
//                | e<signedNumber> | E<signedNumber>
// The value is kept exact as mantissa * 2^exp2 * 10^exp10: doubles would lose bytes in "1.1Gi"
// and overflow silently on "8Ei".
struct Decimal
{
    bool negative = false;
    std::uint64_t mantissa = 0; // at most 19 significant digits
    int exp10 = 0;
    int exp2 = 0;
    bool inexact = false; // nonzero digits beyond the 19th were dropped
};

enum class Failure { None, Syntax, Range };

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A decimal exponent after 'e'/'E': [+-]digits, bounded so that it cannot overflow an int.
bool parseExponent(QStringView s, int *out, Failure *why)
{
    qsizetype i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
        neg = s[i++] == QLatin1Char('-');
    if (i == s.size())
        return false;
    long value = 0;
    for (; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return false;
        value = value * 10 + (s[i].unicode() - '0');
        if (value > 100000) {
            *why = Failure::Range;
            return false;
        }
    }
    *out = int(neg ? -value : value);
    return true;
}

bool parseSuffix(QStringView s, Decimal *d, Failure *why)
{
    struct Suffix
    {
        const char *name;
        int exp10;
        int exp2;
    };
    static constexpr Suffix table[] = {{"", 0, 0},    {"Ki", 0, 10}, {"Mi", 0, 20}, {"Gi", 0, 30},
                                       {"Ti", 0, 40}, {"Pi", 0, 50}, {"Ei", 0, 60}, {"n", -9, 0},
                                       {"u", -6, 0},  {"m", -3, 0},  {"k", 3, 0},   {"M", 6, 0},
                                       {"G", 9, 0},   {"T", 12, 0},  {"P", 15, 0},  {"E", 18, 0}};
    for (const auto &e : table) {
        if (s == QLatin1String(e.name)) {
            d->exp10 += e.exp10;
            d->exp2 = e.exp2;
            return true;
        }
    }
    if (s.size() > 1 && (s[0] == QLatin1Char('e') || s[0] == QLatin1Char('E'))) {
        int exp = 0;
        if (!parseExponent(s.mid(1), &exp, why))
            return false;
        d->exp10 += exp;
        return true;
    }
    return false;
}

Failure parseDecimal(QStringView s, Decimal *d)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
        d->negative = s[i++] == QLatin1Char('-');
    int digits = 0;
    int significant = 0;
    bool afterPoint = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('.') && !afterPoint) {
            afterPoint = true;
            continue;
        }
        if (!isDigit(c))
            break;
        ++digits;
        const int v = c.unicode() - '0';
        if (significant < 19) {
            d->mantissa = d->mantissa * 10 + std::uint64_t(v);
            if (d->mantissa != 0)
                ++significant;
            if (afterPoint)
                --d->exp10;
        } else {
            if (!afterPoint)
                ++d->exp10;
            if (v != 0)
                d->inexact = true;
        }
    }
    if (digits == 0)
        return Failure::Syntax;
    Failure why = Failure::Syntax;
    if (!parseSuffix(s.mid(i), d, &why))
        return why;
    return Failure::None;
}

// ceil(q * 10^scale10) as an int64: resource.Quantity's Value()/MilliValue() round up too.
Result<std::int64_t> scaled(const QString &q, int scale10, const char *what)
{
    Decimal d;
    const Failure f = parseDecimal(q, &d);
    if (f == Failure::Syntax)
        return Result<std::int64_t>::failure(
            QStringLiteral("'%1' is not a %2 quantity").arg(q, QLatin1String(what)));
    const auto outOfRange = [&] {
        return Result<std::int64_t>::failure(
            QStringLiteral("'%1' is out of range for a %2 quantity").arg(q, QLatin1String(what)));
    };
    if (f == Failure::Range)
        return outOfRange();

    constexpr unsigned __int128 max = std::numeric_limits<std::int64_t>::max();
    // mantissa < 10^19 < 2^64 and exp2 <= 60, so this product fits in 128 bits.
    unsigned __int128 r = static_cast<unsigned __int128>(d.mantissa) << d.exp2;
    const int exp10 = d.exp10 + scale10;
    if (r != 0 && exp10 >= 0) {
        for (int k = 0; k < exp10; ++k) {
            r *= 10;
            if (r > max)
                return outOfRange();
        }
        if (d.inexact)
            ++r;
    } else if (r != 0) {
        if (-exp10 > 38) {
            r = 1; // a positive value far below one unit rounds up to one
        } else {
            unsigned __int128 divisor = 1;
            for (int k = 0; k < -exp10; ++k)
                divisor *= 10;
            const bool remainder = r % divisor != 0;
            r = r / divisor + ((remainder || d.inexact) ? 1 : 0);
        }
    }
    if (r > max)
        return outOfRange();
    if (d.negative && r != 0)
        return Result<std::int64_t>::failure(
            QStringLiteral("'%1' is a negative %2 quantity").arg(q, QLatin1String(what)));
    return static_cast<std::int64_t>(r);
}

// The text of a JSON quantity, or nullopt with the value rendered for the error message.
std::optional<QString> quantityText(const QJsonValue &v, QString *rendered)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        *rendered = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isNull() || v.isUndefined())
        *rendered = QStringLiteral("null");
    else if (v.isObject())
        *rendered = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else
        *rendered = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return std::nullopt;
}

Result<std::int64_t> fromJson(const QJsonValue &v, Result<std::int64_t> (*parse)(const QString &),
                              const char *what)
{
    QString rendered;
    if (const auto text = quantityText(v, &rendered))
        return parse(*text);
    return Result<std::int64_t>::failure(
        QStringLiteral("%1 is not a %2 quantity").arg(rendered, QLatin1String(what)));
}

} // namespace

Result<std::int64_t> cpuMillisFromJson(const QJsonValue &v)
{
    return fromJson(v, parseCpuMillis, "CPU");
}

Result<std::int64_t> bytesFromJson(const QJsonValue &v)
{
    return fromJson(v, parseBytes, "memory");
}

Result<std::int64_t> parseCpuMillis(const QString &q)
{
    return scaled(q, 3, "CPU");
}

Result<std::int64_t> parseBytes(const QString &q)
{
    return scaled(q, 0, "memory");
}

QString formatBytes(std::int64_t bytes)
{
    if (bytes < 0) {
        // -INT64_MIN does not exist; one byte off at -8 EiB is invisible at one decimal.
        return QLatin1Char('-') + formatBytes(bytes == std::numeric_limits<std::int64_t>::min()
                                                  ? std::numeric_limits<std::int64_t>::max()
                                                  : -bytes);
    }
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    constexpr int last = 6;
    int k = 1;
    while (k < last && bytes >= (std::int64_t(1) << (10 * (k + 1))))
        ++k;
    // Round first, then move up a unit if rounding reached 1024 ("1023.97 GiB" is "1.0 TiB").
    for (;; ++k) {
        const double v = double(bytes) / double(std::int64_t(1) << (10 * k));
        if (k < 3) {
            const long long whole = qRound64(v);
            if (whole < 1024)
                return QStringLiteral("%1 %2").arg(whole).arg(QLatin1String(units[k]));
        } else {
            const double tenths = double(qRound64(v * 10.0)) / 10.0;
            if (tenths < 1024.0 || k == last)
                return QStringLiteral("%1 %2").arg(tenths, 0, 'f', 1).arg(QLatin1String(units[k]));
        }
    }
}

} // namespace drover::core
