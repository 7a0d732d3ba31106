#include "ThumbnailCache.h"

#include <QUrlQuery>

namespace drover::models {

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent) {}

void ThumbnailCache::setClient(kube::KubeClient *client)
{
    m_client = client;
    m_entries.clear();
    m_wanted.clear();
    m_inFlight = 0;
}

void ThumbnailCache::want(const QStringList &keys)
{
    m_wanted = keys;
    pump();
}

void ThumbnailCache::pump()
{
    if (!m_client)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &key : std::as_const(m_wanted)) {
        if (m_inFlight >= kMaxInFlight)
            return;
        Entry &e = m_entries[key];
        if (e.inFlight || (e.fetchedAt && now - e.fetchedAt < m_refreshMs))
            continue;
        e.inFlight = true;
        ++e.requests;
        ++m_inFlight;
        const QString path = QStringLiteral("/apis/subresources.kubevirt.io/v1/namespaces/%1/virtualmachineinstances/%2/vnc/screenshot")
                                 .arg(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
        QPointer<kube::KubeClient> client = m_client;
        m_client->request("GET", path, {}, {}, this, [this, key, client](const kube::Response &r) {
            if (client != m_client)
                return; // answered for a cluster we left
            --m_inFlight;
            Entry &en = m_entries[key];
            en.inFlight = false;
            en.fetchedAt = QDateTime::currentMSecsSinceEpoch();
            if (r.ok()) {
                const QImage img = QImage::fromData(r.body, "PNG");
                if (!img.isNull()) {
                    en.image = img.scaled(m_size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                    Q_EMIT updated(key);
                }
            }
            pump();
        });
    }
}

} // namespace drover::models
