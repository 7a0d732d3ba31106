#pragma once
// Writes the kubeconfig that lets any client (Drover, kubectl) reach a running simulator.
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace drover::sim {

// One cluster/user/context named "drover-sim", with the CA inline and the bearer token.
QByteArray simKubeconfig(const QString &serverUrl, const QByteArray &caPem, const QByteArray &token);
// Written 0600 (it holds a credential), atomically.
Result<void> writeSimKubeconfig(const QString &path, const QString &serverUrl,
                                const QByteArray &caPem, const QByteArray &token);

} // namespace drover::sim
