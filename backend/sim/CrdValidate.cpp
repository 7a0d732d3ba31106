// Validation of a pruned custom resource against its structural schema, in kube-apiserver's
// words (sources in CrdSchema.h). Known differences from kube-apiserver 1.20:
//  - Go walks properties in map order, so the order of several errors varies from one request
//    to the next there; here it is the order of the object's keys, then the required ones
//    first (the same set of errors either way).
//  - Numbers are doubles here: integers beyond 2^53 lose precision, and 1.0 counts as an integer.
//  - format date-time is RFC 3339 by a pattern, not strfmt's time layouts.
//  - Defaults are applied on writes and on GET and LIST, not to watch events: the real server's
//    storage codec defaults every object it decodes, watch cache included. Objects that came in
//    through the API were defaulted when written; only the simulator's own writers bypass that.
#include "CrdSchema.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace drover::sim {

namespace {

// Go's %q for the strings the messages quote (printable text stays as it is).
QString goQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString goNumber(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9.2e18)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// field.Error.ErrorBody()'s rendering of a bad value: strings %q, numbers and booleans %v.
// (Objects and arrays are printed by Go as %#v of a map; those never reach a message here.)
QString goValue(const QJsonValue &v)
{
    if (v.isString())
        return goQuote(v.toString());
    if (v.isDouble())
        return goNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

// The type kube-openapi's typeValidator sees. An empty string counts as "null": its check
// `reflect.DeepEqual(reflect.Zero(reflect.TypeOf(data)), reflect.ValueOf(data))` (validate/
// type.go) holds for "" in kube-apiserver 1.20 builds, which then answer
// `x: Invalid value: "null": x in body must be of type string: "null"` for "" (seen on 1.20.2;
// 0 and false pass). A JSON null itself never gets there: it is pruned first (prunenulls.go).
QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::trunc(v.toDouble()) == v.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return v.toString().isEmpty() ? QStringLiteral("null") : QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    }
    return QStringLiteral("null");
}

struct Walk
{
    QList<CrdFieldError> errors;

    void required(const QString &field)
    {
        errors.append({QStringLiteral("FieldValueRequired"), field, QStringLiteral("Required value")});
    }
    // field.Invalid(path, value, detail): kube-openapi's message is the detail.
    void invalid(const QString &field, const QJsonValue &value, const QString &detail)
    {
        errors.append({QStringLiteral("FieldValueInvalid"), field,
                       QStringLiteral("Invalid value: %1: %2").arg(goValue(value), detail)});
    }
    void notSupported(const QString &field, const QJsonValue &value, const QJsonArray &allowed)
    {
        QStringList quoted;
        for (const QJsonValue &a : allowed)
            quoted.append(goQuote(a.toString()));
        errors.append({QStringLiteral("FieldValueNotSupported"), field,
                       QStringLiteral("Unsupported value: %1: supported values: %2").arg(goValue(value), quoted.join(QStringLiteral(", ")))});
    }

    bool checkType(const CrdSchemaNode &s, const QJsonValue &v, const QString &path);
    void checkString(const CrdSchemaNode &s, const QString &v, const QString &path);
    void checkNumber(const CrdSchemaNode &s, double v, const QString &path);
    void checkObject(const CrdSchemaNode &s, const QJsonObject &o, const QString &path, bool root);
    void value(const CrdSchemaNode &s, const QJsonValue &v, const QString &path);
};

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// errors/schema.go InvalidType: "%s in %s must be of type %s: %q" with the type it found.
bool Walk::checkType(const CrdSchemaNode &s, const QJsonValue &v, const QString &path)
{
    if (s.type.isEmpty())
        return true;
    const QString found = typeOf(v);
    if (found == s.type || (s.type == QLatin1String("number") && found == QLatin1String("integer")) ||
        (found == QLatin1String("null") && s.nullable))
        return true;
    invalid(path, found, QStringLiteral("%1 in body must be of type %2: %3").arg(path, s.type, goQuote(found)));
    return false;
}

// RFC 3339 as strfmt's DateTime takes it (date, 'T', time, optional fraction, zone).
bool isDateTime(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    return re.match(v).hasMatch();
}

// errors/schema.go TooShort, TooLong, FailedPattern, InvalidType (for formats).
void Walk::checkString(const CrdSchemaNode &s, const QString &v, const QString &path)
{
    const qint64 chars = v.toUcs4().size(); // Go counts runes
    if (s.minLength && chars < *s.minLength)
        invalid(path, v, QStringLiteral("%1 in body should be at least %2 chars long").arg(path).arg(*s.minLength));
    if (s.maxLength && chars > *s.maxLength)
        invalid(path, v, QStringLiteral("%1 in body should be at most %2 chars long").arg(path).arg(*s.maxLength));
    if (!s.pattern.isEmpty() && !s.regex.match(v).hasMatch())
        invalid(path, v, QStringLiteral("%1 in body should match '%2'").arg(path, s.pattern));
    if (s.format == QLatin1String("date-time") && !isDateTime(v))
        invalid(path, v, QStringLiteral("%1 in body must be of type date-time: %2").arg(path, goQuote(v)));
}

// errors/schema.go ExceedsMinimum / ExceedsMaximum.
void Walk::checkNumber(const CrdSchemaNode &s, double v, const QString &path)
{
    if (s.minimum && (s.exclusiveMinimum ? v <= *s.minimum : v < *s.minimum))
        invalid(path, v, QStringLiteral("%1 in body should be greater than %2%3")
                             .arg(path, s.exclusiveMinimum ? QString() : QStringLiteral("or equal to "), goNumber(*s.minimum)));
    if (s.maximum && (s.exclusiveMaximum ? v >= *s.maximum : v > *s.maximum))
        invalid(path, v, QStringLiteral("%1 in body should be less than %2%3")
                             .arg(path, s.exclusiveMaximum ? QString() : QStringLiteral("or equal to "), goNumber(*s.maximum)));
}

void Walk::checkObject(const CrdSchemaNode &s, const QJsonObject &o, const QString &path, bool root)
{
    for (const QString &r : s.required)
        if (!o.contains(r))
            required(child(path, r));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (root && (it.key() == QLatin1String("apiVersion") || it.key() == QLatin1String("kind") ||
                     it.key() == QLatin1String("metadata")))
            continue; // ObjectMeta and the type are the API machinery's, not the schema's
        const CrdSchemaNode *c = s.property(it.key());
        if (!c)
            c = s.additionalProperties.get();
        if (c)
            value(*c, it.value(), child(path, it.key()));
    }
}

void Walk::value(const CrdSchemaNode &s, const QJsonValue &v, const QString &path)
{
    const bool typed = checkType(s, v, path);
    if (v.isString())
        checkString(s, v.toString(), path);
    else if (v.isDouble())
        checkNumber(s, v.toDouble(), path);
    if (!s.enumValues.isEmpty() && !v.isNull() && !s.enumValues.contains(v))
        notSupported(path, v, s.enumValues);
    if (!typed)
        return;
    if (v.isObject())
        checkObject(s, v.toObject(), path, false);
    else if (v.isArray() && s.items)
        for (const QJsonValue &item : v.toArray())
            value(*s.items, item, path); // 1.20 names an item by its array's path, no index
}

} // namespace

QList<CrdFieldError> CrdSchemas::admit(const CrdSchemaNode &schema, QJsonObject &obj)
{
    pruneCustomResource(schema, obj); // the decoder's (schemaCoercingDecoder), then the codec's defaulting
    defaultCustomResource(schema, obj);
    Walk w;
    w.checkObject(schema, obj, QString(), true);
    return w.errors;
}

// apimachinery's errors.NewInvalid: "Kind.group \"name\" is invalid: " and the errors, one as
// it is, several as utilerrors.Aggregate prints them: "[a, b]" (repeated messages once).
QJsonObject invalidStatus(const QString &kind, const QString &group, const QString &name,
                          const QList<CrdFieldError> &errors)
{
    QJsonArray causes;
    QStringList messages;
    for (const CrdFieldError &e : errors) {
        causes.append(QJsonObject{{QStringLiteral("reason"), e.reason},
                                  {QStringLiteral("message"), e.message},
                                  {QStringLiteral("field"), e.field}});
        const QString m = e.field + QStringLiteral(": ") + e.message;
        if (!messages.contains(m))
            messages.append(m);
    }
    QString message = QStringLiteral("%1.%2 %3 is invalid").arg(kind, group, goQuote(name));
    if (messages.size() == 1)
        message += QStringLiteral(": ") + messages.first();
    else if (!messages.isEmpty())
        message += QStringLiteral(": [%1]").arg(messages.join(QStringLiteral(", ")));
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("reason"), QStringLiteral("Invalid")},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("name"), name},
                                                               {QStringLiteral("group"), group},
                                                               {QStringLiteral("kind"), kind},
                                                               {QStringLiteral("causes"), causes}}},
                       {QStringLiteral("code"), 422}};
}

} // namespace drover::sim
