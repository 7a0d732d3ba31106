#pragma once
// Runs a kubeconfig exec credential plugin (client.authentication.k8s.io/v1 or v1beta1) and
// reads the ExecCredential it prints. Blocking: call it off the UI thread or accept a short wait.
#include "Kubeconfig.h"

#include <QDateTime>

namespace drover::kube {

struct ExecCredentialResult
{
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiration; // invalid when the plugin gave none
};

// Errors say which command failed and how: not found (with installHint), non-zero exit with its
// stderr, timeout, output that is not an ExecCredential of the expected apiVersion.
Result<ExecCredentialResult> runExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster,
                                           int timeoutMs = 30000);

} // namespace drover::kube
