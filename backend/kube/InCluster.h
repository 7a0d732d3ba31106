#pragma once
// client-go's in-cluster configuration: a pod's service-account token and CA under
// /var/run/secrets/kubernetes.io/serviceaccount and the API server at
// https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT. The token is named by file, so the
// client re-reads it when the kubelet rotates it (a 401 reads it again).
#include "Kubeconfig.h"

namespace drover::kube {

inline constexpr char kServiceAccountDir[] = "/var/run/secrets/kubernetes.io/serviceaccount";

bool runningInCluster(); // KUBERNETES_SERVICE_HOST and _PORT are set
// Errors in words: which variable or file is missing.
Result<ResolvedContext> inClusterContext(const QString &dir = QLatin1String(kServiceAccountDir));

// Where a program that runs unattended (droverd, drover-agent publish) finds its cluster, in
// client-go's order: the kubeconfig it was given, else $KUBECONFIG, else in-cluster when the
// service variables are set, else ~/.kube/config. contextName: empty for the current context.
Result<ResolvedContext> unattendedContext(const QString &kubeconfig, const QString &contextName,
                                          const QString &serviceAccountDir = QLatin1String(kServiceAccountDir));

} // namespace drover::kube
