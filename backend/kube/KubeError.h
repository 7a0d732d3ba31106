#pragma once
// A failed API call as a value: what kind of failure, the server's own reason and message
// (from its metav1.Status body), and a sentence for a person saying what to do.
#include "ApiResource.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace drover::kube {

enum class ErrorKind {
    None,
    Config,       // the kubeconfig or credentials could not be used
    Network,      // connection refused, host not found, dropped
    Tls,          // certificate not trusted, wrong name
    Timeout,
    Unauthorized, // 401
    Forbidden,    // 403
    NotFound,     // 404
    Conflict,     // 409 (resourceVersion or AlreadyExists)
    Gone,         // 410 (resourceVersion too old)
    Invalid,      // 400, 422
    TooManyRequests, // 429
    Unavailable,  // 503: for consoles, someone else holds the session
    Server,       // other 5xx
    Decode,       // the server answered something that is not what the API promises
};

// One metav1.StatusCause: which field a refusal is about (an admission webhook's or the API
// server's validation), e.g. {"FieldValueRequired", "no memory requested, ...",
// "spec.template.spec.domain.resources"}.
struct StatusCause
{
    QString type;
    QString message;
    QString field;
    bool operator==(const StatusCause &) const = default;
};

struct KubeError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString reason;  // metav1.Status.reason, e.g. "Conflict", "AlreadyExists", "Expired"
    QString message; // the server's or the transport's own words
    QString server;  // which server, for messages
    // The server asked to wait this long before trying again (a Retry-After header, or the
    // Status's details.retryAfterSeconds, as 429s and a starting server's 503s carry). 0: not said.
    int retryAfterSeconds = 0;
    // What the failed request asked for (verb, resource, namespace), when it was an API request:
    // a 403 then says in words what the account may not do.
    ResourceAttributes request;
    // The Status's details.causes: a refused create or update names the fields at fault.
    QList<StatusCause> causes;

    bool ok() const { return kind == ErrorKind::None; }
    // Plain words with a hint of what to do, e.g. "The server https://… refused the
    // credentials (401 Unauthorized): the token may have expired; log in again or pick another
    // context."
    QString userMessage() const;

    // "stop virtualmachines in namespace prod", "list nodes at the cluster scope"; empty
    // when the request is not known.
    QString requestInWords() const;

    // From an HTTP status and a response body (a metav1.Status when the API server sent it).
    static KubeError fromHttp(int status, const QByteArray &body, const QString &server);
};

QString errorKindName(ErrorKind k);

} // namespace drover::kube

Q_DECLARE_METATYPE(drover::kube::KubeError)
