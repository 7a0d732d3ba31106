// HttpStream: the response of a watch's own connection (WatchReply), as a server or anything in
// between could send it. The input is read whole and in pieces of a size its first byte picks
// (a TLS record or a TCP segment may end anywhere); both readings must agree on everything, or
// the target stops (a difference is a framing bug, not only a crash).
#include "FuzzCommon.h"
#include "HttpStream.h"

#include <cstdlib>

using namespace drover;

namespace {

struct Reading
{
    kube::HttpStream http;
    QByteArray body;
};

void readIn(Reading &r, const QByteArray &in, qsizetype piece)
{
    for (qsizetype at = 0; at < in.size(); at += piece)
        if (!r.http.feed(in.constData() + at, qMin(piece, in.size() - at), &r.body))
            break;
    r.http.end();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 17;
    const QByteArray in = fuzz::bytes(data + 1, size - 1);
    Reading whole, pieces;
    readIn(whole, in, qMax<qsizetype>(1, in.size()));
    readIn(pieces, in, piece);
    if (whole.http.state() != pieces.http.state() || whole.http.status() != pieces.http.status() || whole.body != pieces.body ||
        whole.http.fields() != pieces.http.fields())
        std::abort();
    return 0;
}
