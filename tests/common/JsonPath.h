#pragma once
// A value deep in decoded JSON by a dotted path, numbers indexing arrays ("spec.template.spec.
// volumes.0.name"): what tests compare objects with. Absent reads as undefined.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace drover::test {

inline QJsonValue jsonAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(part);
    }
    return v;
}

} // namespace drover::test
