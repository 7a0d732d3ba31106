// HttpStream: an HTTP/1.1 response read as it streams in. Each response is fed whole and one byte
// at a time (a TLS record or a TCP segment may end anywhere), and both must read the same.
#include "HttpStream.h"

#include <QTest>

using namespace drover::kube;

namespace {

struct Read
{
    HttpStream http;
    QByteArray body;
    bool ok = true;
};

void feedWhole(Read &r, const QByteArray &text)
{
    r.ok = r.http.feed(text.constData(), text.size(), &r.body);
}

void feedBytes(Read &r, const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size() && r.ok; ++i)
        r.ok = r.http.feed(text.constData() + i, 1, &r.body);
}

} // namespace

class TestHttpStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsResponses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ended"); // the connection's end is part of the response
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chunked watch (Go's net/http)")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "11\r\n{\"type\":\"ADDED\"}\n\r\n"
                          "14\r\n{\"type\":\"MODIFIED\"}\n\r\n0\r\n\r\n")
            << false << 200 << QByteArray("application/json") << QByteArray("{\"type\":\"ADDED\"}\n{\"type\":\"MODIFIED\"}\n");
        QTest::newRow("chunk extensions, upper-case hex, a trailer, bare LFs")
            << QByteArray("HTTP/1.1 200 OK\ncontent-type: text/plain\ntransfer-encoding: gzip, Chunked\n\n"
                          "A;name=value\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n")
            << false << 200 << QByteArray("text/plain") << QByteArray("0123456789");
        QTest::newRow("an error Status with a Content-Length")
            << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 28\r\n\r\n"
                          "{\"kind\":\"Status\",\"code\":401}")
            << false << 401 << QByteArray("application/json") << QByteArray("{\"kind\":\"Status\",\"code\":401}");
        QTest::newRow("an interim 100 Continue, then the response; no reason phrase")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204\r\nX: y\r\n\r\n") << false << 204 << QByteArray()
            << QByteArray();
        QTest::newRow("a body framed by the connection's end")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\n{\"a\":2}\n") << true << 200
            << QByteArray("application/json") << QByteArray("{\"a\":1}\n{\"a\":2}\n");
    }
    void readsResponses()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ended);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        Read whole, bytes;
        feedWhole(whole, text);
        feedBytes(bytes, text);
        for (Read *r : {&whole, &bytes}) {
            QVERIFY2(r->ok, qPrintable(r->http.error()));
            if (ended) {
                QCOMPARE(r->http.state(), HttpStream::State::Body);
                r->http.end();
            }
            QCOMPARE(r->http.state(), HttpStream::State::Done);
            QCOMPARE(r->http.status(), status);
            QCOMPARE(r->http.field("Content-Type"), contentType);
            QCOMPARE(r->body, body);
        }
    }

    void headIsKnownBeforeTheBody()
    {
        Read r;
        feedWhole(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
        QVERIFY(r.ok);
        QVERIFY(r.http.headComplete());
        QCOMPARE(r.http.status(), 200);
        QCOMPARE(r.http.state(), HttpStream::State::Body);
        QCOMPARE(r.body, QByteArray("ab")); // a chunk's bytes as they come, not when it is whole
        r.http.end();                       // cut in the middle of a chunk
        QCOMPARE(r.http.state(), HttpStream::State::Failed);
        QVERIFY2(r.http.error().contains(QLatin1String("middle of the response")), qPrintable(r.http.error()));
    }

    void refusesWhatIsNotHttp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("TLS bytes on a plain connection")
            << QByteArray("\x15\x03\x01\x00\x02\x02\x46\r\n", 9) << QStringLiteral("not an HTTP/1.1 status line");
        QTest::newRow("HTTP/2's preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n")
                                          << QStringLiteral("not an HTTP/1.1 status line");
        QTest::newRow("a field without a colon")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << QStringLiteral("not an HTTP header field");
        QTest::newRow("a chunk size that is not hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                                      << QStringLiteral("not a chunk-size line");
        QTest::newRow("a chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << QStringLiteral("did not end where its size said");
        QTest::newRow("a negative Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << QStringLiteral("invalid Content-Length");
        QTest::newRow("an endless header line")
            << (QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70 * 1024, 'a')) << QStringLiteral("header line longer than");
        QTest::newRow("a header line too long, though it ends")
            << (QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70 * 1024, 'a') + "\r\n\r\n")
            << QStringLiteral("header line longer than");
        QTest::newRow("an endless chunk extension")
            << (QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=") + QByteArray(5000, 'y'))
            << QStringLiteral("chunked body longer than");
    }
    void refusesWhatIsNotHttp()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        Read whole, bytes;
        feedWhole(whole, text);
        feedBytes(bytes, text);
        for (Read *r : {&whole, &bytes}) {
            QVERIFY(!r->ok);
            QCOMPARE(r->http.state(), HttpStream::State::Failed);
            QVERIFY2(r->http.error().contains(says), qPrintable(r->http.error()));
        }
    }

    void endBeforeTheHeadIsAnError()
    {
        Read r;
        feedWhole(r, "HTTP/1.1 200 OK\r\nContent-Ty");
        QVERIFY(r.ok);
        QVERIFY(!r.http.headComplete());
        r.http.end();
        QCOMPARE(r.http.state(), HttpStream::State::Failed);
        QVERIFY2(r.http.error().contains(QLatin1String("before the response's header")), qPrintable(r.http.error()));
    }
};

QTEST_GUILESS_MAIN(TestHttpStream)
#include "test_httpstream.moc"
