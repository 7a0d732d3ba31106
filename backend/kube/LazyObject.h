#pragma once
// A JSON object kept as the bytes the API server sent, parsed where it is read.
// Watch streams deliver far more updates than anyone looks at, and a parsed QJsonObject is many
// times the size of its bytes (at 10,000 VMs the kept trees were ~300 MB of the console's
// 480 MB): caches keep the bytes, and a reader parses, decodes into its own compact type
// (models::VmSummaryStore, ops::DecodedCache) and drops the tree. An object built from a
// QJsonObject (apply() of a server's reply) keeps that object instead.
// Copies share the bytes. serial() tells one stored version from another (a new object, or a new
// version of one, gets a new serial; copies share theirs), so decoded values can be kept per
// version without holding the bytes. An object never changes once made: a copy may be read on
// another thread (models::VmSummaryStore's worker decodes copies); the cache that hands them out
// is used on one thread.
#include "FieldsPrint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <memory>

namespace drover::kube {

class JsonProjection;

class LazyObject
{
public:
    LazyObject() = default;
    explicit LazyObject(QByteArray raw);
    // Bytes with the print of the fields `printedBy` keeps (WatchLine::print), so a reader of
    // those fields knows a version that left them as they were without parsing it.
    LazyObject(QByteArray raw, const FieldsPrint &print, const JsonProjection &printedBy);
    LazyObject(const QJsonObject &parsed); // NOLINT: an already-parsed object converts freely

    // The parsed object (empty when the bytes are not a JSON object), parsed anew at each call:
    // a reader that needs several fields takes it once.
    QJsonObject json() const;
    // Only the fields `fields` names, for a decoder that reads a few of many (JsonProjection); an
    // object built from a QJsonObject gives it whole.
    QJsonObject project(const JsonProjection &fields) const;
    // Those fields as compact JSON text (JsonProjection::text); empty for an object built from a
    // QJsonObject or bytes simdjson refuses.
    QByteArray projectedText(const JsonProjection &fields) const;
    // The bytes as the server sent them; empty for an object built from a QJsonObject.
    QByteArray bytes() const { return m_d ? m_d->raw : QByteArray(); }
    // The print of the fields `fields` keeps, when this object carries one of them (none else).
    FieldsPrint printFor(const JsonProjection &fields) const;
    operator QJsonObject() const { return json(); } // NOLINT: reads like the QJsonObject it holds
    QJsonValue value(const QString &key) const { return json().value(key); }
    QJsonValue value(QLatin1String key) const { return json().value(key); }
    QJsonValue operator[](const QString &key) const { return json().value(key); }
    bool isEmpty() const { return !m_d || (m_d->raw.isEmpty() && m_d->parsed.isEmpty()); }
    // 0 for an empty LazyObject; unique per constructed object otherwise.
    quint64 serial() const { return m_d ? m_d->serial : 0; }

private:
    struct Data
    {
        QByteArray raw;
        QJsonObject parsed; // only for an object built from a QJsonObject
        quint64 serial = 0;
        FieldsPrint print;               // of the fields printedBy keeps
        const void *printedBy = nullptr; // JsonProjection::rules() of the projection
    };
    std::shared_ptr<Data> m_d;
};

} // namespace drover::kube
