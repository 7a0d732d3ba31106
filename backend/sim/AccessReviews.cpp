#include "AccessReviews.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::sim {

namespace {

QJsonArray all()
{
    return QJsonArray{QStringLiteral("*")};
}

ReviewAnswer invalid(const QString &message)
{
    return {400, {}, QStringLiteral("BadRequest"), message};
}

} // namespace

ReviewAnswer answerSelfReview(const QString &plural, const QByteArray &body)
{
    const bool access = plural == QLatin1String("selfsubjectaccessreviews");
    if (!access && plural != QLatin1String("selfsubjectrulesreviews"))
        return {404, {}, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("the body is not a JSON object: %1").arg(err.errorString()));
    QJsonObject review = doc.object();
    const QString kind = access ? QStringLiteral("SelfSubjectAccessReview") : QStringLiteral("SelfSubjectRulesReview");
    if (review.value(QLatin1String("kind")).toString() != kind)
        return invalid(QStringLiteral("expected kind %1").arg(kind));
    const QJsonObject spec = review.value(QLatin1String("spec")).toObject();
    if (access && !spec.contains(QLatin1String("resourceAttributes")) && !spec.contains(QLatin1String("nonResourceAttributes")))
        return invalid(QStringLiteral("spec.resourceAttributes: Required value: exactly one of nonResourceAttributes or "
                                      "resourceAttributes must be specified"));
    review.insert(QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1"));
    review.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}});
    if (access) {
        review.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("allowed"), true},
                                                            {QStringLiteral("reason"), QStringLiteral("drover-sim: its user is an admin")}});
    } else {
        const QJsonObject everything{{QStringLiteral("verbs"), all()}, {QStringLiteral("apiGroups"), all()},
                                     {QStringLiteral("resources"), all()}};
        review.insert(QStringLiteral("status"),
                      QJsonObject{{QStringLiteral("resourceRules"), QJsonArray{everything}},
                                  {QStringLiteral("nonResourceRules"),
                                   QJsonArray{QJsonObject{{QStringLiteral("verbs"), all()}, {QStringLiteral("nonResourceURLs"), all()}}}},
                                  {QStringLiteral("incomplete"), false}});
    }
    return {201, review, {}, {}};
}

} // namespace drover::sim
