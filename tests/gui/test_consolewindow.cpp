// Consoles in the window against the real drover-sim over HTTPS: a Linux and a Windows guest's
// VNC console through KubeVirt's websocket with the cluster's credentials (frames arrive and
// change, keys reach the guest), taking over a console another admin holds, the serial console's
// boot log and login echo, and clear words when the console cannot be had.
#include "ConsoleView.h"
#include "ConsoleWindow.h"
#include "HostMap.h"
#include "MainWindow.h"
#include "SerialConsoleWindow.h"
#include "SimProcess.h"
#include "VtermWidget.h"
#include "WindowParts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace drover;

class TestConsoleWindow : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    void shot(QWidget *w, const QString &name)
    {
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(w->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
    }
    static bool connected(ui::ConsoleWindow *w)
    {
        return w && w->client() && w->client()->state() == console::RemoteSession::State::Connected && !w->client()->framebuffer().isNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1280, 800);
        m_win->show();
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
    }
    void cleanupTestCase() { m_win.reset(); }

    void linuxConsoleShowsTheScreenAndTakesKeys()
    {
        auto *w = qobject_cast<ui::ConsoleWindow *>(m_win->openConsole(QStringLiteral("prod/shop-web-01")));
        QVERIFY(w);
        QCOMPARE(m_win->openConsole(QStringLiteral("prod/shop-web-01")), static_cast<QWidget *>(w)); // one window per VM
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 15000);
        QVERIFY(!w->overlayVisible());
        QVERIFY(w->client()->framebuffer().width() >= 640);
        // The screen changes by itself (the guest's clock), and the view repaints.
        const QImage first = w->client()->framebuffer().copy();
        QTRY_VERIFY_WITH_TIMEOUT(w->client()->framebuffer() != first, 5000);
        QTRY_VERIFY(w->view()->paintedFrames() > 0);
        // Typed keys reach the guest: its screen echoes them.
        const QImage before = w->client()->framebuffer().copy();
        w->view()->grabInput();
        QVERIFY(w->view()->keyboardGrabbed());
        QTest::keyClicks(w->view(), QStringLiteral("uptime"));
        QTest::keyClick(w->view(), Qt::Key_Return);
        QTRY_VERIFY(w->client()->framebuffer() != before);
        w->view()->releaseInput();
        QVERIFY(!w->view()->keyboardGrabbed());
        QTest::qWait(300);
        shot(w, QStringLiteral("console-linux"));
    }

    void windowsConsoleGetsCtrlAltDel()
    {
        auto *w = qobject_cast<ui::ConsoleWindow *>(m_win->openConsole(QStringLiteral("ci/build-win-01")));
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 15000);
        const QImage before = w->client()->framebuffer().copy();
        w->ctrlAltDelAction()->trigger();
        QTRY_VERIFY(w->client()->framebuffer() != before);
        QTest::qWait(300);
        shot(w, QStringLiteral("console-windows"));
        w->fitAction()->setChecked(false); // 1:1
        QCOMPARE(w->view()->scaling(), ui::ConsoleView::Scaling::OneToOne);
        QCOMPARE(w->view()->size(), w->client()->framebuffer().size());
        w->fitAction()->setChecked(true);
    }

    void takingOverASessionClosesTheOther()
    {
        auto *first = qobject_cast<ui::ConsoleWindow *>(m_win->openConsole(QStringLiteral("prod/shop-web-01")));
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(connected(first), 15000);
        // Another admin (a second window here) opens the same console and takes it over.
        auto *second = new ui::ConsoleWindow(QStringLiteral("prod/shop-web-01 (other admin)"));
        second->setTakeOverAnswer(true);
        second->setKubeVirtTarget(console::KubeVirtEndpoint::fromClient(*m_win->connection()->client()), QStringLiteral("prod"),
                                  QStringLiteral("shop-web-01"));
        second->show();
        second->connectNow();
        QTRY_VERIFY_WITH_TIMEOUT(connected(second), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(first->overlayVisible(), 10000);
        QVERIFY2(first->statusText().startsWith(QStringLiteral("Disconnected: ")), qPrintable(first->statusText()));
        second->close();
        first->close();
    }

    void aVmThatIsNotRunningHasNoConsole()
    {
        auto *w = new ui::ConsoleWindow(QStringLiteral("ci/build-win-03"));
        w->setKubeVirtTarget(console::KubeVirtEndpoint::fromClient(*m_win->connection()->client()), QStringLiteral("ci"),
                             QStringLiteral("build-win-03"));
        w->show();
        w->connectNow();
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().startsWith(QStringLiteral("Cannot open the console: no such VM")), 15000);
        QVERIFY(w->overlayVisible());
        shot(w, QStringLiteral("console-not-running"));
        w->close();
    }

    void serialConsoleShowsTheBootLogAndEchoes()
    {
        auto *w = qobject_cast<ui::SerialConsoleWindow *>(m_win->openSerialConsole(QStringLiteral("prod/shop-web-01")));
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->terminal()->text().contains(QStringLiteral("login:")), 15000);
        QVERIFY(!w->terminal()->text().contains(QLatin1Char('\x1b'))); // no raw escape codes
        w->terminal()->setFocus();
        QTest::keyClicks(w->terminal(), QStringLiteral("root"));
        QTest::keyClick(w->terminal(), Qt::Key_Return);
        QTRY_VERIFY(w->terminal()->text().contains(QStringLiteral("login: root")));
        shot(w, QStringLiteral("console-serial"));
        w->close();
    }

    void thumbnailsShowRunningVmsOnScreenOnly()
    {
        m_win->raise();
        m_win->setThumbnailsShown(true);
        auto *proxy = parts::vmProxy(*m_win);
        const QString first = proxy->index(0, 0).data(models::KeyRole).toString();
        QString last; // the last running VM in the table's order: far below the fold
        for (int r = proxy->rowCount() - 1; r >= 0 && last.isEmpty(); --r) {
            const QString k = proxy->index(r, 0).data(models::KeyRole).toString();
            if (parts::vmModel(*m_win)->summaryOf(k)->vmiRunning)
                last = k;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!parts::thumbnails(*m_win)->thumbnail(first).isNull(), 10000);
        const QImage t = parts::thumbnails(*m_win)->thumbnail(first);
        QVERIFY(t.width() <= 128 && t.height() <= 96 && t.width() >= 64);
        QCOMPARE(parts::thumbnails(*m_win)->requestsFor(QStringLiteral("ci/build-win-03")), 0); // stopped: no screen
        QCOMPARE(parts::thumbnails(*m_win)->requestsFor(last), 0);                         // not on screen
        shot(m_win.get(), QStringLiteral("vm-thumbnails"));
        parts::vmTable(*m_win)->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(!parts::thumbnails(*m_win)->thumbnail(last).isNull(), 10000);
        m_win->setThumbnailsShown(false);
        QVERIFY(parts::thumbnails(*m_win)->thumbnail(first).isNull()); // cleared when turned off
    }

    void thumbnailsOnTheHostMapsTiles()
    {
        ui::HostMap *map = parts::hostMap(*m_win);
        auto *tabs = qobject_cast<QTabWidget *>(map->parentWidget()->parentWidget());
        QVERIFY(tabs);
        parts::vmTable(*m_win)->scrollToTop();
        tabs->setCurrentWidget(map);
        m_win->setThumbnailsShown(true);
        QVERIFY(map->visualRect(map->tileOf(QStringLiteral("nvme-a01"))).height() > 92); // tiles grew a strip of screens
        // The VMs rows visible in the table now, and those the tiles show.
        QSet<QString> inTable;
        for (int r = 0, last = parts::vmTable(*m_win)->rowAt(parts::vmTable(*m_win)->viewport()->height() - 1); r <= last; ++r)
            inTable << parts::vmProxy(*m_win)->index(r, 0).data(models::KeyRole).toString();
        const QStringList onTiles = map->visibleVmKeys();
        QVERIFY(onTiles.size() >= 3);
        QString mapOnly, neither; // shown only by a tile; shown nowhere (under a01's "+k", below the table's fold)
        for (const QString &k : onTiles)
            if (!inTable.contains(k) && mapOnly.isEmpty())
                mapOnly = k;
        const QModelIndex a01 = parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a01"));
        const int a01Vms = parts::hostModel(*m_win)->rowCount(a01);
        QVERIFY(a01Vms > ui::HostMap::kScreensPerTile); // so its last slot says "+k"
        for (int r = ui::HostMap::kScreensPerTile - 1; r < a01Vms && neither.isEmpty(); ++r) {
            const QString k = parts::hostModel(*m_win)->index(r, 0, a01).data(models::KeyRole).toString();
            QVERIFY(!onTiles.contains(k)); // the "+k" slot and beyond: no screen painted, none fetched
            if (!inTable.contains(k))
                neither = k;
        }
        QVERIFY2(!mapOnly.isEmpty() && !neither.isEmpty(), "the demo's layout changed: pick other VMs");
        QTRY_VERIFY_WITH_TIMEOUT(!parts::thumbnails(*m_win)->thumbnail(mapOnly).isNull(), 10000);
        QTest::qWait(1200); // another refresh round: still nothing for what no one shows
        QCOMPARE(parts::thumbnails(*m_win)->requestsFor(neither), 0);
        for (const QString &k : onTiles)
            QTRY_VERIFY_WITH_TIMEOUT(!parts::thumbnails(*m_win)->thumbnail(k).isNull(), 10000);
        QTest::qWait(100);

        // a01's first slot paints its first VM's screen: the same mean colour as the picture, and
        // an image (many colours), not the empty slot's flat fill.
        const QString firstOnA01 = parts::hostModel(*m_win)->index(0, 0, a01).data(models::KeyRole).toString();
        const QRect slot = map->screenRect(map->tileOf(QStringLiteral("nvme-a01")), 0).adjusted(2, 2, -2, -2);
        QVERIFY(!slot.isEmpty());
        const QImage painted = map->viewport()->grab().toImage().copy(slot);
        const QImage picture = parts::thumbnails(*m_win)->thumbnail(firstOnA01);
        const auto mean = [](const QImage &img) {
            const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
            double c[3] = {0, 0, 0};
            for (int y = 0; y < rgb.height(); ++y)
                for (int x = 0; x < rgb.width(); ++x) {
                    const QRgb px = rgb.pixel(x, y);
                    c[0] += qRed(px), c[1] += qGreen(px), c[2] += qBlue(px);
                }
            const double n = double(rgb.width()) * rgb.height();
            return QColor(int(c[0] / n), int(c[1] / n), int(c[2] / n));
        };
        const QColor a = mean(painted), b = mean(picture);
        QVERIFY2(qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40 && qAbs(a.blue() - b.blue()) < 40,
                 qPrintable(QStringLiteral("slot %1 vs picture %2").arg(a.name(), b.name())));
        QSet<QRgb> colours;
        for (int y = 0; y < painted.height(); ++y)
            for (int x = 0; x < painted.width(); ++x)
                colours << painted.pixel(x, y);
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
        shot(m_win.get(), QStringLiteral("host-map-thumbnails"));

        m_win->setThumbnailsShown(false);
        QCOMPARE(map->visualRect(map->tileOf(QStringLiteral("nvme-a01"))).height(), 92);
        QVERIFY(map->screenRect(map->tileOf(QStringLiteral("nvme-a01")), 0).isEmpty());
        QVERIFY(map->visibleVmKeys().isEmpty());
        tabs->setCurrentIndex(0);
    }

    void qemuGuestsOverSpiceAndVnc()
    {
        // A QEMU/libvirt guest outside KubeVirt: its SPICE and VNC servers, straight.
        if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")).isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        const auto freePort = [] {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost);
            return s.serverPort();
        };
        const quint16 spice = freePort();
        int display = 40;
        while (display < 90 && !QTcpServer().listen(QHostAddress::LocalHost, quint16(5900 + display)))
            ++display;
        QProcess qemu;
        qemu.start(QStringLiteral("qemu-system-x86_64"),
                   {QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-nodefaults"), QStringLiteral("-machine"),
                    QStringLiteral("accel=tcg"), QStringLiteral("-m"), QStringLiteral("64"), QStringLiteral("-vga"), QStringLiteral("qxl"),
                    QStringLiteral("-object"), QStringLiteral("secret,id=sp0,data=s3cret"),
                    QStringLiteral("-spice"), QStringLiteral("port=%1,addr=127.0.0.1,password-secret=sp0").arg(spice),
                    QStringLiteral("-vnc"), QStringLiteral("127.0.0.1:%1").arg(display)});
        QVERIFY(qemu.waitForStarted(5000));
        const auto listening = [](quint16 port) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return probe.waitForConnected(200);
        };
        QElapsedTimer waited;
        waited.start();
        bool up = false;
        while (!(up = listening(spice) && listening(quint16(5900 + display))) && waited.elapsed() < 15000)
            QTest::qWait(100);
        QVERIFY2(up, qPrintable(QString::fromLocal8Bit(qemu.readAllStandardError())));
        // The SPICE server wants a password: a wrong one is said, and not tried again.
        auto *wrong = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("SPICE"), QStringLiteral("127.0.0.1"), spice, QStringLiteral("guess")));
        QVERIFY(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(wrong->statusText().startsWith(QStringLiteral("Cannot open the console: Authentication failed: "
                                                                               "wrong SPICE password")),
                                 30000);
        QVERIFY(wrong->overlayVisible());
        QTest::qWait(1500); // a retry would have started by now
        QCOMPARE(wrong->client()->state(), console::RemoteSession::State::Disconnected);
        QVERIFY(wrong->statusText().startsWith(QStringLiteral("Cannot open the console")));
        wrong->close();
        // The right one: the first attempt goes without (the server then says it wants one), the
        // window answers with the password it was given, and the session opens again.
        auto *sw = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("SPICE"), QStringLiteral("127.0.0.1"), spice, QStringLiteral("s3cret")));
        QVERIFY(sw);
        QTRY_VERIFY2_WITH_TIMEOUT(!sw->client()->framebuffer().isNull(), qPrintable(sw->statusText()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(sw->statusText().startsWith(QStringLiteral("Connected · ")), 10000);
        QTest::keyClick(sw->view(), Qt::Key_Escape);
        QTest::qWait(1500); // SeaBIOS has drawn by now
        shot(sw, QStringLiteral("console-spice"));
        auto *vw = qobject_cast<ui::ConsoleWindow *>(m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), quint16(5900 + display)));
        QVERIFY(vw);
        QTRY_VERIFY_WITH_TIMEOUT(connected(vw), 30000);
        QVERIFY(vw->client()->keysAsScancodes()); // QEMU takes scancodes
        sw->close();
        vw->close();
        qemu.kill();
        qemu.waitForFinished(3000);
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "test_consolewindow.moc"
