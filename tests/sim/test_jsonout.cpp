// The simulator's JSON writer must produce exactly what QJsonDocument::toJson(Compact) does:
// the captured KubeVirt objects, escapes, non-ASCII text, and numbers at the edges.
#include "JsonOut.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using drover::sim::toCompactJson;

class TestJsonOut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedObjects()
    {
        const QDir dir(qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/core"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 5);
        for (const QString &f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            if (!doc.isObject())
                continue; // the deliberately unusable sample
            QCOMPARE(toCompactJson(doc.object()), doc.toJson(QJsonDocument::Compact));
        }
    }

    void edges_data()
    {
        QTest::addColumn<QJsonObject>("obj");
        QTest::newRow("escapes") << QJsonObject{{QStringLiteral("s"), QStringLiteral("quote \" back \\ nl \n tab \t cr \r bell \a nul")}};
        QTest::newRow("control") << QJsonObject{{QStringLiteral("c"), QString(QChar(0x1f)) + QChar(0x01)}};
        QTest::newRow("unicode") << QJsonObject{{QStringLiteral("ü"), QStringLiteral("Grüße — 東京 😀 end")}};
        QTest::newRow("numbers") << QJsonObject{{QStringLiteral("i"), 42},
                                                {QStringLiteral("neg"), -7},
                                                {QStringLiteral("big"), qint64(1) << 52},
                                                {QStringLiteral("f"), 0.1},
                                                {QStringLiteral("e"), 1.5e300},
                                                {QStringLiteral("z"), 0.0}};
        QTest::newRow("nesting") << QJsonObject{{QStringLiteral("a"), QJsonArray{1, QJsonObject{}, QJsonArray{}, QJsonValue(), true, false}},
                                                {QStringLiteral("o"), QJsonObject{{QStringLiteral("k"), QStringLiteral("")}}}};
        QTest::newRow("empty") << QJsonObject{};
    }
    void edges()
    {
        QFETCH(QJsonObject, obj);
        const QByteArray ours = toCompactJson(obj);
        QCOMPARE(ours, QJsonDocument(obj).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(ours).object(), obj); // and it reads back
    }
};

QTEST_MAIN(TestJsonOut)
#include "test_jsonout.moc"
