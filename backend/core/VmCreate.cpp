#include "VmCreate.h"

#include "Lifecycle.h"
#include "ObjectMeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace drover::core {

using namespace Qt::StringLiterals;

namespace {

QJsonObject refTo(const QString &name, bool namespaced, const QString &namespacedKind)
{
    QJsonObject ref{{u"name"_s, name}};
    if (namespaced) // the cluster kinds are KubeVirt's default, as OpenShift's wizard leaves them
        ref.insert("kind"_L1, namespacedKind);
    return ref;
}

QJsonObject nsName(const QString &key, const QString &defaultNs)
{
    const QString ns = namespaceOfKey(key);
    return QJsonObject{{u"namespace"_s, ns.isEmpty() ? defaultNs : ns}, {u"name"_s, nameOfKey(key)}};
}

QJsonObject storageFor(const NewVmDisk &d)
{
    QJsonObject storage;
    if (!d.size.isEmpty())
        storage.insert("resources"_L1, QJsonObject{{u"requests"_s, QJsonObject{{u"storage"_s, d.size}}}});
    if (!d.storageClass.isEmpty())
        storage.insert("storageClassName"_L1, d.storageClass);
    if (!d.accessMode.isEmpty())
        storage.insert("accessModes"_L1, QJsonArray{d.accessMode});
    if (!d.volumeMode.isEmpty())
        storage.insert("volumeMode"_L1, d.volumeMode);
    return storage;
}

// One dataVolumeTemplates entry (CDI v1beta1 DataVolumeSpec).
QJsonObject dataVolumeTemplate(const NewVmRequest &r, const NewVmDisk &d)
{
    QJsonObject spec{{u"storage"_s, storageFor(d)}};
    switch (d.source) {
    case NewVmDisk::Source::DataSource: {
        QJsonObject ref = nsName(d.ref, r.ns);
        ref.insert("kind"_L1, u"DataSource"_s);
        spec.insert("sourceRef"_L1, ref);
        break;
    }
    case NewVmDisk::Source::Http:
        spec.insert("source"_L1, QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, d.ref}}}});
        break;
    case NewVmDisk::Source::Registry:
        spec.insert("source"_L1, QJsonObject{{u"registry"_s, QJsonObject{{u"url"_s, d.ref}}}});
        break;
    case NewVmDisk::Source::Pvc:
        spec.insert("source"_L1, QJsonObject{{u"pvc"_s, nsName(d.ref, r.ns)}});
        break;
    case NewVmDisk::Source::Blank:
    case NewVmDisk::Source::ContainerDisk:
        spec.insert("source"_L1, QJsonObject{{u"blank"_s, QJsonObject{}}});
        break;
    }
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, r.dataVolumeName(d)}}}, {u"spec"_s, spec}};
}

bool wantsCloudInit(const NewVmRequest &r)
{
    return r.sysprepXml.isEmpty() && (!r.user.isEmpty() || !r.password.isEmpty() || !r.sshKeys.isEmpty() || !r.networkData.isEmpty());
}

// A JSON string is a double-quoted YAML scalar: "a: b", "#x" or "{" stay a password.
QString yamlQuoted(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QString userData(const NewVmRequest &r)
{
    QString s = u"#cloud-config\n"_s;
    if (!r.user.isEmpty())
        s += u"user: "_s + r.user + u'\n';
    if (!r.password.isEmpty())
        s += u"password: "_s + yamlQuoted(r.password) + u"\nchpasswd: { expire: false }\n"_s;
    return s;
}

struct Devices
{
    QJsonArray disks, interfaces, networks, volumes;
};

void addDisks(const NewVmRequest &r, Devices &d)
{
    int boot = 0;
    for (const NewVmDisk &disk : r.disks) {
        QJsonObject entry{{u"name"_s, disk.name}, {u"bootOrder"_s, ++boot}};
        if (disk.cdrom)
            entry.insert("cdrom"_L1, QJsonObject{{u"bus"_s, u"sata"_s}});
        else if (r.preference.isEmpty()) // else the preference's preferredDiskBus applies
            entry.insert("disk"_L1, QJsonObject{{u"bus"_s, u"virtio"_s}});
        d.disks.append(entry);
        d.volumes.append(disk.persistent()
                             ? QJsonObject{{u"name"_s, disk.name}, {u"dataVolume"_s, QJsonObject{{u"name"_s, r.dataVolumeName(disk)}}}}
                             : QJsonObject{{u"name"_s, disk.name}, {u"containerDisk"_s, QJsonObject{{u"image"_s, disk.ref}}}});
    }
}

void addNics(const NewVmRequest &r, Devices &d)
{
    for (const NewVmNic &nic : r.nics) {
        d.interfaces.append(QJsonObject{{u"name"_s, nic.name}, {nic.pod() ? u"masquerade"_s : u"bridge"_s, QJsonObject{}}});
        d.networks.append(nic.pod() ? QJsonObject{{u"name"_s, nic.name}, {u"pod"_s, QJsonObject{}}}
                                    : QJsonObject{{u"name"_s, nic.name}, {u"multus"_s, QJsonObject{{u"networkName"_s, nic.network}}}});
    }
}

void addFirstBoot(const NewVmRequest &r, Devices &d)
{
    if (!r.sysprepXml.isEmpty()) {
        d.disks.append(QJsonObject{{u"name"_s, u"sysprep"_s}, {u"cdrom"_s, QJsonObject{{u"bus"_s, u"sata"_s}}}});
        d.volumes.append(QJsonObject{{u"name"_s, u"sysprep"_s},
                                     {u"sysprep"_s, QJsonObject{{u"configMap"_s, QJsonObject{{u"name"_s, r.sysprepConfigMapName()}}}}}});
        return;
    }
    if (!wantsCloudInit(r))
        return;
    QJsonObject noCloud{{u"userData"_s, userData(r)}};
    if (!r.networkData.isEmpty())
        noCloud.insert("networkData"_L1, r.networkData);
    d.volumes.append(QJsonObject{{u"name"_s, u"cloudinitdisk"_s}, {u"cloudInitNoCloud"_s, noCloud}});
}

QJsonObject domainFor(const NewVmRequest &r, const Devices &d)
{
    // The NIC list is complete as given: no pod network is added behind the user's back.
    const QJsonObject devices{{u"disks"_s, d.disks}, {u"interfaces"_s, d.interfaces}, {u"autoattachPodInterface"_s, false}};
    QJsonObject domain{{u"devices"_s, devices}};
    if (r.instancetype.isEmpty()) {
        domain.insert("cpu"_L1, QJsonObject{{u"sockets"_s, r.sockets}, {u"cores"_s, r.cores}, {u"threads"_s, 1}});
        domain.insert("memory"_L1, QJsonObject{{u"guest"_s, r.memory}});
    }
    return domain;
}

QJsonObject templateFor(const NewVmRequest &r)
{
    Devices d;
    addDisks(r, d);
    addNics(r, d);
    addFirstBoot(r, d);
    QJsonObject spec{{u"domain"_s, domainFor(r, d)}, {u"networks"_s, d.networks}, {u"volumes"_s, d.volumes},
                     {u"terminationGracePeriodSeconds"_s, 180}};
    if (!r.sshKeys.isEmpty() && r.sysprepXml.isEmpty())
        spec.insert("accessCredentials"_L1,
                    QJsonArray{QJsonObject{{u"sshPublicKey"_s,
                                            QJsonObject{{u"source"_s, QJsonObject{{u"secret"_s, QJsonObject{{u"secretName"_s, r.sshSecretName()}}}}},
                                                        {u"propagationMethod"_s, QJsonObject{{u"noCloud"_s, QJsonObject{}}}}}}}});
    const QJsonObject meta{{u"labels"_s, QJsonObject{{u"kubevirt.io/domain"_s, r.name}}}};
    return QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}};
}

QJsonObject vmFor(const NewVmRequest &r)
{
    QJsonObject meta{{u"name"_s, r.name}, {u"namespace"_s, r.ns}};
    if (!r.description.isEmpty())
        meta.insert("annotations"_L1, QJsonObject{{u"description"_s, r.description}});
    QJsonObject spec{{u"runStrategy"_s, nameOf(r.start ? RunStrategy::RerunOnFailure : RunStrategy::Halted)}};
    if (!r.instancetype.isEmpty())
        spec.insert("instancetype"_L1, refTo(r.instancetype, r.instancetypeNamespaced, u"VirtualMachineInstancetype"_s));
    if (!r.preference.isEmpty())
        spec.insert("preference"_L1, refTo(r.preference, r.preferenceNamespaced, u"VirtualMachinePreference"_s));
    QJsonArray templates;
    for (const NewVmDisk &disk : r.disks)
        if (disk.persistent())
            templates.append(dataVolumeTemplate(r, disk));
    if (!templates.isEmpty())
        spec.insert("dataVolumeTemplates"_L1, templates);
    spec.insert("template"_L1, templateFor(r));
    return QJsonObject{{u"apiVersion"_s, u"kubevirt.io/v1"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"metadata"_s, meta}, {u"spec"_s, spec}};
}

} // namespace

NewVmObjects newVmObjects(const NewVmRequest &r)
{
    NewVmObjects out;
    out.vm = vmFor(r);
    if (!r.sshKeys.isEmpty() && r.sysprepXml.isEmpty()) {
        QJsonObject data;
        for (int i = 0; i < r.sshKeys.size(); ++i)
            data.insert(u"key"_s + QString::number(i + 1), QString::fromLatin1(r.sshKeys[i].trimmed().toUtf8().toBase64()));
        out.sshSecret = QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                    {u"kind"_s, u"Secret"_s},
                                    {u"metadata"_s, QJsonObject{{u"name"_s, r.sshSecretName()}, {u"namespace"_s, r.ns}}},
                                    {u"type"_s, u"Opaque"_s},
                                    {u"data"_s, data}};
    }
    if (!r.sysprepXml.isEmpty())
        out.sysprepConfigMap = QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                           {u"kind"_s, u"ConfigMap"_s},
                                           {u"metadata"_s, QJsonObject{{u"name"_s, r.sysprepConfigMapName()}, {u"namespace"_s, r.ns}}},
                                           {u"data"_s, QJsonObject{{u"autounattend.xml"_s, r.sysprepXml}}}};
    return out;
}

bool looksLikeSshPublicKey(const QString &line)
{
    static const QRegularExpression re(
        u"^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$"_s);
    return re.match(line.trimmed()).hasMatch();
}

NewVmPage pageForField(const QString &field)
{
    auto has = [&field](QLatin1StringView s) { return field.contains(s); };
    if (field.startsWith("metadata"_L1) || has("runStrategy"_L1) || has("spec.running"_L1))
        return NewVmPage::Basics;
    if (has("cloudInit"_L1) || has("sysprep"_L1) || has("accessCredentials"_L1))
        return NewVmPage::FirstBoot;
    if (has("spec.instancetype"_L1) || has("spec.preference"_L1) || has("domain.cpu"_L1) || has("domain.memory"_L1) ||
        has("domain.resources"_L1) || has("domain.machine"_L1) || has("spec.template.spec.architecture"_L1))
        return NewVmPage::Size;
    if (has("interfaces"_L1) || has("spec.template.spec.networks"_L1))
        return NewVmPage::Networks;
    // KubeVirt names a template entry spec.dataVolumeTemplate[i] (singular): both match.
    if (has("dataVolumeTemplate"_L1) || has("volumes"_L1) || has("devices.disks"_L1))
        return NewVmPage::Disks;
    return NewVmPage::Review;
}

} // namespace drover::core
