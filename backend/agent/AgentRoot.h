#pragma once
// Where drover-agent reads the machine from: "/" normally, or a captured tree (--root DIR) with
// the same layout (DIR/sys/..., DIR/proc/..., and DIR/smartctl/<nvmeX>.json, DIR/ceph/<cmd>.json
// standing in for the commands' output). Small helpers that never throw: a missing or unreadable
// file reads as empty / nullopt, and the collector says so in the report.
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace drover::agent {

struct AgentRoot
{
    QString dir = QStringLiteral("/");
    bool captured = false; // a --root tree: run no commands against the live machine
    // Overrides for the commands (tests point them at scripts); empty: look up in PATH.
    QString smartctl, ceph;

    QString path(const QString &rel) const; // rel starts with "/" ("/sys/class/nvme")
    std::optional<QByteArray> read(const QString &rel, qint64 max = 1 << 20) const;
    QString text(const QString &rel) const; // trimmed, empty when unreadable
    QStringList list(const QString &relDir) const; // entry names, sorted
    QString linkTarget(const QString &rel) const;  // basename of a symlink's target
};

// {"available": false, "reason": why}
QJsonObject unavailable(const QString &why);

// What a program that ran wrote on stdout, and its exit status (smartctl's is a bitmask).
struct ToolOutput
{
    QByteArray out;
    int exitCode = 0;
};
// Runs program with args (2 s limit, start to finish); Io, saying why, when it is missing, fails
// to start, times out or crashes.
Result<ToolOutput> runTool(const QString &program, const QStringList &args, int timeoutMs = 2000);

// The same program with several argument lists, all at once (for CLIs that each pay a slow
// start-up, like ceph's Python one); results in order, each as runTool() would give it.
struct ToolRun
{
    std::optional<QByteArray> out;
    int exitCode = 0;
    QString why;
    QString lastError; // the last line the tool wrote to stderr, to say why it failed
};
std::vector<ToolRun> runToolsTogether(const QString &program, const QList<QStringList> &argLists, int timeoutMs = 2000);

} // namespace drover::agent
