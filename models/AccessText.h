#pragma once
// The words for what a user's account may not do (ops::Access holds the answers): greyed
// actions say why in their tooltips, sources the account may not read say so in their place.
#include "Access.h"
#include "VmAction.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace drover::models {

struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(drover::models::AccessText)
public:
    // "Your account may not stop VMs in namespace prod."
    static QString vmAction(ops::VmAction action, const QString &ns);
    static QString console(bool serial, const QString &ns);
    static QString migration(const QString &ns);
    static QString deleteVm(const QString &ns);
    static QString editVm(const QString &ns);
    static QString cloneVm(const QString &ns);
    static QString nodes(); // cordon, maintenance
    // In place of the host tree and map.
    static QString hostsForbidden();
    // In place of the Ceph status.
    static QString cephForbidden();
    // The VM list shows one namespace: the short label and the sentence behind it.
    static QString namespaceOnly(const QString &ns);
    static QString namespaceOnlyDetail(const QString &ns);
};

// Whether an action over VMs in these namespaces is blocked by the account's rights: only when
// every namespace is denied (Unknown and Allowed let it through: the cluster has the last word).
// Asks what is not known yet (changed() follows). deniedNs: the first namespace denied.
bool accessBlocks(ops::Access *access, const QStringList &namespaces,
                  const std::function<kube::ResourceAttributes(const QString &)> &question, QString *deniedNs = nullptr);

} // namespace drover::models
