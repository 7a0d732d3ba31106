#include "WatchFilter.h"

namespace drover::sim {

QString fieldValue(const QJsonObject &obj, const QString &dottedPath)
{
    QJsonValue v = obj;
    for (const QString &part : dottedPath.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

bool WatchFilter::matches(const QJsonObject &obj) const
{
    if (isEmpty()) // most lists and watches: nothing to read
        return true;
    const QJsonObject m = obj.value(QLatin1String("metadata")).toObject();
    if (!ns.isEmpty() && m.value(QLatin1String("namespace")).toString() != ns)
        return false;
    if (!name.isEmpty() && m.value(QLatin1String("name")).toString() != name)
        return false;
    if (!labels.isEmpty() || !labelTerms.isEmpty()) {
        const QJsonObject l = m.value(QLatin1String("labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            if (!l.contains(it.key()) || l.value(it.key()).toString() != it.value())
                return false;
        // k8s.io/apimachinery/pkg/labels/selector.go Requirement.Matches: "!=" and notin also
        // match objects without the label.
        for (const LabelTerm &t : labelTerms) {
            const bool has = l.contains(t.key);
            const QString v = l.value(t.key).toString();
            const bool ok = t.op == LabelTerm::Exists         ? has
                            : t.op == LabelTerm::DoesNotExist ? !has
                            : t.op == LabelTerm::In           ? has && t.values.contains(v)
                                                              : !has || !t.values.contains(v);
            if (!ok)
                return false;
        }
    }
    for (const FieldTerm &f : fields) {
        // "a.b|c": the first of the alternatives that is not empty (an Event's "source").
        QString s;
        for (const QString &alt : f.path.split(QLatin1Char('|')))
            if (!(s = fieldValue(obj, alt)).isEmpty())
                break;
        if ((s == f.value) == f.negated)
            return false;
    }
    return true;
}

} // namespace drover::sim
