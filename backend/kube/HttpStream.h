#pragma once
// An HTTP/1.1 response read as it streams in (RFC 9112): the status line, the header fields, then
// the body, framed by chunked transfer coding, a Content-Length, or the connection's end. No
// sockets: bytes in, the status, the fields and the body's bytes out, so it is tested (and
// fuzzed) alone. WatchReply feeds it from a TLS socket.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace drover::kube {

class HttpStream
{
public:
    enum class State { Head, Body, Done, Failed };

    // Reads what it can of data; the body's bytes are appended to *body. Returns false once the
    // response is not HTTP as RFC 9112 frames it (error() says where).
    bool feed(const char *data, qsizetype size, QByteArray *body);
    // The connection ended: a body framed by the connection's end is complete, any other
    // unfinished response is cut short (Failed).
    void end();

    State state() const { return m_state; }
    bool headComplete() const { return m_state != State::Head && m_status != 0; }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    const QList<QPair<QByteArray, QByteArray>> &fields() const { return m_fields; }
    QByteArray field(const QByteArray &name) const; // the first with that name, case-blind
    QString error() const { return m_error; }

private:
    enum class Framing { Chunked, Length, UntilClose };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    bool fail(const QString &why);
    bool readHead(const char *&p, const char *end);
    bool headLine(const QByteArray &line);
    bool startBody();
    bool readChunked(const char *&p, const char *end, QByteArray *body);
    bool chunkSizeLine(const QByteArray &line);

    State m_state = State::Head;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_fields;
    qsizetype m_headSize = 0; // the head's lines so far, bounded by kMaxHead
    QByteArray m_line;        // a line of the head, a chunk-size or a trailer line not yet whole
    Framing m_framing = Framing::UntilClose;
    Chunk m_chunk = Chunk::Size;
    qint64 m_left = 0; // bytes of the current chunk, or of a Content-Length body, still to come
    QString m_error;
};

} // namespace drover::kube
