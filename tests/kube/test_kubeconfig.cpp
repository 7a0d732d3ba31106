// Kubeconfig loading (one file, KUBECONFIG merges, errors with file:line) and exec credential
// plugins run for real as small shell scripts.
#include "ExecCredential.h"
#include "Kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace drover::kube;
using namespace Qt::StringLiterals;

namespace {
// QVERIFY2's message is evaluated even when the check passes: never call error() on a success.
template <typename T> const char *why(const drover::Result<T> &r)
{
    static QByteArray text;
    text = r ? QByteArray() : r.error().message.toUtf8();
    return text.constData();
}

// A YAML text written flush left in a raw string; the newline after R"( is dropped.
QByteArray yaml(const char *text)
{
    return QByteArray(text).mid(1);
}

const QByteArray kCaPem = "-----BEGIN CERTIFICATE-----\nMIIBca\n-----END CERTIFICATE-----\n";
const QByteArray kCertPem = "-----BEGIN CERTIFICATE-----\nMIIBalice\n-----END CERTIFICATE-----\n";
const QByteArray kKeyPem = "-----BEGIN PRIVATE KEY-----\nMIIEalice\n-----END PRIVATE KEY-----\n";
} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private:
    // Writes `text` to `relPath` under this test's own folder and returns the absolute path.
    QString write(const QString &relPath, const QByteArray &text)
    {
        const QString tag =
            QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                            u'/' + tag + u'/' + relPath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeScript(const QString &relPath, const QByteArray &body)
    {
        const QString path = write(relPath, "#!/bin/sh\n" + body);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The shapes of the kubectl documentation: CA data, a token, a client cert/key by relative
    // path.
    void goodSingleFile()
    {
        write(u"certs/ca.crt"_s, kCaPem);
        write(u"certs/alice.crt"_s, kCertPem);
        write(u"certs/alice.key"_s, kKeyPem);
        const QString file = write(u"config"_s, yaml(R"(
apiVersion: v1
kind: Config
preferences: {}
clusters:
- cluster:
    certificate-authority-data: @CA@
    server: https://kubevirt.example:6443
  name: production
- cluster:
    certificate-authority: certs/ca.crt
    server: https://10.0.0.1:6443
  name: lab
users:
- name: admin
  user:
    token: s3cr3t
- name: alice
  user:
    client-certificate: certs/alice.crt
    client-key: ./certs/../certs/alice.key
contexts:
- context:
    cluster: production
    user: admin
    namespace: vms
  name: prod-admin
- context: {cluster: lab, user: alice}
  name: lab-alice
current-context: prod-admin
)")
                                                    .replace("@CA@", kCaPem.toBase64()));
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc, why(kc));
        QCOMPARE(kc->files(), QStringList{file});
        QCOMPARE(kc->contextNames(), (QStringList{u"prod-admin"_s, u"lab-alice"_s}));
        QCOMPARE(kc->currentContext(), u"prod-admin"_s);

        const auto prod = kc->resolve();
        QVERIFY2(prod, why(prod));
        QCOMPARE(prod->contextName, u"prod-admin"_s);
        QCOMPARE(prod->ns, u"vms"_s);
        QCOMPARE(prod->cluster.server, u"https://kubevirt.example:6443"_s);
        QCOMPARE(prod->cluster.caPem, kCaPem);
        QVERIFY(prod->cluster.caFile.isEmpty());
        QCOMPARE(prod->user.token, u"s3cr3t"_s);
        QVERIFY(!prod->user.exec);

        const auto lab = kc->resolve(u"lab-alice"_s);
        QVERIFY2(lab, why(lab));
        const QString dir = QFileInfo(file).absolutePath();
        QCOMPARE(lab->cluster.caFile, dir + u"/certs/ca.crt"_s);
        QCOMPARE(lab->cluster.caPem, kCaPem);
        QCOMPARE(lab->user.clientCertPem, kCertPem);
        QCOMPARE(lab->user.clientKeyPem, kKeyPem);
        QVERIFY(lab->user.token.isEmpty());
        QCOMPARE(lab->ns, u"default"_s);
    }

    void merge_data()
    {
        QTest::addColumn<QByteArray>("firstCurrent");
        QTest::addColumn<QByteArray>("secondCurrent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both set: first wins")
            << QByteArray("first") << QByteArray("second") << u"first"_s;
        QTest::newRow("only second sets it") << QByteArray() << QByteArray("second") << u"second"_s;
        QTest::newRow("only first sets it") << QByteArray("both") << QByteArray() << u"both"_s;
        QTest::newRow("empty string is unset")
            << QByteArray("\"\"") << QByteArray("mixed") << u"mixed"_s;
        QTest::newRow("neither") << QByteArray() << QByteArray() << QString();
    }
    // KUBECONFIG=first:missing:second, as client-go merges it.
    void merge()
    {
        QFETCH(QByteArray, firstCurrent);
        QFETCH(QByteArray, secondCurrent);
        QFETCH(QString, expected);
        const auto currentLine = [](const QByteArray &name) {
            return name.isNull() ? QByteArray() : "current-context: " + name + "\n";
        };
        const QString first = write(u"first.yaml"_s, yaml(R"(
clusters:
- name: shared
  cluster: {server: https://first.example}
users:
- name: shared-user
  user: {token: from-first}
contexts:
- name: first
  context: {cluster: shared, user: shared-user}
- name: both
  context: {cluster: shared, user: shared-user, namespace: first-ns}
)") + currentLine(firstCurrent));
        const QString second = write(u"second.yaml"_s, yaml(R"(
apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster: {server: https://second.example}
- name: only-second
  cluster: {server: https://only-second.example}
users:
- name: shared-user
  user: {token: from-second}
- name: second-user
  user: {token: second-token}
contexts:
- name: both
  context: {cluster: only-second, user: second-user}
- name: second
  context: {cluster: only-second, user: second-user, namespace: two}
- name: mixed
  context: {cluster: shared, user: shared-user}
)") + currentLine(secondCurrent));
        const QString missing = QFileInfo(first).absolutePath() + u"/not-there.yaml"_s;
        const auto kc = Kubeconfig::load({first, missing, second, first});
        QVERIFY2(kc, why(kc));
        QCOMPARE(kc->files(), (QStringList{first, second}));
        QCOMPARE(kc->contextNames(), (QStringList{u"first"_s, u"both"_s, u"second"_s, u"mixed"_s}));
        QCOMPARE(kc->currentContext(), expected);

        const auto both = kc->resolve(u"both"_s); // first file's context, cluster and user win
        QVERIFY2(both, why(both));
        QCOMPARE(both->cluster.server, u"https://first.example"_s);
        QCOMPARE(both->user.token, u"from-first"_s);
        QCOMPARE(both->ns, u"first-ns"_s);
        const auto second2 = kc->resolve(u"second"_s); // only in the second file: usable
        QVERIFY2(second2, why(second2));
        QCOMPARE(second2->cluster.server, u"https://only-second.example"_s);
        QCOMPARE(second2->user.token, u"second-token"_s);
        QCOMPARE(second2->ns, u"two"_s);
        const auto mixed = kc->resolve(u"mixed"_s); // second file's context, first file's entries
        QVERIFY2(mixed, why(mixed));
        QCOMPARE(mixed->cluster.server, u"https://first.example"_s);
        QCOMPARE(mixed->user.token, u"from-first"_s);

        const auto current = kc->resolve();
        if (expected.isEmpty()) {
            QVERIFY(!current);
            QVERIFY2(current.error().message.contains(u"no current-context"_s), qPrintable(current.error().message));
        } else {
            QVERIFY2(current, why(current));
            QCOMPARE(current->contextName, expected);
        }
    }

    void namespaces_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("set") << QByteArray("namespace: kubevirt") << u"kubevirt"_s;
        QTest::newRow("absent") << QByteArray() << u"default"_s;
        QTest::newRow("null") << QByteArray("namespace:") << u"default"_s;
        QTest::newRow("empty string") << QByteArray("namespace: \"\"") << u"default"_s;
        QTest::newRow("given twice: the last wins, as kubectl")
            << QByteArray("namespace: first\n    namespace: second") << u"second"_s;
    }
    void namespaces()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const QString file = write(u"config"_s, yaml(R"(
clusters:
- name: c
  cluster: {server: https://c}
contexts:
- name: x
  context:
    cluster: c
    @NAMESPACE@
current-context: x
)")
                                                    .replace("@NAMESPACE@", line));
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc, why(kc));
        const auto r = kc->resolve();
        QVERIFY2(r, why(r));
        QCOMPARE(r->ns, expected);
    }

    void tokenFile()
    {
        write(u"secrets/token"_s, "eyJhbGciOi.file-token\n");
        const QString file = write(u"config"_s, yaml(R"(
clusters:
- name: c
  cluster: {server: https://c}
users:
- name: sa
  user: {tokenFile: secrets/token}
- name: both
  user: {token: inline, tokenFile: secrets/token}
contexts:
- {name: sa, context: {cluster: c, user: sa}}
- {name: both, context: {cluster: c, user: both}}
)"));
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc, why(kc));
        QVERIFY(kc->currentContext().isEmpty());
        const auto sa = kc->resolve(u"sa"_s);
        QVERIFY2(sa, why(sa));
        QCOMPARE(sa->user.token, u"eyJhbGciOi.file-token"_s);
        QCOMPARE(sa->user.tokenFile, QFileInfo(file).absolutePath() + u"/secrets/token"_s);
        const auto both = kc->resolve(u"both"_s); // client-go: the token first, the file on refresh
        QVERIFY2(both, why(both));
        QCOMPARE(both->user.token, u"inline"_s);
        QCOMPARE(both->user.tokenFile, sa->user.tokenFile);
    }

    void clusterOptions_data()
    {
        QTest::addColumn<QByteArray>("insecureLine");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("true") << QByteArray("insecure-skip-tls-verify: true") << true;
        QTest::newRow("yes (YAML 1.1, as kubectl)")
            << QByteArray("insecure-skip-tls-verify: yes") << true;
        QTest::newRow("false") << QByteArray("insecure-skip-tls-verify: false") << false;
        QTest::newRow("absent") << QByteArray() << false;
    }
    void clusterOptions()
    {
        QFETCH(QByteArray, insecureLine);
        QFETCH(bool, insecure);
        const QString file = write(u"config"_s, yaml(R"(
clusters:
- name: c
  cluster:
    server: https://10.1.2.3:6443
    tls-server-name: api.lab.internal
    proxy-url: socks5://127.0.0.1:1080
    @INSECURE@
contexts:
- {name: x, context: {cluster: c}}
current-context: x
)")
                                                    .replace("@INSECURE@", insecureLine));
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc, why(kc));
        const auto r = kc->resolve();
        QVERIFY2(r, why(r));
        QCOMPARE(r->cluster.insecureSkipTlsVerify, insecure);
        QCOMPARE(r->cluster.tlsServerName, u"api.lab.internal"_s);
        QCOMPARE(r->cluster.proxyUrl, u"socks5://127.0.0.1:1080"_s);
        QVERIFY(r->user.name.isEmpty()); // a context without a user: anonymous, as kubectl
    }

    void execConfig()
    {
        const QString file = write(u"config"_s, yaml(R"(
clusters:
- name: c
  cluster: {server: https://c}
users:
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: bin/get-token
      args: [--cluster, lab]
      env:
      - name: AWS_PROFILE
        value: lab
      installHint: get-token is on the lab wiki
      provideClusterInfo: true
      interactiveMode: Never
- name: gke
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
contexts:
- {name: oidc, context: {cluster: c, user: oidc}}
- {name: gke, context: {cluster: c, user: gke}}
)"));
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc, why(kc));
        const auto oidc = kc->resolve(u"oidc"_s);
        QVERIFY2(oidc, why(oidc));
        QVERIFY(oidc->user.exec);
        const ExecConfig &x = *oidc->user.exec;
        QCOMPARE(x.apiVersion, u"client.authentication.k8s.io/v1"_s);
        QCOMPARE(x.command, QFileInfo(file).absolutePath() + u"/bin/get-token"_s);
        QCOMPARE(x.args, (QStringList{u"--cluster"_s, u"lab"_s}));
        QCOMPARE(x.env, (QList<QPair<QString, QString>>{{u"AWS_PROFILE"_s, u"lab"_s}}));
        QCOMPARE(x.installHint, u"get-token is on the lab wiki"_s);
        QVERIFY(x.provideClusterInfo);
        QCOMPARE(x.interactiveMode, u"Never"_s);
        const auto gke = kc->resolve(u"gke"_s);
        QVERIFY2(gke, why(gke));
        QCOMPARE(gke->user.exec->command, u"gke-gcloud-auth-plugin"_s); // no '/': looked up on PATH
        QCOMPARE(gke->user.exec->interactiveMode, u"IfAvailable"_s); // client-go's v1beta1 default
        QVERIFY(!gke->user.exec->provideClusterInfo);
    }

    // Each broken file fails at load (as kubectl's load) or at resolve (as kubectl's use), with
    // "file:line: " first and words that say what is wrong.
    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context"); // resolved after a good load; empty: the current one
        QTest::addColumn<int>("line");        // 0: the error names the file without a line
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("atLoad");
        const auto load = [](const char *name, const QByteArray &yaml, int line,
                             const QStringList &words) {
            QTest::newRow(name) << yaml << QString() << line << words << true;
        };
        const auto use = [](const char *name, const QByteArray &yaml, int line,
                            const QStringList &words, const QString &context = {}) {
            QTest::newRow(name) << yaml << context << line << words << false;
        };
        load("bad indentation",
             "apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster:\n"
             "    server: https://a\n   bad: indentation\n",
             7, {u"not valid YAML"_s, u"end of map"_s});
        load("tab", "apiVersion: v1\nclusters:\n- name: a\n\tcluster: {}\n", 4,
             {u"not valid YAML"_s, u"tab"_s});
        load("top level is a list", "- apiVersion: v1\n- kind: Config\n", 1,
             {u"map"_s, u"holds a list"_s});
        load("top level is text", "# notes\njust some words\n", 2, {u"holds 'just some words'"_s});
        load("wrong kind", "apiVersion: v1\nkind: Pod\n", 2,
             {u"'kind' is 'Pod'"_s, u"kind: Config"_s});
        load("clusters is a map",
             "apiVersion: v1\nkind: Config\nclusters:\n  name: a\n"
             "  cluster: {server: https://a}\n",
             3, {u"'clusters' must be a list"_s, u"not a map"_s});
        load("item is a string", "clusters:\n- lab\n", 2,
             {u"clusters[0] must be a map"_s, u"'lab'"_s});
        load("item without name",
             "contexts:\n- name: a\n  context: {cluster: c}\n- context: {cluster: c}\n", 4,
             {u"contexts[1] has no 'name'"_s});
        load("name used twice",
             "clusters:\n- name: lab\n  cluster: {server: https://a}\n# again\n"
             "- name: lab\n  cluster: {server: https://b}\n",
             5, {u"'lab'"_s, u"already used at line 2"_s});
        load("not a boolean",
             "clusters:\n- name: lab\n  cluster:\n    server: https://a\n"
             "    insecure-skip-tls-verify: maybe\n",
             5, {u"'insecure-skip-tls-verify' must be true or false"_s, u"'maybe'"_s});
        load("server is a list", "clusters:\n- name: lab\n  cluster:\n    server: [https://a]\n", 4,
             {u"cluster 'lab'"_s, u"'server' must be a string, not a list"_s});
        load("invalid base64",
             "apiVersion: v1\nusers:\n- name: alice\n  user:\n    client-certificate: a.crt\n"
             "    client-key-data: \"not base64!\"\n",
             6, {u"user 'alice'"_s, u"'client-key-data' is not valid base64"_s});
        load("exec args not a list",
             "users:\n- name: alice\n  user:\n    exec:\n"
             "      apiVersion: client.authentication.k8s.io/v1\n      command: get-token\n"
             "      args: --verbose\n",
             7, {u"user 'alice' exec"_s, u"'args' must be a list"_s});
        load("no contexts",
             "apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n"
             "  cluster: {server: https://lab}\n",
             0, {u"no contexts"_s});
        load("empty file", "", 0, {u"empty"_s});
        load("only comments", "# kubeconfig goes here\n", 0, {u"empty"_s});

        const QByteArray labAndUsers = "clusters:\n- name: lab\n  cluster: {server: https://lab}\n"
                                       "users:\n- name: alice\n  user: {token: t}\n";
        use("cluster without server",
            "apiVersion: v1\nclusters:\n- name: lab\n  cluster:\n"
            "    insecure-skip-tls-verify: true\ncontexts:\n- name: dev\n  context: {cluster: "
            "lab}\n"
            "current-context: dev\n",
            3, {u"cluster 'lab' has no 'server'"_s, u"context 'dev'"_s});
        use("unknown cluster",
            labAndUsers + "contexts:\n- name: dev\n  context:\n    cluster: labb\n"
                          "    user: alice\ncurrent-context: dev\n",
            10, {u"context 'dev'"_s, u"cluster 'labb'"_s, u"(clusters: lab)"_s});
        use("unknown user",
            labAndUsers + "contexts:\n- name: dev\n  context:\n    cluster: lab\n"
                          "    user: bob\ncurrent-context: dev\n",
            11, {u"context 'dev'"_s, u"user 'bob'"_s, u"(users: alice)"_s});
        use("current-context names nothing",
            "clusters:\n- name: lab\n  cluster: {server: https://lab}\n"
            "contexts:\n- name: dev\n  context: {cluster: lab}\ncurrent-context: prod\n",
            7, {u"current-context 'prod'"_s, u"contexts are: dev"_s});
        use("unknown context asked for",
            labAndUsers + "contexts:\n- {name: dev, context: {cluster: lab}}\n", 0,
            {u"no context 'staging'"_s, u"contexts are: dev"_s}, u"staging"_s);
        use("no current-context",
            labAndUsers + "contexts:\n- {name: dev, context: {cluster: lab}}\n", 0,
            {u"no current-context"_s, u"dev"_s});
        use("missing CA file",
            "clusters:\n- name: lab\n  cluster:\n    server: https://lab\n"
            "    certificate-authority: certs/missing-ca.crt\ncontexts:\n- name: dev\n"
            "  context: {cluster: lab}\ncurrent-context: dev\n",
            5,
            {u"cluster 'lab'"_s, u"certificate-authority"_s, u"/certs/missing-ca.crt"_s,
             u"No such file"_s, u"context 'dev'"_s});
        use("missing tokenFile",
            labAndUsers + "- name: robot\n  user:\n    tokenFile: /nonexistent/token\n"
                          "contexts:\n- {name: dev, context: {cluster: lab, user: robot}}\n",
            9, {u"user 'robot'"_s, u"tokenFile /nonexistent/token"_s, u"No such file"_s}, u"dev"_s);
        use("certificate without key",
            labAndUsers +
                "- name: bob\n  user:\n    client-certificate-data: " + kCertPem.toBase64() +
                "\ncontexts:\n- {name: dev, context: {cluster: lab, user: bob}}\n"
                "current-context: dev\n",
            7, {u"user 'bob' has a client certificate but no 'client-key'"_s});
        use("exec v1 without interactiveMode",
            labAndUsers +
                "- name: oidc\n  user:\n    exec:\n"
                "      apiVersion: client.authentication.k8s.io/v1\n      command: kubelogin\n"
                "contexts:\n- {name: dev, context: {cluster: lab, user: oidc}}\ncurrent-context: "
                "dev\n",
            9, {u"user 'oidc' exec has no 'interactiveMode'"_s});
        use("token and password",
            labAndUsers + "- name: both\n  user: {token: t, username: u, password: p}\n"
                          "contexts:\n- {name: dev, context: {cluster: lab, user: "
                          "both}}\ncurrent-context: dev\n",
            7, {u"user 'both' sets both a token and a username/password"_s});
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(int, line);
        QFETCH(QStringList, words);
        QFETCH(bool, atLoad);
        const QString file = write(u"config"_s, yaml);
        const auto kc = Kubeconfig::load({file});
        QVERIFY2(kc.ok() != atLoad, kc ? "loaded" : qPrintable(kc.error().message));
        QString error = kc ? QString() : kc.error().message;
        if (kc) {
            const auto r = kc->resolve(context);
            QVERIFY2(!r, "resolved");
            error = r.error().message;
        }
        const QString where = line > 0 ? u"%1:%2: "_s.arg(file).arg(line) : file + u": "_s;
        QVERIFY2(error.startsWith(where),
                 qPrintable(u"'%1' does not start with '%2'"_s.arg(error, where)));
        for (const QString &w : words)
            QVERIFY2(error.contains(w), qPrintable(u"'%1' does not say '%2'"_s.arg(error, w)));
    }

    void unreadableFiles()
    {
        const QString good =
            write(u"good.yaml"_s, "clusters:\n- {name: c, cluster: {server: https://c}}\n"
                                  "contexts:\n- {name: x, context: {cluster: c}}\n");
        const QString dir = QFileInfo(good).absolutePath();
        const QString missing = dir + u"/missing.yaml"_s;
        const auto expectError = [](const QStringList &files, const QStringList &words) {
            const auto kc = Kubeconfig::load(files);
            QVERIFY(!kc);
            for (const QString &w : words)
                QVERIFY2(kc.error().message.contains(w), qPrintable(u"'%1' does not say '%2'"_s.arg(kc.error().message, w)));
        };
        expectError({missing}, {missing + u": no such file"_s});
        expectError({missing, dir + u"/gone.yaml"_s},
                    {u"none of the kubeconfig files exists"_s, missing});
        expectError({dir}, {dir + u": is a directory"_s});
        expectError({}, {u"no kubeconfig file"_s});
        if (::geteuid() != 0) { // root reads anything
            const QString locked = write(u"locked.yaml"_s, "{}\n");
            QFile::setPermissions(locked, QFileDevice::WriteOwner);
            expectError({good, locked}, {locked + u": cannot be read"_s});
        }
        QVERIFY(Kubeconfig::load({missing, good})); // skipped when others exist, as kubectl
    }

    // runExecPlugin against real scripts: each row is a plugin and what Drover must make of it.
    void execPlugin_data()
    {
        QTest::addColumn<QByteArray>("script"); // empty: run `command` as given
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QStringList>("words"); // expected in the error; empty: token "tok-1"
        const QString v1 = u"client.authentication.k8s.io/v1"_s;
        const QString v1beta1 = u"client.authentication.k8s.io/v1beta1"_s;
        const auto row = [&](const char *name, const QByteArray &script, const QStringList &words,
                             const QString &apiVersion = {}, const QString &command = {},
                             int timeoutMs = 5000) {
            QTest::newRow(name) << script << command << (apiVersion.isEmpty() ? v1 : apiVersion)
                                << timeoutMs << words;
        };
        // A plugin that prints {"apiVersion": apiVersion, <rest>}.
        const auto cred = [](const QString &apiVersion, const QByteArray &rest) {
            return "cat <<'JSON'\n{\"apiVersion\":\"" + apiVersion.toUtf8() + "\"," + rest +
                   "}\nJSON\n";
        };
        const QByteArray token = R"("kind":"ExecCredential","status":{"token":"tok-1"})";
        row("v1 token", cred(v1, token), {});
        row("v1beta1 token", cred(v1beta1, token), {}, v1beta1);
        row("exits 1", "echo 'error: not logged in; run: get-token login' >&2\nexit 1\n",
            {u"failed with exit code 1: error: not logged in; run: get-token login"_s});
        row("garbage", "echo 'Hello, I am not JSON'\n", {u"not an ExecCredential JSON object"_s});
        row("no output", "exit 0\n", {u"printed nothing"_s});
        row("other apiVersion", cred(v1beta1, token), {u"answered with apiVersion '"_s + v1beta1});
        row("other kind", cred(v1, R"("kind":"Secret","status":{"token":"t"})"),
            {u"kind 'Secret'"_s});
        row("no status", cred(v1, R"("kind":"ExecCredential")"), {u"without a status"_s});
        row("certificate only",
            cred(v1, R"("kind":"ExecCredential","status":{"clientCertificateData":"C"})"),
            {u"a client certificate without its key"_s});
        row("bad expiry",
            cred(v1, R"("kind":"ExecCredential","status":{"token":"t","expirationTimestamp":"x"})"),
            {u"'x'"_s, u"RFC 3339"_s});
        row("timeout", "exec sleep 10\n", {u"did not finish within 0.3 s"_s}, v1, {}, 300);
        row("not on PATH", {},
            {u"'drover-test-no-such-plugin' was not found on PATH"_s,
             u"Install it with: apt install drover-auth"_s},
            v1, u"drover-test-no-such-plugin"_s);
        row("no such path", {}, {u"'/nonexistent/bin/get-token' was not found"_s}, v1,
            u"/nonexistent/bin/get-token"_s);
    }
    void execPlugin()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, command);
        QFETCH(QString, apiVersion);
        QFETCH(int, timeoutMs);
        QFETCH(QStringList, words);
        ExecConfig exec;
        exec.apiVersion = apiVersion;
        exec.command = script.isEmpty() ? command : writeScript(u"plugin"_s, script);
        exec.installHint = u"Install it with: apt install drover-auth"_s;
        exec.interactiveMode = u"IfAvailable"_s;
        const auto r = runExecPlugin(exec, ClusterConfig{}, timeoutMs);
        if (words.isEmpty()) {
            QVERIFY2(r, why(r));
            QCOMPARE(r->token, u"tok-1"_s);
            QVERIFY(!r->expiration.isValid());
            return;
        }
        QVERIFY(!r);
        const QString error = r.error().message;
        QVERIFY2(error.startsWith(u"credential plugin '%1'"_s.arg(exec.command)),
                 qPrintable(error));
        for (const QString &w : words)
            QVERIFY2(error.contains(w), qPrintable(u"'%1' does not say '%2'"_s.arg(error, w)));
    }

    // What the plugin is given (args, env, KUBERNETES_EXEC_INFO) and a cert/key answer.
    void execPluginInput_data()
    {
        QTest::addColumn<bool>("provideClusterInfo");
        QTest::newRow("without cluster info") << false;
        QTest::newRow("with cluster info") << true;
    }
    void execPluginInput()
    {
        QFETCH(bool, provideClusterInfo);
        const QJsonObject status{{u"clientCertificateData"_s, QString::fromLatin1(kCertPem)},
                                 {u"clientKeyData"_s, QString::fromLatin1(kKeyPem)},
                                 {u"expirationTimestamp"_s, u"2030-01-02T03:04:05Z"_s}};
        const QJsonObject answer{{u"apiVersion"_s, u"client.authentication.k8s.io/v1"_s},
                                 {u"kind"_s, u"ExecCredential"_s},
                                 {u"status"_s, status}};
        ExecConfig exec{
            u"client.authentication.k8s.io/v1"_s,
            writeScript(u"bin/plugin"_s, "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$0.info\"\n"
                                         "printf '%s|' \"$@\" \"$DROVER_TEST_VAR\" > \"$0.args\"\n"
                                         "cat <<'JSON'\n" +
                                             QJsonDocument(answer).toJson() + "JSON\n"),
            {u"--cluster"_s, u"lab one"_s},
            {{u"DROVER_TEST_VAR"_s, u"from-env"_s}},
            QString(),
            provideClusterInfo,
            u"Never"_s};
        ClusterConfig cluster{
            u"lab"_s, u"https://10.0.0.1:6443"_s, kCaPem, QString(), false, u"api.lab"_s,
            QString()};
        const auto r = runExecPlugin(exec, cluster);
        QVERIFY2(r, why(r));
        QCOMPARE(r->clientCertPem, kCertPem);
        QCOMPARE(r->clientKeyPem, kKeyPem);
        QVERIFY(r->token.isEmpty());
        QCOMPARE(r->expiration, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));

        QFile args(exec.command + u".args"_s);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll(), QByteArray("--cluster|lab one|from-env|"));
        QFile infoFile(exec.command + u".info"_s);
        QVERIFY(infoFile.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        QCOMPARE(info.value("kind"_L1).toString(), u"ExecCredential"_s);
        QCOMPARE(info.value("apiVersion"_L1).toString(), exec.apiVersion);
        const QJsonObject spec = info.value("spec"_L1).toObject();
        QCOMPARE(spec.value("interactive"_L1), QJsonValue(false));
        QCOMPARE(spec.contains("cluster"_L1), provideClusterInfo);
        if (provideClusterInfo) {
            const QJsonObject c = spec.value("cluster"_L1).toObject();
            QCOMPARE(c.value("server"_L1).toString(), cluster.server);
            QCOMPARE(c.value("tls-server-name"_L1).toString(), u"api.lab"_s);
            QCOMPARE(c.value("certificate-authority-data"_L1).toString().toLatin1(),
                     kCaPem.toBase64());
            QVERIFY(!c.contains("insecure-skip-tls-verify"_L1)); // omitted when false, as client-go
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "test_kubeconfig.moc"
