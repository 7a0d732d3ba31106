// RfbWorker's libvncclient hooks that talk to the caller's thread: the password hand-over, the
// cursor shape, the bell and server cut text. All run on the worker thread.
#include "RfbWorker.h"

#include <rfb/rfbclient.h>

#include <QMetaObject>

#include <cstring>

namespace drover::console {

char *RfbWorker::getPassword()
{
    {
        std::lock_guard lock(m_shared->passwordMutex);
        m_shared->password.reset();
        m_shared->passwordAnswered = false;
    }
    post([o = m_owner] { o->onPasswordNeeded(); });
    std::unique_lock lock(m_shared->passwordMutex);
    m_shared->passwordCv.wait(lock, [this] { return m_shared->passwordAnswered || stopping(); });
    if (stopping() || !m_shared->password || m_shared->password->isEmpty()) {
        m_passwordMissing = true;
        return nullptr;
    }
    m_passwordSent = true;
    const QByteArray pw = m_shared->password->toUtf8();
    m_shared->password.reset();
    return ::strdup(pw.constData()); // libvncclient wipes and frees it
}

void RfbWorker::gotCursor(rfbClient *cl, int xhot, int yhot, int w, int h, int bpp)
{
    if (w <= 0 || h <= 0 || bpp != 4 || !cl->rcSource || !cl->rcMask)
        return;
    QImage img(w, h, QImage::Format_ARGB32);
    for (int y = 0; y < h; ++y) {
        auto *out = reinterpret_cast<quint32 *>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            quint32 px;
            std::memcpy(&px, cl->rcSource + (size_t(y) * w + x) * 4, 4);
            out[x] = cl->rcMask[size_t(y) * w + x] ? (px | 0xff000000u) : 0u;
        }
    }
    const QPoint hot(xhot, yhot);
    post([o = m_owner, img, hot] { Q_EMIT o->cursorShape(img, hot); });
}

void RfbWorker::gotBell()
{
    post([o = m_owner] { Q_EMIT o->bell(); });
}

void RfbWorker::gotCutText(const char *text, int len)
{
    const QString s = QString::fromLatin1(text, qMax(0, len));
    post([o = m_owner, s] { Q_EMIT o->remoteClipboardText(s); });
}

} // namespace drover::console
