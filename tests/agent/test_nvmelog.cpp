// The NVMe SMART / Health log page, for hosts without smartctl: decoded from pages laid out by
// libnvme's own struct nvme_smart_log (an independent statement of the specification's
// offsets), from a captured server whose two KIOXIA drives were read that way (one with a
// critical warning), and from broken pages; the admin ioctl on things that are not NVMe
// controllers fails with a clear reason.
#include "Report.h"

#include <QJsonArray>
#include <QTest>

#include <nvme/types.h>

#include <cstring>

using namespace drover::agent;

namespace {
void put128(__u8 *field, quint64 lo, quint64 hi = 0)
{
    for (int i = 0; i < 8; ++i) {
        field[i] = __u8(lo >> (8 * i));
        field[8 + i] = __u8(hi >> (8 * i));
    }
}
QByteArray bytesOf(const nvme_smart_log &log) { return QByteArray(reinterpret_cast<const char *>(&log), sizeof log); }
} // namespace

class TestNvmeLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesThePageAsLibnvmeLaysItOut()
    {
        static_assert(sizeof(nvme_smart_log) == kNvmeSmartLogSize);
        nvme_smart_log log;
        std::memset(&log, 0, sizeof log);
        log.critical_warning = 0x04; // reliability degraded
        log.temperature[0] = (273 + 58) & 0xff;
        log.temperature[1] = (273 + 58) >> 8;
        log.avail_spare = 97;
        log.spare_thresh = 10;
        log.percent_used = 84;
        put128(log.data_units_written, 0x1234'5678'9abcULL);
        put128(log.power_on_hours, 26'304);
        put128(log.unsafe_shutdowns, 12);
        put128(log.media_errors, 0, 1); // 2^64: past 64 bits
        put128(log.num_err_log_entries, 77);
        put128(log.power_cycles, 999); // not in the report; must not leak into a neighbour
        const QJsonObject h = healthFromSmartLog(bytesOf(log));
        QVERIFY(h[QStringLiteral("available")].toBool());
        QCOMPARE(h[QStringLiteral("source")].toString(), QStringLiteral("nvme-ioctl"));
        QCOMPARE(h[QStringLiteral("criticalWarning")].toInt(), 4);
        QCOMPARE(h[QStringLiteral("temperatureC")].toInt(), 58);
        QCOMPARE(h[QStringLiteral("availableSpare")].toInt(), 97);
        QCOMPARE(h[QStringLiteral("availableSpareThreshold")].toInt(), 10);
        QCOMPARE(h[QStringLiteral("percentageUsed")].toInt(), 84);
        QCOMPARE(h[QStringLiteral("dataUnitsWritten")].toDouble(), double(0x1234'5678'9abcULL));
        QCOMPARE(h[QStringLiteral("powerOnHours")].toDouble(), 26304.0);
        QCOMPARE(h[QStringLiteral("unsafeShutdowns")].toDouble(), 12.0);
        QCOMPARE(h[QStringLiteral("mediaErrors")].toDouble(), 18446744073709551616.0);
        QCOMPARE(h[QStringLiteral("errorLogEntries")].toDouble(), 77.0);
        QVERIFY(!h[QStringLiteral("smartPassed")].toBool());
    }

    void capturedServerReadWithoutSmartctl()
    {
        AgentRoot r;
        r.dir = qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/agent/epyc-kioxia-nosmartctl");
        r.captured = true;
        const QJsonArray drives = buildReport(r)[QStringLiteral("nvme")][QStringLiteral("controllers")].toArray();
        QCOMPARE(drives.size(), 2);
        QCOMPARE(drives[0][QStringLiteral("model")].toString(), QStringLiteral("KIOXIA KCD81RUG3T84"));
        const QJsonObject ok = drives[0][QStringLiteral("health")].toObject(), bad = drives[1][QStringLiteral("health")].toObject();
        QCOMPARE(ok[QStringLiteral("source")].toString(), QStringLiteral("nvme-ioctl"));
        QVERIFY(ok[QStringLiteral("smartPassed")].toBool());
        QCOMPARE(ok[QStringLiteral("temperatureC")].toInt(), 36);
        QCOMPARE(ok[QStringLiteral("dataUnitsWritten")].toDouble(), 18446744073709551616.0 + 5); // 2^64 + 5, as a double
        QCOMPARE(ok[QStringLiteral("powerOnHours")].toDouble(), 11234.0);
        QCOMPARE(bad[QStringLiteral("criticalWarning")].toInt(), 2); // temperature
        QCOMPARE(bad[QStringLiteral("percentageUsed")].toInt(), 91);
        QCOMPARE(bad[QStringLiteral("temperatureC")].toInt(), 71);
        QCOMPARE(bad[QStringLiteral("mediaErrors")].toDouble(), 3.0);
        QVERIFY(!bad[QStringLiteral("smartPassed")].toBool());
    }

    void brokenPagesAreSaid()
    {
        for (const QByteArray &page : {QByteArray(), QByteArray(100, '\xff'), QByteArray(511, '\0')}) {
            const QJsonObject h = healthFromSmartLog(page);
            QVERIFY(!h[QStringLiteral("available")].toBool());
            QVERIFY(h[QStringLiteral("reason")].toString().contains(QStringLiteral("not 512")));
        }
    }

    void theIoctlOnWhatIsNoControllerFailsClearly()
    {
        const auto missing = readSmartLogIoctl(QStringLiteral("/dev/nvme-no-such"));
        QVERIFY(!missing);
        QString why = missing.error().message;
        QVERIFY2(why.startsWith(QStringLiteral("cannot open /dev/nvme-no-such")), qPrintable(why));
        const auto notNvme = readSmartLogIoctl(QStringLiteral("/dev/null")); // a device, but no NVMe controller
        QVERIFY(!notNvme);
        why = notNvme.error().message;
        QVERIFY2(why.contains(QStringLiteral("NVMe admin ioctl on /dev/null failed")), qPrintable(why));
    }
};

QTEST_MAIN(TestNvmeLog)
#include "test_nvmelog.moc"
