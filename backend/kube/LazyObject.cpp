#include "LazyObject.h"

#include <QJsonDocument>

namespace drover::kube {

LazyObject::LazyObject(QByteArray raw) : m_d(std::make_shared<Data>(Data{std::move(raw), std::nullopt})) {}

LazyObject::LazyObject(const QJsonObject &parsed) : m_d(std::make_shared<Data>(Data{{}, parsed})) {}

const QJsonObject &LazyObject::json() const
{
    static const QJsonObject empty;
    if (!m_d)
        return empty;
    if (!m_d->parsed) {
        m_d->parsed = QJsonDocument::fromJson(m_d->raw).object();
        m_d->raw = QByteArray(); // the parsed form is the one kept from now on
    }
    return *m_d->parsed;
}

QJsonObject LazyObject::parseWithoutKeeping() const
{
    if (!m_d)
        return {};
    return m_d->parsed ? *m_d->parsed : QJsonDocument::fromJson(m_d->raw).object();
}

} // namespace drover::kube
