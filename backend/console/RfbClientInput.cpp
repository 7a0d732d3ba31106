// RfbClient's input methods: each becomes one command for the worker thread.
#include "RfbClient.h"
#include "RfbShared.h"

#include <rfb/rfbclient.h>

namespace drover::console {

namespace {

bool key(rfbClient *cl, quint32 keysym, quint32 scancode, bool down)
{
    // QEMU's extended key event carries the key position; everything else gets the keysym.
    if (scancode != 0 && SupportsClient2Server(cl, rfbQemuEvent))
        return SendExtendedKeyEvent(cl, keysym, scancode, down ? TRUE : FALSE);
    return SendKeyEvent(cl, keysym, down ? TRUE : FALSE);
}

} // namespace

void RfbClient::sendKey(quint32 keysym, quint32 scancode, bool down)
{
    post([=](rfbClient *cl) { return key(cl, keysym, scancode, down); });
}

void RfbClient::sendPointer(int x, int y, int buttonMask, int wheelSteps, int hWheelSteps)
{
    post([=](rfbClient *cl) {
        const int mask = buttonMask & 0x07;
        if (!SendPointerEvent(cl, x, y, mask))
            return false;
        // Wheel steps are button 4/5 (vertical) and 6/7 (horizontal) clicks.
        const auto clicks = [&](int steps, int upBit, int downBit) {
            const int bit = steps > 0 ? upBit : downBit;
            for (int i = 0; i < std::abs(steps); ++i)
                if (!SendPointerEvent(cl, x, y, mask | bit) || !SendPointerEvent(cl, x, y, mask))
                    return false;
            return true;
        };
        return clicks(wheelSteps, 1 << 3, 1 << 4) && clicks(hWheelSteps, 1 << 5, 1 << 6);
    });
}

void RfbClient::sendClipboard(const QString &text)
{
    // ClientCutText is Latin-1 by the RFB spec; newlines are plain LF.
    QByteArray latin1;
    latin1.reserve(text.size());
    for (const QChar c : text)
        latin1.append(c.unicode() <= 0xff ? char(c.unicode()) : '?');
    post([latin1](rfbClient *cl) mutable {
        // libvncclient's TRUE is -1, and SendClientCutText returns `a && b` (1): test for FALSE.
        return SendClientCutText(cl, latin1.data(), int(latin1.size())) != FALSE;
    });
}

void RfbClient::requestFullUpdate()
{
    post([](rfbClient *cl) {
        return SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE) != FALSE;
    });
}

} // namespace drover::console
