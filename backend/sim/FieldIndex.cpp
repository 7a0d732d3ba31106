#include "FieldIndex.h"
#include "WatchFilter.h"

#include <algorithm>

namespace drover::sim {

FieldIndex::FieldIndex(Kind kind, const QString &name) : m_kind(kind), m_name(name) {}

std::optional<QString> FieldIndex::valueOf(const QJsonObject &obj) const
{
    if (m_kind == Kind::Field)
        return fieldValue(obj, m_name);
    const QJsonValue v = obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject().value(m_name);
    return v.isString() ? std::optional(v.toString()) : std::nullopt;
}

void FieldIndex::update(const QString &key, const QJsonObject *before, const QJsonObject *after)
{
    const std::optional<QString> from = before ? valueOf(*before) : std::nullopt;
    const std::optional<QString> to = after ? valueOf(*after) : std::nullopt;
    if (from == to)
        return;
    if (const auto it = from ? m_keys.find(*from) : m_keys.end(); it != m_keys.end()) {
        it->remove(key);
        if (it->isEmpty())
            m_keys.erase(it);
    }
    if (to)
        m_keys[*to].insert(key);
}

std::optional<QStringList> FieldIndex::candidates(const WatchFilter &f) const
{
    std::optional<QString> value;
    if (m_kind == Kind::Label && f.labels.contains(m_name))
        value = f.labels.value(m_name);
    for (const WatchFilter::FieldTerm &t : f.fields)
        if (m_kind == Kind::Field && !t.negated && t.path == m_name)
            value = t.value;
    if (!value)
        return std::nullopt;
    const QSet<QString> found = m_keys.value(*value);
    QStringList out(found.cbegin(), found.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace drover::sim
