#include "SoakHarness.h"

#include <QJsonDocument>

using namespace drover::kube;

namespace drover::test {

static qint64 rvOf(const QJsonObject &obj)
{
    return obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString().toLongLong();
}

static QJsonObject vmJson(const QString &name)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({
      "apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine",
      "metadata": {"name": "%1", "labels": {"drover.io/soak": "true"}},
      "spec": {"runStrategy": "Halted", "template": {"metadata": {"labels": {"kubevirt.io/domain": "%1"}},
        "spec": {"domain": {"cpu": {"cores": 1}, "memory": {"guest": "1Gi"}, "devices": {}}}}}})")
                                       .arg(name)
                                       .toUtf8())
        .object();
}

SoakWriter::SoakWriter(KubeClient *client, const QString &ns, int names, const QElapsedTimer *clock,
                       QObject *parent)
    : QObject(parent), m_client(client), m_ns(ns), m_names(names), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &SoakWriter::step);
}

void SoakWriter::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void SoakWriter::step()
{
    if (m_inFlight)
        return;
    const QString name = QStringLiteral("soak-%1").arg(m_rng.bounded(m_names));
    const QString key = m_ns + QLatin1Char('/') + name;
    const ApiResource &vms = ApiResource::virtualMachines();
    m_inFlight = true;
    const Known known = m_known.value(key, Known::Unknown);
    if (known != Known::Present) {
        m_client->create(vms, m_ns, vmJson(name), this,
                         [this, key](const Response &r) { answered(key, false, r); });
    } else if (m_rng.bounded(100) < 15) {
        m_client->remove(vms, m_ns, name, this, [this, key](const Response &r) { answered(key, true, r); });
    } else {
        const QByteArray patch = QStringLiteral(R"({"metadata":{"annotations":{"soak.drover.io/seq":"%1"}}})")
                                     .arg(++m_seq)
                                     .toUtf8();
        m_client->patch(vms, m_ns, name, PatchType::Merge, patch, this,
                        [this, key](const Response &r) { answered(key, false, r); });
    }
}

void SoakWriter::answered(const QString &key, bool isDelete, const Response &r)
{
    m_inFlight = false;
    if (r.ok()) {
        ++m_acknowledged;
        m_known[key] = isDelete ? Known::Absent : Known::Present;
        m_acks[key] = SoakAck{rvOf(r.object), isDelete, m_clock->elapsed()};
        return;
    }
    ++m_failed;
    m_acks.remove(key); // what the server holds now is not known from this answer
    if (r.error.kind == ErrorKind::Conflict && r.error.reason == QLatin1String("AlreadyExists"))
        m_known[key] = Known::Present;
    else if (r.error.kind == ErrorKind::NotFound)
        m_known[key] = Known::Absent;
    else
        m_known[key] = Known::Unknown; // the server died mid-request, or a fault: find out by trying
}

SoakMeter::SoakMeter(Informer *informer, const SoakWriter *writer, const QElapsedTimer *clock,
                     int graceMs, QObject *parent)
    : QObject(parent), m_informer(informer), m_writer(writer), m_clock(clock), m_graceMs(graceMs)
{
    connect(informer->cache(), &ObjectCache::changed, this, &SoakMeter::onChanged);
    connect(informer, &Informer::errorOccurred, this, [this](const KubeError &e) {
        ++m_errors;
        m_errorPending = true;
        if (m_trace)
            qInfo("SOAK trace %lld error %s (rv %s)", m_clock->elapsed(), qPrintable(e.userMessage()), qPrintable(m_informer->lastResourceVersion()));
    });
    connect(informer, &Informer::synced, this, [this] {
        m_errorPending = false;
        if (m_trace)
            qInfo("SOAK trace %lld synced (rv %s)", m_clock->elapsed(), qPrintable(m_informer->lastResourceVersion()));
    });
    connect(informer, &Informer::recovered, this, [this] {
        m_errorPending = false;
        if (m_trace)
            qInfo("SOAK trace %lld recovered (rv %s)", m_clock->elapsed(), qPrintable(m_informer->lastResourceVersion()));
    });
    connect(&m_timer, &QTimer::timeout, this, &SoakMeter::sample);
}

void SoakMeter::start(int sampleMs)
{
    m_timer.start(sampleMs);
}

bool SoakMeter::claimsUpToDate() const
{
    return m_informer->cache()->synced() && !m_errorPending;
}

void SoakMeter::onChanged(const QList<CacheEvent> &events)
{
    m_errorPending = false;
    if (m_trace)
        qInfo("SOAK trace %lld changed %d events, informer rv %s", m_clock->elapsed(), int(events.size()),
              qPrintable(m_informer->lastResourceVersion()));
    for (const CacheEvent &e : events) {
        ++m_events;
        const QString tag = QLatin1String(e.type == CacheEvent::Deleted ? "D " : "C ") + e.key +
                            QLatin1Char('@') + QString::number(rvOf(e.object.json()));
        if (m_seen.contains(tag)) {
            ++m_duplicates;
            qWarning("SOAK duplicate event: %s", qPrintable(tag));
        } else {
            m_seen.insert(tag);
        }
    }
}

QStringList SoakMeter::staleKeys(qint64 nowMs) const
{
    QStringList out;
    const ObjectCache *cache = m_informer->cache();
    const auto &acks = m_writer->acks();
    for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
        if (nowMs - it->atMs < m_graceMs)
            continue;
        const bool present = cache->contains(it.key());
        const qint64 cached = cache->resourceVersion(it.key()).toLongLong();
        // A delete's answer carries the object as it was (kube-apiserver: its last
        // resourceVersion; drover-sim: the deletion's), so "still there at that version or
        // older" is stale; a write's answer carries its new version, which the cache must reach.
        const bool stale = it->deleted ? present && cached <= it->rv : !present || cached < it->rv;
        if (stale)
            out << QStringLiteral("%1 (acknowledged %2 at rv %3; cache %4)")
                       .arg(it.key(), it->deleted ? QStringLiteral("delete") : QStringLiteral("write"))
                       .arg(it->rv)
                       .arg(present ? QString::number(cached) : QStringLiteral("absent"));
    }
    return out;
}

void SoakMeter::sample()
{
    const qint64 now = m_clock->elapsed();
    // The test thread may have been blocked (a server restart waits for readiness): nothing in
    // the client moved meanwhile, so one sample never stands for more than two periods.
    const qint64 span = m_lastSample < 0 ? 0 : qMin(now - m_lastSample, qint64(2 * m_timer.interval()));
    m_lastSample = now;
    const QStringList stale = claimsUpToDate() ? staleKeys(now) : QStringList();
    if (!stale.isEmpty()) {
        m_staleMs += span;
        if (!m_wasStale)
            qWarning("SOAK shown as up to date while stale at %lld ms: %s", now, qPrintable(stale.join(QStringLiteral("; "))));
    }
    m_wasStale = !stale.isEmpty();
}

} // namespace drover::test
