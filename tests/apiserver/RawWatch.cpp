#include "RawWatch.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace drover::test {

QString RawWatch::Event::name() const
{
    return object[QStringLiteral("metadata")][QStringLiteral("name")].toString();
}

QString RawWatch::Event::resourceVersion() const
{
    return object[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
}

QString RawWatch::Event::annotation(const QString &key) const
{
    return object[QStringLiteral("metadata")][QStringLiteral("annotations")][key].toString();
}

RawWatch::RawWatch(kube::KubeClient *client, const kube::ApiResource &r, const QString &ns, const QUrlQuery &query)
{
    // The credential first (a static token is there at once), as the Informer does.
    bool ready = false;
    QObject ctx;
    client->withCredential(&ctx, [&ready](const kube::KubeError &) { ready = true; });
    if (!QTest::qWaitFor([&] { return ready; }, 15000))
        qWarning("RawWatch: no credential after 15 s");
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    QNetworkRequest req = client->makeRequest(r.collectionPath(ns), q);
    m_reply = m_nam.get(req);
    QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] { onData(); });
    QObject::connect(m_reply, &QNetworkReply::finished, m_reply, [this] {
        onData();
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_reply->error() != QNetworkReply::NoError)
            m_errorString = m_reply->errorString();
        m_finished = true;
    });
    QObject::connect(m_reply, &QNetworkReply::metaDataChanged, m_reply, [this] {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
}

RawWatch::~RawWatch()
{
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
        delete m_reply;
    }
}

void RawWatch::onData()
{
    m_buffer += m_reply->readAll();
    // A non-200 answer is one Status object, not a stream of lines.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(nl)).object();
        m_buffer.remove(0, nl + 1);
        if (!line.isEmpty())
            m_events.append(Event{line[QStringLiteral("type")].toString(), line[QStringLiteral("object")].toObject()});
    }
}

} // namespace drover::test
