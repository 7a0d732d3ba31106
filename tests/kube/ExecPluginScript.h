#pragma once
// Exec credential plugins for tests: shell scripts that count their runs, take their time, and
// print a token (a different one per run when asked), optionally with an expiry.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace drover::test {

// body: the script after "#!/bin/sh". Returns the script's path (executable).
inline QString writeExecPlugin(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// A plugin that sleeps `seconds`, then answers tokens[run - 1] (the last one for later runs),
// expiring `expiresIn` seconds from then when expiresIn >= 0. Runs are counted in PATH.runs.
inline QByteArray tokenPlugin(const QStringList &tokens, double seconds, int expiresIn = -1)
{
    QByteArray s = "n=$(( $(cat \"$0.runs\" 2>/dev/null || echo 0) + 1 ))\necho $n > \"$0.runs\"\n";
    if (seconds > 0)
        s += "sleep " + QByteArray::number(seconds) + "\n";
    s += "case $n in\n";
    for (int i = 0; i < tokens.size(); ++i)
        s += (i + 1 == tokens.size() ? QByteArray("*") : QByteArray::number(i + 1)) + ") tok='" +
             tokens[i].toUtf8() + "';;\n";
    s += "esac\nexp=''\n";
    if (expiresIn >= 0)
        s += "exp=\",\\\"expirationTimestamp\\\":\\\"$(date -u -d '+" + QByteArray::number(expiresIn) +
             " seconds' +%Y-%m-%dT%H:%M:%SZ)\\\"\"\n";
    s += "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
         "\"status\":{\"token\":\"%s\"%s}}\\n' \"$tok\" \"$exp\"\n";
    return s;
}

inline int execPluginRuns(const QString &script)
{
    QFile f(script + QStringLiteral(".runs"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
}

// The simulator's kubeconfig with its token user turned into one that runs `script`.
inline QByteArray withExecUser(const QByteArray &kubeconfig, const QString &script,
                               const QByteArray &interactiveMode = "Never")
{
    QByteArray out;
    for (const QByteArray &line : kubeconfig.split('\n')) {
        if (line.trimmed().startsWith("token:"))
            out += "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: " +
                   script.toUtf8() + "\n      interactiveMode: " + interactiveMode + "\n";
        else
            out += line + '\n';
    }
    return out;
}

} // namespace drover::test
