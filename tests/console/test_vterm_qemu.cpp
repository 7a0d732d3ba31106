// The serial console's terminal against a real guest: QEMU boots this machine's Debian kernel on
// its own root filesystem (tests/console/guest, serial-shell-guest.sh) with a busybox shell on
// ttyS0, and ttyS0 is a unix socket this test holds. The terminal gets the port's bytes, and keys
// typed in it go back. busybox top and vi — cursor addressing, clears, reverse video — must draw
// as on a real terminal: top's header on the first rows, vi's column of '~', text typed into vi
// saved and shown by cat. Screenshots of both land in DROVER_SCREENSHOT_DIR.
#include "VtermWidget.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using drover::ui::VtermWidget;

namespace {

const QString kPrompt = QStringLiteral("drover-guest$");

// The newest installed kernel whose modules are present (the guest loads them from our root).
QString guestKernel(QString *version)
{
    const QFileInfoList kernels =
        QDir(QStringLiteral("/boot"))
            .entryInfoList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &k : kernels) {
        const QString v = k.fileName().mid(int(qstrlen("vmlinuz-")));
        if (k.isReadable() && QFile::exists(QStringLiteral("/lib/modules/%1/modules.dep").arg(v))) {
            *version = v;
            return k.filePath();
        }
    }
    return {};
}

QString lastNonEmptyLine(const QStringList &lines)
{
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return *it;
    return {};
}

} // namespace

class TestVtermQemu : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_qemu;
    QLocalSocket m_serial;
    VtermWidget m_term;

    void type(const QString &text) { QTest::keyClicks(&m_term, text); }
    void typeLine(const QString &line)
    {
        type(line);
        QTest::keyClick(&m_term, Qt::Key_Return);
    }
    bool atPrompt() const { return lastNonEmptyLine(m_term.screenLines()).trimmed() == kPrompt; }
    QByteArray diagnostics()
    {
        return "screen:\n" + m_term.screenText().toUtf8() +
               "\nqemu: " + m_qemu.readAllStandardError();
    }
    void screenshot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        const QString path = QStringLiteral(DROVER_SCREENSHOT_DIR "/%1.png").arg(name);
        QVERIFY(m_term.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString version;
        const QString kernel = guestKernel(&version);
        QStringList missing;
        for (const char *tool : {"qemu-system-x86_64", "busybox", "setsid"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool),
                                               {QStringLiteral("/usr/sbin"),
                                                QStringLiteral("/usr/bin"), QStringLiteral("/bin")})
                    .isEmpty())
                missing << QString::fromLatin1(tool);
        if (kernel.isEmpty())
            missing << QStringLiteral("a kernel in /boot with its modules (linux-image-amd64)");
        if (!missing.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("scripts/setup.sh installs what this test needs; missing: ") +
                missing.join(QStringLiteral(", "))));
        QVERIFY(m_dir.isValid());

        const QString initrd = m_dir.filePath(QStringLiteral("initrd.gz"));
        const QString guest = QStringLiteral(DROVER_GUEST_DIR);
        QCOMPARE(QProcess::execute(QStringLiteral("sh"),
                                   {guest + QStringLiteral("/make-initramfs.sh"), initrd, version,
                                    guest + QStringLiteral("/serial-shell-guest.sh")}),
                 0);
        const QString socket = m_dir.filePath(QStringLiteral("ttyS0"));
        // wait=on: the guest starts only once the test is on the line, so no byte is lost.
        // Software emulation: KVM is not usable on every CI machine (nested virtualisation).
        m_qemu.start(
            QStringLiteral("qemu-system-x86_64"),
            {QStringLiteral("-accel"),
             QStringLiteral("tcg"),
             QStringLiteral("-m"),
             QStringLiteral("512"),
             QStringLiteral("-nodefaults"),
             QStringLiteral("-display"),
             QStringLiteral("none"),
             QStringLiteral("-no-reboot"),
             QStringLiteral("-kernel"),
             kernel,
             QStringLiteral("-initrd"),
             initrd,
             QStringLiteral("-append"),
             QStringLiteral("console=ttyS0 loglevel=3 panic=-1"),
             QStringLiteral("-virtfs"),
             QStringLiteral(
                 "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap"),
             QStringLiteral("-chardev"),
             QStringLiteral("socket,id=ser0,path=%1,server=on,wait=on").arg(socket),
             QStringLiteral("-serial"),
             QStringLiteral("chardev:ser0")});
        QVERIFY2(m_qemu.waitForStarted(5000), qPrintable(m_qemu.errorString()));

        connect(&m_serial, &QLocalSocket::readyRead, &m_term,
                [this] { m_term.feed(m_serial.readAll()); });
        connect(&m_term, &VtermWidget::typed, &m_serial,
                [this](const QByteArray &b) { m_serial.write(b); });
        const auto connectOnce = [this, &socket] {
            m_serial.abort();
            m_serial.connectToServer(socket);
            return m_serial.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_qemu.state() != QProcess::Running || connectOnce(), 30000);
        QVERIFY2(m_serial.state() == QLocalSocket::ConnectedState,
                 m_qemu.readAllStandardError().constData());

        m_term.resize(m_term.sizeForGrid(80, 24));
        m_term.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_term));
        m_term.activateWindow();
        m_term.setFocus();
        QCOMPARE(m_term.columns(), 80);
        QCOMPARE(m_term.rows(), 24);
        // Booting under emulation on a loaded machine: minutes, not seconds.
        QTRY_VERIFY2_WITH_TIMEOUT(atPrompt(), diagnostics().constData(), 240000);
        // A serial line has no window size: tell the guest's tty the terminal's.
        typeLine(QStringLiteral("stty rows %1 cols %2; busybox clear")
                     .arg(m_term.rows())
                     .arg(m_term.columns()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_term.screenLines().value(0).trimmed() == kPrompt,
                                  diagnostics().constData(), 60000);
    }
    void cleanupTestCase()
    {
        m_serial.abort();
        m_qemu.kill();
        m_qemu.waitForFinished(5000);
    }

    void topDrawsItsHeaderAtTheTop()
    {
        typeLine(QStringLiteral("busybox top -d 1"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_term.screenLines().value(0).startsWith(QStringLiteral("Mem:")) &&
                m_term.screenLines().value(1).startsWith(QStringLiteral("CPU:")),
            diagnostics().constData(), 60000);
        // The process table's header (reverse video) and busybox top itself in the table.
        QTRY_VERIFY2_WITH_TIMEOUT(m_term.screenText().contains(QStringLiteral("PID")) &&
                                      m_term.screenText().contains(QStringLiteral("top -d 1")),
                                  diagnostics().constData(), 60000);
        const int header = int(
            m_term.screenLines().indexOf(QRegularExpression(QStringLiteral("^\\s*PID\\s+PPID.*"))));
        QVERIFY2(header >= 2 && header <= 4, diagnostics().constData());
        QVERIFY(m_term.cellAt(header, 2).reverse);
        // A whole frame for the picture: the table reaches the last row (the guest has ~50 tasks).
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_term.screenLines().value(m_term.rows() - 1).contains(QStringLiteral("root")),
            diagnostics().constData(), 60000);
        screenshot(QStringLiteral("vterm-busybox-top"));
        type(QStringLiteral("q"));
        QTRY_VERIFY2_WITH_TIMEOUT(atPrompt(), diagnostics().constData(), 60000);
    }

    void viDrawsTildesAndSavesWhatWasTyped()
    {
        typeLine(QStringLiteral("busybox clear; busybox vi /tmp/note.txt"));
        const auto tildes = [this] { return int(m_term.screenLines().count(QStringLiteral("~"))); };
        // Every row but the file's one line and the status line (give or take one).
        QTRY_VERIFY2_WITH_TIMEOUT(tildes() >= m_term.rows() - 3, diagnostics().constData(), 60000);
        type(QStringLiteral("ihello from the vterm"));
        QTest::keyClick(&m_term, Qt::Key_Escape);
        QTRY_VERIFY2_WITH_TIMEOUT(m_term.screenLines().value(0) ==
                                      QStringLiteral("hello from the vterm"),
                                  diagnostics().constData(), 60000);
        QVERIFY(tildes() >= m_term.rows() - 3);
        QVERIFY2(lastNonEmptyLine(m_term.screenLines()).contains(QStringLiteral("note.txt")),
                 diagnostics().constData());
        screenshot(QStringLiteral("vterm-busybox-vi"));
        typeLine(QStringLiteral(":wq"));
        QTRY_VERIFY2_WITH_TIMEOUT(atPrompt(), diagnostics().constData(), 60000);
        typeLine(QStringLiteral("busybox clear; cat /tmp/note.txt"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_term.screenLines().value(0) == QStringLiteral("hello from the vterm") && atPrompt(),
            diagnostics().constData(), 60000);
    }
};

QTEST_MAIN(TestVtermQemu)
#include "test_vterm_qemu.moc"
