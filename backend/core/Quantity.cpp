#include "Quantity.h"

#include <QRegularExpression>
#include <cmath>

namespace drover::core {

namespace {

// "1.5Gi" -> (1.5, 2^30). Suffixes as resource.Quantity: binary (Ki..Ei), decimal (n,u,m,k,M..E),
// or a decimal exponent (e3, E-2).
bool split(const QString &q, double *number, double *multiplier)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([+-]?(?:\d+\.?\d*|\.\d+))([eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$)"));
    const auto m = re.match(q.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    *number = m.captured(1).toDouble(&ok);
    if (!ok)
        return false;
    const QString s = m.captured(2);
    struct S { const char *name; double mul; };
    static const S table[] = {{"Ki", 1024.0}, {"Mi", std::pow(1024.0, 2)}, {"Gi", std::pow(1024.0, 3)},
                              {"Ti", std::pow(1024.0, 4)}, {"Pi", std::pow(1024.0, 5)}, {"Ei", std::pow(1024.0, 6)},
                              {"n", 1e-9}, {"u", 1e-6}, {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9},
                              {"T", 1e12}, {"P", 1e15}, {"E", 1e18}};
    *multiplier = 1.0;
    if (s.isEmpty())
        return true;
    if (s.size() > 1 && (s[0] == QLatin1Char('e') || s[0] == QLatin1Char('E')) && s != QLatin1String("Ei")) {
        *multiplier = std::pow(10.0, s.mid(1).toInt());
        return true;
    }
    for (const auto &e : table)
        if (s == QLatin1String(e.name)) {
            *multiplier = e.mul;
            return true;
        }
    return false;
}

} // namespace

Result<std::int64_t> parseCpuMillis(const QString &q)
{
    double n = 0, mul = 1;
    if (!split(q, &n, &mul) || n < 0)
        return Result<std::int64_t>::failure(QStringLiteral("'%1' is not a CPU quantity").arg(q));
    return std::int64_t(std::ceil(n * mul * 1000.0 - 1e-9));
}

Result<std::int64_t> parseBytes(const QString &q)
{
    double n = 0, mul = 1;
    if (!split(q, &n, &mul) || n < 0)
        return Result<std::int64_t>::failure(QStringLiteral("'%1' is not a memory quantity").arg(q));
    return std::int64_t(std::llround(n * mul));
}

QString formatBytes(std::int64_t bytes)
{
    const double b = double(bytes);
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (b < std::pow(1024.0, 2))
        return QStringLiteral("%1 KiB").arg(std::llround(b / 1024.0));
    if (b < std::pow(1024.0, 3))
        return QStringLiteral("%1 MiB").arg(std::llround(b / std::pow(1024.0, 2)));
    if (b < std::pow(1024.0, 4))
        return QStringLiteral("%1 GiB").arg(b / std::pow(1024.0, 3), 0, 'f', 1);
    return QStringLiteral("%1 TiB").arg(b / std::pow(1024.0, 4), 0, 'f', 1);
}

} // namespace drover::core
