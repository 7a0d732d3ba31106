#include "KubeconfigParse.h"

#include "KubeTr.h"

#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <utility>

namespace drover::kube::detail {

using namespace Qt::StringLiterals;

QString EntrySource::at(const QString &key) const
{
    const int l = key.isEmpty() ? line : lines.value(key, line);
    return l > 0 ? u"%1:%2"_s.arg(file).arg(l) : file;
}

namespace {

const auto kExecV1 = "client.authentication.k8s.io/v1"_L1;
const auto kExecV1beta1 = "client.authentication.k8s.io/v1beta1"_L1;

// Thrown and caught inside this file only: parseKubeconfig() turns it into a Result. It keeps
// the many "wrong type here" checks to one line each.
struct Failure
{
    QString message;
};

int lineOf(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return m.line >= 0 ? m.line + 1 : 0;
}

QString describe(const YAML::Node &n)
{
    switch (n.Type()) {
    case YAML::NodeType::Map:
        return Tr::tr("a map");
    case YAML::NodeType::Sequence:
        return Tr::tr("a list");
    case YAML::NodeType::Scalar: {
        QString s = QString::fromStdString(n.Scalar()).simplified();
        if (s.size() > 40)
            s = s.left(40) + u"…"_s;
        return u"'%1'"_s.arg(s);
    }
    default:
        return Tr::tr("empty");
    }
}

// One YAML map by key, with each key's line. `what` names the map in messages.
struct Fields
{
    QString what;
    int line = 0;
    QHash<QString, std::pair<int, YAML::Node>> byKey;

    bool has(const QString &key) const { return byKey.contains(key); }
    YAML::Node value(const QString &key) const
    {
        const auto it = byKey.constFind(key);
        return it == byKey.cend() ? YAML::Node() : it->second;
    }
    int lineOf(const QString &key) const
    {
        const auto it = byKey.constFind(key);
        return it == byKey.cend() ? line : it->first;
    }
};

class Parser
{
public:
    explicit Parser(const QString &file) : m_file(file), m_dir(QFileInfo(file).absolutePath()) {}

    ParsedFile parse(const YAML::Node &root) const
    {
        ParsedFile out;
        if (!root.IsDefined() || root.IsNull()) {
            out.empty = true;
            return out;
        }
        if (!root.IsMap())
            fail(lineOf(root),
                 Tr::tr("a kubeconfig is a map with apiVersion, kind, clusters, users and "
                        "contexts; this file holds %1")
                     .arg(describe(root)));
        const Fields top = fields(root, Tr::tr("the kubeconfig"), 0);
        const QString kind = string(top, u"kind"_s);
        if (!kind.isEmpty() && kind != "Config"_L1)
            fail(top.lineOf(u"kind"_s),
                 Tr::tr("'kind' is '%1'; a kubeconfig has kind: Config").arg(kind));
        const QString apiVersion = string(top, u"apiVersion"_s);
        if (!apiVersion.isEmpty() && apiVersion != "v1"_L1)
            fail(top.lineOf(u"apiVersion"_s),
                 Tr::tr("'apiVersion' is '%1'; kubeconfig files are apiVersion: v1")
                     .arg(apiVersion));
        namedList(top, u"clusters"_s, u"cluster"_s, out.clusters,
                  [this](const Fields &f, EntrySource &s) { return cluster(f, s); });
        namedList(top, u"users"_s, u"user"_s, out.users,
                  [this](const Fields &f, EntrySource &s) { return user(f, s); });
        namedList(top, u"contexts"_s, u"context"_s, out.contexts,
                  [this](const Fields &f, EntrySource &s) { return context(f, s); });
        out.currentContext = string(top, u"current-context"_s);
        out.currentContextLine = top.lineOf(u"current-context"_s);
        return out;
    }

private:
    [[noreturn]] void fail(int line, const QString &what) const
    {
        throw Failure{where(line) + u": "_s + what};
    }
    QString where(int line) const { return line > 0 ? u"%1:%2"_s.arg(m_file).arg(line) : m_file; }
    // Kept for resolve(): kubectl only checks these when a context uses the entry.
    void problem(EntrySource &src, int line, const QString &what) const
    {
        src.problems << where(line) + u": "_s + what;
    }

    // `line`: where the map is introduced (its key's line), 0 for the map's own first line. A
    // null or absent node reads as an empty map. A key given twice keeps its last value, as in
    // kubectl (which, unlike for a name used twice in a list, does not complain).
    Fields fields(const YAML::Node &map, const QString &what, int line) const
    {
        Fields f;
        f.what = what;
        f.line = line > 0 ? line : lineOf(map);
        if (map.IsNull())
            return f;
        if (!map.IsMap())
            fail(f.line, Tr::tr("%1 must be a map, not %2").arg(what, describe(map)));
        for (auto it = map.begin(); it != map.end(); ++it) {
            const int l = lineOf(it->first);
            if (!it->first.IsScalar())
                fail(l, Tr::tr("%1: a key must be a name, not %2").arg(what, describe(it->first)));
            const QString key = QString::fromStdString(it->first.Scalar());
            f.byKey.insert(key, {l, it->second});
        }
        return f;
    }

    QString string(const Fields &f, const QString &key) const
    {
        const YAML::Node n = f.value(key);
        if (n.IsNull())
            return {};
        if (!n.IsScalar())
            fail(f.lineOf(key),
                 Tr::tr("%1: '%2' must be a string, not %3").arg(f.what, key, describe(n)));
        return QString::fromStdString(n.Scalar());
    }

    bool boolean(const Fields &f, const QString &key) const
    {
        const YAML::Node n = f.value(key);
        bool b = false;
        if (n.IsNull())
            return b;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, b))
            fail(f.lineOf(key),
                 Tr::tr("%1: '%2' must be true or false, not %3").arg(f.what, key, describe(n)));
        return b;
    }

    QStringList strings(const Fields &f, const QString &key) const
    {
        const YAML::Node n = f.value(key);
        QStringList out;
        if (n.IsNull())
            return out;
        if (!n.IsSequence())
            fail(
                f.lineOf(key),
                Tr::tr("%1: '%2' must be a list of strings, not %3").arg(f.what, key, describe(n)));
        for (const auto &item : n) {
            if (!item.IsScalar())
                fail(lineOf(item),
                     Tr::tr("%1: '%2' must hold strings, not %3").arg(f.what, key, describe(item)));
            out << QString::fromStdString(item.Scalar());
        }
        return out;
    }

    // "*-data" fields. Whitespace is dropped first: block scalars wrap long base64 over lines.
    QByteArray base64(const Fields &f, const QString &key) const
    {
        QByteArray text = string(f, key).toLatin1();
        text.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
        if (text.isEmpty())
            return {};
        auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(f.lineOf(key), Tr::tr("%1: '%2' is not valid base64").arg(f.what, key));
        return *decoded;
    }

    // Relative to the kubeconfig's directory, as client-go's ResolveLocalPaths (no "~" expansion).
    QString absolute(const QString &p) const
    {
        return p.isEmpty() || QDir::isAbsolutePath(p) ? p
                                                      : QDir::cleanPath(QDir(m_dir).filePath(p));
    }
    QString path(const Fields &f, const QString &key, EntrySource &src) const
    {
        const QString p = absolute(string(f, key));
        if (!p.isEmpty())
            src.paths.insert(key, p);
        return p;
    }

    // clusters/users/contexts: a list of {name, <inner>: map}; `read` turns the inner map into
    // a config. A name used twice in one file fails, as in kubectl.
    template <typename Config, typename Read>
    void namedList(const Fields &top, const QString &list, const QString &inner,
                   QList<Entry<Config>> &out, Read read) const
    {
        const YAML::Node l = top.value(list);
        if (l.IsNull())
            return;
        if (!l.IsSequence())
            fail(top.lineOf(list),
                 Tr::tr("'%1' must be a list of entries with 'name' and '%2', not %3")
                     .arg(list, inner, describe(l)));
        QHash<QString, int> seen;
        for (std::size_t i = 0; i < l.size(); ++i) {
            const YAML::Node item = l[i];
            const QString label = u"%1[%2]"_s.arg(list).arg(i);
            if (!item.IsMap())
                fail(lineOf(item), Tr::tr("%1 must be a map with 'name' and '%2', not %3")
                                       .arg(label, inner, describe(item)));
            const Fields entry = fields(item, label, 0);
            const QString name = string(entry, u"name"_s);
            if (name.isEmpty())
                fail(entry.line, Tr::tr("%1 has no 'name'").arg(label));
            if (seen.contains(name))
                fail(entry.line, Tr::tr("%1: the %2 name '%3' is already used at line %4")
                                     .arg(label, inner, name)
                                     .arg(seen.value(name)));
            seen.insert(name, entry.line);
            Entry<Config> e;
            e.source.file = m_file;
            e.source.line = entry.line;
            const Fields body =
                fields(entry.value(inner), u"%1 '%2'"_s.arg(inner, name), entry.lineOf(inner));
            for (auto it = body.byKey.cbegin(); it != body.byKey.cend(); ++it)
                e.source.lines.insert(it.key(), it->first);
            e.config = read(body, e.source);
            e.config.name = name;
            out.append(std::move(e));
        }
    }

    ClusterConfig cluster(const Fields &f, EntrySource &src) const
    {
        ClusterConfig c;
        c.server = string(f, u"server"_s);
        c.caPem = base64(f, u"certificate-authority-data"_s);
        c.caFile = path(f, u"certificate-authority"_s, src);
        c.insecureSkipTlsVerify = boolean(f, u"insecure-skip-tls-verify"_s);
        c.tlsServerName = string(f, u"tls-server-name"_s);
        c.proxyUrl = string(f, u"proxy-url"_s);
        if (c.server.isEmpty())
            problem(src, src.line, Tr::tr("%1 has no 'server'").arg(f.what));
        const bool hasCa = !c.caPem.isEmpty() || !c.caFile.isEmpty();
        if (!c.caPem.isEmpty() && !c.caFile.isEmpty())
            problem(src, f.lineOf(u"certificate-authority"_s),
                    Tr::tr("%1 sets both 'certificate-authority' and 'certificate-authority-data'; "
                           "keep one")
                        .arg(f.what));
        if (c.insecureSkipTlsVerify && hasCa)
            problem(
                src, f.lineOf(u"insecure-skip-tls-verify"_s),
                Tr::tr("%1 sets 'insecure-skip-tls-verify' and a certificate authority; keep one")
                    .arg(f.what));
        return c;
    }

    UserConfig user(const Fields &f, EntrySource &src) const
    {
        UserConfig u;
        u.token = string(f, u"token"_s);
        u.tokenFile = path(f, u"tokenFile"_s, src);
        u.clientCertPem = base64(f, u"client-certificate-data"_s);
        u.clientKeyPem = base64(f, u"client-key-data"_s);
        const QString certFile = path(f, u"client-certificate"_s, src);
        const QString keyFile = path(f, u"client-key"_s, src);
        u.username = string(f, u"username"_s);
        u.password = string(f, u"password"_s);
        if (!f.value(u"exec"_s).IsNull())
            u.exec =
                exec(fields(f.value(u"exec"_s), f.what + u" exec"_s, f.lineOf(u"exec"_s)), src);
        const auto both = [&](const QString &key) {
            problem(src, f.lineOf(key),
                    Tr::tr("%1 sets both '%2' and '%2-data'; keep one").arg(f.what, key));
        };
        if (!certFile.isEmpty() && !u.clientCertPem.isEmpty())
            both(u"client-certificate"_s);
        if (!keyFile.isEmpty() && !u.clientKeyPem.isEmpty())
            both(u"client-key"_s);
        const bool hasCert = !u.clientCertPem.isEmpty() || !certFile.isEmpty();
        const bool hasKey = !u.clientKeyPem.isEmpty() || !keyFile.isEmpty();
        if (hasCert != hasKey)
            problem(src, src.line,
                    hasCert
                        ? Tr::tr("%1 has a client certificate but no 'client-key'").arg(f.what)
                        : Tr::tr("%1 has a client key but no 'client-certificate'").arg(f.what));
        if ((!u.token.isEmpty() || !u.tokenFile.isEmpty()) &&
            (!u.username.isEmpty() || !u.password.isEmpty()))
            problem(src, src.line,
                    Tr::tr("%1 sets both a token and a username/password; keep one").arg(f.what));
        if (f.has(u"auth-provider"_s))
            problem(src, f.lineOf(u"auth-provider"_s),
                    Tr::tr("%1 uses 'auth-provider', which Drover does not support; use an exec "
                           "credential "
                           "plugin instead")
                        .arg(f.what));
        return u;
    }

    ExecConfig exec(const Fields &f, EntrySource &src) const
    {
        ExecConfig x;
        x.apiVersion = string(f, u"apiVersion"_s);
        x.command = string(f, u"command"_s);
        if (x.command.contains(QLatin1Char('/')))
            x.command = absolute(x.command);
        x.args = strings(f, u"args"_s);
        x.installHint = string(f, u"installHint"_s);
        x.provideClusterInfo = boolean(f, u"provideClusterInfo"_s);
        x.interactiveMode = string(f, u"interactiveMode"_s);
        const YAML::Node env = f.value(u"env"_s);
        if (!env.IsNull() && !env.IsSequence())
            fail(f.lineOf(u"env"_s), Tr::tr("%1: 'env' must be a list of {name, value}, not %2")
                                         .arg(f.what, describe(env)));
        for (std::size_t i = 0; i < env.size(); ++i) {
            const Fields var = fields(env[i], u"%1 env[%2]"_s.arg(f.what).arg(i), 0);
            x.env.append({string(var, u"name"_s), string(var, u"value"_s)});
            if (x.env.last().first.isEmpty())
                problem(src, var.line, Tr::tr("%1 has no 'name'").arg(var.what));
        }
        if (x.command.isEmpty())
            problem(src, f.line, Tr::tr("%1 has no 'command'").arg(f.what));
        if (x.apiVersion != kExecV1 && x.apiVersion != kExecV1beta1)
            problem(
                src, f.lineOf(u"apiVersion"_s),
                Tr::tr("%1: 'apiVersion' is %2; use %3 or %4")
                    .arg(f.what,
                         x.apiVersion.isEmpty() ? Tr::tr("missing") : u"'%1'"_s.arg(x.apiVersion),
                         kExecV1, kExecV1beta1));
        // client-go's defaulting: v1beta1 means IfAvailable, v1 must say.
        if (x.interactiveMode.isEmpty() && x.apiVersion == kExecV1beta1)
            x.interactiveMode = u"IfAvailable"_s;
        static const QStringList modes{u"Never"_s, u"IfAvailable"_s, u"Always"_s};
        if (x.interactiveMode.isEmpty() && x.apiVersion == kExecV1)
            problem(src, f.line,
                    Tr::tr("%1 has no 'interactiveMode' (Never, IfAvailable or Always), which %2 "
                           "requires")
                        .arg(f.what, kExecV1));
        else if (!x.interactiveMode.isEmpty() && !modes.contains(x.interactiveMode))
            problem(src, f.lineOf(u"interactiveMode"_s),
                    Tr::tr("%1: 'interactiveMode' must be Never, IfAvailable or Always, not '%2'")
                        .arg(f.what, x.interactiveMode));
        return x;
    }

    ContextConfig context(const Fields &f, EntrySource &src) const
    {
        ContextConfig c;
        c.cluster = string(f, u"cluster"_s);
        c.user = string(f, u"user"_s);
        c.ns = string(f, u"namespace"_s);
        if (c.ns.isEmpty())
            c.ns = u"default"_s;
        if (c.cluster.isEmpty())
            problem(src, src.line, Tr::tr("%1 names no 'cluster'").arg(f.what));
        return c;
    }

    QString m_file;
    QString m_dir;
};

} // namespace

Result<ParsedFile> parseKubeconfig(const QString &file, const QByteArray &text)
{
    using R = Result<ParsedFile>;
    const auto at = [&file](const YAML::Mark &m) {
        return m.line >= 0 ? u"%1:%2"_s.arg(file).arg(m.line + 1) : file;
    };
    try {
        return Parser(file).parse(YAML::Load(text.toStdString()));
    } catch (const Failure &f) {
        return R::failure(f.message);
    } catch (const YAML::ParserException &e) {
        return R::failure(Tr::tr("%1: not valid YAML: %2 (column %3)")
                              .arg(at(e.mark), QString::fromStdString(e.msg))
                              .arg(e.mark.column + 1));
    } catch (const YAML::Exception &e) {
        return R::failure(u"%1: %2"_s.arg(at(e.mark), QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return R::failure(u"%1: %2"_s.arg(file, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace drover::kube::detail
