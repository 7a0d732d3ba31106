#pragma once
// Kubeconfig exec credential plugins (client.authentication.k8s.io/v1 or v1beta1): what to run,
// and what the ExecCredential it printed means. Running is split from reading so that the
// asynchronous runner (CredentialProvider, the only one the GUI uses) and the blocking
// runExecPlugin (tests and command-line tools) give the same answers in the same words.
#include "Kubeconfig.h"

#include <QDateTime>
#include <QProcess>

namespace drover::kube {

struct ExecCredentialResult
{
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiration; // invalid when the plugin gave none
};

// How to start the plugin: the program found (PATH or path), its arguments and environment
// (with KUBERNETES_EXEC_INFO).
struct ExecLaunch
{
    QString program;
    QStringList args;
    QProcessEnvironment env;
};

// "credential plugin 'CMD'": how every message names the plugin.
QString execPluginName(const ExecConfig &exec);
// Errors before anything runs: no command, unsupported apiVersion, interactiveMode Always
// (Drover has no terminal to lend), not found (with installHint).
Result<ExecLaunch> prepareExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster);
// Program, arguments, environment; stdin closed and no controlling terminal.
void configureExecProcess(QProcess &p, const ExecLaunch &launch);
QString execTimeoutMessage(const ExecConfig &exec, int timeoutMs);
// What a finished plugin left: crash or non-zero exit with its stderr, output that is not an
// ExecCredential of the expected apiVersion, or the credential.
Result<ExecCredentialResult> parseExecOutput(const ExecConfig &exec, bool crashed, int exitCode,
                                             const QByteArray &out, const QByteArray &stderrBytes);

// Blocking: waits for the plugin up to timeoutMs. Never call it on the GUI thread (a plugin
// may open a browser and wait for a person); CredentialProvider runs plugins asynchronously.
Result<ExecCredentialResult> runExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster,
                                           int timeoutMs = 30000);

} // namespace drover::kube
