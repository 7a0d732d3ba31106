#include "FaultPlan.h"

#include <QtGlobal>

namespace drover::sim {

void FaultPlan::failNext(int count, int code, int retryAfterSeconds)
{
    m_count = qMax(0, count);
    m_code = qBound(400, code, 599);
    m_retryAfter = qMax(0, retryAfterSeconds);
}

void FaultPlan::outage(int ms)
{
    m_outage = QDeadlineTimer(qMax(0, ms));
}

std::optional<FaultPlan::Answer> FaultPlan::take()
{
    if (!m_outage.hasExpired())
        return Answer{503, reasonOf(503),
                      QStringLiteral("the server is currently unable to handle the request (drover-sim outage)")};
    if (m_count <= 0)
        return std::nullopt;
    --m_count;
    return Answer{m_code, reasonOf(m_code), QStringLiteral("injected failure (drover-sim fault injection)"), m_retryAfter};
}

// The reasons of apimachinery's pkg/api/errors for the codes a test injects: 429 from the
// max-in-flight filter (NewTooManyRequests), 503 from a storage not ready, 504 a server timeout;
// any other code is an internal error.
QString FaultPlan::reasonOf(int code)
{
    switch (code) {
    case 429: return QStringLiteral("TooManyRequests");
    case 503: return QStringLiteral("ServiceUnavailable");
    case 504: return QStringLiteral("Timeout");
    default: return QStringLiteral("InternalError");
    }
}

} // namespace drover::sim
