#pragma once
// A JSON object kept as the bytes the API server sent and parsed on first use.
// Watch streams deliver far more updates than anyone looks at: parsing every one into a
// QJsonObject costs ~20 µs for a VMI, so caches keep the bytes and views parse what they show.
// Copies share the bytes and the parsed form. Not thread-safe: use on one thread.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <memory>
#include <optional>

namespace drover::kube {

class LazyObject
{
public:
    LazyObject() = default;
    explicit LazyObject(QByteArray raw);
    LazyObject(const QJsonObject &parsed); // NOLINT: an already-parsed object converts freely

    // The parsed object (empty when the bytes are not a JSON object).
    const QJsonObject &json() const;
    // The parsed object without keeping it: for a reader that decodes once into its own type
    // (ops::DecodedCache), so the cache holds the compact bytes, not a parsed tree besides.
    QJsonObject parseWithoutKeeping() const;
    operator QJsonObject() const { return json(); } // NOLINT: reads like the QJsonObject it holds
    QJsonValue value(const QString &key) const { return json().value(key); }
    QJsonValue value(QLatin1String key) const { return json().value(key); }
    QJsonValue operator[](const QString &key) const { return json().value(key); }
    bool isEmpty() const { return !m_d || (m_d->raw.isEmpty() && (!m_d->parsed || m_d->parsed->isEmpty())); }
    bool isParsed() const { return m_d && m_d->parsed.has_value(); }

private:
    struct Data
    {
        QByteArray raw;
        std::optional<QJsonObject> parsed;
    };
    std::shared_ptr<Data> m_d;
};

} // namespace drover::kube
