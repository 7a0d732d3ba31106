// Keymap: Qt keys and native scan codes to XT scancodes (QEMU extended key events) and keysyms,
// and paste-as-keystrokes, row by row.
#include "Keymap.h"

#include <QTest>

using namespace drover::console::keymap;

class TestRfbKeymap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void native_data()
    {
        QTest::addColumn<quint32>("native");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<quint32>("xt");
        const int xkb = int(NativeScheme::XkbKeycode), win = int(NativeScheme::Windows);
        QTest::newRow("xkb a") << 38u << xkb << 0x1eu; // evdev 30
        QTest::newRow("xkb esc") << 9u << xkb << 0x01u;
        QTest::newRow("xkb right ctrl") << 105u << xkb << 0x9du; // evdev 97, E0 1D
        QTest::newRow("xkb delete") << 119u << xkb << 0xd3u;
        QTest::newRow("xkb left meta") << 133u << xkb << 0xdbu;
        QTest::newRow("xkb f12") << 96u << xkb << 0x58u;
        QTest::newRow("xkb 102nd key") << 94u << xkb << 0x56u; // the extra ISO key left of Z
        QTest::newRow("xkb unknown") << 0u << xkb << 0u;
        QTest::newRow("win a") << 0x1eu << win << 0x1eu;
        QTest::newRow("win right alt") << 0x138u << win << 0xb8u;
        QTest::newRow("win kp enter") << 0x11cu << win << 0x9cu;
        QTest::newRow("none") << 38u << int(NativeScheme::None) << 0u;
    }
    void native()
    {
        QFETCH(quint32, native);
        QFETCH(int, scheme);
        QFETCH(quint32, xt);
        QCOMPARE(xtScancodeFromNative(native, NativeScheme(scheme)), xt);
    }

    void qtKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("keysym");
        QTest::addColumn<quint32>("xt");
        QTest::newRow("a") << int(Qt::Key_A) << QStringLiteral("a") << 0x61u << 0x1eu;
        QTest::newRow("A shifted") << int(Qt::Key_A) << QStringLiteral("A") << 0x41u << 0x1eu;
        QTest::newRow("ctrl+a, no text") << int(Qt::Key_A) << QString() << 0x61u << 0x1eu;
        QTest::newRow("euro") << int(Qt::Key_E) << QStringLiteral("\u20ac") << 0x010020acu << 0x12u;
        QTest::newRow("return") << int(Qt::Key_Return) << QStringLiteral("\r") << 0xff0du << 0x1cu;
        QTest::newRow("f1") << int(Qt::Key_F1) << QString() << 0xffbeu << 0x3bu;
        QTest::newRow("f11") << int(Qt::Key_F11) << QString() << 0xffc8u << 0x57u;
        QTest::newRow("left") << int(Qt::Key_Left) << QString() << 0xff51u << 0xcbu;
        QTest::newRow("meta") << int(Qt::Key_Meta) << QString() << 0xffebu << 0xdbu;
        QTest::newRow("space") << int(Qt::Key_Space) << QStringLiteral(" ") << 0x20u << 0x39u;
    }
    void qtKey()
    {
        QFETCH(int, key);
        QFETCH(QString, text);
        QFETCH(quint32, keysym);
        QFETCH(quint32, xt);
        QCOMPARE(keysymForQtKey(key, text), keysym);
        QCOMPARE(xtScancodeForQtKey(key), xt);
    }

    void typing()
    {
        const QList<TypedKey> keys = keysForText(QStringLiteral("aZ!\r\n\u00e9\u4e2d"));
        QCOMPARE(keys.size(), 6); // CRLF is one Return
        QCOMPARE(keys[0].keysym, 0x61u);
        QVERIFY(!keys[0].shift);
        QCOMPARE(keys[1].keysym, 0x5au);
        QVERIFY(keys[1].shift);
        QCOMPARE(keys[2].keysym, 0x21u);
        QVERIFY(keys[2].shift);
        QCOMPARE(keys[2].scancode, 0x02u);
        QCOMPARE(keys[3].keysym, 0xff0du);
        QCOMPARE(keys[4].keysym, 0xe9u);
        QCOMPARE(keys[5].keysym, 0x01004e2du);
        QCOMPARE(keys[5].scancode, 0u);
    }
};

QTEST_GUILESS_MAIN(TestRfbKeymap)
#include "test_rfb_keymap.moc"
