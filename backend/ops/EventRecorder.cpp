#include "EventRecorder.h"

#include "ApiResource.h"
#include "KubeClient.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace drover::ops {

namespace {
constexpr int kMaxRemembered = 4096; // client-go's LRU size

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

EventRecorder::EventRecorder(std::function<kube::KubeClient *()> client, QString component, QString instance, QObject *parent)
    : QObject(parent), m_client(std::move(client)), m_component(std::move(component)), m_instance(std::move(instance))
{
}

void EventRecorder::record(const EventTarget &on, const QString &type, const QString &reason, const QString &message)
{
    if (!m_client())
        return;
    const QString key = on.uid + QLatin1Char('/') + type + QLatin1Char('/') + reason + QLatin1Char('/') + message;
    if (m_seen.contains(key))
        patch(on, type, reason, message, key);
    else
        create(on, type, reason, message, key);
}

void EventRecorder::create(const EventTarget &on, const QString &type, const QString &reason, const QString &message, const QString &key)
{
    if (m_seen.size() >= kMaxRemembered)
        m_seen.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // client-go: <object>.<unix nanoseconds in hex>; a random tail keeps two replicas apart.
    const QString name = QStringLiteral("%1.%2%3")
                             .arg(on.name)
                             .arg(quint64(now.toMSecsSinceEpoch()) * 1000000ULL, 0, 16)
                             .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    const QString ns = on.ns.isEmpty() ? QStringLiteral("default") : on.ns;
    QJsonObject involved{{QStringLiteral("apiVersion"), on.apiVersion}, {QStringLiteral("kind"), on.kind},
                         {QStringLiteral("name"), on.name}, {QStringLiteral("uid"), on.uid}};
    if (!on.ns.isEmpty())
        involved.insert(QStringLiteral("namespace"), on.ns);
    const QJsonObject body{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
        {QStringLiteral("involvedObject"), involved},
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("component"), m_component}}},
        {QStringLiteral("reportingComponent"), m_component},
        {QStringLiteral("reportingInstance"), m_instance},
        {QStringLiteral("firstTimestamp"), stamp(now)},
        {QStringLiteral("lastTimestamp"), stamp(now)},
        {QStringLiteral("count"), 1}};
    m_seen.insert(key, {ns, name, 1});
    m_client()->create(kube::ApiResource::events(), ns, body, this, [this, key](const kube::Response &r) {
        ++(r.ok() ? m_written : m_failed);
        if (!r.ok())
            m_seen.remove(key); // the next one tries to create again
    });
}

void EventRecorder::patch(const EventTarget &on, const QString &type, const QString &reason, const QString &message, const QString &key)
{
    Seen &seen = m_seen[key];
    ++seen.count;
    const QJsonObject body{{QStringLiteral("count"), seen.count}, {QStringLiteral("lastTimestamp"), stamp(QDateTime::currentDateTimeUtc())}};
    m_client()->request("PATCH", kube::ApiResource::events().objectPath(seen.ns, seen.name), {}, QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                        [this, on, type, reason, message, key](const kube::Response &r) {
                            if (r.ok()) {
                                ++m_written;
                                return;
                            }
                            m_seen.remove(key);
                            if (r.httpStatus == 404) // expired (the API server keeps Events an hour): a new one
                                create(on, type, reason, message, key);
                            else
                                ++m_failed;
                        },
                        QByteArrayLiteral("application/merge-patch+json"));
}

} // namespace drover::ops
