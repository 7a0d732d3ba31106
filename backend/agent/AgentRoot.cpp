#include "AgentRoot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

namespace drover::agent {

QString AgentRoot::path(const QString &rel) const
{
    return dir == QLatin1String("/") ? rel : QDir::cleanPath(dir + rel);
}

std::optional<QByteArray> AgentRoot::read(const QString &rel, qint64 max) const
{
    QFile f(path(rel));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // sysfs files report a size of 4096 whatever they hold: read until EOF, bounded.
    QByteArray out = f.read(max);
    if (f.error() != QFile::NoError && out.isEmpty())
        return std::nullopt;
    return out;
}

QString AgentRoot::text(const QString &rel) const
{
    const auto b = read(rel, 64 * 1024);
    return b ? QString::fromUtf8(*b).trimmed() : QString();
}

QStringList AgentRoot::list(const QString &relDir) const
{
    QStringList names = QDir(path(relDir)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    return names;
}

QString AgentRoot::linkTarget(const QString &rel) const
{
    const QFileInfo fi(path(rel));
    if (!fi.isSymLink())
        return {};
    return QFileInfo(fi.symLinkTarget()).fileName();
}

QJsonObject unavailable(const QString &why)
{
    return {{QStringLiteral("available"), false}, {QStringLiteral("reason"), why}};
}

Result<ToolOutput> runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    const std::vector<ToolRun> runs = runToolsTogether(program, {args}, timeoutMs);
    const ToolRun &run = runs.front();
    if (!run.out)
        return Result<ToolOutput>::failure(Error::Kind::Io, run.why);
    return ToolOutput{*run.out, run.exitCode};
}

std::vector<ToolRun> runToolsTogether(const QString &program, const QList<QStringList> &argLists, int timeoutMs)
{
    std::vector<ToolRun> runs(size_t(argLists.size()));
    const QString exe = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (exe.isEmpty() || !QFileInfo(exe).isExecutable()) {
        for (ToolRun &r : runs)
            r.why = QStringLiteral("%1 is not installed").arg(program);
        return runs;
    }
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const QStringList &args : argLists) {
        procs.push_back(std::make_unique<QProcess>());
        procs.back()->setProgram(exe);
        procs.back()->setArguments(args);
        procs.back()->start();
    }
    QDeadlineTimer deadline(timeoutMs);
    for (size_t i = 0; i < procs.size(); ++i) {
        QProcess &p = *procs[i];
        const QString what = program + QLatin1Char(' ') + argLists[qsizetype(i)].join(QLatin1Char(' '));
        if (!p.waitForStarted(int(deadline.remainingTime())) && p.state() == QProcess::NotRunning) {
            runs[i].why = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        } else if (!p.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
            p.kill();
            p.waitForFinished(500);
            runs[i].why = QStringLiteral("%1 did not finish within %2 ms").arg(what).arg(timeoutMs);
        } else if (p.exitStatus() != QProcess::NormalExit) {
            runs[i].why = QStringLiteral("%1 crashed").arg(program);
        } else {
            runs[i].exitCode = p.exitCode();
            runs[i].out = p.readAllStandardOutput();
            const QStringList err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
            runs[i].lastError = err.last().trimmed();
        }
    }
    return runs;
}

} // namespace drover::agent
