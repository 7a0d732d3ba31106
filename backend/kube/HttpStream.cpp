#include "HttpStream.h"

#include "KubeTr.h"

#include <cctype>
#include <cstring>
#include <utility>

namespace drover::kube {

namespace {

// Bounds on what a server can make us keep before a line ends (Go's net/http reads at most
// 1 MiB of header; a chunk-size line is a few hex digits and an extension at most).
constexpr qsizetype kMaxHeadLine = 64 * 1024;
constexpr qsizetype kMaxHead = 1024 * 1024;
constexpr qsizetype kMaxChunkLine = 4096;

enum class Line { Partial, Whole, TooLong };

// Appends data up to and including the next LF to *line. Whole: the line is complete (its CR LF
// or LF then removed); TooLong: it has more than max bytes before its LF, whether or not the LF
// came yet, so a line refused in pieces is refused whole too.
Line takeLine(const char *&p, const char *end, QByteArray *line, qsizetype max)
{
    const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
    const char *stop = nl ? nl + 1 : end;
    line->append(p, stop - p);
    p = stop;
    if (line->size() - (nl ? 1 : 0) > max)
        return Line::TooLong;
    if (!nl)
        return Line::Partial;
    line->chop(line->endsWith("\r\n") ? 2 : 1);
    return Line::Whole;
}

} // namespace

bool HttpStream::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    return false;
}

QByteArray HttpStream::field(const QByteArray &name) const
{
    for (const auto &[n, v] : m_fields)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool HttpStream::feed(const char *data, qsizetype size, QByteArray *body)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        switch (m_state) {
        case State::Head:
            if (!readHead(p, end))
                return m_state != State::Failed;
            break;
        case State::Body:
            if (m_framing == Framing::Chunked) {
                if (!readChunked(p, end, body))
                    return m_state != State::Failed;
            } else {
                const qint64 n = m_framing == Framing::Length ? qMin<qint64>(m_left, end - p) : end - p;
                body->append(p, qsizetype(n));
                p += n;
                if (m_framing == Framing::Length && (m_left -= n) == 0)
                    m_state = State::Done;
            }
            break;
        case State::Done: return true; // what follows a complete response is not ours to read
        case State::Failed: return false;
        }
    }
    return m_state != State::Failed;
}

void HttpStream::end()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    else if (m_state == State::Head || m_state == State::Body)
        fail(m_state == State::Head ? Tr::tr("the connection ended before the response's header did")
                                    : Tr::tr("the connection ended in the middle of the response"));
}

bool HttpStream::readHead(const char *&p, const char *end)
{
    while (p < end) {
        const Line got = takeLine(p, end, &m_line, kMaxHeadLine);
        if (got == Line::TooLong)
            return fail(Tr::tr("a header line longer than %1 bytes").arg(kMaxHeadLine));
        if (got == Line::Partial)
            return false;
        const QByteArray line = std::exchange(m_line, {});
        if (!line.isEmpty()) {
            if (!headLine(line))
                return false;
            continue;
        }
        if (m_status == 0)
            continue; // RFC 9112 2.2: an empty line before the status line is ignored
        if (m_status >= 100 && m_status < 200 && m_status != 101) {
            m_status = 0; // an interim response (100 Continue): the final one follows
            m_fields.clear();
            m_headSize = 0;
            continue;
        }
        return startBody();
    }
    return false;
}

bool HttpStream::headLine(const QByteArray &line)
{
    m_headSize += line.size();
    if (m_headSize > kMaxHead)
        return fail(Tr::tr("a response header longer than %1 bytes").arg(kMaxHead));
    if (m_status == 0) {
        // HTTP-version SP status-code SP [reason-phrase]
        const bool ok = line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(8) == ' ' &&
                        std::isdigit(static_cast<unsigned char>(line.at(9))) &&
                        std::isdigit(static_cast<unsigned char>(line.at(10))) &&
                        std::isdigit(static_cast<unsigned char>(line.at(11))) && (line.size() == 12 || line.at(12) == ' ');
        if (!ok)
            return fail(Tr::tr("not an HTTP/1.1 status line: %1").arg(QString::fromLatin1(line.left(80))));
        m_status = line.mid(9, 3).toInt();
        m_reason = line.mid(13);
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t' || line.left(colon).contains(' '))
        return fail(Tr::tr("not an HTTP header field: %1").arg(QString::fromLatin1(line.left(80))));
    m_fields.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpStream::startBody()
{
    m_state = State::Body;
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    // RFC 9112 6.3: Transfer-Encoding first; chunked must be its last coding, or the body runs
    // to the connection's end.
    const QByteArray te = field("Transfer-Encoding").toLower();
    if (!te.isEmpty()) {
        const QByteArray last = te.mid(te.lastIndexOf(',') + 1).trimmed();
        m_framing = last == "chunked" ? Framing::Chunked : Framing::UntilClose;
        return true;
    }
    const QByteArray cl = field("Content-Length");
    if (!cl.isEmpty()) {
        bool ok = false;
        m_left = cl.toLongLong(&ok);
        if (!ok || m_left < 0)
            return fail(Tr::tr("an invalid Content-Length: %1").arg(QString::fromLatin1(cl.left(40))));
        m_framing = Framing::Length;
        if (m_left == 0)
            m_state = State::Done;
        return true;
    }
    m_framing = Framing::UntilClose;
    return true;
}

bool HttpStream::readChunked(const char *&p, const char *end, QByteArray *body)
{
    while (p < end && m_state == State::Body) {
        switch (m_chunk) {
        case Chunk::Data: {
            const qint64 n = qMin<qint64>(m_left, end - p);
            body->append(p, qsizetype(n));
            p += n;
            if ((m_left -= n) == 0)
                m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::Size:
        case Chunk::DataEnd:
        case Chunk::Trailer:
            const qsizetype max = m_chunk == Chunk::Trailer ? kMaxHeadLine : kMaxChunkLine;
            const Line got = takeLine(p, end, &m_line, max);
            if (got == Line::TooLong)
                return fail(Tr::tr("a line of the chunked body longer than %1 bytes").arg(max));
            if (got == Line::Partial)
                return true;
            const QByteArray line = std::exchange(m_line, {});
            if (m_chunk == Chunk::DataEnd) {
                if (!line.isEmpty())
                    return fail(Tr::tr("a chunk's data did not end where its size said"));
                m_chunk = Chunk::Size;
            } else if (m_chunk == Chunk::Trailer) {
                if (line.isEmpty())
                    m_state = State::Done; // trailer fields are read past, not kept
            } else if (!chunkSizeLine(line)) {
                return false;
            }
            break;
        }
    }
    return m_state != State::Failed;
}

bool HttpStream::chunkSizeLine(const QByteArray &line)
{
    // chunk-size [ chunk-ext ]: hex digits, then ';' extensions (ignored)
    qsizetype digits = 0;
    while (digits < line.size() && std::isxdigit(static_cast<unsigned char>(line.at(digits))))
        ++digits;
    const QByteArray rest = line.mid(digits).trimmed();
    if (digits == 0 || digits > 15 || (!rest.isEmpty() && !rest.startsWith(';')))
        return fail(Tr::tr("not a chunk-size line: %1").arg(QString::fromLatin1(line.left(40))));
    m_left = line.left(digits).toLongLong(nullptr, 16);
    m_chunk = m_left == 0 ? Chunk::Trailer : Chunk::Data;
    return true;
}

} // namespace drover::kube
