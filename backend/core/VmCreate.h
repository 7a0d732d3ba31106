#pragma once
// A new VM as the New VM dialog describes it, and the objects that make it: the VirtualMachine
// (kubevirt.io/v1) with its dataVolumeTemplates, and beside it the Secret that carries the SSH
// keys (accessCredentials, propagated by cloud-init NoCloud) and, for Windows, the ConfigMap
// with the sysprep answer file. Shapes follow what OpenShift's wizard builds (kubevirt-plugin
// generateVM*.ts): runStrategy RerunOnFailure when started, Halted when not; the pod network
// with masquerade, autoattachPodInterface false; disks from CDI DataVolumes (spec.storage, so
// CDI fills what is not given from the StorageProfile).
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drover::core {

// The dialog's pages, in order (the boot image before the size: a golden image's labels name
// the instancetype and preference that suit it); a refusal goes back to its field's page.
enum class NewVmPage { Basics, Disks, Size, Networks, FirstBoot, Review };

struct NewVmDisk
{
    enum class Source {
        DataSource,    // ref "namespace/name" of a cdi.kubevirt.io DataSource (a golden image): cloned
        Http,          // ref: an http(s) URL CDI imports (qcow2, raw, iso; compressed or not)
        Registry,      // ref: "docker://quay.io/containerdisks/fedora:40" imported into a volume
        Pvc,           // ref "namespace/name": an existing claim, cloned
        ContainerDisk, // ref: an image; ephemeral, no volume is made
        Blank,         // an empty volume of size
    };
    Source source = Source::Blank;
    QString name;         // the volume and disk name: rootdisk, installer, disk-1, …
    QString ref;
    QString size;         // a quantity ("30Gi"); empty: as large as the source (clones only)
    QString storageClass; // empty: the cluster's default (virt) class
    QString accessMode;   // ReadWriteMany / ReadWriteOnce / empty: from the StorageProfile
    QString volumeMode;   // Block / Filesystem / empty: from the StorageProfile
    bool cdrom = false;   // attach as a CD-ROM (sata): an installer ISO
    bool persistent() const { return source != Source::ContainerDisk; }
};

struct NewVmNic
{
    QString name;    // the interface and network name: default, nic-1, …
    QString network; // "" is the pod network; else a NetworkAttachmentDefinition "namespace/name" or "name"
    bool pod() const { return network.isEmpty(); }
};

struct NewVmRequest
{
    QString ns;
    QString name;
    QString description; // the annotation "description", as OpenShift's console shows it
    bool start = true;   // RerunOnFailure, else Halted

    // Size: an instancetype (and a preference), or sockets × cores and memory.
    QString instancetype; // empty: custom
    bool instancetypeNamespaced = false;
    QString preference; // empty: none
    bool preferenceNamespaced = false;
    int sockets = 1;
    int cores = 1;
    QString memory = QStringLiteral("2Gi");

    QList<NewVmDisk> disks; // boot order as listed
    QList<NewVmNic> nics;

    // First boot (Linux): cloud-init NoCloud user data; the keys go into a Secret.
    QString user;       // the default user's name; empty: the image's
    QString password;   // empty: none (key only)
    QStringList sshKeys; // OpenSSH public keys, one per entry
    QString networkData; // cloud-init network-config, verbatim; empty: DHCP on every NIC
    // Windows: an autounattend.xml answer file (sysprep); when set, no cloud-init is added.
    QString sysprepXml;

    QString sshSecretName() const { return name + QStringLiteral("-ssh-key"); }
    QString sysprepConfigMapName() const { return name + QStringLiteral("-sysprep"); }
    // The DataVolume made for disk (named after the VM, so two VMs never share one).
    QString dataVolumeName(const NewVmDisk &disk) const { return name + QLatin1Char('-') + disk.name; }
};

// What a request makes: the VM, and the objects it refers to that must exist beside it.
struct NewVmObjects
{
    QJsonObject vm;
    std::optional<QJsonObject> sshSecret;     // v1 Secret, key "key1", "key2"… per public key
    std::optional<QJsonObject> sysprepConfigMap; // v1 ConfigMap, key "autounattend.xml"
};

NewVmObjects newVmObjects(const NewVmRequest &request);

struct NewVmProblem
{
    NewVmPage page;
    QString message;
};

// What is wrong with request before anything is sent (the checks the API server and KubeVirt
// would make, said earlier and on the right page); empty when nothing is.
QList<NewVmProblem> newVmProblems(const NewVmRequest &request);

// The page a refused field belongs to ("spec.template.spec.domain.memory.guest" -> Size,
// "metadata.name" -> Basics, "spec.dataVolumeTemplates[0]…" -> Disks); Review when unknown.
NewVmPage pageForField(const QString &field);

// A public key line is one OpenSSH accepts for authorized_keys: "<type> <base64> [comment]".
bool looksLikeSshPublicKey(const QString &line);

} // namespace drover::core
