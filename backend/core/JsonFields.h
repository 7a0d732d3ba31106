#pragma once
// Reading one field of decoded JSON: the one home for what every decoder in core needs (absent
// or of another type reads as empty, as QJsonValue's conversions do).
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace drover::core {

inline QJsonObject objectAt(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

inline QJsonObject objectAt(const QJsonObject &o, const char *key)
{
    return objectAt(o, QLatin1StringView(key));
}

inline QString stringAt(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

inline QString stringAt(const QJsonObject &o, const char *key)
{
    return stringAt(o, QLatin1StringView(key));
}

} // namespace drover::core
