// SimEvents: client-go's event recorders as the API server stores what they write
// (k8s.io/client-go/tools/record/event.go, events_cache.go; tools/events/event_recorder.go).
#include "SimEvents.h"

#include "VmiJson.h"

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &EVENTS = ApiResource::events();

// metav1.MicroTime as it serialises: RFC 3339 with six fractional digits.
QString microTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"_s);
}

} // namespace

SimEvents *SimEvents::of(ObjectStore *store)
{
    if (auto *found = store->findChild<SimEvents *>(QString(), Qt::FindDirectChildrenOnly))
        return found;
    return new SimEvents(store);
}

SimEvents::SimEvents(ObjectStore *store) : QObject(store), m_store(store)
{
    m_expiry.setInterval(60 * 1000);
    connect(&m_expiry, &QTimer::timeout, this, &SimEvents::expire);
    m_expiry.start();
}

QString SimEvents::instanceOf(const QString &component, const std::function<QString()> &decide)
{
    auto it = m_instances.find(component);
    if (it == m_instances.end())
        it = m_instances.insert(component, decide());
    return *it;
}

void SimEvents::setLimits(int ttlSeconds, int maxEvents)
{
    m_ttlSeconds = qMax(1, ttlSeconds);
    m_maxEvents = qMax(1, maxEvents);
    m_expiry.setInterval(qMin(60, m_ttlSeconds) * 1000);
    expire();
}

// ref.GetReference (client-go tools/reference): what the object says of itself.
QJsonObject SimEvents::reference(const QJsonObject &obj, const QString &fieldPath) const
{
    QJsonObject ref{{u"kind"_s, obj.value("kind"_L1)},
                    {u"namespace"_s, namespaceOf(obj)},
                    {u"name"_s, nameOf(obj)},
                    {u"uid"_s, uidOf(obj)},
                    {u"apiVersion"_s, obj.value("apiVersion"_L1)},
                    {u"resourceVersion"_s, objectAt(obj, "metadata"_L1).value("resourceVersion"_L1)}};
    if (!fieldPath.isEmpty())
        ref.insert("fieldPath"_L1, fieldPath);
    return ref;
}

// fmt.Sprintf("%v.%x", ref.Name, t.UnixNano()); nanoseconds kept distinct between events.
QString SimEvents::eventName(const QJsonObject &obj, const QDateTime &t)
{
    m_lastNanos = qMax(m_lastNanos + 1, t.toMSecsSinceEpoch() * 1000000);
    return QStringLiteral("%1.%2").arg(nameOf(obj)).arg(m_lastNanos, 0, 16);
}

// The EventCorrelator's dedupe: the stored Event for key gets count + 1 and a new lastTimestamp.
bool SimEvents::bump(const QString &key, const QString &stamp)
{
    const QString eventKey = m_correlated.value(key);
    if (eventKey.isEmpty())
        return false;
    const QString ns = eventKey.section(u'/', 0, 0), name = eventKey.section(u'/', 1);
    const StoreResult r = m_store->mutate(EVENTS, ns, name, [&stamp](QJsonObject &o) {
        o.insert("count"_L1, o.value("count"_L1).toInt(1) + 1);
        o.insert("lastTimestamp"_L1, stamp);
    });
    if (!r.ok()) {
        m_correlated.remove(key); // expired or deleted: the recorder creates it anew
        return false;
    }
    remember(ns, name, QDateTime::currentDateTimeUtc());
    return true;
}

void SimEvents::record(const QJsonObject &obj, const EventSource &source, const QString &type,
                       const QString &reason, const QString &message, const QString &fieldPath)
{
    const QString ns = namespaceOf(obj).isEmpty() ? u"default"_s : namespaceOf(obj);
    const QJsonObject involved = reference(obj, fieldPath);
    // events_cache.go getEventKey.
    const QString key = QStringList{source.component, source.host, involved.value("kind"_L1).toString(),
                                    ns, nameOf(obj), fieldPath, uidOf(obj),
                                    involved.value("apiVersion"_L1).toString(), type, reason, message}
                            .join(u'\x1f');
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const QString stamp = rfc3339(t);
    if (bump(key, stamp))
        return;
    QJsonObject src{{u"component"_s, source.component}};
    if (!source.host.isEmpty())
        src.insert("host"_L1, source.host);
    const QJsonObject ev{{u"metadata"_s, QJsonObject{{u"name"_s, eventName(obj, t)}, {u"namespace"_s, ns}}},
                         {u"involvedObject"_s, involved},
                         {u"reason"_s, reason},
                         {u"message"_s, message},
                         {u"source"_s, src},
                         {u"firstTimestamp"_s, stamp},
                         {u"lastTimestamp"_s, stamp},
                         {u"count"_s, 1},
                         {u"type"_s, type},
                         {u"eventTime"_s, QJsonValue::Null},
                         {u"reportingComponent"_s, source.component},
                         {u"reportingInstance"_s, source.host}};
    const StoreResult r = m_store->create(EVENTS, ns, ev);
    if (!r.ok())
        return;
    m_correlated.insert(key, ns + u'/' + nameOf(r.object));
    remember(ns, nameOf(r.object), t);
}

void SimEvents::recordV1(const QJsonObject &obj, const QString &controller, const QString &instance,
                         const QString &type, const QString &reason, const QString &action,
                         const QString &note)
{
    const QString ns = namespaceOf(obj).isEmpty() ? u"default"_s : namespaceOf(obj);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    // events.k8s.io/v1 → core/v1 (pkg/apis/events/v1/conversion.go): regarding is the
    // involvedObject, note the message; the deprecated fields stay empty.
    const QJsonObject ev{{u"metadata"_s, QJsonObject{{u"name"_s, eventName(obj, t)}, {u"namespace"_s, ns}}},
                         {u"involvedObject"_s, reference(obj, {})},
                         {u"reason"_s, reason},
                         {u"message"_s, note},
                         {u"source"_s, QJsonObject()},
                         {u"firstTimestamp"_s, QJsonValue::Null},
                         {u"lastTimestamp"_s, QJsonValue::Null},
                         {u"type"_s, type},
                         {u"eventTime"_s, microTime(t)},
                         {u"action"_s, action},
                         {u"reportingComponent"_s, controller},
                         {u"reportingInstance"_s, instance}};
    const StoreResult r = m_store->create(EVENTS, ns, ev);
    if (r.ok())
        remember(ns, nameOf(r.object), t);
}

void SimEvents::remember(const QString &ns, const QString &name, const QDateTime &at)
{
    const QString key = ns + u'/' + name;
    m_lastWrite.insert(key, at);
    m_written.push_back({at, ns, name});
    trim();
}

// Drops the oldest Events beyond the cap; entries for Events written again since are skipped.
void SimEvents::trim()
{
    while (m_lastWrite.size() > m_maxEvents && !m_written.empty()) {
        const Written w = m_written.front();
        m_written.pop_front();
        const QString key = w.ns + u'/' + w.name;
        const auto it = m_lastWrite.constFind(key);
        if (it == m_lastWrite.cend() || *it != w.at)
            continue;
        m_lastWrite.remove(key);
        (void)m_store->remove(EVENTS, w.ns, w.name);
    }
}

void SimEvents::expire()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_ttlSeconds);
    while (!m_written.empty() && m_written.front().at < cutoff) {
        const Written w = m_written.front();
        m_written.pop_front();
        const QString key = w.ns + u'/' + w.name;
        const auto it = m_lastWrite.constFind(key);
        if (it == m_lastWrite.cend() || *it != w.at)
            continue; // written again since: its later entry decides
        m_lastWrite.remove(key);
        (void)m_store->remove(EVENTS, w.ns, w.name);
    }
    // Correlator entries whose Event is gone are dropped on their next use (bump()); keep the
    // table from outgrowing the Events it points at.
    if (m_correlated.size() > 2 * m_maxEvents)
        m_correlated.clear();
}

} // namespace drover::sim
