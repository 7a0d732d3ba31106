#include "AccessReview.h"

#include "KubeTr.h"

#include <QJsonArray>

namespace drover::kube {

namespace {

const QString kApiVersion = QStringLiteral("authorization.k8s.io/v1");

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &s : a)
        out << s.toString();
    return out;
}

// The status of a review whose kind is `kind`, or why there is none.
Result<QJsonObject> statusOf(const QJsonObject &review, const QString &kind)
{
    if (review.value(QLatin1String("kind")).toString() != kind)
        return Result<QJsonObject>::failure(Tr::tr("expected a %1, got kind '%2'")
                                                .arg(kind, review.value(QLatin1String("kind")).toString()));
    const QJsonValue status = review.value(QLatin1String("status"));
    if (!status.isObject())
        return Result<QJsonObject>::failure(Tr::tr("the %1 has no status").arg(kind));
    return status.toObject();
}

bool matches(const QStringList &allowed, const QString &requested)
{
    return allowed.contains(QStringLiteral("*")) || allowed.contains(requested);
}

// RBAC's ResourceMatches: "*", an exact "resource[/subresource]", or "*/subresource".
bool resourceMatches(const PolicyRule &rule, const ResourceAttributes &a)
{
    const QString combined = a.subresource.isEmpty() ? a.resource : a.resource + QLatin1Char('/') + a.subresource;
    for (const QString &r : rule.resources) {
        if (r == QLatin1String("*") || r == combined)
            return true;
        if (!a.subresource.isEmpty() && r == QStringLiteral("*/") + a.subresource)
            return true;
    }
    return false;
}

} // namespace

QJsonObject selfSubjectAccessReview(const ResourceAttributes &a)
{
    QJsonObject attrs{{QStringLiteral("verb"), a.verb}, {QStringLiteral("group"), a.group},
                      {QStringLiteral("resource"), a.resource}};
    if (!a.subresource.isEmpty())
        attrs.insert(QStringLiteral("subresource"), a.subresource);
    if (!a.ns.isEmpty())
        attrs.insert(QStringLiteral("namespace"), a.ns);
    if (!a.name.isEmpty())
        attrs.insert(QStringLiteral("name"), a.name);
    return {{QStringLiteral("apiVersion"), kApiVersion},
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attrs}}}};
}

QJsonObject selfSubjectRulesReview(const QString &ns)
{
    return {{QStringLiteral("apiVersion"), kApiVersion},
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview")},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("namespace"), ns}}}};
}

Result<AccessDecision> decodeAccessReview(const QJsonObject &review)
{
    auto status = statusOf(review, QStringLiteral("SelfSubjectAccessReview"));
    if (!status)
        return Result<AccessDecision>::failure(status.error());
    const QJsonValue allowed = status->value(QLatin1String("allowed"));
    if (!allowed.isBool())
        return Result<AccessDecision>::failure(Tr::tr("the SelfSubjectAccessReview's status has no 'allowed'"));
    AccessDecision d;
    d.allowed = allowed.toBool();
    d.denied = status->value(QLatin1String("denied")).toBool();
    d.reason = status->value(QLatin1String("reason")).toString();
    d.evaluationError = status->value(QLatin1String("evaluationError")).toString();
    return d;
}

Result<RulesReview> decodeRulesReview(const QJsonObject &review)
{
    auto status = statusOf(review, QStringLiteral("SelfSubjectRulesReview"));
    if (!status)
        return Result<RulesReview>::failure(status.error());
    RulesReview r;
    const QJsonArray rules = status->value(QLatin1String("resourceRules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        r.resourceRules << PolicyRule{strings(o.value(QLatin1String("verbs"))), strings(o.value(QLatin1String("apiGroups"))),
                                      strings(o.value(QLatin1String("resources"))),
                                      strings(o.value(QLatin1String("resourceNames")))};
    }
    r.incomplete = status->value(QLatin1String("incomplete")).toBool();
    r.evaluationError = status->value(QLatin1String("evaluationError")).toString();
    return r;
}

bool rulesAllow(const QList<PolicyRule> &rules, const ResourceAttributes &a)
{
    for (const PolicyRule &rule : rules) {
        if (!matches(rule.verbs, a.verb) || !matches(rule.apiGroups, a.group) || !resourceMatches(rule, a))
            continue;
        // A rule naming objects covers only those; a request for any object needs a rule without names.
        if (rule.resourceNames.isEmpty() || (!a.name.isEmpty() && rule.resourceNames.contains(a.name)))
            return true;
    }
    return false;
}

const ApiResource &selfSubjectAccessReviews()
{
    static const ApiResource r{QStringLiteral("authorization.k8s.io"), QStringLiteral("v1"),
                               QStringLiteral("selfsubjectaccessreviews"), QStringLiteral("SelfSubjectAccessReview"), false};
    return r;
}

const ApiResource &selfSubjectRulesReviews()
{
    static const ApiResource r{QStringLiteral("authorization.k8s.io"), QStringLiteral("v1"),
                               QStringLiteral("selfsubjectrulesreviews"), QStringLiteral("SelfSubjectRulesReview"), false};
    return r;
}

} // namespace drover::kube
