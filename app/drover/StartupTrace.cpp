#include "StartupTrace.h"

#include "CostClock.h"
#include "MainWindow.h"

#include <QAbstractItemView>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace drover::app {

namespace {

qint64 monotonicMs() // CLOCK_MONOTONIC, the same clock on both sides of bench_startup
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void line(const QString &event, const QString &extra = {})
{
    std::printf("STARTUP %s mono_ms=%lld%s%s\n", qPrintable(event), static_cast<long long>(monotonicMs()),
                extra.isEmpty() ? "" : " ", qPrintable(extra));
    std::fflush(stdout);
}

QString memory() // "peak_kb=… rss_kb=…" from /proc/self/status
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString out;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (l.startsWith("VmHWM:"))
            out += QStringLiteral(" peak_kb=") + QString::fromLatin1(l.mid(6).trimmed().split(' ').value(0));
        else if (l.startsWith("VmRSS:"))
            out += QStringLiteral(" rss_kb=") + QString::fromLatin1(l.mid(6).trimmed().split(' ').value(0));
    }
    return out.trimmed();
}

// The numbers a label shows, in order ("10000 VMs" -> 10000; "500 hosts · 10000 VMs · …").
QList<qint64> numbersIn(const QLabel *label)
{
    QList<qint64> out;
    if (!label)
        return out;
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QString text = label->text();
    text.remove(QLatin1Char(',')).remove(QLatin1Char('.')).remove(QChar(0x202F)).remove(QChar(0xA0));
    for (auto it = number.globalMatch(text); it.hasNext();)
        out << it.next().captured().toLongLong();
    return out;
}

// Short names for the breakdown's keys.
QString shortKind(const QString &plural)
{
    if (plural == QLatin1String("virtualmachines"))
        return QStringLiteral("vms");
    if (plural == QLatin1String("virtualmachineinstances"))
        return QStringLiteral("vmis");
    return plural;
}

// "<step>_<kind>_ms=…" for each resource the client measured (kube::cost), summed over all time so far.
QString clientCosts()
{
    QStringList out;
    for (const kube::cost::Total &t : kube::cost::totals())
        out << QStringLiteral("%1_%2_ms=%3").arg(QLatin1String(kube::cost::name(t.step)), shortKind(t.resource)).arg(t.ms, 0, 'f', 1);
    out.sort();
    return out.join(QLatin1Char(' '));
}

// CPU time of each of the process's threads so far, by role: "gui_cpu_ms=… net_cpu_ms=… other_cpu_ms=…".
// net is Qt's network thread (TLS and socket reads: the transfer); other is every other thread (the
// summary worker, Qt's helpers). From /proc/self/task/*/schedstat (nanoseconds on the CPU).
QString threadCosts()
{
    double gui = 0, net = 0, other = 0;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat"))), comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!stat.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly))
            continue;
        const double ms = stat.readAll().split(' ').value(0).toDouble() / 1e6;
        const QByteArray name = comm.readAll().trimmed();
        if (tid == self)
            gui += ms;
        else if (name.startsWith("QNetworkAccess"))
            net += ms;
        else
            other += ms;
    }
    return QStringLiteral("gui_cpu_ms=%1 net_cpu_ms=%2 other_cpu_ms=%3").arg(gui, 0, 'f', 1).arg(net, 0, 'f', 1).arg(other, 0, 'f', 1);
}

} // namespace

StartupTrace *StartupTrace::install(ui::MainWindow *window)
{
    if (qEnvironmentVariableIntValue("DROVER_STARTUP_TRACE") != 1)
        return nullptr;
    kube::cost::enable();
    return new StartupTrace(window);
}

StartupTrace::StartupTrace(ui::MainWindow *window)
    : QObject(window), m_window(window)
{
    line(QStringLiteral("main"));
    window->installEventFilter(this);
    if (auto *table = window->findChild<QAbstractItemView *>(QStringLiteral("vmTable"))) {
        m_tableViewport = table->viewport();
        m_tableViewport->installEventFilter(this);
    }
    connect(window->connection(), &ops::ClusterConnection::cachesReplaced, this, &StartupTrace::bindCaches);
    connect(window->connection(), &ops::ClusterConnection::stateChanged, this, [this](ops::ClusterConnection::State s) {
        if (s != ops::ClusterConnection::State::Synced || m_synced)
            return;
        m_synced = true;
        line(QStringLiteral("synced_all"));
        checkComplete();
    });
    bindCaches();
}

void StartupTrace::bindCaches()
{
    ops::ClusterConnection *c = m_window->connection();
    const QList<QPair<QString, kube::ObjectCache *>> caches{{QStringLiteral("nodes"), c->nodes()}, {QStringLiteral("vms"), c->vms()},
                                                           {QStringLiteral("vmis"), c->vmis()}, {QStringLiteral("hostreports"), c->hostReports()}};
    for (const auto &[kind, cache] : caches) {
        if (!cache)
            continue;
        connect(cache, &kube::ObjectCache::syncedChanged, this, [this, kind = kind, cache = cache](bool synced) {
            if (synced && !m_printed.contains(kind)) {
                m_printed.insert(kind);
                line(QStringLiteral("synced ") + kind, QStringLiteral("objects=%1").arg(cache->size()));
            }
        });
    }
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    if (watched == m_window && !m_printed.contains(QStringLiteral("first_paint"))) {
        m_printed.insert(QStringLiteral("first_paint"));
        line(QStringLiteral("first_paint"));
    } else if (watched == m_tableViewport && !m_printed.contains(QStringLiteral("first_rows"))) {
        auto *table = qobject_cast<QAbstractItemView *>(m_tableViewport->parent());
        if (table && table->model() && table->model()->rowCount() > 0) {
            m_printed.insert(QStringLiteral("first_rows"));
            line(QStringLiteral("first_rows"), QStringLiteral("rows=%1").arg(table->model()->rowCount()));
        }
    }
    return false;
}

bool StartupTrace::countersRight() const
{
    ops::ClusterConnection *c = m_window->connection();
    const qint64 vms = c->vms() ? c->vms()->size() : 0, hosts = c->nodes() ? c->nodes()->size() : 0;
    const QList<qint64> count = numbersIn(m_window->findChild<QLabel *>(QStringLiteral("vmCount")));
    const QList<qint64> totals = numbersIn(m_window->findChild<QLabel *>(QStringLiteral("totalsLabel")));
    return count.value(0, -1) == vms && totals.value(0, -1) == hosts && totals.value(1, -1) == vms;
}

// Complete: synced, and the counters say what is listed (they may follow a moment later).
void StartupTrace::checkComplete()
{
    if (countersRight()) {
        line(QStringLiteral("complete"), memory());
        line(QStringLiteral("breakdown"), threadCosts() + QLatin1Char(' ') + clientCosts());
        return;
    }
    QTimer::singleShot(5, this, &StartupTrace::checkComplete);
}

} // namespace drover::app
