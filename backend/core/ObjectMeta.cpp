#include "ObjectMeta.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace drover::core {

QMap<QString, QString> stringMapFromJson(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    return out;
}

QDateTime timeFromJson(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

ObjectMeta ObjectMeta::fromJson(const QJsonObject &m)
{
    ObjectMeta meta;
    meta.name = m.value(QLatin1String("name")).toString();
    meta.ns = m.value(QLatin1String("namespace")).toString();
    meta.uid = m.value(QLatin1String("uid")).toString();
    meta.resourceVersion = m.value(QLatin1String("resourceVersion")).toString();
    meta.creationTimestamp = timeFromJson(m.value(QLatin1String("creationTimestamp")));
    meta.deletionTimestamp = timeFromJson(m.value(QLatin1String("deletionTimestamp")));
    meta.labels = stringMapFromJson(m.value(QLatin1String("labels")));
    meta.annotations = stringMapFromJson(m.value(QLatin1String("annotations")));
    return meta;
}

QList<Condition> conditionsFromJson(const QJsonValue &conditions)
{
    QList<Condition> out;
    for (const auto &v : conditions.toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            continue;
        out.append(Condition{type, c.value(QLatin1String("status")).toString(),
                             c.value(QLatin1String("reason")).toString(),
                             c.value(QLatin1String("message")).toString(),
                             timeFromJson(c.value(QLatin1String("lastTransitionTime")))});
    }
    return out;
}

const Condition *findCondition(const QList<Condition> &conditions, const QString &type)
{
    for (const auto &c : conditions)
        if (c.type == type)
            return &c;
    return nullptr;
}

bool isDnsSubdomain(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !s.isEmpty() && s.size() <= 253 && re.match(s).hasMatch();
}

bool isDnsLabel(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return !s.isEmpty() && s.size() <= 63 && re.match(s).hasMatch();
}

QString namespaceOfKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : key.left(slash);
}

QString nameOfKey(const QString &key)
{
    return key.mid(key.indexOf(QLatin1Char('/')) + 1);
}

} // namespace drover::core
