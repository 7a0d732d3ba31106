#include "SimAdmin.h"

namespace drover::sim {

static QString noEndpoint(const QString &name)
{
    return QStringLiteral("no admin endpoint %1").arg(name);
}

Result<SimAdmin::Done> SimAdmin::post(const QString &name, const QUrlQuery &query) const
{
    const auto action = m_actions.constFind(name);
    if (action == m_actions.cend())
        return Result<Done>::failure(Error::Kind::NotFound, noEndpoint(name));
    return (*action)(query);
}

SimAdmin::Reply SimAdmin::reply(QHttpServerRequest::Method method, const QString &name, const QUrlQuery &query) const
{
    using M = QHttpServerRequest::Method;
    if (method == M::Get && !m_queries.isEmpty()) {
        const auto q = m_queries.constFind(name);
        if (q == m_queries.cend())
            return {404, QStringLiteral("NotFound"), noEndpoint(name), std::nullopt};
        return {200, QString(), QString(), (*q)(query)};
    }
    if (method != M::Post)
        return {405, QStringLiteral("MethodNotAllowed"), QStringLiteral("admin endpoints take POST"), std::nullopt};
    const Result<Done> done = post(name, query);
    if (!done) {
        const auto [code, reason] = statusOf(done.error().kind);
        return {code, reason, done.error().message, std::nullopt};
    }
    return {done->queued ? 202 : 200, QString(), done->message, std::nullopt};
}

std::pair<int, QString> SimAdmin::statusOf(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::NotFound: return {404, QStringLiteral("NotFound")};
    case Error::Kind::Invalid: return {400, QStringLiteral("BadRequest")};
    case Error::Kind::None:
    case Error::Kind::Io: break;
    }
    return {500, QStringLiteral("InternalError")};
}

} // namespace drover::sim
