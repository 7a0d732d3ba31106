#pragma once
// The guest images the simulator pretends to boot: per distro (os-release id) and version, the
// kernel, the qemu-guest-agent version, the cloud image's default user and its partitions, as
// the guest agent would report them. One table, so status.guestOSInfo and the guest agent
// subresources (GuestAgentJson.h) tell the same story.
#include <QJsonObject>
#include <QString>

namespace drover::sim {

struct GuestImage
{
    // How the cloud image partitions its disk.
    enum class Layout {
        Plain,   // one ext4 root
        Fedora,  // btrfs root, ext4 /boot, ESP
        Debian,  // ext4 root (vda1), ESP (vda15): Debian and Ubuntu cloud images
        RedHat,  // xfs root, xfs /boot, ESP: RHEL, Rocky, Alma, CentOS Stream
        Windows, // C:\ on NTFS
    };
    const char *id;            // os-release ID ("fedora"), "mswindows"; "" matches any
    const char *versionPrefix; // VERSION_ID starts with it ("9" for 9.4); "" matches any
    const char *kernelRelease; // uname -r; Windows: the build number
    const char *kernelVersion; // uname -v; Windows: the NT version
    const char *agentVersion;  // qemu-ga's guest-info version
    const char *user;          // the cloud image's default user (Windows: Administrator)
    Layout layout;
};

// The first image matching id and versionId; a generic Linux one when none does.
const GuestImage &guestImageFor(const QString &id, const QString &versionId);

// status.guestOSInfo as the agent reports it, from the drover.io/os label ("linux", "windows")
// and the display name ("Fedora 40", "Windows Server 2022"): id as in os-release (fedora,
// debian, ...; mswindows), name, prettyName, version, versionId, kernelRelease, kernelVersion,
// machine. Cached per (os, osName): populating 10,000 VMs asks for a handful of distinct ones.
QJsonObject guestOsInfo(const QString &os, const QString &osName);

} // namespace drover::sim
