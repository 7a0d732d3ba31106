#include "CrdTable.h"

#include "JsonOut.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace drover::sim {

QString acceptedTableVersion(const QByteArray &accept)
{
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed();
        if (type != "application/json" && type != "application/*" && type != "*/*")
            continue;
        QByteArray as, g, v;
        for (const QByteArray &param : parts.mid(1)) {
            const QByteArray p = param.trimmed();
            if (p.startsWith("as="))
                as = p.mid(3);
            else if (p.startsWith("g="))
                g = p.mid(2);
            else if (p.startsWith("v="))
                v = p.mid(2);
        }
        if (as.isEmpty())
            return QString(); // plain JSON first
        if (as == "Table" && g == "meta.k8s.io" && (v == "v1" || v == "v1beta1"))
            return QString::fromLatin1(v);
        // Other forms (as=PartialObjectMetadata…) are not served here: the next range is asked.
    }
    return QString();
}

QString humanDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    const auto two = [](qint64 a, const char *ua, qint64 b, const char *ub) {
        return b == 0 ? QString::number(a) + QLatin1String(ua)
                      : QString::number(a) + QLatin1String(ua) + QString::number(b) + QLatin1String(ub);
    };
    if (minutes < 10)
        return two(minutes, "m", seconds % 60, "s");
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return two(hours, "h", minutes % 60, "m");
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8)
        return two(hours / 24, "d", hours % 24, "h");
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8)
        return two(hours / 24 / 365, "y", (hours / 24) % 365, "d");
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

namespace {

// jsonpath with AllowMissingKeys: nullopt when a field on the way is missing or not an object.
std::optional<QJsonValue> lookup(const QJsonObject &obj, const QString &path)
{
    QJsonValue v = obj;
    for (const QString &field : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (!v.isObject() || !v.toObject().contains(field))
            return std::nullopt;
        v = v.toObject().value(field);
    }
    return v;
}

// A decoded JSON number as Go holds it in an unstructured object: int64 when it is integral.
bool isInt64(double d)
{
    return std::trunc(d) == d && std::fabs(d) < 9.2e18;
}

// jsonpath PrintResults of one value: strings as they are, maps and slices as JSON, the rest
// as fmt prints them.
QString printed(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return isInt64(v.toDouble()) ? QString::number(qint64(v.toDouble()))
                                     : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(toCompactJson(v.toObject()));
    case QJsonValue::Array: {
        QByteArray out;
        appendJson(out, v.toArray());
        return QString::fromUtf8(out);
    }
    default:
        return QString();
    }
}

// metav1.Time.UnmarshalQueryParameter: time.Parse(time.RFC3339, …), "" and "null" the zero time.
std::optional<QDateTime> parseTime(const QString &s, bool *zero)
{
    *zero = s.isEmpty() || s == QLatin1String("null");
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(s);
    if (*zero || !m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : int(m.captured(7).mid(1).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const int offset = m.captured(8) == QLatin1String("Z")
                           ? 0
                           : (m.captured(9) == QLatin1String("-") ? -1 : 1) * (m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60);
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

} // namespace

QJsonValue tableCell(const CrdPrinterColumn &column, const QJsonObject &obj, const QDateTime &now)
{
    const std::optional<QJsonValue> v = lookup(obj, column.jsonPath);
    const QString &type = column.type;
    if (!v || v->isNull() || v->isUndefined())
        return QJsonValue::Null;
    if (type == QLatin1String("string"))
        return printed(*v);
    if (type == QLatin1String("integer") && v->isDouble())
        return double(qint64(v->toDouble())); // Go's int64(float64): towards zero
    if (type == QLatin1String("number") && v->isDouble())
        return v->toDouble();
    if (type == QLatin1String("boolean") && v->isBool())
        return v->toBool();
    if (type == QLatin1String("date") && v->isString()) {
        bool zero = false;
        const std::optional<QDateTime> t = parseTime(v->toString(), &zero);
        if (zero)
            return QStringLiteral("<unknown>");
        return t ? humanDuration(t->msecsTo(now)) : QStringLiteral("<invalid>");
    }
    return QJsonValue::Null;
}

namespace {

QJsonObject row(const CrdSchemas::Kind &kind, const QJsonObject &obj, const QString &apiVersion,
                const QString &includeObject, const QDateTime &now)
{
    const QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    QJsonArray cells{meta.value(QLatin1String("name")).toString()};
    for (const CrdPrinterColumn &c : kind.columns)
        cells.append(tableCell(c, obj, now));
    QJsonValue object = QJsonValue::Null; // None
    if (includeObject == QLatin1String("Object"))
        object = obj;
    else if (includeObject.isEmpty() || includeObject == QLatin1String("Metadata"))
        object = QJsonObject{{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                             {QStringLiteral("apiVersion"), apiVersion},
                             {QStringLiteral("metadata"), meta}};
    return QJsonObject{{QStringLiteral("cells"), cells}, {QStringLiteral("object"), object}};
}

} // namespace

Result<QJsonObject> customResourceTable(const CrdSchemas::Kind &kind, const QJsonObject &obj, bool isList,
                                        const QString &tableVersion, const QString &includeObject,
                                        const QDateTime &now)
{
    static const QStringList known = {QString(), QStringLiteral("Metadata"), QStringLiteral("Object"), QStringLiteral("None")};
    if (!known.contains(includeObject))
        return Result<QJsonObject>::failure(QStringLiteral("unrecognized includeObject value: \"%1\"").arg(includeObject));
    const QString apiVersion = QStringLiteral("meta.k8s.io/") + tableVersion;
    QJsonArray columns{QJsonObject{{QStringLiteral("name"), QStringLiteral("Name")},
                                   {QStringLiteral("type"), QStringLiteral("string")},
                                   {QStringLiteral("format"), QStringLiteral("name")},
                                   {QStringLiteral("description"),
                                    QStringLiteral("Name must be unique within a namespace. Is required when creating resources, "
                                                   "although some resources may allow a client to request the generation of an "
                                                   "appropriate name automatically. Name is primarily intended for creation "
                                                   "idempotence and configuration definition. Cannot be updated. More info: "
                                                   "http://kubernetes.io/docs/user-guide/identifiers#names")},
                                   {QStringLiteral("priority"), 0}}};
    for (const CrdPrinterColumn &c : kind.columns)
        columns.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                                   {QStringLiteral("format"), c.format}, {QStringLiteral("description"), c.description},
                                   {QStringLiteral("priority"), c.priority}});
    QJsonArray rows;
    QJsonObject tableMeta;
    const QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    if (isList) {
        tableMeta = meta; // resourceVersion, continue
        for (const QJsonValue &item : obj.value(QLatin1String("items")).toArray())
            rows.append(row(kind, item.toObject(), apiVersion, includeObject, now));
    } else {
        tableMeta.insert(QStringLiteral("resourceVersion"), meta.value(QLatin1String("resourceVersion")));
        rows.append(row(kind, obj, apiVersion, includeObject, now));
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Table")},
                       {QStringLiteral("apiVersion"), apiVersion},
                       {QStringLiteral("metadata"), tableMeta},
                       {QStringLiteral("columnDefinitions"), columns},
                       {QStringLiteral("rows"), rows}};
}

} // namespace drover::sim
