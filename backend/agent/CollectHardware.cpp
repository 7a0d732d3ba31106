// drover-agent: system (DMI), CPUs (/proc/cpuinfo), memory (/proc/meminfo and SMBIOS DIMMs),
// PCI devices and NICs (sysfs).
#include "Collectors.h"

#include <QJsonArray>
#include <QSet>

namespace drover::agent {

namespace {
// Flags that decide whether a VM can live-migrate between two hosts' CPUs.
const QSet<QString> kMigrationFlags{QStringLiteral("vmx"), QStringLiteral("svm"), QStringLiteral("sse4_2"), QStringLiteral("aes"),
                                    QStringLiteral("avx"), QStringLiteral("avx2"), QStringLiteral("avx512f"), QStringLiteral("avx512bw"),
                                    QStringLiteral("avx512vl"), QStringLiteral("avx512_vnni"), QStringLiteral("amx_tile"), QStringLiteral("pku"),
                                    QStringLiteral("sev"), QStringLiteral("sev_es"), QStringLiteral("tsx_ctrl"), QStringLiteral("rdrand"),
                                    QStringLiteral("sha_ni"), QStringLiteral("vaes"), QStringLiteral("x2apic"), QStringLiteral("invtsc")};

QString dmiValue(const AgentRoot &r, const char *file)
{
    const QString v = r.text(QStringLiteral("/sys/class/dmi/id/") + QLatin1String(file));
    // Vendors fill unset fields with placeholders; say nothing rather than something false.
    static const QSet<QString> junk{QStringLiteral("To Be Filled By O.E.M."), QStringLiteral("Default string"),
                                    QStringLiteral("Not Specified"), QStringLiteral("System Serial Number")};
    return junk.contains(v) ? QString() : v;
}

QString pciClassName(quint32 cls)
{
    switch (cls >> 8) {
    case 0x0108: return QStringLiteral("Non-Volatile memory controller");
    case 0x0106: return QStringLiteral("SATA controller");
    case 0x0104: return QStringLiteral("RAID bus controller");
    case 0x0200: return QStringLiteral("Ethernet controller");
    case 0x0207: return QStringLiteral("InfiniBand controller");
    case 0x0300: return QStringLiteral("VGA compatible controller");
    case 0x0302: return QStringLiteral("3D controller");
    case 0x0600: return QStringLiteral("Host bridge");
    case 0x0604: return QStringLiteral("PCI bridge");
    case 0x0c03: return QStringLiteral("USB controller");
    case 0x1200: return QStringLiteral("Processing accelerators");
    default: return QStringLiteral("class %1").arg(cls >> 8, 4, 16, QLatin1Char('0'));
    }
}
} // namespace

QJsonObject collectSystem(const AgentRoot &r)
{
    if (r.list(QStringLiteral("/sys/class/dmi/id")).isEmpty())
        return unavailable(QStringLiteral("no DMI data (/sys/class/dmi/id is missing: a VM without SMBIOS, or not x86)"));
    return {{QStringLiteral("available"), true},
            {QStringLiteral("vendor"), dmiValue(r, "sys_vendor")},
            {QStringLiteral("product"), dmiValue(r, "product_name")},
            {QStringLiteral("serial"), dmiValue(r, "product_serial")}, // root only; empty otherwise
            {QStringLiteral("bios"), QJsonObject{{QStringLiteral("vendor"), dmiValue(r, "bios_vendor")},
                                                 {QStringLiteral("version"), dmiValue(r, "bios_version")},
                                                 {QStringLiteral("date"), dmiValue(r, "bios_date")}}}};
}

QJsonObject collectCpu(const AgentRoot &r)
{
    const auto raw = r.read(QStringLiteral("/proc/cpuinfo"), 8 << 20);
    if (!raw)
        return unavailable(QStringLiteral("/proc/cpuinfo is not readable"));
    QString model;
    QSet<QString> sockets, cores;
    QStringList flags;
    int threads = 0;
    QString physical;
    for (const QByteArray &line : raw->split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (key == "processor")
            ++threads;
        else if (key == "model name" && model.isEmpty())
            model = value;
        else if (key == "physical id")
            sockets.insert(physical = value);
        else if (key == "core id")
            cores.insert(physical + QLatin1Char(':') + value);
        else if (key == "flags" && flags.isEmpty())
            for (const QString &f : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (kMigrationFlags.contains(f))
                    flags << f;
    }
    if (threads == 0)
        return unavailable(QStringLiteral("/proc/cpuinfo lists no processor"));
    QJsonArray fl;
    for (const QString &f : std::as_const(flags))
        fl.append(f);
    return {{QStringLiteral("available"), true}, {QStringLiteral("model"), model},
            {QStringLiteral("sockets"), qMax(1, int(sockets.size()))},
            {QStringLiteral("cores"), cores.isEmpty() ? threads : int(cores.size())},
            {QStringLiteral("threads"), threads}, {QStringLiteral("flags"), fl}};
}

QJsonObject collectMemory(const AgentRoot &r)
{
    const QString info = r.text(QStringLiteral("/proc/meminfo"));
    qint64 totalKb = -1;
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("MemTotal:")))
            totalKb = line.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty).section(QLatin1Char(' '), 0, 0).toLongLong();
    if (totalKb <= 0)
        return unavailable(QStringLiteral("/proc/meminfo has no MemTotal"));
    QJsonObject out{{QStringLiteral("available"), true}, {QStringLiteral("totalBytes"), double(totalKb * 1024)}};
    QJsonArray dimms;
    const QString dir = QStringLiteral("/sys/firmware/dmi/entries");
    for (const QString &e : r.list(dir)) {
        if (!e.startsWith(QLatin1String("17-")))
            continue;
        const auto raw = r.read(dir + QLatin1Char('/') + e + QStringLiteral("/raw"), 4096);
        if (raw) {
            const QJsonObject d = dimmFromSmbios(*raw);
            if (!d.isEmpty())
                dimms.append(d);
        }
    }
    if (dimms.isEmpty())
        out.insert(QStringLiteral("dimmsReason"), QStringLiteral("SMBIOS memory devices are not readable (root only) or absent"));
    out.insert(QStringLiteral("dimms"), dimms);
    return out;
}

QJsonObject collectPci(const AgentRoot &r)
{
    const QString dir = QStringLiteral("/sys/bus/pci/devices");
    const QStringList addrs = r.list(dir);
    if (addrs.isEmpty())
        return unavailable(QStringLiteral("no PCI devices in /sys/bus/pci/devices"));
    QJsonArray devices;
    for (const QString &a : addrs) {
        const QString base = dir + QLatin1Char('/') + a + QLatin1Char('/');
        bool ok = false;
        const quint32 cls = r.text(base + QStringLiteral("class")).toUInt(&ok, 16);
        devices.append(QJsonObject{{QStringLiteral("address"), a},
                                   {QStringLiteral("class"), ok ? pciClassName(cls) : QStringLiteral("unknown")},
                                   {QStringLiteral("vendor"), r.text(base + QStringLiteral("vendor"))},
                                   {QStringLiteral("device"), r.text(base + QStringLiteral("device"))},
                                   {QStringLiteral("driver"), r.linkTarget(base + QStringLiteral("driver"))}});
    }
    return {{QStringLiteral("available"), true}, {QStringLiteral("devices"), devices}};
}

QJsonObject collectNics(const AgentRoot &r)
{
    const QString dir = QStringLiteral("/sys/class/net");
    QJsonArray out;
    for (const QString &n : r.list(dir)) {
        if (n == QLatin1String("lo"))
            continue;
        const QString base = dir + QLatin1Char('/') + n + QLatin1Char('/');
        bool ok = false;
        const int speed = r.text(base + QStringLiteral("speed")).toInt(&ok); // EINVAL while down
        const QString driver = r.linkTarget(base + QStringLiteral("device/driver"));
        out.append(QJsonObject{{QStringLiteral("name"), n},
                               {QStringLiteral("mac"), r.text(base + QStringLiteral("address"))},
                               {QStringLiteral("driver"), driver},
                               {QStringLiteral("virtual"), driver.isEmpty()},
                               {QStringLiteral("speedMbps"), ok && speed > 0 ? speed : -1},
                               {QStringLiteral("link"), r.text(base + QStringLiteral("operstate"))}});
    }
    if (out.isEmpty())
        return unavailable(QStringLiteral("no network interfaces in /sys/class/net"));
    return {{QStringLiteral("available"), true}, {QStringLiteral("interfaces"), out}};
}

} // namespace drover::agent
