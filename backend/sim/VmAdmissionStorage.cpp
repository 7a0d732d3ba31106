// The storage half of ValidateVirtualMachineInstanceSpec: disks (pkg/storage/admitters/disks.go
// ValidateDisks, through validateDomainSpec), volumes and cloud-init (vmi-create-admitter.go
// validateVolumes), access credentials (validateAccessCredentials).
#include "VmAdmission.h"

#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim::vmadmission {

using namespace Qt::StringLiterals;

namespace {

QString at(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

Cause invalid(const QString &message, const QString &field)
{
    return {u"FieldValueInvalid"_s, message, field};
}

// disks.go getDiskType / getDiskBus.
QString targetOf(const QJsonObject &disk)
{
    for (const QLatin1StringView key : {"disk"_L1, "lun"_L1, "cdrom"_L1})
        if (has(disk, key))
            return key;
    return {};
}

// disks.go validateBusSupport (ide, virtio CD-ROMs, read-only sata disks, unknown buses).
Causes busCauses(const QString &path, const QJsonObject &disk)
{
    const QString target = targetOf(disk);
    const QString bus = target.isEmpty() ? QString() : disk.value(target).toObject().value("bus"_L1).toString();
    if (bus.isEmpty() || bus == "scsi"_L1 || bus == "usb"_L1)
        return {};
    if (bus == "ide"_L1)
        return {invalid(u"IDE bus is not supported"_s, path + u'.' + target + u".bus"_s)};
    if (bus == "virtio"_L1)
        return target == "cdrom"_L1 ? Causes{invalid(u"Bus type virtio is invalid for CD-ROM device"_s, path + u".cdrom.bus"_s)} : Causes();
    if (bus == "sata"_L1)
        return valueAt(disk, {"disk"_L1, "readOnly"_L1}).toBool()
                   ? Causes{invalid(u"sata hard-disks do not support read-only."_s, path + u".disk.bus"_s)}
                   : Causes();
    return {invalid(u"%1 is set with an unrecognized bus %2, must be one of: [virtio scsi sata usb]"_s.arg(path, bus),
                    path + u'.' + target + u".bus"_s)};
}

// vmi-create-admitter.go validateVolumes: one volume's user data or network data (kind).
Causes cloudInitDataCauses(const QString &at, const QJsonObject &ci, const QString &kind, int &sources)
{
    Causes c;
    const QString encoded = ci.value(kind + u"Base64"_s).toString(), plain = ci.value(kind).toString();
    const bool user = kind == "userData"_L1;
    qsizetype size = 0;
    sources = ci.value(kind + u"SecretRef"_s).toObject().value("name"_L1).toString().isEmpty() ? 0 : 1;
    if (!encoded.isEmpty()) {
        ++sources;
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QString field = at + u'.' + kind + u"Base64"_s;
        if (!decoded)
            c << invalid(u"%1.%2.%3Base64 is not a valid base64 value."_s.arg(field, at.section(u'.', -1), kind), field);
        size = decoded ? decoded.decoded.size() : 0;
    }
    if (!plain.isEmpty()) {
        ++sources;
        size = plain.toUtf8().size();
    }
    if (sources > 1)
        c << invalid(u"%1 must have only one %2 set."_s.arg(at, user ? u"userdatasource"_s : u"networkdata source"_s), at);
    if (size > 2048)
        c << invalid(u"%1 %2 exceeds 2048 byte limit. Should use %3SecretRef for larger data."_s.arg(
                         at, user ? u"userdata"_s : u"networkdata"_s, user ? u"UserData"_s : u"NetworkData"_s),
                     at);
    return c;
}

Causes cloudInitCauses(const QString &path, const QJsonObject &volume)
{
    const QLatin1StringView type = has(volume, "cloudInitNoCloud"_L1) ? "cloudInitNoCloud"_L1 : "cloudInitConfigDrive"_L1;
    const QJsonObject ci = objectAt(volume, type);
    const QString at = path + u'.' + type;
    int userSources = 0, networkSources = 0;
    Causes c = cloudInitDataCauses(at, ci, u"userData"_s, userSources);
    c << cloudInitDataCauses(at, ci, u"networkData"_s, networkSources);
    if (userSources == 0 && networkSources == 0)
        c << invalid(u"%1 must have at least one userdatasource or one networkdatasource set."_s.arg(at), at);
    return c;
}

const QLatin1StringView kSources[] = {"persistentVolumeClaim"_L1, "sysprep"_L1, "cloudInitNoCloud"_L1, "cloudInitConfigDrive"_L1,
                                      "containerDisk"_L1, "ephemeral"_L1, "emptyDisk"_L1, "hostDisk"_L1, "dataVolume"_L1,
                                      "configMap"_L1, "secret"_L1, "downwardAPI"_L1, "serviceAccount"_L1, "downwardMetrics"_L1,
                                      "memoryDump"_L1, "containerPath"_L1};

// One access credential's source and propagation method (validateAccessCredentials).
Causes credentialCauses(const QString &path, const QJsonObject &cred, bool noCloud, bool configDrive)
{
    Causes c;
    const QLatin1StringView kind = has(cred, "sshPublicKey"_L1) ? "sshPublicKey"_L1 : "userPassword"_L1;
    const QJsonObject method = valueAt(cred, {kind, "propagationMethod"_L1}).toObject();
    const QString methodPath = path + u'.' + kind + u".propagationMethod"_s;
    int methods = 0;
    if (kind == "sshPublicKey"_L1) {
        methods = int(has(method, "noCloud"_L1)) + int(has(method, "configDrive"_L1)) + int(has(method, "qemuGuestAgent"_L1));
        if (has(method, "noCloud"_L1) && !noCloud)
            c << invalid(u"%1 requires a noCloud volume to exist when the noCloud propagationMethod is in use."_s.arg(path), methodPath);
        if (has(method, "configDrive"_L1) && !configDrive)
            c << invalid(u"%1 requires a configDrive volume to exist when the configDrive propagationMethod is in use."_s.arg(path), methodPath);
        if (has(method, "qemuGuestAgent"_L1) && valueAt(method, {"qemuGuestAgent"_L1, "users"_L1}).toArray().isEmpty())
            c << invalid(u"%1 requires at least one user to be present in the users list"_s.arg(path), methodPath + u".qemuGuestAgent.users"_s);
    } else {
        methods = int(has(method, "qemuGuestAgent"_L1));
    }
    if (!has(valueAt(cred, {kind, "source"_L1}).toObject(), "secret"_L1))
        c << invalid(u"%1 must have exactly one source set"_s.arg(path), path + u'.' + kind + u".source"_s);
    if (methods != 1)
        c << invalid(u"%1 must have exactly one propagationMethod set"_s.arg(path), methodPath);
    return c;
}

} // namespace

// ValidateDisks: names unique, one target, boot order > 0, bus, the name a DNS label (its
// path appends domain.devices.disks to the disks' own path, as KubeVirt's does).
Causes diskCauses(const QJsonObject &tspec)
{
    Causes c;
    const QString path = u"spec.template.spec.domain.devices.disks"_s;
    const QJsonArray disks = valueAt(tspec, {"domain"_L1, "devices"_L1, "disks"_L1}).toArray();
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QJsonObject disk = disks.at(i).toObject();
        const QString name = stringAt(disk, "name"_L1);
        for (qsizetype j = 0; j < i; ++j)
            if (stringAt(disks.at(j).toObject(), "name"_L1) == name)
                c << invalid(u"%1 and %2 must not have the same Name."_s.arg(at(path, i), at(path, j)), at(path, i) + u".name"_s);
        if (int(has(disk, "disk"_L1)) + int(has(disk, "lun"_L1)) + int(has(disk, "cdrom"_L1)) > 1)
            c << invalid(u"%1 can only have a single target type defined"_s.arg(at(path, i)), at(path, i));
        if (has(disk, "bootOrder"_L1) && disk.value("bootOrder"_L1).toInt() < 1)
            c << invalid(u"%1 must have a boot order > 0, if supplied"_s.arg(at(path, i)), at(path, i) + u".bootOrder"_s);
        c << busCauses(at(path, i), disk);
        for (const QString &e : dns1123LabelErrors(name))
            c << invalid(e, at(path + u".domain.devices.disks"_s, i) + u".name"_s);
    }
    return c;
}

// validateVolumes: names unique, exactly one source, a DataVolume's name, cloud-init.
Causes volumeCauses(const QJsonObject &tspec)
{
    Causes c;
    const QString path = u"spec.template.spec.volumes"_s;
    const QJsonArray volumes = tspec.value("volumes"_L1).toArray();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QJsonObject volume = volumes.at(i).toObject();
        for (qsizetype j = 0; j < i; ++j)
            if (stringAt(volumes.at(j).toObject(), "name"_L1) == stringAt(volume, "name"_L1)) {
                c << invalid(u"%1 and %2 must not have the same Name."_s.arg(at(path, i), at(path, j)), at(path, i) + u".name"_s);
                break;
            }
        int sources = 0;
        for (const QLatin1StringView key : kSources)
            sources += has(volume, key) ? 1 : 0;
        if (has(volume, "dataVolume"_L1) && valueAt(volume, {"dataVolume"_L1, "name"_L1}).toString().isEmpty())
            c << Cause{u"FieldValueRequired"_s, u"DataVolume 'name' must be set"_s, at(path, i) + u".name"_s};
        if (sources != 1)
            c << invalid(u"%1 must have exactly one source type set"_s.arg(at(path, i)), at(path, i));
        if (has(volume, "cloudInitNoCloud"_L1) || has(volume, "cloudInitConfigDrive"_L1))
            c << cloudInitCauses(at(path, i), volume);
    }
    return c;
}

// validateAccessCredentials.
Causes accessCredentialCauses(const QJsonObject &tspec)
{
    Causes c;
    bool noCloud = false, configDrive = false;
    for (const QJsonValue &v : tspec.value("volumes"_L1).toArray()) {
        noCloud = noCloud || has(v.toObject(), "cloudInitNoCloud"_L1);
        configDrive = configDrive || has(v.toObject(), "cloudInitConfigDrive"_L1);
    }
    const QJsonArray creds = tspec.value("accessCredentials"_L1).toArray();
    for (qsizetype i = 0; i < creds.size(); ++i) {
        const QJsonObject cred = creds.at(i).toObject();
        const QString path = at(u"spec.template.spec.accessCredentials"_s, i);
        const int kinds = int(has(cred, "sshPublicKey"_L1)) + int(has(cred, "userPassword"_L1));
        if (kinds > 0)
            c << credentialCauses(path, cred, noCloud, configDrive);
        if (kinds == 2)
            c << credentialCauses(path, QJsonObject{{u"userPassword"_s, cred.value("userPassword"_L1)}}, noCloud, configDrive);
        if (kinds != 1)
            c << invalid(u"%1 must have exactly one access credential type set"_s.arg(path), path);
    }
    return c;
}

} // namespace drover::sim::vmadmission
