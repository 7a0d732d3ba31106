// newVmProblems: the checks the API server, CDI and KubeVirt would make, made before anything is
// sent so each is said on the page where it can be mended.
#include "VmCreate.h"

#include "CoreTr.h"
#include "ObjectMeta.h"
#include "Quantity.h"

#include <QRegularExpression>
#include <QSet>

namespace drover::core {

using namespace Qt::StringLiterals;

namespace {

using Problems = QList<NewVmProblem>;

void checkBasics(const NewVmRequest &r, Problems &out)
{
    if (r.ns.isEmpty())
        out.append({NewVmPage::Basics, Tr::tr("Pick the namespace the VM goes in.")});
    // The name becomes the guest's hostname and a label value (kubevirt.io/domain): a DNS label.
    if (r.name.isEmpty())
        out.append({NewVmPage::Basics, Tr::tr("The VM needs a name.")});
    else if (!isDnsLabel(r.name))
        out.append({NewVmPage::Basics, Tr::tr("“%1” is not a valid VM name: lower-case letters, digits and '-', starting and ending "
                                              "with a letter or digit, 63 characters at most.")
                                           .arg(r.name)});
}

void checkSize(const NewVmRequest &r, Problems &out)
{
    if (!r.instancetype.isEmpty())
        return;
    if (r.sockets < 1 || r.cores < 1)
        out.append({NewVmPage::Size, Tr::tr("A VM needs at least one socket with one core.")});
    const Result<std::int64_t> bytes = parseBytes(r.memory);
    if (!bytes || *bytes < 64 * 1024 * 1024)
        out.append({NewVmPage::Size, Tr::tr("“%1” is not a memory size a VM can boot with: give at least 64Mi, e.g. 2Gi.").arg(r.memory)});
}

QString diskProblem(const NewVmDisk &d)
{
    using S = NewVmDisk::Source;
    if (d.source != S::Blank && d.ref.trimmed().isEmpty()) {
        switch (d.source) {
        case S::DataSource: return Tr::tr("Disk %1: pick the image to clone.").arg(d.name);
        case S::Http: return Tr::tr("Disk %1: give the URL to import.").arg(d.name);
        case S::Registry: return Tr::tr("Disk %1: give the registry image to import.").arg(d.name);
        case S::Pvc: return Tr::tr("Disk %1: pick the volume to clone.").arg(d.name);
        default: return Tr::tr("Disk %1: give the container image.").arg(d.name);
        }
    }
    if (d.source == S::Http && !d.ref.startsWith("http://"_L1) && !d.ref.startsWith("https://"_L1))
        return Tr::tr("Disk %1: “%2” is not an http:// or https:// URL.").arg(d.name, d.ref);
    if (d.source == S::Registry && !d.ref.startsWith("docker://"_L1) && !d.ref.startsWith("oci-archive://"_L1))
        return Tr::tr("Disk %1: a registry image is written docker://registry/image:tag.").arg(d.name);
    // CDI can size a clone from its source; an import or a blank disk needs a size.
    const bool clone = d.source == S::DataSource || d.source == S::Pvc;
    if (d.persistent() && (!clone || !d.size.isEmpty())) {
        const Result<std::int64_t> bytes = parseBytes(d.size);
        if (!bytes || *bytes <= 0)
            return Tr::tr("Disk %1: “%2” is not a size; write e.g. 30Gi.").arg(d.name, d.size);
    }
    return {};
}

void checkDisks(const NewVmRequest &r, Problems &out)
{
    if (r.disks.isEmpty())
        out.append({NewVmPage::Disks, Tr::tr("A VM needs a disk to boot from.")});
    QSet<QString> seen;
    for (const NewVmDisk &d : r.disks) {
        if (!isDnsLabel(d.name))
            out.append({NewVmPage::Disks, Tr::tr("“%1” is not a valid disk name: lower-case letters, digits and '-'.").arg(d.name)});
        else if (seen.contains(d.name) || d.name == "cloudinitdisk"_L1 || d.name == "sysprep"_L1)
            out.append({NewVmPage::Disks, Tr::tr("Two disks are named %1.").arg(d.name)});
        seen.insert(d.name);
        if (const QString p = diskProblem(d); !p.isEmpty())
            out.append({NewVmPage::Disks, p});
    }
}

void checkNics(const NewVmRequest &r, Problems &out)
{
    QSet<QString> seen;
    int pods = 0;
    for (const NewVmNic &n : r.nics) {
        if (!isDnsLabel(n.name))
            out.append({NewVmPage::Networks, Tr::tr("“%1” is not a valid interface name: lower-case letters, digits and '-'.").arg(n.name)});
        else if (seen.contains(n.name))
            out.append({NewVmPage::Networks, Tr::tr("Two interfaces are named %1.").arg(n.name)});
        seen.insert(n.name);
        pods += n.pod() ? 1 : 0;
    }
    if (pods > 1) // KubeVirt: "more than one interface is connected to a pod network"
        out.append({NewVmPage::Networks, Tr::tr("Only one interface can be on the pod network.")});
}

void checkFirstBoot(const NewVmRequest &r, Problems &out)
{
    for (const QString &key : r.sshKeys)
        if (!looksLikeSshPublicKey(key))
            out.append({NewVmPage::FirstBoot, Tr::tr("“%1” is not an OpenSSH public key (ssh-ed25519 AAAA… comment).").arg(key.left(40))});
    const bool cloudInit = !r.user.isEmpty() || !r.password.isEmpty() || !r.sshKeys.isEmpty() || !r.networkData.isEmpty();
    if (!r.sysprepXml.isEmpty() && cloudInit)
        out.append({NewVmPage::FirstBoot,
                    Tr::tr("A Windows answer file and cloud-init settings exclude each other: clear one of them.")});
    if (!r.user.isEmpty() && !QRegularExpression(u"^[a-z_][a-z0-9_-]{0,31}$"_s).match(r.user).hasMatch())
        out.append({NewVmPage::FirstBoot, Tr::tr("“%1” is not a user name cloud-init can create.").arg(r.user)});
}

} // namespace

QList<NewVmProblem> newVmProblems(const NewVmRequest &r)
{
    Problems out;
    checkBasics(r, out);
    checkSize(r, out);
    checkDisks(r, out);
    checkNics(r, out);
    checkFirstBoot(r, out);
    return out;
}

} // namespace drover::core
