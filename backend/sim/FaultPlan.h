#pragma once
// The simulator's injected API failures: what the next requests get instead of the server's
// answer — a run of failures with one status code (and a Retry-After), or 503s for a while as an
// unreachable server gives. Plain state with no socket: ApiServer asks take() before it serves a
// request and writes the answer it gets, so a test can ask it directly.
#include <QDeadlineTimer>
#include <QString>

#include <optional>

namespace drover::sim {

class FaultPlan
{
public:
    // A failure as kube-apiserver words it: the HTTP status, the metav1.Status reason and message,
    // and the seconds a client is told to wait (0: no Retry-After).
    struct Answer
    {
        int code = 0;
        QString reason;
        QString message;
        int retryAfterSeconds = 0;
    };

    // The next `count` requests fail with `code` (400-599).
    void failNext(int count, int code, int retryAfterSeconds = 0);
    // Every request answers 503 for `ms` milliseconds (0 ends an outage).
    void outage(int ms);
    int queuedFailures() const { return m_count; }

    // What the next request answers instead of the server, if anything. An outage comes first and
    // leaves queued failures for after it; a queued failure is used up.
    std::optional<Answer> take();

    // The metav1.Status reason kube-apiserver gives with a status code.
    static QString reasonOf(int code);

private:
    int m_count = 0;
    int m_code = 500;
    int m_retryAfter = 0;
    QDeadlineTimer m_outage; // default: already expired
};

} // namespace drover::sim
