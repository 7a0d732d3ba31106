// SPICE with a real guest agent: QEMU boots this machine's Debian kernel with its own root
// filesystem shared read-only over virtio-9p (tests/console/guest), and the guest runs Debian's
// spice-vdagentd and spice-vdagent on an X server, xclip, and modetest's moving hardware cursor
// on virtio-gpu. The guest reports on its serial line what its clipboard holds and what was
// typed on its keyboard. Proven through the console window (SPICE): the host's clipboard reaches the guest,
// the guest's copy reaches the host's clipboard, the guest's cursor shape becomes the window's
// cursor, and "Paste as keystrokes" types on the guest's keyboard.
#include "ConsoleView.h"
#include "ConsoleWindow.h"
#include "VncServers.h"

#include <QAction>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using drover::ui::ConsoleWindow;

namespace {

// The newest installed kernel whose modules are present (the guest loads them from our root).
QString guestKernel(QString *version)
{
    const QFileInfoList kernels = QDir(QStringLiteral("/boot")).entryInfoList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &k : kernels) {
        const QString v = k.fileName().mid(int(qstrlen("vmlinuz-")));
        if (k.isReadable() && QFile::exists(QStringLiteral("/lib/modules/%1/modules.dep").arg(v))) {
            *version = v;
            return k.filePath();
        }
    }
    return {};
}

bool visiblePixel(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(argb.pixel(x, y)) > 0)
                return true;
    return false;
}

} // namespace

class TestSpiceAgent : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_qemu;
    QByteArray m_serial;
    quint16 m_port = 0;

    // Waits on the clock (the guest runs under software emulation) for a line the guest said.
    QString waitGuest(const QString &prefix, int timeoutMs)
    {
        const QByteArray tag = "DROVER-GUEST: ";
        QDeadlineTimer deadline(timeoutMs);
        qsizetype from = 0;
        while (true) {
            m_serial += m_qemu.readAllStandardOutput();
            qsizetype at;
            while ((at = m_serial.indexOf(tag, from)) >= 0) {
                const qsizetype end = m_serial.indexOf('\n', at);
                if (end < 0)
                    break;
                const QString line = QString::fromUtf8(m_serial.mid(at + tag.size(), end - at - tag.size())).trimmed();
                from = end;
                if (line.startsWith(prefix))
                    return line;
            }
            if (deadline.hasExpired() || m_qemu.state() == QProcess::NotRunning)
                return {};
            QTest::qWait(50);
        }
    }
    QString guestTail() const { return QString::fromUtf8(m_serial.right(3000)); }
    // Every line the guest said so far that starts with prefix, in order.
    QStringList guestSaid(const QString &prefix)
    {
        m_serial += m_qemu.readAllStandardOutput();
        QStringList out;
        for (const QByteArray &raw : m_serial.split('\n')) {
            const qsizetype at = raw.indexOf("DROVER-GUEST: ");
            const QString line = at < 0 ? QString() : QString::fromUtf8(raw.mid(at + 14)).trimmed();
            if (at >= 0 && line.startsWith(prefix))
                out << line;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString version;
        const QString kernel = guestKernel(&version);
        QStringList missing;
        for (const char *tool : {"qemu-system-x86_64", "busybox", "spice-vdagentd", "spice-vdagent", "xclip", "Xvfb", "modetest"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")}).isEmpty())
                missing << QString::fromLatin1(tool);
        if (kernel.isEmpty())
            missing << QStringLiteral("a kernel in /boot with its modules (linux-image-amd64)");
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("scripts/setup.sh installs what this test needs; missing: ") + missing.join(QStringLiteral(", "))));
        QVERIFY(m_dir.isValid());

        const QString initrd = m_dir.filePath(QStringLiteral("initrd.gz"));
        const QString guest = QStringLiteral(DROVER_GUEST_DIR);
        QCOMPARE(QProcess::execute(QStringLiteral("sh"), {guest + QStringLiteral("/make-initramfs.sh"), initrd, version,
                                                         guest + QStringLiteral("/spice-agent-guest.sh")}), 0);
        m_port = drover::console::test::freeTcpPort();
        m_qemu.setProcessChannelMode(QProcess::SeparateChannels);
        m_qemu.setStandardErrorFile(m_dir.filePath(QStringLiteral("qemu.err")));
        // Software emulation: KVM is not usable on every CI machine (nested virtualisation).
        m_qemu.start(QStringLiteral("qemu-system-x86_64"),
                     {QStringLiteral("-accel"), QStringLiteral("tcg"), QStringLiteral("-m"), QStringLiteral("768"),
                      QStringLiteral("-nodefaults"), QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-no-reboot"),
                      QStringLiteral("-kernel"), kernel, QStringLiteral("-initrd"), initrd, QStringLiteral("-append"),
                      QStringLiteral("console=ttyS0 loglevel=3 panic=-1"), QStringLiteral("-virtfs"),
                      QStringLiteral("local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap"),
                      QStringLiteral("-device"), QStringLiteral("virtio-serial-pci"), QStringLiteral("-chardev"),
                      QStringLiteral("spicevmc,id=vdagent,name=vdagent"), QStringLiteral("-device"),
                      QStringLiteral("virtserialport,chardev=vdagent,name=com.redhat.spice.0"), QStringLiteral("-device"),
                      QStringLiteral("virtio-gpu-pci"), QStringLiteral("-spice"),
                      QStringLiteral("port=%1,addr=127.0.0.1,disable-ticketing=on").arg(m_port), QStringLiteral("-serial"),
                      QStringLiteral("stdio")});
        QVERIFY2(m_qemu.waitForStarted(5000), qPrintable(m_qemu.errorString()));
        const QString ready = waitGuest(QStringLiteral("ready"), 180000);
        QVERIFY2(!ready.isEmpty(), qPrintable(QStringLiteral("the guest did not come up:\n") + guestTail()));
        QVERIFY2(!ready.endsWith(QStringLiteral("connector=")), qPrintable(ready));
    }
    void cleanupTestCase()
    {
        m_qemu.kill();
        m_qemu.waitForFinished(5000);
    }

    void clipboardCursorAndTyping()
    {
        ConsoleWindow w(QStringLiteral("agent-guest"), nullptr, ConsoleWindow::Protocol::Spice);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.show();
        auto *hint = w.findChild<QLabel *>(QStringLiteral("clipboardHint"));
        QVERIFY(hint);
        QCOMPARE(hint->text(), QStringLiteral("No guest agent: Paste as keystrokes"));
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QString fromHost = QStringLiteral("Pasted from Drover — ünïcode\nline 2");
        clipboard->setText(fromHost); // before the agent is up: offered when it comes
        w.setTcpTarget(QStringLiteral("127.0.0.1"), m_port);
        w.connectNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.client()->clipboardAvailable(), 60000);
        QCOMPARE(hint->text(), QStringLiteral("Clipboard shared (guest agent)"));

        // Host → guest: the guest pastes (xclip -o) what the host copied.
        const QString pasted = waitGuest(QStringLiteral("clipboard=Pasted"), 30000);
        QVERIFY2(!pasted.isEmpty(), qPrintable(guestTail()));
        QCOMPARE(pasted, QStringLiteral("clipboard=Pasted from Drover — ünïcode|line 2"));
        // Guest → host: the guest then copies its own text; it lands on the host's clipboard.
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QStringLiteral("Copied in the guest"), 30000);

        // The guest's hardware cursor (modetest -C on virtio-gpu) is the window's cursor.
        QWidget *screen = w.view();
        QTRY_COMPARE_WITH_TIMEOUT(screen->cursor().shape(), Qt::BitmapCursor, 30000);
        QVERIFY(!screen->cursor().pixmap().isNull());
        QVERIFY(visiblePixel(screen->cursor().pixmap().toImage()));
        QVERIFY(!w.client()->framebuffer().isNull());
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/console-spice-agent.png")));

        // Paste as keystrokes: typed with a US layout on the guest's PS/2 keyboard; the guest's
        // terminal reads the line.
        clipboard->setText(QStringLiteral("Typed: Hello, World! 42 ~_\n"));
        w.findChild<QAction *>(QStringLiteral("pasteKeys"))->trigger();
        const QString typed = waitGuest(QStringLiteral("typed="), 60000);
        QVERIFY2(!typed.isEmpty(), qPrintable(guestTail()));
        QCOMPARE(typed, QStringLiteral("typed=Typed: Hello, World! 42 ~_"));
        QTRY_VERIFY(!w.client()->isTyping());
    }

    // The SPICE window has the VNC window's toolbar and screen: Send key, 1:1 and fit, full
    // screen, the keyboard grab with its release hint, and the status overlay.
    void toolbarAndScreenLikeVnc()
    {
        ConsoleWindow w(QStringLiteral("agent-guest"), nullptr, ConsoleWindow::Protocol::Spice);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.resize(700, 560);
        w.show();
        w.setTcpTarget(QStringLiteral("127.0.0.1"), m_port);
        w.connectNow();
        QVERIFY(w.overlayVisible());
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Connecting to 127.0.0.1:")), qPrintable(w.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!w.client()->framebuffer().isNull(), 30000);
        QTRY_VERIFY(!w.overlayVisible());
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Connected · 1024×768 · keys sent as scancodes")), qPrintable(w.statusText()));

        // Send key: Ctrl+Alt+F2 makes the guest's kernel switch to its second virtual terminal,
        // Ctrl+Alt+F1 back to the first.
        const QStringList before = guestSaid(QStringLiteral("vt="));
        QCOMPARE(before.value(before.size() - 1), QStringLiteral("vt=tty1"));
        auto *menu = w.findChild<QMenu *>(QStringLiteral("sendKeyMenu"));
        QVERIFY(menu);
        const auto send = [menu](const QString &text) {
            for (QAction *a : menu->actions()) {
                if (a->text() == text) {
                    a->trigger();
                    return true;
                }
            }
            return false;
        };
        const QStringList onTty2 = before + QStringList{QStringLiteral("vt=tty2")};
        const QStringList backOnTty1 = onTty2 + QStringList{QStringLiteral("vt=tty1")};
        QVERIFY(send(QStringLiteral("Ctrl+Alt+F2")));
        QTRY_COMPARE_WITH_TIMEOUT(guestSaid(QStringLiteral("vt=")), onTty2, 20000);
        QVERIFY(send(QStringLiteral("Ctrl+Alt+F1")));
        QTRY_COMPARE_WITH_TIMEOUT(guestSaid(QStringLiteral("vt=")), backOnTty1, 20000);
        QVERIFY(menu->actions().size() >= 15); // F1–F12, Print Screen, Windows key, Ctrl+Esc

        // Fit scales the 1024×768 screen down into the window; 1:1 shows it whole, with scroll bars.
        QVERIFY(w.fitAction()->isChecked());
        QTRY_VERIFY(w.view()->targetRect().width() < 1024);
        w.fitAction()->setChecked(false);
        QCOMPARE(w.view()->scaling(), drover::ui::ConsoleView::Scaling::OneToOne);
        QCOMPARE(w.view()->size(), QSize(1024, 768));
        QCOMPARE(w.view()->targetRect().size(), QSize(1024, 768));

        // A click grabs the keyboard and says how to let go; Ctrl+Alt lets go.
        QTest::mouseClick(w.view(), Qt::LeftButton, {}, QPoint(40, 40));
        QVERIFY(w.view()->keyboardGrabbed());
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Keyboard grabbed — press Ctrl+Alt to release"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("grabHint"))->isVisible());
        QTest::qWait(200);
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/console-spice-toolbar.png")));
        QTest::keyPress(w.view(), Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!w.view()->keyboardGrabbed());
        QVERIFY(w.statusBar()->currentMessage().isEmpty());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("grabHint"))->isVisible());
        w.fitAction()->setChecked(true);
        QCOMPARE(w.view()->scaling(), drover::ui::ConsoleView::Scaling::Fit);

        // Full screen and back.
        w.fullScreenAction()->setChecked(true);
        QTRY_VERIFY(w.isFullScreen());
        w.fullScreenAction()->setChecked(false);
        QTRY_VERIFY(!w.isFullScreen());
        QCOMPARE(w.client()->state(), drover::console::RemoteSession::State::Connected);
    }
};

QTEST_MAIN(TestSpiceAgent)
#include "test_spice_agent.moc"
