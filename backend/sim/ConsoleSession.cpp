#include "ConsoleSession.h"

#include "RfbServer.h"
#include "SerialConsole.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace drover::sim {

namespace {
constexpr qsizetype kCuts[] = {1, 3, 700, 5, 4096, 64, 65536, 17};
}

ConsoleSession::ConsoleSession(QWebSocket *ws, QObject *parent) : QObject(parent), m_ws(ws)
{
    ws->setParent(this);
    connect(ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &b) {
        if (m_input && !m_closing)
            m_input(b);
    });
    // KubeVirt's protocol is binary; a text message still carries input bytes.
    connect(ws, &QWebSocket::textMessageReceived, this, [this](const QString &s) {
        if (m_input && !m_closing)
            m_input(s.toUtf8());
    });
    connect(ws, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        if (m_proxy)
            m_proxy->abort();
        Q_EMIT finished();
        deleteLater();
    });
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::serveScreen(VncScreen *screen)
{
    auto *rfb = new RfbServer(screen, this);
    connect(rfb, &RfbServer::send, this, &ConsoleSession::queue);
    connect(rfb, &RfbServer::failed, this, [this](const QString &why) {
        closeWith(1002, QStringLiteral("RFB protocol error: %1").arg(why));
    });
    m_input = [rfb](const QByteArray &b) { rfb->receive(b); };
    rfb->start();
}

void ConsoleSession::serveSerial(const QString &vmName, const QString &os, const QString &osName)
{
    auto *serial = new SerialConsole(vmName, os, osName, this);
    connect(serial, &SerialConsole::send, this, &ConsoleSession::queue);
    m_input = [serial](const QByteArray &b) { serial->receive(b); };
    serial->start();
}

void ConsoleSession::proxyTo(const QString &host, quint16 port)
{
    m_proxy = new QTcpSocket(this);
    m_input = [this](const QByteArray &b) {
        if (m_proxy && m_proxy->state() == QAbstractSocket::ConnectedState)
            m_proxy->write(b);
        else
            m_proxyPending += b;
    };
    connect(m_proxy, &QTcpSocket::connected, this, [this] {
        m_proxy->write(std::exchange(m_proxyPending, {}));
    });
    connect(m_proxy, &QTcpSocket::readyRead, this, [this] { m_ws->sendBinaryMessage(m_proxy->readAll()); });
    connect(m_proxy, &QTcpSocket::errorOccurred, this, [this, host, port] {
        closeWith(1011, QStringLiteral("the VM's VNC server at %1:%2: %3").arg(host).arg(port).arg(m_proxy->errorString()));
    });
    m_proxy->connectToHost(host, port);
}

void ConsoleSession::evict(const QString &why)
{
    closeWith(1000, why);
}

void ConsoleSession::closeWith(int code, const QString &why)
{
    if (m_closing)
        return;
    flush();
    m_closing = true;
    m_ws->close(QWebSocketProtocol::CloseCode(code), why);
}

void ConsoleSession::queue(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_out += bytes;
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ConsoleSession::flush, Qt::QueuedConnection);
    }
}

void ConsoleSession::flush()
{
    m_flushQueued = false;
    qsizetype at = 0;
    while (at < m_out.size() && !m_closing) {
        const qsizetype n = qMin(kCuts[m_cut++ % std::size(kCuts)], m_out.size() - at);
        m_ws->sendBinaryMessage(m_out.mid(at, n));
        at += n;
    }
    m_out.clear();
}

} // namespace drover::sim
