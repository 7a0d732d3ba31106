#pragma once
// authorization.k8s.io/v1 self reviews as drover-sim answers them: its one user (the bearer
// token it writes into its kubeconfig) is an admin, so every SelfSubjectAccessReview is
// allowed and a SelfSubjectRulesReview lists "everything". The answer is the review with its
// status filled in, as a real API server sends it (201). Kept apart from the store: reviews are
// created and answered, never stored.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace drover::sim {

struct ReviewAnswer
{
    int code = 201;        // 201 with the review, or 400/404 with a Status (reason, message)
    QJsonObject review;
    QString reason;
    QString message;
};

// plural: "selfsubjectaccessreviews" or "selfsubjectrulesreviews"; body: the POSTed review.
ReviewAnswer answerSelfReview(const QString &plural, const QByteArray &body);

} // namespace drover::sim
