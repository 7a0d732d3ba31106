#include "RfbServer.h"

#include "VncScreen.h"

#include <QtEndian>

namespace drover::sim {

namespace {
quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToBigEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToBigEndian(v, c);
    b.append(c, 4);
}
} // namespace

RfbServer::RfbServer(VncScreen *screen, QObject *parent) : QObject(parent), m_screen(screen)
{
    connect(screen, &VncScreen::damaged, this, &RfbServer::damage);
}

void RfbServer::start()
{
    Q_EMIT send(QByteArrayLiteral("RFB 003.008\n"));
}

void RfbServer::fail(const QString &why)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_in.clear();
    Q_EMIT failed(why);
}

void RfbServer::receive(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return;
    m_in += bytes;
    while (!m_in.isEmpty() && m_state != State::Failed) {
        const qsizetype used = processOne();
        if (used == 0)
            break;
        m_in.remove(0, used);
    }
    maybeUpdate();
}

QByteArray RfbServer::serverInit() const
{
    QByteArray b;
    put16(b, quint16(m_screen->width()));
    put16(b, quint16(m_screen->height()));
    b.append(char(m_pf.bpp)).append(char(m_pf.depth)).append(char(m_pf.bigEndian)).append(char(m_pf.trueColour));
    put16(b, quint16(m_pf.redMax));
    put16(b, quint16(m_pf.greenMax));
    put16(b, quint16(m_pf.blueMax));
    b.append(char(m_pf.redShift)).append(char(m_pf.greenShift)).append(char(m_pf.blueShift));
    b.append(3, '\0');
    const QByteArray name = m_screen->name().toUtf8();
    put32(b, quint32(name.size()));
    return b + name;
}

qsizetype RfbServer::processOne()
{
    if (!m_screen) {
        fail(QStringLiteral("the VM's screen is gone"));
        return 0;
    }
    switch (m_state) {
    case State::Version: {
        if (m_in.size() < 12)
            return 0;
        const QByteArray v = m_in.left(12);
        if (!v.startsWith("RFB 003.") || v[11] != '\n') {
            fail(QStringLiteral("not an RFB client (version %1)").arg(QString::fromLatin1(v.toPercentEncoding())));
            return 0;
        }
        m_minor = v.mid(8, 3).toInt();
        if (m_minor >= 7)
            Q_EMIT send(QByteArray("\x01\x01", 2)); // one security type: None
        else
            Q_EMIT send(QByteArray("\0\0\0\x01", 4));
        m_state = m_minor >= 7 ? State::Security : State::ClientInit;
        return 12;
    }
    case State::Security:
        if (m_in[0] != 1) {
            fail(QStringLiteral("the client chose security type %1; only None (1) is offered").arg(int(quint8(m_in[0]))));
            return 0;
        }
        if (m_minor >= 8)
            Q_EMIT send(QByteArray(4, '\0')); // SecurityResult OK
        m_state = State::ClientInit;
        return 1;
    case State::ClientInit:
        Q_EMIT send(serverInit());
        m_state = State::Normal;
        return 1;
    case State::Normal:
    case State::Failed:
        break;
    }
    const quint8 type = quint8(m_in[0]);
    switch (type) {
    case 0: { // SetPixelFormat
        if (m_in.size() < 20)
            return 0;
        PixelFormat pf;
        pf.bpp = quint8(m_in[4]);
        pf.depth = quint8(m_in[5]);
        pf.bigEndian = m_in[6] != 0;
        pf.trueColour = m_in[7] != 0;
        pf.redMax = u16(m_in, 8);
        pf.greenMax = u16(m_in, 10);
        pf.blueMax = u16(m_in, 12);
        pf.redShift = quint8(m_in[14]);
        pf.greenShift = quint8(m_in[15]);
        pf.blueShift = quint8(m_in[16]);
        if (!pf.trueColour || (pf.bpp != 8 && pf.bpp != 16 && pf.bpp != 32) || pf.redShift > 31 ||
            pf.greenShift > 31 || pf.blueShift > 31) {
            fail(QStringLiteral("unsupported pixel format (%1 bpp, true colour %2)").arg(pf.bpp).arg(pf.trueColour));
            return 0;
        }
        m_pf = pf;
        return 20;
    }
    case 2: { // SetEncodings: Raw is always allowed, so the list changes nothing here
        if (m_in.size() < 4)
            return 0;
        const qsizetype len = 4 + 4 * qsizetype(u16(m_in, 2));
        return m_in.size() < len ? 0 : len;
    }
    case 3: { // FramebufferUpdateRequest
        if (m_in.size() < 10)
            return 0;
        const QRect r(u16(m_in, 2), u16(m_in, 4), u16(m_in, 6), u16(m_in, 8));
        if (m_in[1] == 0)
            damage(r);
        m_wantUpdate = true;
        return 10;
    }
    case 4: // KeyEvent
        if (m_in.size() < 8)
            return 0;
        m_screen->keyEvent(u32(m_in, 4), m_in[1] != 0);
        return 8;
    case 5: // PointerEvent
        if (m_in.size() < 6)
            return 0;
        m_screen->pointerEvent(u16(m_in, 2), u16(m_in, 4), quint8(m_in[1]));
        return 6;
    case 6: { // ClientCutText: QEMU has no clipboard either; read and drop it
        if (m_in.size() < 8)
            return 0;
        const quint32 n = u32(m_in, 4);
        if (n > (1u << 20)) {
            fail(QStringLiteral("cut text of %1 bytes").arg(n));
            return 0;
        }
        return m_in.size() < qsizetype(8 + n) ? 0 : qsizetype(8 + n);
    }
    default:
        fail(QStringLiteral("unknown RFB client message type %1").arg(type));
        return 0;
    }
}

void RfbServer::damage(const QRect &rect)
{
    if (!m_screen)
        return;
    QRect r = rect.intersected(QRect(0, 0, m_screen->width(), m_screen->height()));
    if (r.isEmpty())
        return;
    for (qsizetype i = 0; i < m_dirty.size(); ++i) {
        if (m_dirty[i].intersects(r) || m_dirty[i].contains(r)) {
            r = r.united(m_dirty.takeAt(i));
            i = -1; // the grown rectangle may now touch others
        }
    }
    m_dirty.append(r);
    if (m_state == State::Normal)
        maybeUpdate();
}

void RfbServer::maybeUpdate()
{
    if (m_state != State::Normal || !m_wantUpdate || m_dirty.isEmpty() || !m_screen)
        return;
    QByteArray out;
    out.append('\0').append('\0');
    put16(out, quint16(m_dirty.size()));
    for (const QRect &r : std::as_const(m_dirty)) {
        put16(out, quint16(r.x()));
        put16(out, quint16(r.y()));
        put16(out, quint16(r.width()));
        put16(out, quint16(r.height()));
        put32(out, 0); // Raw
        appendPixels(out, r);
    }
    m_dirty.clear();
    m_wantUpdate = false;
    Q_EMIT send(out);
}

void RfbServer::appendPixels(QByteArray &out, const QRect &r) const
{
    const int bytes = m_pf.bpp / 8;
    const qsizetype start = out.size();
    out.resize(start + qsizetype(r.width()) * r.height() * bytes);
    char *p = out.data() + start;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const quint32 *src = m_screen->row(y) + r.left();
        for (int x = 0; x < r.width(); ++x) {
            const quint32 c = src[x];
            const quint32 v = ((((c >> 16) & 0xff) * quint32(m_pf.redMax) + 127) / 255) << m_pf.redShift |
                              ((((c >> 8) & 0xff) * quint32(m_pf.greenMax) + 127) / 255) << m_pf.greenShift |
                              (((c & 0xff) * quint32(m_pf.blueMax) + 127) / 255) << m_pf.blueShift;
            for (int i = 0; i < bytes; ++i)
                *p++ = char(m_pf.bigEndian ? v >> (8 * (bytes - 1 - i)) : v >> (8 * i));
        }
    }
}

} // namespace drover::sim
