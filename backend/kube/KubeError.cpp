#include "KubeError.h"

#include "KubeTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace drover::kube {

QString errorKindName(ErrorKind k)
{
    switch (k) {
    case ErrorKind::None: return QStringLiteral("ok");
    case ErrorKind::Config: return QStringLiteral("configuration");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Tls: return QStringLiteral("TLS");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::NotFound: return QStringLiteral("not found");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Gone: return QStringLiteral("gone");
    case ErrorKind::Invalid: return QStringLiteral("invalid");
    case ErrorKind::TooManyRequests: return QStringLiteral("too many requests");
    case ErrorKind::Unavailable: return QStringLiteral("unavailable");
    case ErrorKind::Server: return QStringLiteral("server error");
    case ErrorKind::Decode: return QStringLiteral("bad response");
    }
    return {};
}

static ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 401: return ErrorKind::Unauthorized;
    case 403: return ErrorKind::Forbidden;
    case 404: return ErrorKind::NotFound;
    case 409: return ErrorKind::Conflict;
    case 410: return ErrorKind::Gone;
    case 400:
    case 415:
    case 422: return ErrorKind::Invalid;
    case 429: return ErrorKind::TooManyRequests;
    case 503: return ErrorKind::Unavailable;
    case 504: return ErrorKind::Timeout;
    default: return status >= 500 ? ErrorKind::Server : ErrorKind::Invalid;
    }
}

KubeError KubeError::fromHttp(int status, const QByteArray &body, const QString &server)
{
    KubeError e;
    e.httpStatus = status;
    e.server = server;
    e.kind = kindForStatus(status);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error == QJsonParseError::NoError && doc.isObject() &&
        doc.object().value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        const QJsonObject s = doc.object();
        e.reason = s.value(QLatin1String("reason")).toString();
        e.message = s.value(QLatin1String("message")).toString();
        const QJsonObject details = s.value(QLatin1String("details")).toObject();
        e.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt();
        for (const QJsonValue &v : details.value(QLatin1String("causes")).toArray()) {
            const QJsonObject c = v.toObject();
            e.causes.append(StatusCause{c.value(QLatin1String("reason")).toString(), c.value(QLatin1String("message")).toString(),
                                        c.value(QLatin1String("field")).toString()});
        }
    } else {
        // Not a Status: a proxy or something that is not an API server answered.
        e.message = QString::fromUtf8(body.left(300)).trimmed();
    }
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1").arg(status);
    return e;
}

QString KubeError::requestInWords() const
{
    const ResourceAttributes &r = request;
    if (r.resource.isEmpty())
        return {};
    QString what;
    if (r.group == QLatin1String("subresources.kubevirt.io") && !r.subresource.isEmpty()) {
        // KubeVirt's subresources are actions: "stop virtualmachines", "pause virtualmachineinstances".
        if (r.subresource == QLatin1String("vnc"))
            what = Tr::tr("open the VNC console of %1").arg(r.resource);
        else if (r.subresource == QLatin1String("console"))
            what = Tr::tr("open the serial console of %1").arg(r.resource);
        else if (r.subresource == QLatin1String("vnc/screenshot"))
            what = Tr::tr("take screenshots of %1").arg(r.resource);
        else
            what = QStringLiteral("%1 %2").arg(r.subresource, r.resource);
    } else {
        what = QStringLiteral("%1 %2").arg(r.verb, r.subresource.isEmpty() ? r.resource : r.resource + QLatin1Char('/') + r.subresource);
    }
    return r.ns.isEmpty() ? Tr::tr("%1 at the cluster scope").arg(what)
                          : Tr::tr("%1 in namespace %2").arg(what, r.ns);
}

QString KubeError::userMessage() const
{
    const QString where = server.isEmpty() ? Tr::tr("the cluster") : server;
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::Config: return Tr::tr("The connection settings cannot be used: %1").arg(message);
    case ErrorKind::Network:
        return Tr::tr("Cannot reach %1: %2. Check that the server is running and the "
                              "address in your kubeconfig is right; Drover keeps retrying.")
            .arg(where, message);
    case ErrorKind::Tls:
        return Tr::tr("The TLS connection to %1 failed: %2. Check the certificate "
                              "authority and server name in your kubeconfig.")
            .arg(where, message);
    case ErrorKind::Timeout:
        return Tr::tr("%1 did not answer in time (%2).").arg(where, message);
    case ErrorKind::Unauthorized:
        return Tr::tr("%1 refused your credentials (401 Unauthorized): %2. Your token or "
                              "certificate may have expired; log in again or pick another context.")
            .arg(where, message);
    case ErrorKind::Forbidden:
        if (!request.resource.isEmpty())
            return Tr::tr("Your account may not %1 (forbidden: %2). Ask a cluster admin for "
                                  "the RBAC permission.")
                .arg(requestInWords(), message);
        return Tr::tr("You are not allowed to do this (403 Forbidden): %1. Ask a cluster "
                              "admin for the RBAC permission.")
            .arg(message);
    case ErrorKind::NotFound: return Tr::tr("Not found: %1.").arg(message);
    case ErrorKind::Conflict:
        return Tr::tr("Someone changed this object at the same time (409 %1): %2. Reload "
                              "and try again.")
            .arg(reason.isEmpty() ? QStringLiteral("Conflict") : reason, message);
    case ErrorKind::Gone: return Tr::tr("The data is too old (410 Gone): %1.").arg(message);
    case ErrorKind::Invalid: return Tr::tr("The server rejected the request: %1.").arg(message);
    case ErrorKind::TooManyRequests:
        return Tr::tr("The server is busy (429): %1. Drover will retry.").arg(message);
    case ErrorKind::Unavailable: return Tr::tr("Service unavailable (503): %1.").arg(message);
    case ErrorKind::Server:
        return Tr::tr("%1 had an internal error (HTTP %2): %3.").arg(where).arg(httpStatus).arg(message);
    case ErrorKind::Decode:
        return Tr::tr("%1 sent a response Drover cannot read: %2.").arg(where, message);
    }
    return message;
}

} // namespace drover::kube
