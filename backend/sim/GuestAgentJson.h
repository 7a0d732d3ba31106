#pragma once
// What the simulated QEMU guest agent knows about a guest, in the JSON KubeVirt v1.9 gives it:
// status.guestOSInfo on the VMI (virt-handler, pkg/virt-handler/vm.go) and the bodies of the
// guestosinfo, userlist and filesystemlist subresources (virt-launcher's GetGuestInfo, GetUsers
// and GetFilesystems in pkg/virt-launcher/virtwrap/manager.go; the Go types
// VirtualMachineInstanceGuestAgentInfo, VirtualMachineInstanceGuestOSUserList and
// VirtualMachineInstanceFileSystemList in staging/src/kubevirt.io/api/core/v1/types.go).
//
// Pure functions of the VMI: the same VMI gives the same bytes on every call (login times from
// its Running timestamp, sizes and choices from a hash of its uid); no clock, no randomness.
#include <QJsonObject>
#include <QString>

namespace drover::sim {

// The label that says a VM's guest runs no agent (virtio-win tools never installed, a minimal
// image without qemu-guest-agent): its VMI then never gets AgentConnected, status.guestOSInfo
// stays empty, its interfaces are known from the domain only, and the three subresources refuse.
inline constexpr QLatin1StringView kGuestAgentLabel{"drover.io/guest-agent"};
inline constexpr QLatin1StringView kNoGuestAgent{"none"};

// False when obj (a VM, its template or a VMI) carries drover.io/guest-agent=none.
bool hasGuestAgent(const QJsonObject &obj);

// The guestosinfo body for a running VMI with an agent. bootDiskBytes: the size of the disk the
// guest boots from (0: unknown, a container disk's usual size is assumed).
QJsonObject guestAgentInfoJson(const QJsonObject &vmi, qint64 bootDiskBytes);
// {"metadata":{},"items":[{"userName","domain","loginTime"}]}: one or two users logged in.
QJsonObject guestUserListJson(const QJsonObject &vmi);
// {"metadata":{},"items":[{"diskName","mountPoint","fileSystemType","usedBytes","totalBytes",
// "disk":[{"serial","busType"}]}]}: the root filesystem on the boot disk (C:\ on Windows), and
// /boot and the EFI partition where the distro's cloud image has them.
QJsonObject guestFilesystemListJson(const QJsonObject &vmi, qint64 bootDiskBytes);
// The name of the disk (and of its volume) the guest boots from: bootOrder 1, else the first.
QString bootVolumeOf(const QJsonObject &vmi);

} // namespace drover::sim
