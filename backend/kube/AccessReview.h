#pragma once
// What the user may do, as the API server's authorizer says (authorization.k8s.io/v1):
// SelfSubjectAccessReview answers one question (verb, group, resource, subresource, namespace);
// SelfSubjectRulesReview lists the rules that apply in one namespace. Request bodies and the
// decoding of the answers are pure functions; sending them is the caller's (ops::Access).
// Every authenticated user may create both reviews (the system:basic-user ClusterRole).
#include "ApiResource.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace drover::kube {

struct AccessDecision
{
    bool allowed = false;
    bool denied = false;     // an authorizer said no explicitly (else: nobody said yes)
    QString reason;          // status.reason, e.g. RBAC: allowed by ClusterRoleBinding "x"
    QString evaluationError; // status.evaluationError: some authorizer could not decide
};

struct PolicyRule
{
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources;     // "virtualmachines", "virtualmachines/stop", "*", "*/scale"
    QStringList resourceNames; // empty: every object
};

struct RulesReview
{
    QList<PolicyRule> resourceRules;
    bool incomplete = false; // an authorizer (a webhook) could not list its rules: ask one by one
    QString evaluationError;
};

// POST bodies for /apis/authorization.k8s.io/v1/selfsubjectaccessreviews and .../selfsubjectrulesreviews.
QJsonObject selfSubjectAccessReview(const ResourceAttributes &attributes);
QJsonObject selfSubjectRulesReview(const QString &ns);

// The server's answer (the created review with its status). Errors: not a review, no status.
Result<AccessDecision> decodeAccessReview(const QJsonObject &review);
Result<RulesReview> decodeRulesReview(const QJsonObject &review);

// Whether the rules allow the request, matched as Kubernetes' RBAC matches them ("*" for every
// verb, group or resource, "*/sub" for a subresource of any resource, resourceNames).
bool rulesAllow(const QList<PolicyRule> &rules, const ResourceAttributes &attributes);

// The reviews' REST resources (cluster-scoped, create only).
const ApiResource &selfSubjectAccessReviews();
const ApiResource &selfSubjectRulesReviews();

} // namespace drover::kube
