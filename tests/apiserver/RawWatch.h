#pragma once
// One watch request as it comes off the wire (no Informer in between): every event in order,
// the HTTP status, and whether the server ended the stream.
#include "ApiResource.h"
#include "KubeClient.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrlQuery>

namespace drover::test {

class RawWatch
{
public:
    struct Event
    {
        QString type; // ADDED, MODIFIED, DELETED, BOOKMARK, ERROR
        QJsonObject object;
        QString name() const;
        QString resourceVersion() const;
        QString annotation(const QString &key) const;
    };

    // Opens GET {collection}?watch=1&{query} with the client's TLS and credential.
    RawWatch(kube::KubeClient *client, const kube::ApiResource &r, const QString &ns, const QUrlQuery &query);
    ~RawWatch();
    RawWatch(const RawWatch &) = delete;
    RawWatch &operator=(const RawWatch &) = delete;

    const QList<Event> &events() const { return m_events; }
    bool finished() const { return m_finished; }
    int httpStatus() const { return m_status; }
    QString errorString() const { return m_errorString; }
    QByteArray unparsed() const { return m_buffer; }

private:
    void onData();

    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QList<Event> m_events;
    bool m_finished = false;
    int m_status = 0;
    QString m_errorString;
};

} // namespace drover::test
