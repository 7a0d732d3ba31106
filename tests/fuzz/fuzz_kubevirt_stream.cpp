// KubeVirt's console websocket as KubeVirtStream and WebSocketFdPump read it: what the API
// server answers to the upgrade (a refusal with its status, a 101 with its headers) and the
// websocket frames that follow (binary console bytes go to the socketpair the RFB client reads;
// text, close codes and reasons end the stream with a sentence). The server is a QTcpServer on
// 127.0.0.1 in this process that answers with the input:
//   byte 0: bit 0 serial console (else VNC), bit 1 raw (the rest is the whole HTTP answer),
//           bit 2 take over when the server says 503 to ?preserveSession=true;
//   else a 101 with the right Sec-WebSocket-Accept, the input's header lines up to its first
//   empty line (if it has one), then the input's remaining bytes as the frames.
#include "FuzzCommon.h"
#include "KubeVirtStream.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace drover;

namespace {

QByteArray answerFor(const QByteArray &request, bool raw, const QByteArray &body)
{
    if (raw)
        return body;
    QByteArray key;
    for (const QByteArray &line : request.split('\n'))
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    const QByteArray accept =
        QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
    QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: " + accept + "\r\n";
    const qsizetype end = body.indexOf("\r\n\r\n");
    if (end >= 0)
        answer += body.left(end + 2);
    answer += "\r\n";
    answer += end >= 0 ? body.mid(end + 4) : body;
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    static QTcpServer *server = [] {
        auto *s = new QTcpServer;
        s->listen(QHostAddress::LocalHost, 0);
        return s;
    }();
    if (size < 1)
        return 0;
    const bool serial = data[0] & 1, raw = data[0] & 2, takeOver = data[0] & 4;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    QEventLoop loop;
    QObject scope; // connections of this input only
    QObject::connect(server, &QTcpServer::newConnection, &scope, [&] {
        while (QTcpSocket *peer = server->nextPendingConnection()) {
            peer->setParent(&scope);
            auto request = std::make_shared<std::optional<QByteArray>>(QByteArray()); // nullopt: answered
            QObject::connect(peer, &QTcpSocket::readyRead, peer, [peer, request, raw, &body] {
                const QByteArray got = peer->readAll();
                if (!*request)
                    return; // what the client sends after the upgrade
                **request += got;
                if (!(*request)->contains("\r\n\r\n"))
                    return;
                peer->write(answerFor(**request, raw, body));
                request->reset();
                peer->disconnectFromHost(); // the answer, then the end of the connection
            });
        }
    });

    console::KubeVirtEndpoint endpoint;
    endpoint.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort()));
    endpoint.authorization = "Bearer fuzz";
    console::KubeVirtStream stream(endpoint);
    int clientFd = -1;
    std::unique_ptr<QSocketNotifier> clientRead;
    bool tookOver = false;
    QObject::connect(&stream, &console::KubeVirtStream::opened, &loop, [&] {
        if (serial) {
            stream.write("ls\r");
            return;
        }
        clientFd = stream.takeClientFd();
        if (clientFd < 0)
            return;
        ::fcntl(clientFd, F_SETFL, ::fcntl(clientFd, F_GETFL) | O_NONBLOCK);
        [[maybe_unused]] const auto n = ::write(clientFd, "RFB 003.008\n", 12); // the RFB client's answer
        clientRead = std::make_unique<QSocketNotifier>(clientFd, QSocketNotifier::Read);
        QObject::connect(clientRead.get(), &QSocketNotifier::activated, &loop, [&] {
            char buf[4096];
            if (::read(clientFd, buf, sizeof buf) == 0)
                clientRead->setEnabled(false); // the pump closed its end
        });
    });
    QObject::connect(&stream, &console::KubeVirtStream::received, &loop, [](const QByteArray &) {});
    QObject::connect(&stream, &console::KubeVirtStream::closed, &loop, &QEventLoop::quit);
    QObject::connect(&stream, &console::KubeVirtStream::sessionBusy, &loop, [&] {
        if (takeOver && !tookOver) {
            tookOver = true;
            stream.takeOver();
        } else {
            loop.quit();
        }
    });
    QTimer::singleShot(5000, &loop, [] { // the server closed: a stream that does not end is a finding
        fprintf(stderr, "the console stream did not end within 5 s of the server closing\n");
        abort();
    });
    stream.open(serial ? console::KubeVirtStream::Mode::Serial : console::KubeVirtStream::Mode::Vnc,
                QStringLiteral("prod"), QStringLiteral("web-01"));
    loop.exec();
    stream.close();
    clientRead.reset();
    if (clientFd >= 0)
        ::close(clientFd);
    fuzz::dropDeferredDeletes();
    return 0;
}
