#pragma once
// A real kube-apiserver (test::ApiServer) with three kinds of users, for the rights tests:
//   admin — system:masters;
//   bob   — cluster-wide read-only (get/list/watch on everything, no writes; get on "*" also
//           covers GET subresources such as the VNC console, as RBAC has it);
//   alice — a tenant of namespace team-a: reads KubeVirt and snapshot objects there, may start
//           VMs and open their VNC consoles there, and nothing else (no stop, no nodes, no Ceph).
// VMs: three in team-a, two in team-b, web-01 and billing-01 running; one Node.
// kubeconfig(user, ns) writes a copy of the user's kubeconfig whose context names ns (empty: the
// fixture's own file, whose context names namespace default).
#include "ApiServer.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace drover::test {

inline const char *kRbacObjects = R"(
apiVersion: v1
kind: Namespace
metadata: {name: team-a}
---
apiVersion: v1
kind: Namespace
metadata: {name: team-b}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: vm-tenant, namespace: team-a}
rules:
- apiGroups: [kubevirt.io]
  resources: [virtualmachines, virtualmachineinstances, virtualmachineinstancemigrations]
  verbs: [get, list, watch]
- apiGroups: [snapshot.kubevirt.io]
  resources: [virtualmachinesnapshots, virtualmachinerestores]
  verbs: [get, list, watch]
- apiGroups: [subresources.kubevirt.io]
  resources: [virtualmachines/start]
  verbs: [update]
- apiGroups: [subresources.kubevirt.io]
  resources: [virtualmachineinstances/vnc]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: alice-tenant, namespace: team-a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: vm-tenant}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: alice}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: drover-read-only}
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: bob-read-only}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: drover-read-only}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: bob}]
---
apiVersion: v1
kind: Node
metadata: {name: worker-1, labels: {kubernetes.io/hostname: worker-1}}
status:
  capacity: {cpu: "16", memory: 64Gi, pods: "110"}
  allocatable: {cpu: "16", memory: 64Gi, pods: "110"}
)";

inline QByteArray rbacVm(const QString &ns, const QString &name)
{
    return QStringLiteral(R"(---
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata: {name: %2, namespace: %1}
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        cpu: {cores: 1}
        memory: {guest: 1Gi}
        devices: {}
)").arg(ns, name).toUtf8();
}

// A running instance of a VM (the VMI CRD has no status subresource: its status is applied).
inline QByteArray rbacVmi(const QString &ns, const QString &name)
{
    return QStringLiteral(R"(---
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata: {name: %2, namespace: %1}
spec: {domain: {devices: {}}}
status: {phase: Running, nodeName: worker-1}
)").arg(ns, name).toUtf8();
}

struct RbacCluster
{
    ApiServer server;

    bool start()
    {
        if (!server.start()) {
            qWarning("kube-apiserver: %s", qPrintable(server.error()));
            return false;
        }
        if (!server.installCrds()) {
            qWarning("CRDs: %s", qPrintable(server.error()));
            return false;
        }
        QByteArray objects(kRbacObjects);
        for (const char *n : {"web-01", "web-02", "db-01"})
            objects += rbacVm(QStringLiteral("team-a"), QString::fromLatin1(n));
        for (const char *n : {"billing-01", "billing-02"})
            objects += rbacVm(QStringLiteral("team-b"), QString::fromLatin1(n));
        // web-01 and billing-01 run (a VMI each, and the VM's status says so).
        objects += rbacVmi(QStringLiteral("team-a"), QStringLiteral("web-01"));
        objects += rbacVmi(QStringLiteral("team-b"), QStringLiteral("billing-01"));
        QString out;
        if (server.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, objects) != 0) {
            qWarning("kubectl apply: %s", qPrintable(out));
            return false;
        }
        for (const auto &[ns, name] : {std::pair{"team-a", "web-01"}, std::pair{"team-b", "billing-01"}})
            if (server.kubectl({QStringLiteral("patch"), QStringLiteral("vm"), QString::fromLatin1(name), QStringLiteral("-n"),
                                QString::fromLatin1(ns), QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"),
                                QStringLiteral("-p"), QStringLiteral(R"({"status":{"printableStatus":"Running","ready":true,"created":true}})")},
                               &out) != 0) {
                qWarning("kubectl patch status: %s", qPrintable(out));
                return false;
            }
        return true;
    }

    // A copy of the user's kubeconfig whose context names ns (empty: the fixture's own file).
    QString kubeconfig(const QString &user, const QString &ns = {}) const
    {
        const QString original = server.kubeconfig(user);
        if (ns.isEmpty())
            return original;
        const QString copy = QDir(server.dir()).filePath(QStringLiteral("kubeconfig-%1-%2").arg(user, ns));
        QFile::remove(copy);
        if (!QFile::copy(original, copy))
            return {};
        QString out;
        if (server.kubectl({QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("--kubeconfig"), copy,
                            QStringLiteral("--current"), QStringLiteral("--namespace"), ns}, &out) != 0) {
            qWarning("kubectl config set-context: %s", qPrintable(out));
            return {};
        }
        return copy;
    }
};

} // namespace drover::test
