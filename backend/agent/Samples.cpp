// drover-agent: live samples — CPU busy %, memory, and disk and network throughput — from two
// readings of /proc/stat, /proc/diskstats and /proc/net/dev.
#include "Collectors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace drover::agent {

Counters readCounters(const AgentRoot &r)
{
    Counters c;
    c.msecs = QDateTime::currentMSecsSinceEpoch();
    const QString stat = r.text(QStringLiteral("/proc/stat"));
    const QStringList cpu = stat.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (cpu.size() >= 5 && cpu[0] == QLatin1String("cpu")) {
        for (int i = 1; i < cpu.size() && i <= 8; ++i) // user nice system idle iowait irq softirq steal
            c.cpuTotal += cpu[i].toULongLong();
        c.cpuBusy = c.cpuTotal - cpu[4].toULongLong() - (cpu.size() > 5 ? cpu[5].toULongLong() : 0);
    }
    static const QRegularExpression wholeDisk(QStringLiteral("^(nvme\\d+n\\d+|sd[a-z]+|vd[a-z]+|xvd[a-z]+)$"));
    for (const QString &line : r.text(QStringLiteral("/proc/diskstats")).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 10 && wholeDisk.match(f[2]).hasMatch())
            c.disks.insert(f[2], {f[5].toULongLong() * 512, f[9].toULongLong() * 512});
    }
    for (const QString &line : r.text(QStringLiteral("/proc/net/dev")).split(QLatin1Char('\n'))) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString name = line.left(colon).trimmed();
        const QStringList f = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (name != QLatin1String("lo") && f.size() >= 9)
            c.nets.insert(name, {f[0].toULongLong(), f[8].toULongLong()});
    }
    return c;
}

QJsonObject sampleBetween(const AgentRoot &r, const Counters *before, const Counters &after)
{
    QJsonObject s{{QStringLiteral("available"), after.cpuTotal > 0}};
    const double secs = before ? qMax(0.001, double(after.msecs - before->msecs) / 1000.0) : 0;
    const quint64 busy = after.cpuBusy - (before ? before->cpuBusy : 0), total = after.cpuTotal - (before ? before->cpuTotal : 0);
    s.insert(QStringLiteral("windowMs"), before ? double(after.msecs - before->msecs) : 0.0); // 0: averages since boot
    s.insert(QStringLiteral("cpuPercent"), total ? 100.0 * double(busy) / double(total) : 0.0);
    qint64 totalKb = 0, availKb = 0;
    for (const QString &line : r.text(QStringLiteral("/proc/meminfo")).split(QLatin1Char('\n'))) {
        const qint64 v = line.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
        if (line.startsWith(QLatin1String("MemTotal:")))
            totalKb = v;
        else if (line.startsWith(QLatin1String("MemAvailable:")))
            availKb = v;
    }
    s.insert(QStringLiteral("memoryUsedBytes"), double((totalKb - availKb) * 1024));
    s.insert(QStringLiteral("memoryAvailableBytes"), double(availKb * 1024));
    const auto rates = [&](const QHash<QString, QPair<quint64, quint64>> &now, const QHash<QString, QPair<quint64, quint64>> *then,
                           const char *a, const char *b) {
        QJsonArray out;
        QStringList names = now.keys();
        names.sort();
        for (const QString &n : std::as_const(names)) {
            const auto cur = now.value(n);
            const auto old = then ? then->value(n, cur) : QPair<quint64, quint64>{0, 0};
            QJsonObject o{{QStringLiteral("name"), n}};
            if (secs > 0) {
                o.insert(QLatin1String(a), double(cur.first - old.first) / secs);
                o.insert(QLatin1String(b), double(cur.second - old.second) / secs);
            } else {
                o.insert(QLatin1String(a), 0.0);
                o.insert(QLatin1String(b), 0.0);
            }
            out.append(o);
        }
        return out;
    };
    s.insert(QStringLiteral("disks"), rates(after.disks, before ? &before->disks : nullptr, "readBps", "writeBps"));
    s.insert(QStringLiteral("nets"), rates(after.nets, before ? &before->nets : nullptr, "rxBps", "txBps"));
    return s;
}

} // namespace drover::agent
