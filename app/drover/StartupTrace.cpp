#include "StartupTrace.h"

#include "MainWindow.h"

#include <QAbstractItemView>
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

} // namespace

StartupTrace *StartupTrace::install(ui::MainWindow *window)
{
    if (qEnvironmentVariableIntValue("DROVER_STARTUP_TRACE") != 1)
        return nullptr;
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
        return;
    }
    QTimer::singleShot(5, this, &StartupTrace::checkComplete);
}

} // namespace drover::app
