#pragma once
// The backend/core decoders read objects the API server sent: each core target parses its input
// as JSON (as QJsonDocument does for LazyObject) and hands the object to its decoders.
#include "FuzzCommon.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace drover::fuzz {

inline QJsonObject jsonObject(const uint8_t *data, size_t size, bool *isObject)
{
    quietQt();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size));
    *isObject = doc.isObject();
    return doc.object();
}

} // namespace drover::fuzz
