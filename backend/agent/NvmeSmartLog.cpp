// drover-agent: the NVMe SMART / Health Information log page (Log Identifier 02h), read with
// the NVMe admin ioctl when smartctl is not installed, and decoded per the NVMe Base
// Specification's field layout (little-endian; 16-byte counters).
#include "Collectors.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/nvme_ioctl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace drover::agent {

namespace {
// A 128-bit little-endian counter as a double (exact below 2^53, which no drive reaches).
double counter128(const uchar *p)
{
    const quint64 lo = qFromLittleEndian<quint64>(p), hi = qFromLittleEndian<quint64>(p + 8);
    return double(hi) * 18446744073709551616.0 + double(lo);
}
} // namespace

QJsonObject healthFromSmartLog(const QByteArray &page)
{
    if (page.size() < kNvmeSmartLogSize)
        return unavailable(QStringLiteral("the SMART log page is %1 bytes, not %2").arg(page.size()).arg(kNvmeSmartLogSize));
    const auto *p = reinterpret_cast<const uchar *>(page.constData());
    const int kelvin = qFromLittleEndian<quint16>(p + 1);
    const int critical = p[0];
    return {{QStringLiteral("available"), true}, {QStringLiteral("source"), QStringLiteral("nvme-ioctl")},
            {QStringLiteral("criticalWarning"), critical},
            {QStringLiteral("temperatureC"), kelvin > 0 ? kelvin - 273 : 0},
            {QStringLiteral("availableSpare"), int(p[3])}, {QStringLiteral("availableSpareThreshold"), int(p[4])},
            {QStringLiteral("percentageUsed"), int(p[5])}, {QStringLiteral("dataUnitsWritten"), counter128(p + 48)},
            {QStringLiteral("powerOnHours"), counter128(p + 128)}, {QStringLiteral("unsafeShutdowns"), counter128(p + 144)},
            {QStringLiteral("mediaErrors"), counter128(p + 160)}, {QStringLiteral("errorLogEntries"), counter128(p + 176)},
            // No separate verdict in the page: a drive with any critical-warning bit is failing.
            {QStringLiteral("smartPassed"), critical == 0}};
}

Result<QByteArray> readSmartLogIoctl(const QString &device)
{
    const int fd = ::open(device.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Result<QByteArray>::failure(
            Error::Kind::Io, QStringLiteral("cannot open %1: %2").arg(device, QString::fromLocal8Bit(std::strerror(errno))));
    QByteArray page(kNvmeSmartLogSize, '\0');
    nvme_admin_cmd cmd{};
    cmd.opcode = 0x02;     // Get Log Page
    cmd.nsid = 0xFFFFFFFF; // the controller as a whole
    cmd.addr = quint64(reinterpret_cast<quintptr>(page.data()));
    cmd.data_len = kNvmeSmartLogSize;
    cmd.cdw10 = ((kNvmeSmartLogSize / 4 - 1) << 16) | 0x02; // NUMDL (dwords - 1) | LID 02h
    const int rc = ::ioctl(fd, NVME_IOCTL_ADMIN_CMD, &cmd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Result<QByteArray>::failure(
            Error::Kind::Io,
            rc < 0
                ? QStringLiteral("the NVMe admin ioctl on %1 failed: %2").arg(device, QString::fromLocal8Bit(std::strerror(err)))
                : QStringLiteral("%1 answered Get Log Page with NVMe status 0x%2").arg(device).arg(rc, 0, 16));
    return page;
}

} // namespace drover::agent
