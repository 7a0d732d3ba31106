#include "GuestAgentJson.h"

#include "GuestImages.h"
#include "Lifecycle.h"
#include "VmiJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1LL << 20;
constexpr qint64 kGiB = 1LL << 30;
// A container disk's root, as cloud-init's growpart leaves it (the image's virtual size).
constexpr qint64 kContainerDiskBytes = 10 * kGiB;

QJsonObject guestOsOf(const QJsonObject &vmi)
{
    return objectAt(objectAt(vmi, "status"_L1), "guestOSInfo"_L1);
}

bool isWindows(const QJsonObject &vmi)
{
    return stringAt(guestOsOf(vmi), "id"_L1) == "mswindows"_L1 ||
           labelOf(vmi, u"drover.io/os"_s) == "windows"_L1;
}

const GuestImage &imageOf(const QJsonObject &vmi)
{
    const QJsonObject os = guestOsOf(vmi);
    return guestImageFor(isWindows(vmi) ? u"mswindows"_s : stringAt(os, "id"_L1),
                         stringAt(os, "versionId"_L1));
}

// 64 bits that stay the same for this VMI and this purpose: from its uid (a new VMI, a new
// guest), else its namespace and name.
quint64 seedOf(const QJsonObject &vmi, QLatin1StringView what)
{
    QString key = uidOf(vmi);
    if (key.isEmpty())
        key = namespaceOf(vmi) + u'/' + nameOf(vmi);
    const QByteArray h =
        QCryptographicHash::hash(QString(key + u'/' + what).toUtf8(), QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h[i]);
    return v;
}

// A fraction in [lo, hi), fixed for this VMI and purpose.
double fractionOf(const QJsonObject &vmi, QLatin1StringView what, double lo, double hi)
{
    return lo + (hi - lo) * double(seedOf(vmi, what) % 1000000) / 1e6;
}

// When the guest booted, in seconds since the epoch: the VMI's first Running transition; else
// its creation; else 0.
double bootSeconds(const QJsonObject &vmi)
{
    const auto secondsOf = [](const QString &stamp) {
        const QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
        return t.isValid() ? double(t.toSecsSinceEpoch()) : -1.0;
    };
    const QJsonObject st = objectAt(vmi, "status"_L1);
    for (const QJsonValue &v : st.value("phaseTransitionTimestamps"_L1).toArray())
        if (core::vmiPhaseFromName(stringAt(v.toObject(), "phase"_L1)) == core::VmiPhase::Running) {
            const double s = secondsOf(stringAt(v.toObject(), "phaseTransitionTimestamp"_L1));
            if (s >= 0)
                return s;
        }
    return qMax(0.0, secondsOf(stringAt(objectAt(vmi, "metadata"_L1), "creationTimestamp"_L1)));
}

// What the agent's guest-get-host-name says: the VMI's spec.hostname or name, as cloud-init
// (or KubeVirt's DHCP) set it; Windows answers with its NetBIOS computer name (GetComputerName:
// upper case, at most 15 characters).
QString hostnameOf(const QJsonObject &vmi)
{
    QString host = stringAt(objectAt(vmi, "spec"_L1), "hostname"_L1);
    if (host.isEmpty())
        host = nameOf(vmi);
    return isWindows(vmi) ? host.toUpper().left(15) : host;
}

QJsonObject bootDiskOf(const QJsonObject &vmi)
{
    const QJsonArray disks = objectAt(objectAt(objectAt(vmi, "spec"_L1), "domain"_L1), "devices"_L1)
                                 .value("disks"_L1)
                                 .toArray();
    for (const QJsonValue &d : disks)
        if (d.toObject().value("bootOrder"_L1).toInt() == 1)
            return d.toObject();
    return disks.first().toObject();
}

// The fsinfo "disk" entry of the boot disk: its bus as the guest sees it, and its serial when
// the VMI sets one (QEMU gives a SATA disk without one its default, QM00001).
QJsonArray diskEntryOf(const QJsonObject &vmi)
{
    const QJsonObject disk = bootDiskOf(vmi);
    QString bus = stringAt(objectAt(disk, "disk"_L1), "bus"_L1);
    if (bus.isEmpty())
        bus = u"virtio"_s;
    QString serial = stringAt(disk, "serial"_L1);
    if (serial.isEmpty() && bus == "sata"_L1)
        serial = u"QM00001"_s;
    QJsonObject entry{{u"busType"_s, bus}};
    if (!serial.isEmpty())
        entry.insert("serial"_L1, serial);
    return QJsonArray{entry};
}

// A partition as the image lays it out; bytes 0: the rest of the disk.
struct Partition
{
    const char *device;
    const char *mountPoint;
    const char *type;
    qint64 bytes;
    double usedLo;
    double usedHi;
};

QList<Partition> partitionsOf(GuestImage::Layout layout)
{
    using L = GuestImage::Layout;
    switch (layout) {
    case L::Fedora: // btrfs root (subvolumes / and /home), ext4 /boot, the ESP
        return {{"vda4", "/", "btrfs", 0, 0.15, 0.55},
                {"vda3", "/boot", "ext4", kGiB, 0.22, 0.38},
                {"vda2", "/boot/efi", "vfat", 100 * kMiB, 0.17, 0.19}};
    case L::Debian:
        return {{"vda1", "/", "ext4", 0, 0.12, 0.6},
                {"vda15", "/boot/efi", "vfat", 124 * kMiB, 0.05, 0.1}};
    case L::RedHat:
        return {{"vda4", "/", "xfs", 0, 0.1, 0.5},
                {"vda3", "/boot", "xfs", kGiB, 0.25, 0.4},
                {"vda2", "/boot/efi", "vfat", 200 * kMiB, 0.03, 0.05}};
    case L::Windows: // the ESP, MSR and recovery partitions have no drive letter
        return {{"", "C:\\", "NTFS", 0, 0.22, 0.65}};
    case L::Plain:
        break;
    }
    return {{"vda1", "/", "ext4", 0, 0.1, 0.5}};
}

constexpr qint64 roundDown4k(qint64 v)
{
    return v - v % 4096;
}

QJsonArray filesystemsOf(const QJsonObject &vmi, qint64 bootDiskBytes)
{
    const GuestImage::Layout layout = imageOf(vmi).layout;
    const QList<Partition> parts = partitionsOf(layout);
    const qint64 disk = bootDiskBytes > 0 ? bootDiskBytes : kContainerDiskBytes;
    // What the fixed partitions, the alignment and (Windows) the hidden ones leave for root.
    qint64 rest = disk - kMiB - (layout == GuestImage::Layout::Windows ? 716 * kMiB : 0);
    for (const Partition &p : parts)
        rest -= p.bytes;
    const QJsonArray diskEntry = diskEntryOf(vmi);
    QJsonArray out;
    for (const Partition &p : parts) {
        const qint64 size = p.bytes > 0 ? p.bytes : qMax(rest, kGiB);
        const qint64 total = roundDown4k(size - size / 64); // the filesystem's own metadata
        const QLatin1StringView mount(p.mountPoint);
        const qint64 used =
            roundDown4k(qint64(double(total) * fractionOf(vmi, mount, p.usedLo, p.usedHi)));
        // Windows names a volume by its GUID path, \\?\Volume{...}\.
        const QString name = layout == GuestImage::Layout::Windows
                                 ? u"\\\\?\\Volume"_s +
                                       QUuid::createUuidV5(QUuid(), uidOf(vmi) + mount).toString() +
                                       u'\\'
                                 : QString::fromLatin1(p.device);
        out.append(QJsonObject{{u"diskName"_s, name},
                               {u"mountPoint"_s, mount},
                               {u"fileSystemType"_s, QLatin1StringView(p.type)},
                               {u"usedBytes"_s, used},
                               {u"totalBytes"_s, total},
                               {u"disk"_s, diskEntry}});
    }
    return out;
}

// One or two users logged in a while after boot, the image's own user first; login times are
// fractional epoch seconds with the microseconds utmp keeps.
QJsonArray usersOf(const QJsonObject &vmi)
{
    const bool windows = isWindows(vmi);
    const double boot = bootSeconds(vmi);
    const quint64 seed = seedOf(vmi, "users"_L1);
    QJsonArray users;
    const auto add = [&](const QString &name, double at) {
        QJsonObject u{{u"userName"_s, name}, {u"loginTime"_s, at}};
        if (windows)
            u.insert("domain"_L1, hostnameOf(vmi)); // a local account's domain is the computer
        users.append(u);
    };
    add(QLatin1StringView(imageOf(vmi).user), boot + 40.0 + double(seed % 600000000) / 1e6);
    if (seed & (1ULL << 40))
        add(windows ? u"operator"_s : u"root"_s,
            boot + 900.0 + double((seed >> 8) % 3600000000) / 1e6);
    return users;
}

// guest-info's supported_commands: what virt-handler requires (pkg/virt-handler/guestagent.go)
// and the rest a current qemu-ga offers; Windows' has no SSH key commands.
QJsonArray commandsFor(bool windows)
{
    static const char *const common[] = {"guest-sync-delimited",
                                         "guest-sync",
                                         "guest-ping",
                                         "guest-get-time",
                                         "guest-set-time",
                                         "guest-info",
                                         "guest-shutdown",
                                         "guest-file-open",
                                         "guest-file-close",
                                         "guest-file-read",
                                         "guest-file-write",
                                         "guest-file-seek",
                                         "guest-file-flush",
                                         "guest-fsfreeze-status",
                                         "guest-fsfreeze-freeze",
                                         "guest-fsfreeze-freeze-list",
                                         "guest-fsfreeze-thaw",
                                         "guest-fstrim",
                                         "guest-suspend-disk",
                                         "guest-suspend-ram",
                                         "guest-network-get-interfaces",
                                         "guest-get-vcpus",
                                         "guest-get-fsinfo",
                                         "guest-set-user-password",
                                         "guest-get-host-name",
                                         "guest-get-users",
                                         "guest-get-timezone",
                                         "guest-get-osinfo",
                                         "guest-get-devices",
                                         "guest-get-disks",
                                         "guest-exec",
                                         "guest-exec-status"};
    static const char *const linuxOnly[] = {"guest-set-vcpus", "guest-ssh-get-authorized-keys",
                                            "guest-ssh-add-authorized-keys",
                                            "guest-ssh-remove-authorized-keys"};
    QJsonArray out;
    const auto add = [&out](const char *name) {
        out.append(QJsonObject{{u"name"_s, QLatin1StringView(name)}, {u"enabled"_s, true}});
    };
    for (const char *c : common)
        add(c);
    if (!windows)
        for (const char *c : linuxOnly)
            add(c);
    return out;
}

// A list body as virt-api writes it: ListMeta always there (a struct), items never null here.
QJsonObject listOf(const QJsonArray &items)
{
    return QJsonObject{{u"metadata"_s, QJsonObject()}, {u"items"_s, items}};
}

} // namespace

bool hasGuestAgent(const QJsonObject &obj)
{
    return labelOf(obj, QString(kGuestAgentLabel)) != kNoGuestAgent;
}

QJsonObject guestAgentInfoJson(const QJsonObject &vmi, qint64 bootDiskBytes)
{
    const bool windows = isWindows(vmi);
    // virt-launcher passes at most 10 users and 10 filesystems here (GetGuestInfo).
    const QJsonArray users = usersOf(vmi);
    QJsonObject info{{u"guestAgentVersion"_s, QLatin1StringView(imageOf(vmi).agentVersion)},
                     {u"supportedCommands"_s, commandsFor(windows)},
                     {u"hostname"_s, hostnameOf(vmi)},
                     {u"os"_s, guestOsOf(vmi)},
                     // guest-get-timezone: GLib's zone abbreviation and the offset in seconds.
                     {u"timezone"_s, windows ? u"Coordinated Universal Time, 0"_s : u"UTC, 0"_s},
                     {u"fsInfo"_s, QJsonObject{{u"disks"_s, filesystemsOf(vmi, bootDiskBytes)}}}};
    if (!users.isEmpty())
        info.insert("userList"_L1, users);
    const QString frozen = stringAt(objectAt(vmi, "status"_L1), "fsFreezeStatus"_L1);
    if (!frozen.isEmpty())
        info.insert("fsFreezeStatus"_L1, frozen);
    return info;
}

QJsonObject guestUserListJson(const QJsonObject &vmi)
{
    return listOf(usersOf(vmi));
}

QJsonObject guestFilesystemListJson(const QJsonObject &vmi, qint64 bootDiskBytes)
{
    return listOf(filesystemsOf(vmi, bootDiskBytes));
}

QString bootVolumeOf(const QJsonObject &vmi)
{
    return stringAt(bootDiskOf(vmi), "name"_L1);
}

} // namespace drover::sim
