#include "AccessText.h"

namespace drover::models {

QString AccessText::vmAction(ops::VmAction action, const QString &ns)
{
    switch (action) {
    case ops::VmAction::Start: return tr("Your account may not start VMs in namespace %1.").arg(ns);
    case ops::VmAction::Stop: return tr("Your account may not stop VMs in namespace %1.").arg(ns);
    case ops::VmAction::ForceStop: return tr("Your account may not force-stop VMs in namespace %1.").arg(ns);
    case ops::VmAction::Restart: return tr("Your account may not restart VMs in namespace %1.").arg(ns);
    case ops::VmAction::Pause: return tr("Your account may not pause VMs in namespace %1.").arg(ns);
    case ops::VmAction::Resume: return tr("Your account may not resume VMs in namespace %1.").arg(ns);
    }
    return {};
}

QString AccessText::console(bool serial, const QString &ns)
{
    return serial ? tr("Your account may not open serial consoles in namespace %1.").arg(ns)
                  : tr("Your account may not open VNC consoles in namespace %1.").arg(ns);
}

QString AccessText::migration(const QString &ns)
{
    return tr("Your account may not migrate VMs in namespace %1.").arg(ns);
}

QString AccessText::deleteVm(const QString &ns)
{
    return tr("Your account may not delete VMs in namespace %1.").arg(ns);
}

QString AccessText::editVm(const QString &ns)
{
    return tr("Your account may not change VMs in namespace %1 (patch virtualmachines).").arg(ns);
}

QString AccessText::cloneVm(const QString &ns)
{
    return tr("Your account may not clone VMs in namespace %1 (create virtualmachineclones).").arg(ns);
}

QString AccessText::nodes()
{
    return tr("Your account may not change hosts (patch nodes): cordon and maintenance need a cluster admin.");
}

QString AccessText::hostsForbidden()
{
    return tr("Your account may not see hosts (nodes are forbidden at the cluster scope).\n\n"
              "The VMs you may see are listed on the right.");
}

QString AccessText::cephForbidden()
{
    return tr("Ceph: your account may not read Ceph clusters");
}

QString AccessText::namespaceOnly(const QString &ns)
{
    return tr("Namespace %1").arg(ns);
}

QString AccessText::namespaceOnlyDetail(const QString &ns)
{
    return tr("Your account may not list VMs in every namespace: Drover shows namespace %1, the one your "
              "kubeconfig context names.").arg(ns);
}

bool accessBlocks(ops::Access *access, const QStringList &namespaces,
                  const std::function<kube::ResourceAttributes(const QString &)> &question, QString *deniedNs)
{
    if (!access || namespaces.isEmpty())
        return false;
    bool allDenied = true;
    QString first;
    for (const QString &ns : namespaces) {
        if (access->verdict(question(ns)) != ops::Access::Verdict::Denied)
            allDenied = false;
        else if (first.isEmpty())
            first = ns;
    }
    if (deniedNs)
        *deniedNs = first;
    return allDenied;
}

} // namespace drover::models
