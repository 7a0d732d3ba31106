// drover-sim: the generated content of one host's agent report (schema drover.io/agent-report/v1),
// stable for a host name: two NVMe drives of one of two real models, one OSD per drive.
#include "HostReports.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace drover::sim {

namespace {
quint32 seedOf(const QString &s)
{
    const QByteArray h = QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1);
    return quint32(quint8(h[0])) << 24 | quint32(quint8(h[1])) << 16 | quint32(quint8(h[2])) << 8 | quint8(h[3]);
}

QJsonObject drive(const QString &host, int hostIndex, int d)
{
    const bool samsung = hostIndex % 2 == 0;
    const quint32 seed = seedOf(host + QString::number(d));
    // One worn drive in the demo (the fourth host's second): a warning to find on the map.
    const int used = hostIndex == 3 && d == 1 ? 84 : int(seed % 23) + d * 4;
    QJsonObject health{{QStringLiteral("available"), true},
                       {QStringLiteral("source"), QStringLiteral("smartctl")},
                       {QStringLiteral("criticalWarning"), 0},
                       {QStringLiteral("temperatureC"), 36 + int(seed % 7)},
                       {QStringLiteral("availableSpare"), 100 - used / 10},
                       {QStringLiteral("availableSpareThreshold"), 10},
                       {QStringLiteral("percentageUsed"), used},
                       {QStringLiteral("mediaErrors"), 0},
                       {QStringLiteral("errorLogEntries"), int(seed % 5)},
                       {QStringLiteral("powerOnHours"), 8000 + hostIndex * 977 + d * 13},
                       {QStringLiteral("unsafeShutdowns"), int(seed % 9)},
                       {QStringLiteral("dataUnitsWritten"), double(qint64(used + 1) * 2100000000LL)},
                       {QStringLiteral("smartPassed"), true}};
    const QString name = QStringLiteral("nvme%1").arg(d);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("model"), samsung ? QStringLiteral("SAMSUNG MZQL27T6HBLA-00A07") : QStringLiteral("Micron_7450_MTFDKCC7T6TFR")},
            {QStringLiteral("serial"), (samsung ? QStringLiteral("S6CKNT0W") : QStringLiteral("2245")) + QString::number(seed % 1000000, 16).toUpper()},
            {QStringLiteral("firmware"), samsung ? QStringLiteral("GDC5902Q") : QStringLiteral("E2MU200")},
            {QStringLiteral("namespaces"), QJsonArray{QJsonObject{{QStringLiteral("name"), name + QStringLiteral("n1")},
                                                                  {QStringLiteral("sizeBytes"), double(7681501126656LL)}}}},
            {QStringLiteral("health"), health}};
}
} // namespace

QJsonObject HostReports::reportFor(const QString &host, int hostIndex, int firstOsd)
{
    const quint32 seed = seedOf(host);
    const bool amd = hostIndex % 2 == 0;
    const int cores = amd ? 32 : 24, sockets = amd ? 1 : 2;
    const qint64 dimm = 32LL << 30;
    const int dimms = 16;
    QJsonArray dimmList;
    for (int i = 0; i < dimms; ++i)
        dimmList.append(QJsonObject{{QStringLiteral("locator"), QStringLiteral("DIMM_%1%2").arg(QChar(u'A' + i / 2)).arg(i % 2)},
                                    {QStringLiteral("sizeBytes"), double(dimm)}, {QStringLiteral("speedMTs"), 4800},
                                    {QStringLiteral("manufacturer"), QStringLiteral("Samsung")},
                                    {QStringLiteral("partNumber"), QStringLiteral("M321R4GA3BB6-CQKET")}});
    QJsonArray controllers, osds, pci, disks;
    for (int d = 0; d < 2; ++d) {
        const QJsonObject c = drive(host, hostIndex, d);
        controllers.append(c);
        const int id = firstOsd + d;
        const double util = 30 + double((seed >> (d * 4)) % 25);
        const qint64 kb = 7681501126656LL / 1024;
        osds.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("osd.%1").arg(id)},
                                {QStringLiteral("device"), c.value(QStringLiteral("name")).toString() + QStringLiteral("n1")},
                                {QStringLiteral("deviceClass"), QStringLiteral("nvme")}, {QStringLiteral("up"), true},
                                {QStringLiteral("in"), true}, {QStringLiteral("crushWeight"), 6.98630}, {QStringLiteral("reweight"), 1.0},
                                {QStringLiteral("utilization"), util}, {QStringLiteral("pgs"), 96 + int((seed >> d) % 40)},
                                {QStringLiteral("kbTotal"), double(kb)}, {QStringLiteral("kbUsed"), double(qint64(kb * util / 100))},
                                {QStringLiteral("commitLatencyMs"), 1 + int(seed % 3)}, {QStringLiteral("applyLatencyMs"), 1 + int(seed % 3)}});
        pci.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("0000:%1:00.0").arg(0x41 + d, 2, 16, QLatin1Char('0'))},
                               {QStringLiteral("class"), QStringLiteral("Non-Volatile memory controller")},
                               {QStringLiteral("vendor"), hostIndex % 2 == 0 ? QStringLiteral("Samsung Electronics Co Ltd") : QStringLiteral("Micron Technology Inc")},
                               {QStringLiteral("device"), hostIndex % 2 == 0 ? QStringLiteral("NVMe SSD Controller PM173X") : QStringLiteral("7450 PRO NVMe SSD")},
                               {QStringLiteral("driver"), QStringLiteral("nvme")}});
    }
    pci.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("0000:c1:00.0")}, {QStringLiteral("class"), QStringLiteral("Ethernet controller")},
                           {QStringLiteral("vendor"), QStringLiteral("Mellanox Technologies")},
                           {QStringLiteral("device"), QStringLiteral("MT2892 Family [ConnectX-6 Dx]")}, {QStringLiteral("driver"), QStringLiteral("mlx5_core")}});
    pci.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("0000:02:00.0")}, {QStringLiteral("class"), QStringLiteral("VGA compatible controller")},
                           {QStringLiteral("vendor"), QStringLiteral("ASPEED Technology, Inc.")},
                           {QStringLiteral("device"), QStringLiteral("ASPEED Graphics Family")}, {QStringLiteral("driver"), QStringLiteral("ast")}});
    const QString mac = QStringLiteral("b8:3f:d2:%1:%2:%3").arg((seed >> 16) & 0xff, 2, 16, QLatin1Char('0')).arg((seed >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg(hostIndex & 0xff, 2, 16, QLatin1Char('0'));
    QJsonArray nics{QJsonObject{{QStringLiteral("name"), QStringLiteral("ens1f0np0")}, {QStringLiteral("mac"), mac}, {QStringLiteral("driver"), QStringLiteral("mlx5_core")}, {QStringLiteral("speedMbps"), 25000}, {QStringLiteral("link"), QStringLiteral("up")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("ens1f1np1")}, {QStringLiteral("mac"), mac.left(15) + QStringLiteral("ff")}, {QStringLiteral("driver"), QStringLiteral("mlx5_core")}, {QStringLiteral("speedMbps"), 25000}, {QStringLiteral("link"), QStringLiteral("up")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("eno1")}, {QStringLiteral("mac"), mac.left(15) + QStringLiteral("01")}, {QStringLiteral("driver"), QStringLiteral("igb")}, {QStringLiteral("speedMbps"), 1000}, {QStringLiteral("link"), QStringLiteral("up")}}};
    QJsonArray flags;
    for (const char *f : {"sse4_2", "aes", "avx", "avx2", "avx512f", "avx512bw", "pku", amd ? "svm" : "vmx", amd ? "sev" : "tsx_ctrl"})
        flags.append(QLatin1String(f));
    return {{QStringLiteral("schema"), QStringLiteral("drover.io/agent-report/v1")},
            {QStringLiteral("host"), host},
            {QStringLiteral("collectedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("system"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("vendor"), QStringLiteral("Supermicro")},
                                                   {QStringLiteral("product"), amd ? QStringLiteral("AS -1115CS-TNR") : QStringLiteral("SYS-121C-TN10R")},
                                                   {QStringLiteral("serial"), QStringLiteral("S%1").arg(seed, 8, 16, QLatin1Char('0')).toUpper()},
                                                   {QStringLiteral("bios"), QJsonObject{{QStringLiteral("vendor"), QStringLiteral("American Megatrends International, LLC.")},
                                                                                        {QStringLiteral("version"), amd ? QStringLiteral("1.6") : QStringLiteral("2.1")},
                                                                                        {QStringLiteral("date"), QStringLiteral("03/14/2025")}}}}},
            {QStringLiteral("cpu"), QJsonObject{{QStringLiteral("available"), true},
                                                {QStringLiteral("model"), amd ? QStringLiteral("AMD EPYC 9354 32-Core Processor") : QStringLiteral("Intel(R) Xeon(R) Gold 6432")},
                                                {QStringLiteral("sockets"), sockets}, {QStringLiteral("cores"), cores * sockets},
                                                {QStringLiteral("threads"), cores * sockets * 2}, {QStringLiteral("flags"), flags}}},
            {QStringLiteral("memory"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("totalBytes"), double(dimm * dimms)}, {QStringLiteral("dimms"), dimmList}}},
            {QStringLiteral("pci"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("devices"), pci}}},
            {QStringLiteral("nics"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("interfaces"), nics}}},
            {QStringLiteral("nvme"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("controllers"), controllers}}},
            {QStringLiteral("ceph"), QJsonObject{{QStringLiteral("available"), true}, {QStringLiteral("osds"), osds},
                                                 {QStringLiteral("health"), QJsonObject{{QStringLiteral("status"), QStringLiteral("HEALTH_OK")}}}}},
            {QStringLiteral("sample"), QJsonObject{{QStringLiteral("cpuPercent"), 10.0 + seed % 40}, {QStringLiteral("memoryUsedBytes"), double(dimm * dimms / 3)},
                                                   {QStringLiteral("memoryAvailableBytes"), double(dimm * dimms * 2 / 3)}}}};
}

} // namespace drover::sim
