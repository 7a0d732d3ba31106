// drover-agent: NVMe controllers and namespaces from sysfs, SMART/health from smartctl --json
// or the NVMe admin ioctl when smartctl is missing (under --root: the captured smartctl/<nvmeX>.json
// or nvme-smart-log/<nvmeX>.bin), and SMBIOS DIMMs.
#include "Collectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace drover::agent {

QJsonObject healthFromSmartctl(const QByteArray &json, int exitStatus)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return unavailable(QStringLiteral("smartctl printed no valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    const QJsonObject o = doc.object();
    // Bits 0 and 1: the command line was not understood, or the device could not be opened.
    if (exitStatus & 0x3) {
        QString msg;
        for (const QJsonValue &m : o.value(QStringLiteral("smartctl")).toObject().value(QStringLiteral("messages")).toArray())
            msg += m.toObject().value(QStringLiteral("string")).toString() + QLatin1Char(' ');
        return unavailable(QStringLiteral("smartctl could not read the device (exit status %1): %2").arg(exitStatus).arg(msg.trimmed()));
    }
    const QJsonObject log = o.value(QStringLiteral("nvme_smart_health_information_log")).toObject();
    if (log.isEmpty())
        return unavailable(QStringLiteral("smartctl's output has no nvme_smart_health_information_log"));
    const auto num = [&](const char *k) { return log.value(QLatin1String(k)).toDouble(); };
    // Whole numbers that fit an int, as smartctl prints them; anything else reads as 0 (a cast of
    // an out-of-range double would be undefined behaviour).
    const auto small = [&](const char *k) { return log.value(QLatin1String(k)).toInt(); };
    const QJsonObject status = o.value(QStringLiteral("smart_status")).toObject();
    // Bit 3: SMART says the disk is failing, also when smart_status is missing from the JSON.
    const bool passed = status.contains(QStringLiteral("passed")) ? status.value(QStringLiteral("passed")).toBool() : !(exitStatus & 0x8);
    return {{QStringLiteral("available"), true}, {QStringLiteral("source"), QStringLiteral("smartctl")},
            {QStringLiteral("criticalWarning"), small("critical_warning")}, {QStringLiteral("temperatureC"), small("temperature")},
            {QStringLiteral("availableSpare"), small("available_spare")},
            {QStringLiteral("availableSpareThreshold"), small("available_spare_threshold")},
            {QStringLiteral("percentageUsed"), small("percentage_used")}, {QStringLiteral("mediaErrors"), num("media_errors")},
            {QStringLiteral("errorLogEntries"), num("num_err_log_entries")}, {QStringLiteral("powerOnHours"), num("power_on_hours")},
            {QStringLiteral("unsafeShutdowns"), num("unsafe_shutdowns")}, {QStringLiteral("dataUnitsWritten"), num("data_units_written")},
            {QStringLiteral("smartPassed"), passed && !(exitStatus & 0x8)}};
}

QJsonObject collectNvme(const AgentRoot &r)
{
    const QString dir = QStringLiteral("/sys/class/nvme");
    static const QRegularExpression ctrlRe(QStringLiteral("^nvme\\d+$")), nsRe(QStringLiteral("^nvme\\d+c?\\d*n\\d+$"));
    QJsonArray controllers;
    for (const QString &c : r.list(dir)) {
        if (!ctrlRe.match(c).hasMatch())
            continue;
        const QString base = dir + QLatin1Char('/') + c + QLatin1Char('/');
        QJsonArray namespaces;
        for (const QString &ns : r.list(base)) {
            if (!nsRe.match(ns).hasMatch())
                continue;
            QString size = r.text(base + ns + QStringLiteral("/size"));
            if (size.isEmpty())
                size = r.text(QStringLiteral("/sys/block/") + ns + QStringLiteral("/size"));
            namespaces.append(QJsonObject{{QStringLiteral("name"), ns}, {QStringLiteral("sizeBytes"), double(size.toLongLong() * 512)}});
        }
        QJsonObject health;
        if (r.captured) {
            // smartctl's JSON when it was captured, else the raw log page (nvme smart-log -o binary).
            const auto json = r.read(QStringLiteral("/smartctl/") + c + QStringLiteral(".json"));
            const auto page = r.read(QStringLiteral("/nvme-smart-log/") + c + QStringLiteral(".bin"));
            const QString exitText = r.text(QStringLiteral("/smartctl/") + c + QStringLiteral(".exit"));
            health = json   ? healthFromSmartctl(*json, exitText.toInt())
                     : page ? healthFromSmartLog(*page)
                            : unavailable(QStringLiteral("neither smartctl output nor a SMART log page was captured"));
        } else if (const auto smartctl = runTool(r.smartctl.isEmpty() ? QStringLiteral("smartctl") : r.smartctl,
                                                 {QStringLiteral("--json"), QStringLiteral("-a"), QStringLiteral("/dev/") + c})) {
            health = healthFromSmartctl(smartctl->out, smartctl->exitCode);
        } else {
            // No smartctl: ask the controller directly (needs CAP_SYS_ADMIN, as smartctl does).
            const auto page = readSmartLogIoctl(QStringLiteral("/dev/") + c);
            health = page ? healthFromSmartLog(*page)
                          : unavailable(smartctl.error().message + QStringLiteral("; ") + page.error().message);
        }
        controllers.append(QJsonObject{{QStringLiteral("name"), c},
                                       {QStringLiteral("model"), r.text(base + QStringLiteral("model"))},
                                       {QStringLiteral("serial"), r.text(base + QStringLiteral("serial"))},
                                       {QStringLiteral("firmware"), r.text(base + QStringLiteral("firmware_rev"))},
                                       {QStringLiteral("transport"), r.text(base + QStringLiteral("transport"))},
                                       {QStringLiteral("namespaces"), namespaces},
                                       {QStringLiteral("health"), health}});
    }
    if (controllers.isEmpty())
        return unavailable(QStringLiteral("no NVMe controllers in /sys/class/nvme"));
    return {{QStringLiteral("available"), true}, {QStringLiteral("controllers"), controllers}};
}

QJsonObject dimmFromSmbios(const QByteArray &raw)
{
    const auto byteAt = [&](int off) { return off < raw.size() ? quint8(raw[off]) : quint8(0); };
    const auto word = [&](int off) { return quint32(byteAt(off)) | quint32(byteAt(off + 1)) << 8; };
    const auto dword = [&](int off) { return word(off) | word(off + 2) << 16; };
    if (raw.size() < 0x1B || byteAt(0) != 17)
        return {};
    const int len = byteAt(1);
    if (len < 0x1B || len > raw.size())
        return {};
    // The strings after the formatted area, numbered from 1.
    QList<QByteArray> strings;
    for (const QByteArray &s : raw.mid(len).split('\0')) {
        if (s.isEmpty())
            break;
        strings << s;
    }
    const auto str = [&](int off) {
        const int i = byteAt(off);
        return i > 0 && i <= strings.size() ? QString::fromLatin1(strings[i - 1]).trimmed() : QString();
    };
    const quint32 size = word(0x0C);
    if (size == 0 || size == 0xFFFF)
        return {}; // empty slot, or unknown
    qint64 bytes = size == 0x7FFF && len >= 0x20 ? qint64(dword(0x1C) & 0x7FFFFFFF) << 20
                   : size & 0x8000                ? qint64(size & 0x7FFF) << 10
                                                  : qint64(size) << 20;
    return {{QStringLiteral("locator"), str(0x10)}, {QStringLiteral("sizeBytes"), double(bytes)},
            {QStringLiteral("speedMTs"), int(word(0x15))}, {QStringLiteral("manufacturer"), str(0x17)},
            {QStringLiteral("partNumber"), str(0x1A)}};
}

} // namespace drover::agent
