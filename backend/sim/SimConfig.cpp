#include "SimConfig.h"

#include <QSaveFile>

namespace drover::sim {

QByteArray simKubeconfig(const QString &serverUrl, const QByteArray &caPem, const QByteArray &token)
{
    QByteArray y;
    y += "apiVersion: v1\nkind: Config\n";
    y += "clusters:\n- name: drover-sim\n  cluster:\n    server: " + serverUrl.toUtf8() + "\n";
    y += "    certificate-authority-data: " + caPem.toBase64() + "\n";
    y += "users:\n- name: drover-sim-admin\n  user:\n    token: " + token + "\n";
    y += "contexts:\n- name: drover-sim\n  context:\n    cluster: drover-sim\n    user: drover-sim-admin\n"
         "    namespace: default\n";
    y += "current-context: drover-sim\n";
    return y;
}

Result<void> writeSimKubeconfig(const QString &path, const QString &serverUrl,
                                const QByteArray &caPem, const QByteArray &token)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Result<void>::failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(simKubeconfig(serverUrl, caPem, token));
    if (!f.commit())
        return Result<void>::failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace drover::sim
