#pragma once
// What a list or watch selects: a namespace, a name, a labelSelector and a fieldSelector, parsed
// (ApiServer does, from the query) and matched against stored objects as kube-apiserver's
// storage.SelectionPredicate matches them.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace drover::sim {

// The value of a field at a dotted path ("spec.nodeName") as a fieldSelector compares it: a
// string, "true"/"false" for a bool, "" when absent (spec.nodeName= selects unscheduled pods).
QString fieldValue(const QJsonObject &obj, const QString &dottedPath);

struct WatchFilter
{
    QString ns;                    // empty: all namespaces
    QString name;                  // fieldSelector metadata.name
    QMap<QString, QString> labels; // labelSelector equality terms
    // labelSelector's other terms: "k!=v", "k", "!k", "k in (a,b)", "k notin (a,b)".
    struct LabelTerm
    {
        enum Op { NotEquals, Exists, DoesNotExist, In, NotIn } op;
        QString key;
        QStringList values;
    };
    QList<LabelTerm> labelTerms;
    // fieldSelector terms on a dotted path ("spec.nodeName", "status.phase"): "=" or, negated, "!=".
    // A missing field reads as "" (spec.nodeName= selects unscheduled pods, as the API server does).
    // A path may list alternatives, "a.b|c": the first that is not empty is compared.
    struct FieldTerm
    {
        QString path;
        QString value;
        bool negated = false;
    };
    QList<FieldTerm> fields;
    bool isEmpty() const
    {
        return ns.isEmpty() && name.isEmpty() && labels.isEmpty() && labelTerms.isEmpty() && fields.isEmpty();
    }
    bool matches(const QJsonObject &obj) const;
};

} // namespace drover::sim
