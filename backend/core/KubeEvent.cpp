#include "KubeEvent.h"

#include "ObjectMeta.h"

#include <algorithm>

namespace drover::core {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

KubeEvent KubeEvent::fromJson(const QJsonObject &o)
{
    KubeEvent e;
    const QJsonObject meta = obj(o, "metadata");
    e.uid = str(meta, "uid");
    e.type = str(o, "type");
    e.reason = str(o, "reason");
    e.message = str(o, "message");
    const QJsonObject series = obj(o, "series");
    e.count = qMax(1, series.isEmpty() ? o.value(QLatin1String("count")).toInt(1) : series.value(QLatin1String("count")).toInt(1));
    const QDateTime eventTime = timeFromJson(o.value(QLatin1String("eventTime")));
    const QDateTime created = timeFromJson(meta.value(QLatin1String("creationTimestamp")));
    e.firstSeen = timeFromJson(o.value(QLatin1String("firstTimestamp")));
    if (!e.firstSeen.isValid())
        e.firstSeen = eventTime.isValid() ? eventTime : created;
    for (const QDateTime &t : {timeFromJson(o.value(QLatin1String("lastTimestamp"))), timeFromJson(series.value(QLatin1String("lastObservedTime"))),
                               eventTime, created})
        if (t.isValid()) {
            e.lastSeen = t;
            break;
        }
    const QJsonObject source = obj(o, "source");
    e.source = str(source, "component");
    if (!e.source.isEmpty() && !str(source, "host").isEmpty())
        e.source += QStringLiteral(", ") + str(source, "host");
    if (e.source.isEmpty())
        e.source = str(o, "reportingController").isEmpty() ? str(o, "reportingComponent") : str(o, "reportingController");
    QJsonObject involved = obj(o, "involvedObject");
    if (involved.isEmpty())
        involved = obj(o, "regarding");
    e.objectKind = str(involved, "kind");
    e.objectName = str(involved, "name");
    e.objectUid = str(involved, "uid");
    return e;
}

void sortNewestFirst(QList<KubeEvent> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const KubeEvent &a, const KubeEvent &b) {
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen;
        return a.uid < b.uid;
    });
}

} // namespace drover::core
