// The serial console's terminal (ui/console/VtermWidget) fed byte sequences offscreen: what a
// full-screen program relies on — cursor addressing, scroll regions, the alternate screen, DEC
// line drawing, colours — lands in the grid; the scrollback keeps what scrolled off; keys and
// pastes become the bytes a terminal sends (bracketed when the guest asked).
#include "VtermWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using drover::ui::VtermWidget;

namespace {

QString row(const VtermWidget &t, int r)
{
    return t.screenLines().value(r);
}

// A key as the platform delivers it: with the text it would carry (X11 gives "\x03" for Ctrl+C).
void press(VtermWidget &t, int key, Qt::KeyboardModifiers mods, const QString &text)
{
    QKeyEvent e(QEvent::KeyPress, key, mods, text);
    QApplication::sendEvent(&t, &e);
}

QByteArray typedBy(VtermWidget &t, int key, Qt::KeyboardModifiers mods, const QString &text)
{
    QSignalSpy spy(&t, &VtermWidget::typed);
    press(t, key, mods, text);
    QByteArray all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).toByteArray();
    return all;
}

} // namespace

class TestVterm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cursorAddressing()
    {
        VtermWidget t;
        QCOMPARE(t.columns(), 80);
        QCOMPARE(t.rows(), 24);
        t.feed("junk\x1b[2J\x1b[3;5Hhello\x1b[1;1HX\x1b[10;70Hedge");
        QCOMPARE(row(t, 0), QStringLiteral("X"));
        QCOMPARE(row(t, 2), QStringLiteral("    hello"));
        QCOMPARE(row(t, 9), QString(69, QLatin1Char(' ')) + QStringLiteral("edge"));
        QCOMPARE(t.cursorPosition(), QPoint(73, 9));
        t.feed("\x1b[2;3H\x1b[K+\x1b[3;7H\x1b[1P"); // erase in line; delete a character
        QCOMPARE(row(t, 1), QStringLiteral("  +"));
        QCOMPARE(row(t, 2), QStringLiteral("    helo"));
    }

    void scrollRegion()
    {
        VtermWidget t;
        for (int r = 1; r <= 24; ++r)
            t.feed(QStringLiteral("\x1b[%1;1HL%1").arg(r).toUtf8());
        // Rows 5-10 scroll; the rest stays, and nothing reaches the scrollback.
        t.feed("\x1b[5;10r\x1b[10;1H\n\nnew");
        QCOMPARE(row(t, 3), QStringLiteral("L4"));
        QCOMPARE(row(t, 4), QStringLiteral("L7"));
        QCOMPARE(row(t, 7), QStringLiteral("L10"));
        QCOMPARE(row(t, 8), QString());
        QCOMPARE(row(t, 9), QStringLiteral("new"));
        QCOMPARE(row(t, 10), QStringLiteral("L11"));
        QCOMPARE(t.scrollbackCount(), 0);
        // Reverse index at the top margin scrolls the region down.
        t.feed("\x1b[5;1H\x1bM");
        QCOMPARE(row(t, 4), QString());
        QCOMPARE(row(t, 5), QStringLiteral("L7"));
        QCOMPARE(row(t, 3), QStringLiteral("L4"));
    }

    void alternateScreenRestoresTheMainOne()
    {
        VtermWidget t;
        t.feed("$ prompt\r\nmain text\r\n$ ");
        t.feed("\x1b[?1049h\x1b[H\x1b[2Jfull screen app");
        QVERIFY(t.alternateScreen());
        QCOMPARE(row(t, 0), QStringLiteral("full screen app"));
        QCOMPARE(row(t, 1), QString());
        for (int i = 0; i < 60; ++i) // lines scrolled off the alternate screen are not kept
            t.feed("scrolling\r\n");
        QCOMPARE(t.scrollbackCount(), 0);
        t.feed("\x1b[?1049l");
        QVERIFY(!t.alternateScreen());
        QCOMPARE(row(t, 0), QStringLiteral("$ prompt"));
        QCOMPARE(row(t, 1), QStringLiteral("main text"));
        QCOMPARE(t.cursorPosition(), QPoint(2, 2));
    }

    void lineDrawing()
    {
        VtermWidget t;
        t.feed("\x1b(0lqqk\r\nx  x\r\nmqqj\x1b(B q");
        QCOMPARE(row(t, 0), QStringLiteral("┌──┐"));
        QCOMPARE(row(t, 1), QStringLiteral("│  │"));
        QCOMPARE(row(t, 2), QStringLiteral("└──┘ q"));
        QCOMPARE(t.cellAt(0, 1).text, QStringLiteral("─"));
    }

    void coloursAndAttributes()
    {
        VtermWidget t;
        const QPalette pal = t.palette();
        t.feed("d\x1b[38;5;196mR\x1b[48;5;21mB\x1b[0m\x1b[38;2;12;34;56;48;2;200;100;50mT\x1b[0m");
        t.feed("\x1b[1;3;4;7mS\x1b[0m\x1b[31mr\x1b[0m");
        QCOMPARE(t.cellAt(0, 0).foreground, pal.color(QPalette::Text));
        QCOMPARE(t.cellAt(0, 0).background, pal.color(QPalette::Base));
        QCOMPARE(t.cellAt(0, 1).foreground, QColor(255, 0, 0)); // xterm 256-colour cube
        QCOMPARE(t.cellAt(0, 2).background, QColor(0, 0, 255));
        QCOMPARE(t.cellAt(0, 3).foreground, QColor(12, 34, 56));
        QCOMPARE(t.cellAt(0, 3).background, QColor(200, 100, 50));
        const VtermWidget::CellInfo s = t.cellAt(0, 4);
        QVERIFY(s.bold && s.italic && s.underline && s.reverse);
        QCOMPARE(s.foreground, pal.color(QPalette::Base)); // reverse video of the defaults
        QCOMPARE(s.background, pal.color(QPalette::Text));
        const QColor red = t.cellAt(0, 5).foreground;
        QVERIFY2(red.red() > 150 && red.green() < 60 && red.blue() < 60, qPrintable(red.name()));

        // What is drawn: the cell with the 256-colour background is blue in the picture.
        t.resize(t.sizeForGrid(80, 24));
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        const QImage shot = t.viewport()->grab().toImage();
        const QPoint mid(2 * t.cellSize().width() + t.cellSize().width() / 2,
                         t.cellSize().height() - 2);
        QCOMPARE(QColor(shot.pixel(mid)), QColor(0, 0, 255));
    }

    void resizeChangesTheGrid()
    {
        VtermWidget t;
        QSignalSpy spy(&t, &VtermWidget::gridResized);
        t.feed("top-left\x1b[24;1Hbottom");
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.resize(t.sizeForGrid(100, 30));
        QTRY_COMPARE(t.columns(), 100);
        QTRY_COMPARE(t.rows(), 30);
        QCOMPARE(spy.constLast().at(0).toInt(), 100);
        QCOMPARE(spy.constLast().at(1).toInt(), 30);
        QCOMPARE(row(t, 0), QStringLiteral("top-left"));
        t.feed("\x1b[30;95Hend");
        QCOMPARE(row(t, 29), QString(94, QLatin1Char(' ')) + QStringLiteral("end"));
        // Smaller: the bottom rows stay in view, the top ones go to the scrollback.
        t.resize(t.sizeForGrid(40, 10));
        QTRY_COMPARE(t.rows(), 10);
        QTRY_COMPARE(t.columns(), 40);
        QCOMPARE(spy.constLast().at(0).toInt(), 40);
        QCOMPARE(t.screenLines().size(), 10);
    }

    void scrollbackKeepsWhatScrolledOff()
    {
        VtermWidget t;
        for (int i = 1; i <= 100; ++i)
            t.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
        QCOMPARE(t.scrollbackCount(), 100 + 1 - 24); // the cursor's empty row is the 24th
        QCOMPARE(t.scrollbackLine(0), QStringLiteral("line 1"));
        QCOMPARE(row(t, 0), QStringLiteral("line 78"));
        QCOMPARE(t.verticalScrollBar()->maximum(), 77);
        QCOMPARE(t.verticalScrollBar()->value(), 77);
        QVERIFY(t.text().startsWith(QStringLiteral("line 1\nline 2\n")));
        QVERIFY(t.text().endsWith(QStringLiteral("line 100")));
        t.setScrollbackLimit(10);
        QCOMPARE(t.scrollbackCount(), 10);
        QCOMPARE(t.scrollbackLine(0), QStringLiteral("line 68"));
        t.feed("more\r\n");
        QCOMPARE(t.scrollbackCount(), 10);
        QCOMPARE(t.scrollbackLine(9), QStringLiteral("line 78"));
        t.clear();
        QCOMPARE(t.scrollbackCount(), 0);
        QCOMPARE(t.screenText().trimmed(), QString());
    }

    void keysBecomeBytes_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("mods");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        const int none = Qt::NoModifier, ctrl = Qt::ControlModifier, alt = Qt::AltModifier;
        // One case a line reads better than the table wrapped at 100 columns.
        // clang-format off
        QTest::newRow("letter") << QByteArray() << int(Qt::Key_A) << none << QStringLiteral("a") << QByteArray("a");
        QTest::newRow("utf-8") << QByteArray() << int(Qt::Key_Eacute) << none << QStringLiteral("é") << QByteArray("\xc3\xa9");
        QTest::newRow("enter") << QByteArray() << int(Qt::Key_Return) << none << QStringLiteral("\r") << QByteArray("\r");
        QTest::newRow("tab") << QByteArray() << int(Qt::Key_Tab) << none << QStringLiteral("\t") << QByteArray("\t");
        QTest::newRow("backspace") << QByteArray() << int(Qt::Key_Backspace) << none << QStringLiteral("\x08") << QByteArray("\x7f");
        QTest::newRow("escape") << QByteArray() << int(Qt::Key_Escape) << none << QStringLiteral("\x1b") << QByteArray("\x1b");
        QTest::newRow("up") << QByteArray() << int(Qt::Key_Up) << none << QString() << QByteArray("\x1b[A");
        QTest::newRow("left") << QByteArray() << int(Qt::Key_Left) << none << QString() << QByteArray("\x1b[D");
        QTest::newRow("up, application cursor keys") << QByteArray("\x1b[?1h") << int(Qt::Key_Up) << none << QString() << QByteArray("\x1bOA");
        QTest::newRow("ctrl+right") << QByteArray() << int(Qt::Key_Right) << ctrl << QString() << QByteArray("\x1b[1;5C");
        QTest::newRow("home") << QByteArray() << int(Qt::Key_Home) << none << QString() << QByteArray("\x1b[H");
        QTest::newRow("end") << QByteArray() << int(Qt::Key_End) << none << QString() << QByteArray("\x1b[F");
        QTest::newRow("page up") << QByteArray() << int(Qt::Key_PageUp) << none << QString() << QByteArray("\x1b[5~");
        QTest::newRow("page down") << QByteArray() << int(Qt::Key_PageDown) << none << QString() << QByteArray("\x1b[6~");
        QTest::newRow("delete") << QByteArray() << int(Qt::Key_Delete) << none << QString() << QByteArray("\x1b[3~");
        QTest::newRow("f1") << QByteArray() << int(Qt::Key_F1) << none << QString() << QByteArray("\x1bOP");
        QTest::newRow("f5") << QByteArray() << int(Qt::Key_F5) << none << QString() << QByteArray("\x1b[15~");
        QTest::newRow("f12") << QByteArray() << int(Qt::Key_F12) << none << QString() << QByteArray("\x1b[24~");
        QTest::newRow("ctrl+c (x11 text)") << QByteArray() << int(Qt::Key_C) << ctrl << QStringLiteral("\x03") << QByteArray("\x03");
        QTest::newRow("ctrl+d (letter text)") << QByteArray() << int(Qt::Key_D) << ctrl << QStringLiteral("d") << QByteArray("\x04");
        QTest::newRow("ctrl+[") << QByteArray() << int(Qt::Key_BracketLeft) << ctrl << QStringLiteral("\x1b") << QByteArray("\x1b");
        QTest::newRow("alt+x") << QByteArray() << int(Qt::Key_X) << alt << QStringLiteral("x") << QByteArray("\x1bx");
        QTest::newRow("ctrl+shift+c copies") << QByteArray() << int(Qt::Key_C) << int(Qt::ControlModifier | Qt::ShiftModifier)
                                             << QStringLiteral("\x03") << QByteArray();
        QTest::newRow("shift alone") << QByteArray() << int(Qt::Key_Shift) << int(Qt::ShiftModifier) << QString() << QByteArray();
        // clang-format on
    }
    void keysBecomeBytes()
    {
        QFETCH(QByteArray, setup);
        QFETCH(int, key);
        QFETCH(int, mods);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        VtermWidget t;
        t.feed(setup);
        QCOMPARE(typedBy(t, key, Qt::KeyboardModifiers(mods), text), bytes);
    }

    void pasteIsBracketedWhenAsked()
    {
        VtermWidget t;
        QSignalSpy spy(&t, &VtermWidget::typed);
        t.pasteText(QStringLiteral("echo a\nb"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toByteArray(), QByteArray("echo a\rb"));
        t.feed("\x1b[?2004h");
        t.pasteText(QStringLiteral("ls\n"));
        QCOMPARE(spy.takeFirst().at(0).toByteArray(), QByteArray("\x1b[200~ls\r\x1b[201~"));
        // A paste cannot close the brackets itself.
        t.pasteText(QStringLiteral("x\x1b[201~y"));
        QCOMPARE(spy.takeFirst().at(0).toByteArray(), QByteArray("\x1b[200~x[201~y\x1b[201~"));
        QApplication::clipboard()->setText(QStringLiteral("from the clipboard"));
        press(t, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier, QStringLiteral("\x16"));
        QCOMPARE(spy.takeFirst().at(0).toByteArray(),
                 QByteArray("\x1b[200~from the clipboard\x1b[201~"));
        t.feed("\x1b[?2004l");
        t.pasteText(QStringLiteral("plain"));
        QCOMPARE(spy.takeFirst().at(0).toByteArray(), QByteArray("plain"));
    }

    void selectionAndCopy()
    {
        VtermWidget t;
        t.resize(t.sizeForGrid(80, 24));
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.feed("hello world\r\nsecond line");
        const int w = t.cellSize().width(), h = t.cellSize().height();
        QTest::mousePress(t.viewport(), Qt::LeftButton, {}, QPoint(1, h / 2));
        QTest::mouseMove(t.viewport(), QPoint(5 * w + 1, h + h / 2));
        QTest::mouseRelease(t.viewport(), Qt::LeftButton, {}, QPoint(5 * w + 1, h + h / 2));
        QCOMPARE(t.selectedText(), QStringLiteral("hello world\nsecon"));
        press(t, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier, QStringLiteral("\x03"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("hello world\nsecon"));
        // The selection stays on its text while it scrolls into the scrollback.
        for (int i = 0; i < 30; ++i)
            t.feed("\r\nfiller");
        QCOMPARE(t.selectedText(), QStringLiteral("hello world\nsecon"));
        t.verticalScrollBar()->setValue(0); // back to the top of the scrollback
        QTest::mouseDClick(t.viewport(), Qt::LeftButton, {}, QPoint(7 * w + 1, h / 2));
        QCOMPARE(t.selectedText(), QStringLiteral("world"));
    }

    void answersQueriesAndSurvivesSplitInput()
    {
        VtermWidget t;
        QSignalSpy spy(&t, &VtermWidget::typed);
        t.feed("ab\x1b[6n");
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("\x1b[1;3R")); // cursor position report
        VtermWidget u;
        u.feed("[  OK  ] Started \x1b[0;1;39mJournal\x1b[0m.\r\n");
        u.feed("progress 10%\rprogress 99%\x1b[K\r\n");
        u.feed("caf\xc3"); // UTF-8 split across two chunks
        u.feed("\xa9 \x1b]0;title\x07ok\x08K\x1b[");
        u.feed("1mB"); // an escape sequence split too
        QCOMPARE(
            u.screenLines().mid(0, 4),
            QStringList({QStringLiteral("[  OK  ] Started Journal."),
                         QStringLiteral("progress 99%"), QStringLiteral("café oKB"), QString()}));
        QVERIFY(u.cellAt(2, 7).bold);
    }
};

QTEST_MAIN(TestVterm)
#include "test_vterm.moc"
