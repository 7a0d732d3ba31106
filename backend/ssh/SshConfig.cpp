#include "SshConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace drover::ssh {

namespace {
constexpr int kMaxIncludeDepth = 16;

QString home() { return QDir::homePath(); }

// Splits a config line into words, honouring "double quotes" and `Keyword=value`.
QStringList words(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false, have = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"') {
            quoted = !quoted;
            have = true;
        } else if (!quoted && (c.isSpace() || (c == u'=' && out.isEmpty()))) {
            if (have)
                out << cur;
            cur.clear();
            have = false;
        } else {
            cur += c;
            have = true;
        }
    }
    if (have)
        out << cur;
    return out;
}

QString expandTilde(const QString &s, const QString &homeDir)
{
    if (s == u'~')
        return homeDir;
    if (s.startsWith(QLatin1String("~/")))
        return homeDir + s.mid(1);
    return s;
}

// %d home, %u local user, %h remote host name, %r remote user, %p port, %% a percent sign.
QString expandTokens(const QString &s, const QString &homeDir, const QString &localUser,
                     const QString &host, const QString &remoteUser, quint16 port)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] != u'%' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const QChar t = s[++i];
        if (t == u'd') out += homeDir;
        else if (t == u'u') out += localUser;
        else if (t == u'h') out += host;
        else if (t == u'r') out += remoteUser;
        else if (t == u'p') out += QString::number(port);
        else if (t == u'%') out += u'%';
        else out += u'%', out += t;
    }
    return out;
}
} // namespace

QString localUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

SshConfig SshConfig::load(const QString &path)
{
    const QString p = path.isEmpty() ? home() + QStringLiteral("/.ssh/config") : path;
    QFile f(p);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.readAll()), p);
}

SshConfig SshConfig::parse(const QString &text, const QString &path)
{
    SshConfig c;
    parseInto(c.m_lines, text, path, 0);
    return c;
}

void SshConfig::parseInto(QList<Line> &out, const QString &text, const QString &path, int depth)
{
    const auto lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString t = raw.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        QStringList w = words(t);
        if (w.isEmpty())
            continue;
        Line l{w.takeFirst().toLower(), w};
        if (l.keyword != QLatin1String("include")) {
            out << l;
            continue;
        }
        if (depth >= kMaxIncludeDepth)
            continue;
        // Relative includes are relative to ~/.ssh (user config), like OpenSSH.
        const QString base = path.isEmpty() ? home() + QStringLiteral("/.ssh")
                                             : QFileInfo(path).absolutePath();
        out << Line{QStringLiteral("(include-begin)"), {}};
        for (const QString &arg : std::as_const(l.args)) {
            QString pat = expandTilde(arg, home());
            if (QDir::isRelativePath(pat))
                pat = base + u'/' + pat;
            const QFileInfo pi(pat);
            const QStringList names = QDir(pi.absolutePath())
                                          .entryList({pi.fileName()}, QDir::Files, QDir::Name);
            for (const QString &n : names) {
                QFile f(pi.absolutePath() + u'/' + n);
                if (f.open(QIODevice::ReadOnly))
                    parseInto(out, QString::fromUtf8(f.readAll()), f.fileName(), depth + 1);
            }
        }
        out << Line{QStringLiteral("(include-end)"), {}};
    }
}

bool SshConfig::globMatches(const QString &pattern, const QString &text)
{
    QString rx;
    for (const QChar c : pattern) {
        if (c == u'*') rx += QLatin1String(".*");
        else if (c == u'?') rx += u'.';
        else rx += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(rx),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

bool SshConfig::hostMatches(const QStringList &patterns, const QString &host)
{
    bool positive = false;
    for (QString p : patterns) {
        // One word may hold a comma-separated list, as in Match host a,b.
        const auto parts = p.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.startsWith(u'!')) {
                if (globMatches(part.mid(1), host))
                    return false; // a negated match excludes the block outright
            } else if (globMatches(part, host)) {
                positive = true;
            }
        }
    }
    return positive;
}

SshHostConfig SshConfig::resolve(const QString &alias, const QString &localUser,
                                 const QString &homeDir) const
{
    const QString user0 = localUser.isEmpty() ? localUserName() : localUser;
    const QString home0 = homeDir.isEmpty() ? home() : homeDir;
    QString hostName, user;
    int port = -1;
    QStringList idRaw;

    bool active = true; // lines before the first Host apply to every host
    QList<bool> saved;
    for (const Line &l : m_lines) {
        if (l.keyword == QLatin1String("(include-begin)")) {
            saved << active;
            continue;
        }
        if (l.keyword == QLatin1String("(include-end)")) {
            active = saved.isEmpty() ? true : saved.takeLast();
            continue;
        }
        if (l.keyword == QLatin1String("host")) {
            active = hostMatches(l.args, alias);
            continue;
        }
        if (l.keyword == QLatin1String("match")) {
            active = l.args.value(0).compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!active || l.args.isEmpty())
            continue;
        const QString &v = l.args.first();
        if (l.keyword == QLatin1String("hostname") && hostName.isNull())
            hostName = v;
        else if (l.keyword == QLatin1String("user") && user.isNull())
            user = v;
        else if (l.keyword == QLatin1String("port") && port < 0) {
            bool ok = false;
            const uint p = v.toUInt(&ok);
            if (ok && p > 0 && p < 65536)
                port = int(p);
        } else if (l.keyword == QLatin1String("identityfile")) {
            idRaw << v;
        }
    }

    SshHostConfig r;
    r.hostName = hostName.isNull() ? alias : expandTokens(hostName, home0, user0, alias, {}, 0);
    r.user = user.isNull() ? user0 : user;
    r.port = port < 0 ? 22 : quint16(port);
    for (const QString &id : std::as_const(idRaw)) {
        const QString e = expandTokens(expandTilde(id, home0), home0, user0, r.hostName, r.user, r.port);
        if (!r.identityFiles.contains(e) && id.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
            r.identityFiles << e;
    }
    return r;
}

} // namespace drover::ssh
