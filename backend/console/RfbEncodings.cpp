// SetPixelFormat + SetEncodings, written by us instead of libvncclient's SetFormatAndEncodings:
// 0.9.14 always announces ExtendedDesktopSize but ignores QEMU's reply to it (screen id 0 counts
// as invalid there), so a QEMU guest switching video mode sent rectangles for a desktop size the
// client never learned. Without ExtendedDesktopSize, servers fall back to plain DesktopSize,
// which libvncclient handles.
#include "RfbWorker.h"

#include <rfb/rfbclient.h>

#include <QStringList>
#include <QtEndian>

namespace drover::console::detail {

namespace {

void put32(QByteArray &b, quint32 v)
{
    char d[4];
    qToBigEndian(v, d);
    b.append(d, 4);
}

} // namespace

bool sendPixelFormatAndEncodings(rfbClient *cl, const RfbClient::Options &o)
{
    QByteArray pf(4, 0);
    pf[0] = char(rfbSetPixelFormat);
    char fmt[16] = {};
    fmt[0] = char(cl->format.bitsPerPixel);
    fmt[1] = char(cl->format.depth);
    fmt[2] = char(cl->format.bigEndian);
    fmt[3] = char(cl->format.trueColour);
    qToBigEndian(quint16(cl->format.redMax), fmt + 4);
    qToBigEndian(quint16(cl->format.greenMax), fmt + 6);
    qToBigEndian(quint16(cl->format.blueMax), fmt + 8);
    fmt[10] = char(cl->format.redShift);
    fmt[11] = char(cl->format.greenShift);
    fmt[12] = char(cl->format.blueShift);
    pf.append(fmt, 16);
    if (!WriteToRFBServer(cl, pf.constData(), unsigned(pf.size())))
        return false;

    QList<quint32> encs;
    bool tight = false;
    const QStringList names = o.encodings.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &n : names) {
        if (n == QLatin1String("tight")) {
            encs << rfbEncodingTight;
            tight = true;
        } else if (n == QLatin1String("zrle")) {
            encs << rfbEncodingZRLE;
        } else if (n == QLatin1String("hextile")) {
            encs << rfbEncodingHextile;
        } else if (n == QLatin1String("zlib")) {
            encs << rfbEncodingZlib;
        } else if (n == QLatin1String("copyrect")) {
            encs << rfbEncodingCopyRect;
        } else if (n == QLatin1String("raw")) {
            encs << rfbEncodingRaw;
        }
    }
    if (o.compressLevel >= 0 && o.compressLevel <= 9)
        encs << quint32(rfbEncodingCompressLevel0 + quint32(o.compressLevel));
    if (o.jpegQuality >= 0 && o.jpegQuality <= 9)
        encs << quint32(rfbEncodingQualityLevel0 + quint32(o.jpegQuality));
    if (o.remoteCursor)
        encs << rfbEncodingXCursor << rfbEncodingRichCursor;
    encs << rfbEncodingNewFBSize << rfbEncodingKeyboardLedState << rfbEncodingQemuExtendedKeyEvent;
    if (tight)
        encs << rfbEncodingLastRect;

    QByteArray se(2, 0);
    se[0] = char(rfbSetEncodings);
    char count[2];
    qToBigEndian(quint16(encs.size()), count);
    se.append(count, 2);
    for (const quint32 e : std::as_const(encs))
        put32(se, e);
    return WriteToRFBServer(cl, se.constData(), unsigned(se.size())) != FALSE;
}

} // namespace drover::console::detail
