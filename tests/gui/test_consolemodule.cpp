// The console windows come from libdrover-consoles.so, loaded when the first console opens
// (ui/ConsoleWindows.h). This test does not link the module, as drover does not, and is built
// beside it (build/app, where drover is): before a console, none of the libraries the consoles
// need is in the process; then the loader finds the module where drover would, and its windows
// open. drover --version, under the dynamic loader's LD_DEBUG, loads none of those libraries.
// test_consolemodule_installed runs it from an installed layout (bin/ and lib/<multiarch>/drover),
// test_consolemodule_missing from a bin/ with no module: the error the user would read.
#include "ConsoleWindows.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QTest>

using namespace drover;

namespace {

QStringList mapped(const QStringList &names) // which of `names` are mapped into this process
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    const QByteArray all = maps.readAll();
    QStringList out;
    for (const QString &n : names)
        if (all.contains(n.toLatin1()))
            out += n;
    return out;
}

const QStringList kConsoleLibraries = {QStringLiteral("libvncclient"), QStringLiteral("libspice-client-glib"),
                                       QStringLiteral("libgstreamer"), QStringLiteral("libvterm"),
                                       QStringLiteral("libdrover-consoles")};

bool missing()
{
    return qEnvironmentVariableIsSet("DROVER_TEST_NO_MODULE");
}

} // namespace

class TestConsoleModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noConsoleLibraryBeforeTheFirstConsole()
    {
        QCOMPARE(mapped(kConsoleLibraries), QStringList());
        // drover itself: the dynamic loader's own account of what it loads for `drover --version`.
        QProcess drover;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        drover.setProcessEnvironment(env);
        drover.start(QStringLiteral(DROVER_APP_BIN), {QStringLiteral("--version")});
        QVERIFY(drover.waitForFinished(30000));
        const QString loaded = QString::fromLocal8Bit(drover.readAllStandardError());
        QVERIFY2(loaded.contains(QStringLiteral("file=libQt6Widgets")), qPrintable(loaded.left(2000))); // it reports
        for (const QString &lib : kConsoleLibraries)
            QVERIFY2(!loaded.contains(QStringLiteral("file=") + lib), qPrintable(lib));
    }

    // Run by test_consolemodule_missing, from a bin/ with no module anywhere the loader looks.
    void aMissingModuleIsSaidInWords()
    {
        if (!missing())
            QSKIP("the module is there (test_consolemodule_missing runs this)");
        QString error;
        QVERIFY(!ui::consoleWindows(&error));
        QVERIFY2(error.startsWith(QStringLiteral("The console module is not installed (looked for ")), qPrintable(error));
        QVERIFY2(error.contains(QCoreApplication::applicationDirPath() + QStringLiteral("/libdrover-consoles.so")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("Reinstall the drover package.")), qPrintable(error));
        QCOMPARE(mapped(kConsoleLibraries), QStringList());
    }

    void theModuleLoadsFromBesideTheExecutable()
    {
        if (missing())
            QSKIP("no module here");
        QString error;
        const ui::ConsoleWindows *consoles = ui::consoleWindows(&error);
        QVERIFY2(consoles, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(consoles->abi, ui::kConsoleWindowsAbi);
        QVERIFY(mapped(kConsoleLibraries).contains(QStringLiteral("libvncclient")));
        QCOMPARE(ui::consoleWindows(), consoles); // loaded once

        QStringList names;
        for (const auto &[name, version] : consoles->libraryVersions()) {
            names += name;
            QVERIFY2(!version.isEmpty(), qPrintable(name));
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("libvncclient"), QStringLiteral("spice-client-glib"), QStringLiteral("libvterm")}));
    }

    void aDirectConsoleOpensAndSaysWhyItCannotConnect()
    {
        if (missing())
            QSKIP("no module here");
        QMainWindow owner;
        ui::DirectConsoleTarget t;
        t.title = QStringLiteral("127.0.0.1:1");
        t.host = QStringLiteral("127.0.0.1");
        t.port = 1; // nothing listens: the window says so
        QWidget *w = ui::consoleWindows()->direct(&owner, t);
        QVERIFY(w);
        QCOMPARE(w->parent(), &owner);
        QCOMPARE(QByteArray(w->metaObject()->className()), QByteArray("drover::ui::ConsoleWindow"));
        QVERIFY(w->isVisible());
        const auto says = [w](const QString &words) {
            for (const QLabel *l : w->findChildren<QLabel *>())
                if (l->isVisible() && l->text().contains(words, Qt::CaseInsensitive))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(says(QStringLiteral("refused")), 10000);
    }
};

QTEST_MAIN(TestConsoleModule)
#include "test_consolemodule.moc"
