// ~/.ssh/config resolution: host patterns, first value wins, IdentityFile expansion, Include.
#include "SshConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace drover::ssh;

namespace {
const char *kConfig = R"(# global defaults come after specific blocks, as in OpenSSH
Host a01 a02
    HostName %h.dc1.example.net
    User ops
    IdentityFile ~/.ssh/id_dc1

Host b?? !b13
    Port 2222
    User=bee
    IdentityFile "%d/keys/%u-%h"

Host *.lab
    HostName 10.0.0.%h
    Port 22022

Host !c* *
    IdentityFile ~/.ssh/id_global

Host *
    User fallback
    Port 2200
    IdentityFile ~/.ssh/id_ed25519
)";
} // namespace

class TestSshConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("ids");
        auto p = [](const char *s) { return QStringLiteral("/home/me") + QLatin1String(s); };
        QTest::newRow("listed host, %h in HostName")
            << "a01" << "a01.dc1.example.net" << "ops" << 2200
            << QStringList{p("/.ssh/id_dc1"), p("/.ssh/id_global"), p("/.ssh/id_ed25519")};
        QTest::newRow("? pattern, = syntax, quoted %d/%u/%h")
            << "b12" << "b12" << "bee" << 2222
            << QStringList{p("/keys/me-b12"), p("/.ssh/id_global"), p("/.ssh/id_ed25519")};
        QTest::newRow("negated pattern excludes the block")
            << "b13" << "b13" << "fallback" << 2200
            << QStringList{p("/.ssh/id_global"), p("/.ssh/id_ed25519")};
        QTest::newRow("? needs exactly one char") << "b1" << "b1" << "fallback" << 2200
            << QStringList{p("/.ssh/id_global"), p("/.ssh/id_ed25519")};
        QTest::newRow("wildcard suffix, case-insensitive")
            << "X.LAB" << "10.0.0.X.LAB" << "fallback" << 22022
            << QStringList{p("/.ssh/id_global"), p("/.ssh/id_ed25519")};
        QTest::newRow("negation with * on one line") << "c7" << "c7" << "fallback" << 2200
            << QStringList{p("/.ssh/id_ed25519")};
    }
    void resolve()
    {
        QFETCH(QString, alias);
        const SshHostConfig c = SshConfig::parse(QString::fromUtf8(kConfig))
                                    .resolve(alias, QStringLiteral("me"), QStringLiteral("/home/me"));
        QTEST(c.hostName, "hostName");
        QTEST(c.user, "user");
        QTEST(int(c.port), "port");
        QTEST(c.identityFiles, "ids");
    }

    void emptyConfigGivesDefaults()
    {
        const auto c = SshConfig::parse({}).resolve(QStringLiteral("n1"), QStringLiteral("me"), QStringLiteral("/h"));
        QCOMPARE(c.hostName, QStringLiteral("n1"));
        QCOMPARE(c.user, QStringLiteral("me"));
        QCOMPARE(c.port, quint16(22));
        QVERIFY(c.identityFiles.isEmpty());
        const auto missing = SshConfig::load(QStringLiteral("/nonexistent/config"))
                                 .resolve(QStringLiteral("n1"), QStringLiteral("me"), QStringLiteral("/h"));
        QCOMPARE(missing.port, quint16(22));
    }

    void includeIsConditionalAndRelative()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile inc(dir.filePath(QStringLiteral("conf.d/nodes.conf")));
        QDir().mkpath(dir.filePath(QStringLiteral("conf.d")));
        QVERIFY(inc.open(QIODevice::WriteOnly));
        inc.write("Port 2022\nHost n*\n  User nodeadmin\n");
        inc.close();
        const QString text = QStringLiteral("Host n1 m1\n  Include conf.d/*.conf\n  HostName inner\nHost *\n  User last\n");
        const SshConfig cfg = SshConfig::parse(text, dir.filePath(QStringLiteral("config")));
        const auto n1 = cfg.resolve(QStringLiteral("n1"), QStringLiteral("me"), QStringLiteral("/h"));
        QCOMPARE(n1.port, quint16(2022));
        QCOMPARE(n1.user, QStringLiteral("nodeadmin"));
        QCOMPARE(n1.hostName, QStringLiteral("inner")); // the Host block resumes after Include
        const auto m1 = cfg.resolve(QStringLiteral("m1"), QStringLiteral("me"), QStringLiteral("/h"));
        QCOMPARE(m1.port, quint16(2022));
        QCOMPARE(m1.user, QStringLiteral("last"));
        const auto z = cfg.resolve(QStringLiteral("z"), QStringLiteral("me"), QStringLiteral("/h"));
        QCOMPARE(z.port, quint16(22)); // not included for z
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "test_sshconfig.moc"
