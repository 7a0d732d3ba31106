#include "LazyObject.h"

#include "JsonProjection.h"

#include <QJsonDocument>

#include <atomic>

namespace drover::kube {

namespace {

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

} // namespace

LazyObject::LazyObject(QByteArray raw) : m_d(std::make_shared<Data>(Data{std::move(raw), {}, nextSerial(), {}, nullptr})) {}

LazyObject::LazyObject(QByteArray raw, const FieldsPrint &print, const JsonProjection &printedBy)
    : m_d(std::make_shared<Data>(Data{std::move(raw), {}, nextSerial(), print, print.isSet() ? printedBy.rules() : nullptr}))
{
}

LazyObject::LazyObject(const QJsonObject &parsed) : m_d(std::make_shared<Data>(Data{{}, parsed, nextSerial(), {}, nullptr})) {}

QJsonObject LazyObject::json() const
{
    if (!m_d)
        return {};
    return m_d->raw.isEmpty() ? m_d->parsed : QJsonDocument::fromJson(m_d->raw).object();
}

QJsonObject LazyObject::project(const JsonProjection &fields) const
{
    if (!m_d)
        return {};
    return m_d->raw.isEmpty() ? m_d->parsed : fields.apply(m_d->raw);
}

QByteArray LazyObject::projectedText(const JsonProjection &fields) const
{
    return m_d ? fields.text(m_d->raw) : QByteArray();
}

FieldsPrint LazyObject::printFor(const JsonProjection &fields) const
{
    return m_d && m_d->printedBy && m_d->printedBy == fields.rules() ? m_d->print : FieldsPrint();
}

} // namespace drover::kube
