#include "KubeEvent.h"

#include "JsonFields.h"
#include "ObjectMeta.h"

#include <algorithm>

namespace drover::core {

KubeEvent KubeEvent::fromJson(const QJsonObject &o)
{
    KubeEvent e;
    const QJsonObject meta = objectAt(o, "metadata");
    e.uid = stringAt(meta, "uid");
    e.resourceVersion = stringAt(meta, "resourceVersion");
    e.type = stringAt(o, "type");
    e.reason = stringAt(o, "reason");
    e.message = stringAt(o, "message");
    const QJsonObject series = objectAt(o, "series");
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
    const QJsonObject source = objectAt(o, "source");
    e.source = stringAt(source, "component");
    if (!e.source.isEmpty() && !stringAt(source, "host").isEmpty())
        e.source += QStringLiteral(", ") + stringAt(source, "host");
    if (e.source.isEmpty())
        e.source = stringAt(o, "reportingController").isEmpty() ? stringAt(o, "reportingComponent") : stringAt(o, "reportingController");
    QJsonObject involved = objectAt(o, "involvedObject");
    if (involved.isEmpty())
        involved = objectAt(o, "regarding");
    e.objectKind = stringAt(involved, "kind");
    e.objectName = stringAt(involved, "name");
    e.objectUid = stringAt(involved, "uid");
    return e;
}

void sortNewestFirst(QList<KubeEvent> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const KubeEvent &a, const KubeEvent &b) {
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen;
        bool aNumber = false, bNumber = false;
        const qulonglong ra = a.resourceVersion.toULongLong(&aNumber), rb = b.resourceVersion.toULongLong(&bNumber);
        if (aNumber && bNumber && ra != rb)
            return ra > rb;
        return a.uid < b.uid;
    });
}

} // namespace drover::core
