#pragma once
// The part of metav1.ObjectMeta Drover reads.
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace drover::core {

struct ObjectMeta
{
    QString name;
    QString ns; // metadata.namespace; empty for cluster-scoped kinds
    QString uid;
    QString resourceVersion;
    QDateTime creationTimestamp;
    QDateTime deletionTimestamp; // invalid when not being deleted
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;

    static ObjectMeta fromJson(const QJsonObject &metadata);
    QString key() const { return ns.isEmpty() ? name : ns + QLatin1Char('/') + name; }
};

struct Condition
{
    QString type;
    QString status; // "True" | "False" | "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;
    bool isTrue() const { return status == QLatin1String("True"); }
};

// status.conditions[]; entries without a type are skipped.
QList<Condition> conditionsFromJson(const QJsonValue &conditions);
// The condition of that type, or nullptr.
const Condition *findCondition(const QList<Condition> &conditions, const QString &type);

// An RFC 3339 metav1.Time ("2024-01-02T03:04:05Z") or MicroTime; invalid when absent or unparsable.
QDateTime timeFromJson(const QJsonValue &v);
// A cache key ("namespace/name", ObjectCache::keyOf) taken apart; a cluster-scoped key ("name")
// has no namespace.
QString namespaceOfKey(const QString &key);
QString nameOfKey(const QString &key);
// Object names as the API server checks them (DNS-1123 subdomain, 253 characters at most).
bool isDnsSubdomain(const QString &name);
// Namespace names (DNS-1123 label, 63 characters at most).
bool isDnsLabel(const QString &name);
// A map[string]string such as labels or a nodeSelector; non-string values are skipped.
QMap<QString, QString> stringMapFromJson(const QJsonValue &v);

} // namespace drover::core
