#pragma once
// A watch stream's GET on a connection of its own, read on the thread that reads the events.
//
// Why not QNetworkAccessManager: its HTTP thread hands each block it reads to the reply's thread
// as a queued signal, and Qt's OpenSSL backend reads 4 KiB at a time, so a watch carried two
// posted events and two eventfd writes per 4 KiB (~145,000 per 100,000 VMI events in
// bench_ingest, the largest single cost of Qt's network thread). Here the socket lives on the
// informer's thread: a burst is decrypted and unframed in one go and read by the informer in the
// same turn.
//
// It is a QNetworkReply, so the informer and KubeClient::toResponse() read it as any other
// reply: the status and header fields as attributes, errors as QNetworkReply::NetworkError, TLS
// errors as the "droverTlsErrors" property KubeClient's replies carry. GET only, HTTP/1.1 only,
// no redirects followed, no proxy (as the manager is used here: Drover sets none).
#include "HttpStream.h"

#include <QNetworkReply>
#include <QPointer>

#include <deque>

class QSslSocket;

namespace drover::kube {

class WatchReply : public QNetworkReply
{
    Q_OBJECT
public:
    // Connects and sends the request at once; the request's URL, SSL configuration, peer
    // verify name and raw headers are used as QNetworkAccessManager would.
    explicit WatchReply(const QNetworkRequest &request, QObject *parent = nullptr);
    ~WatchReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    // How much decoded body is kept unread before the socket is left unread (TCP then slows the
    // server down). 0: no bound.
    void setReadBufferSize(qint64 size) override;
    // The memory that holds the decoded body, read or not (tests: a slow reader's burst stays
    // within the bound and a few blocks).
    qsizetype heldBytes() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void sendRequest();
    bool pull();         // decodes what the socket has, up to the body's bound; false: not HTTP
    void schedulePump(); // pump() in the next turn, once
    void pump();
    void onSocketError();
    void onDisconnected();
    void publishHead();
    void finishWith(NetworkError code, const QString &message);
    void finishOk();

    QPointer<QSslSocket> m_socket;
    HttpStream m_http;
    // The decoded body not yet read, one piece per read from the socket: a reader that takes part
    // of it (the informer reads 256 KiB a turn) frees what it read without moving the rest.
    std::deque<QByteArray> m_body;
    qsizetype m_frontRead = 0; // how much of the first piece was read
    qint64 m_unread = 0;       // bytes in m_body not read yet
    QByteArray m_spare;        // a read piece's block, for the next one
    qint64 m_bodyLimit = 0;
    bool m_headPublished = false;
    bool m_pumpQueued = false;
    bool m_done = false;
};

} // namespace drover::kube
