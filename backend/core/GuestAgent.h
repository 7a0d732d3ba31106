#pragma once
// What a VM's guest agent says, as KubeVirt's subresources serve it (vm-lifecycle-facts.md §5;
// the Go types VirtualMachineInstanceGuestAgentInfo, VirtualMachineInstanceGuestOSUserList and
// VirtualMachineInstanceFileSystemList in kubevirt.io/api/core/v1):
//   GET .../virtualmachineinstances/{name}/guestosinfo    the agent, the OS, hostname, time zone
//   GET .../virtualmachineinstances/{name}/userlist       {"items":[{userName,domain,loginTime}]}
//   GET .../virtualmachineinstances/{name}/filesystemlist {"items":[{diskName,mountPoint,...}]}
// KubeVirt answers 409 when the VMI runs without a connected agent.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace drover::core {

struct GuestOs
{
    QString name;       // "Fedora Linux", "Microsoft Windows"
    QString version;    // "40 (Cloud Edition)", "Microsoft Windows Server 2022"
    QString prettyName; // "Fedora Linux 40 (Cloud Edition)"
    QString versionId;
    QString id;         // "fedora", "mswindows"
    QString kernelRelease;
    QString kernelVersion;
    QString machine;    // "x86_64"
    // What a person calls it: prettyName; else, as the OpenShift console does, the version alone
    // for Windows (it already names the product) and "name version" for the rest.
    QString displayName() const;
};

struct GuestUser
{
    QString userName;
    QString domain;      // Windows domain; empty elsewhere
    QDateTime loginTime; // UTC; the agent sends fractional epoch seconds; invalid when absent
};

struct GuestFilesystem
{
    QString diskName;   // "vda4", "C:"
    QString mountPoint; // "/", "C:\\"
    QString type;       // "btrfs", "NTFS"
    qint64 usedBytes = -1;  // -1: not reported
    qint64 totalBytes = -1;
    // used / total in [0, 1]; -1 when either is unknown or total is 0.
    double usedFraction() const;
};

struct GuestAgentInfo
{
    QString agentVersion; // guestAgentVersion
    QString hostname;
    QString timezone;     // the zone's name: "UTC" of the agent's "UTC, 0"
    GuestOs os;
    QList<GuestUser> users;
    QList<GuestFilesystem> filesystems;
};

// The guestosinfo body (users and filesystems from its userList and fsInfo.disks).
GuestAgentInfo guestAgentInfoFromJson(const QJsonObject &guestosinfo);
// The userlist and filesystemlist bodies.
QList<GuestUser> guestUsersFromJson(const QJsonObject &userlist);
QList<GuestFilesystem> guestFilesystemsFromJson(const QJsonObject &filesystemlist);

} // namespace drover::core
