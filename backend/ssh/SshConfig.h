#pragma once
// ~/.ssh/config, read the way OpenSSH reads it: Host blocks with patterns (*, ?, !negation,
// several per line), first obtained value wins, IdentityFile accumulates, Include inlines files
// (conditional on the enclosing Host block). Match blocks are not evaluated (treated as not
// matching). Pure value type: no I/O after load(), usable from any thread.
#include <QList>
#include <QString>
#include <QStringList>

namespace drover::ssh {

// What ssh would use for one host alias once the config is applied.
struct SshHostConfig
{
    QString hostName;          // HostName with %h expanded, or the alias itself
    QString user;              // User, or the local user name
    quint16 port = 22;         // Port, or 22
    QStringList identityFiles; // IdentityFile entries, expanded; empty if none configured
};

class SshConfig
{
public:
    // Reads `path` (default ~/.ssh/config). A missing file is an empty config, not an error.
    static SshConfig load(const QString &path = {});
    // Parses `text` as if read from `path` (used for Include resolution and messages).
    static SshConfig parse(const QString &text, const QString &path = {});

    // Applies the config to `alias`. localUser/homeDir default to the process' user and $HOME.
    SshHostConfig resolve(const QString &alias, const QString &localUser = {},
                          const QString &homeDir = {}) const;

    // True when any pattern list in `patterns` (one Host line's words) matches `host`.
    static bool hostMatches(const QStringList &patterns, const QString &host);
    // OpenSSH-style glob: * and ?, case-insensitive.
    static bool globMatches(const QString &pattern, const QString &text);

private:
    struct Line
    {
        QString keyword; // lower-case; "host", "match", or "(include-end)" as a marker
        QStringList args;
    };
    static void parseInto(QList<Line> &out, const QString &text, const QString &path, int depth);
    QList<Line> m_lines;
};

QString localUserName();

} // namespace drover::ssh
