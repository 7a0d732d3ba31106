#include "GuestImages.h"

#include <QHash>
#include <QRegularExpression>

#include <iterator>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kEl9Kernel = "5.14.0-427.13.1.el9_4.x86_64";
constexpr const char *kEl9Build = "#1 SMP PREEMPT_DYNAMIC Wed May 1 19:11:28 UTC 2024";
constexpr const char *kEl8Kernel = "4.18.0-553.el8_10.x86_64";
constexpr const char *kEl8Build = "#1 SMP Fri May 24 13:05:10 UTC 2024";

using L = GuestImage::Layout;
// In match order: a specific version before the catch-all of its distro.
const GuestImage kImages[] = {
    {"fedora", "", "6.8.5-301.fc40.x86_64", "#1 SMP PREEMPT_DYNAMIC Thu Apr 11 20:00:10 UTC 2024",
     "8.2.2", "fedora", L::Fedora},
    {"debian", "", "6.1.0-26-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30)",
     "7.2.13", "debian", L::Debian},
    {"ubuntu", "22", "5.15.0-122-generic", "#132-Ubuntu SMP Thu Aug 29 13:45:52 UTC 2024", "6.2.0",
     "ubuntu", L::Debian},
    {"ubuntu", "", "6.8.0-45-generic",
     "#45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024", "8.2.2", "ubuntu", L::Debian},
    {"rocky", "8", kEl8Kernel, kEl8Build, "6.2.0", "rocky", L::RedHat},
    {"rocky", "", kEl9Kernel, kEl9Build, "8.2.0", "rocky", L::RedHat},
    {"almalinux", "8", kEl8Kernel, kEl8Build, "6.2.0", "almalinux", L::RedHat},
    {"almalinux", "", kEl9Kernel, kEl9Build, "8.2.0", "almalinux", L::RedHat},
    {"rhel", "8", kEl8Kernel, kEl8Build, "6.2.0", "cloud-user", L::RedHat},
    {"rhel", "", kEl9Kernel, kEl9Build, "8.2.0", "cloud-user", L::RedHat},
    {"centos", "", "5.14.0-503.el9.x86_64", kEl9Build, "9.0.0", "cloud-user", L::RedHat},
    {"mswindows", "2019", "17763", "10.0", "108.0.2", "Administrator", L::Windows},
    {"mswindows", "11", "22631", "10.0", "108.0.2", "Administrator", L::Windows},
    {"mswindows", "10", "19045", "10.0", "108.0.2", "Administrator", L::Windows},
    {"mswindows", "", "20348", "10.0", "108.0.2", "Administrator", L::Windows},
    {"", "", "6.1.0-26-amd64", "#1 SMP PREEMPT_DYNAMIC", "8.2.2", "cloud-user", L::Plain},
};

// From the display name ("Fedora 40", "Windows Server 2022"): id as in os-release (fedora,
// debian, ...; mswindows for Windows), name, prettyName, version, versionId; then the kernel
// and machine of the image.
QJsonObject makeGuestOsInfo(const QString &os, const QString &osName)
{
    const bool windows = os == "windows"_L1;
    const QString pretty = osName.isEmpty() ? os : osName;
    static const QRegularExpression versionRx(u"(\\d+(?:\\.\\d+)*)"_s);
    const QString versionId = versionRx.match(pretty).captured(1);
    QString id = windows ? u"mswindows"_s : os;
    QString name = pretty;
    struct Distro
    {
        const char *prefix;
        const char *id;
        const char *name;
    };
    static const Distro distros[] = {{"Fedora", "fedora", "Fedora Linux"},
                                     {"Debian", "debian", "Debian GNU/Linux"},
                                     {"Ubuntu", "ubuntu", "Ubuntu"},
                                     {"Rocky", "rocky", "Rocky Linux"},
                                     {"AlmaLinux", "almalinux", "AlmaLinux"},
                                     {"CentOS", "centos", "CentOS Stream"},
                                     {"Red Hat", "rhel", "Red Hat Enterprise Linux"},
                                     {"RHEL", "rhel", "Red Hat Enterprise Linux"},
                                     {"openSUSE", "opensuse-leap", "openSUSE Leap"},
                                     {"SLES", "sles", "SLES"},
                                     {"Alpine", "alpine", "Alpine Linux"}};
    if (windows) {
        name = u"Microsoft Windows"_s;
    } else {
        for (const Distro &d : distros)
            if (pretty.startsWith(QLatin1StringView(d.prefix))) {
                id = QLatin1StringView(d.id);
                name = QLatin1StringView(d.name);
                break;
            }
    }
    QJsonObject info{{u"id"_s, id}, {u"name"_s, name}, {u"prettyName"_s, pretty}};
    if (!versionId.isEmpty()) {
        info.insert("versionId"_L1, versionId);
        info.insert("version"_L1, windows ? pretty : versionId);
    }
    const GuestImage &image = guestImageFor(id, versionId);
    info.insert("kernelRelease"_L1, QLatin1StringView(image.kernelRelease));
    info.insert("kernelVersion"_L1, QLatin1StringView(image.kernelVersion));
    info.insert("machine"_L1, u"x86_64"_s);
    return info;
}

} // namespace

const GuestImage &guestImageFor(const QString &id, const QString &versionId)
{
    for (const GuestImage &image : kImages) {
        const QLatin1StringView imageId(image.id);
        if ((imageId.isEmpty() || imageId == id) &&
            versionId.startsWith(QLatin1StringView(image.versionPrefix)))
            return image;
    }
    return kImages[std::size(kImages) - 1];
}

QJsonObject guestOsInfo(const QString &os, const QString &osName)
{
    thread_local QHash<QString, QJsonObject> cache;
    const QString key = os + u'\n' + osName;
    auto it = cache.constFind(key);
    if (it == cache.cend())
        it = cache.insert(key, makeGuestOsInfo(os, osName));
    return *it;
}

} // namespace drover::sim
