#include "RfbWorker.h"

#include "ConsoleTr.h"
#include "RfbErrors.h"

#include <rfb/rfbclient.h>

#include <QMetaObject>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::console {

namespace {

int s_clientTag; // address used as libvncclient client-data tag

RfbWorker *workerOf(rfbClient *cl)
{
    return static_cast<RfbWorker *>(rfbClientGetClientData(cl, &s_clientTag));
}

rfbBool cbMalloc(rfbClient *cl)
{
    return workerOf(cl)->mallocFrameBuffer(cl) ? TRUE : FALSE;
}
void cbUpdate(rfbClient *cl, int x, int y, int w, int h)
{
    workerOf(cl)->gotUpdate(x, y, w, h);
}
void cbFinished(rfbClient *cl)
{
    workerOf(cl)->finishedUpdate();
}
char *cbPassword(rfbClient *cl)
{
    return workerOf(cl)->getPassword();
}
void cbCursor(rfbClient *cl, int xh, int yh, int w, int h, int bpp)
{
    workerOf(cl)->gotCursor(cl, xh, yh, w, h, bpp);
}
void cbBell(rfbClient *cl)
{
    workerOf(cl)->gotBell();
}
void cbCutText(rfbClient *cl, const char *text, int len)
{
    workerOf(cl)->gotCutText(text, len);
}

constexpr int kMaxSide = 16384; // larger than any real desktop; refuses absurd ServerInit sizes

} // namespace

RfbWorker::RfbWorker(RfbClient *owner, QObject *inbox, std::shared_ptr<detail::RfbShared> shared,
                     RfbClient::Options options, std::function<int(RfbWorker &)> openSocket)
    : m_owner(owner), m_inbox(inbox), m_shared(std::move(shared)), m_options(std::move(options)),
      m_openSocket(std::move(openSocket))
{
}

void RfbWorker::post(std::function<void()> f)
{
    std::lock_guard lock(m_shared->inboxMutex);
    if (!m_shared->ownerGone)
        QMetaObject::invokeMethod(m_inbox, std::move(f), Qt::QueuedConnection);
}

void RfbWorker::setState(RfbClient::State s)
{
    post([o = m_owner, s] { o->onState(s); });
}

void RfbWorker::reportError(RfbClient::Error e, const QString &message)
{
    if (m_errorReported || stopping())
        return;
    m_errorReported = true;
    post([o = m_owner, e, message] { o->onError(e, message); });
}

void RfbWorker::run()
{
    detail::installRfbLogHooks();
    detail::RfbLogCapture log;
    setState(RfbClient::State::Connecting);
    const int fd = m_openSocket(*this);
    if (fd < 0) {
        setState(RfbClient::State::Disconnected);
        return;
    }
    {
        std::lock_guard lock(m_shared->sockMutex);
        m_shared->sock = fd;
    }
    if (stopping()) { // stop() ran before the socket was published: it could not shut it down
        std::lock_guard lock(m_shared->sockMutex);
        ::close(fd);
        m_shared->sock = -1;
        setState(RfbClient::State::Disconnected);
        return;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

    rfbClient *cl = rfbGetClient(8, 3, 4);
    rfbClientSetClientData(cl, &s_clientTag, this);
    // Ask for 0x00RRGGBB little-endian words: QImage::Format_RGB32 without conversion.
    cl->format.redShift = 16;
    cl->format.greenShift = 8;
    cl->format.blueShift = 0;
    cl->MallocFrameBuffer = cbMalloc;
    cl->GotFrameBufferUpdate = cbUpdate;
    cl->FinishedFrameBufferUpdate = cbFinished;
    cl->GetPassword = cbPassword;
    cl->GotCursorShape = cbCursor;
    cl->Bell = cbBell;
    cl->GotXCutText = cbCutText;
    cl->canHandleNewFBSize = 1;
    cl->readTimeout = unsigned(qMax(0, m_options.readTimeoutSec));
    cl->appData.compressLevel = m_options.compressLevel;
    cl->appData.enableJPEG = m_options.jpegQuality >= 0 ? TRUE : FALSE;
    cl->appData.qualityLevel = qBound(0, m_options.jpegQuality, 9);
    cl->appData.useRemoteCursor = m_options.remoteCursor ? TRUE : FALSE;
    cl->appData.shareDesktop = m_options.shared ? TRUE : FALSE;
    // The socket is already connected: rfbInitClient/ConnectToRFBServer are never called, so
    // libvncclient neither resolves, connects nor listens (RfbClient.h: transports).
    cl->sock = fd;
    // Only what Drover can answer without a dialog it does not have yet: None and VNC password.
    // (VeNCrypt/TLS would need certificates and libvncclient's GetCredential; not wired up.)
    const uint32_t schemes[] = {rfbVncAuth, rfbNoAuth};
    SetClientAuthSchemes(cl, schemes, 2);

    bool ok = handshake(cl);
    if (!ok && !m_errorReported) {
        const auto f = detail::classifyFailure(detail::Phase::Handshake, m_passwordSent,
                                               m_passwordMissing, log);
        reportError(f.error, f.message);
    }
    log.clear();
    while (ok && !stopping()) {
        if (!runCommands(cl)) {
            ok = false;
            break;
        }
        if (cl->buffered == 0) { // libvncclient may already hold the next message
            pollfd p[2] = {{cl->sock, POLLIN, 0}, {m_shared->wakeFd, POLLIN, 0}};
            const int r = ::poll(p, 2, 1000);
            if (r < 0 && errno != EINTR) {
                log.append(QString::fromLocal8Bit(std::strerror(errno)));
                ok = false;
                break;
            }
            if (p[1].revents & POLLIN) {
                quint64 v;
                [[maybe_unused]] auto n = ::read(m_shared->wakeFd, &v, sizeof v);
            }
            if (!(p[0].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
        }
        if (!HandleRFBServerMessage(cl)) {
            ok = false;
            break;
        }
        const bool ext = SupportsClient2Server(cl, rfbQemuEvent);
        if (ext != m_extendedKeys) {
            m_extendedKeys = ext;
            post([o = m_owner, ext] { o->onExtendedKeys(ext); });
        }
    }
    if (!ok && !m_errorReported) {
        const auto f =
            detail::classifyFailure(detail::Phase::Session, m_passwordSent, m_passwordMissing, log);
        reportError(f.error, f.message);
    }
    cl->frameBuffer = nullptr; // ours (m_fb), not libvncclient's
    // 0.9.14's rfbClientCleanup leaks the last cursor shape; free it (and null it, so a library
    // that does free it sees nothing twice).
    std::free(cl->rcSource);
    std::free(cl->rcMask);
    cl->rcSource = cl->rcMask = nullptr;
    {
        std::lock_guard lock(m_shared->sockMutex);
        rfbClientCleanup(cl); // closes the socket
        m_shared->sock = -1;
    }
    setState(RfbClient::State::Disconnected);
}

bool RfbWorker::handshake(rfbClient *cl)
{
    setState(RfbClient::State::Authenticating);
    if (!InitialiseRFBConnection(cl))
        return false;
    cl->width = cl->si.framebufferWidth;
    cl->height = cl->si.framebufferHeight;
    if (!cl->MallocFrameBuffer(cl))
        return false;
    if (!detail::sendPixelFormatAndEncodings(cl, m_options))
        return false;
    cl->updateRect.x = cl->updateRect.y = 0;
    cl->updateRect.w = cl->width;
    cl->updateRect.h = cl->height;
    if (!SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE))
        return false;
    const QString name = QString::fromUtf8(cl->desktopName ? cl->desktopName : "");
    post([o = m_owner, name] { o->onConnected(name); });
    return true;
}

bool RfbWorker::runCommands(rfbClient *cl)
{
    for (;;) {
        detail::Command c;
        {
            std::lock_guard lock(m_shared->commandMutex);
            if (m_shared->commands.empty())
                return true;
            c = std::move(m_shared->commands.front());
            m_shared->commands.pop_front();
        }
        if (!c(cl))
            return false;
    }
}

bool RfbWorker::mallocFrameBuffer(rfbClient *cl)
{
    const int w = cl->width, h = cl->height;
    if (w <= 0 || h <= 0 || w > kMaxSide || h > kMaxSide) {
        reportError(RfbClient::Error::ProtocolError,
                    Tr::tr("protocol error: the server announced an absurd desktop size "
                           "%1x%2")
                        .arg(w)
                        .arg(h));
        return false;
    }
    m_fb = QImage(w, h, QImage::Format_RGB32);
    if (m_fb.isNull()) {
        reportError(RfbClient::Error::ProtocolError,
                    Tr::tr("out of memory for a %1x%2 desktop").arg(w).arg(h));
        return false;
    }
    m_fb.fill(Qt::black);
    cl->frameBuffer = m_fb.bits();
    m_frameRects.clear();
    m_frameRects.append(m_fb.rect()); // the next publish resizes the caller's image
    return true;
}

void RfbWorker::gotUpdate(int x, int y, int w, int h)
{
    m_frameRects.append(QRect(x, y, w, h) & m_fb.rect());
}

void RfbWorker::finishedUpdate()
{
    publishFrame();
}

void RfbWorker::publishFrame()
{
    if (m_frameRects.isEmpty())
        return;
    QRegion region;
    if (m_frameRects.size() > 64) { // many small rects: one bounding box copies less bookkeeping
        QRect box;
        for (const QRect &r : std::as_const(m_frameRects))
            box |= r;
        region = box;
    } else {
        for (const QRect &r : std::as_const(m_frameRects))
            region += r;
    }
    m_frameRects.clear();
    {
        std::lock_guard lock(m_shared->frameMutex);
        if (m_shared->front.size() != m_fb.size()) {
            m_shared->front = m_fb.copy();
            m_shared->damage = QRegion(m_fb.rect());
        } else {
            for (const QRect &r : region + m_shared->frontStale)
                detail::copyRect(m_fb, m_shared->front, r);
            m_shared->damage += region;
        }
        m_shared->frontStale = QRegion();
    }
    if (!m_shared->frameNoticePending.exchange(true))
        post([o = m_owner] { o->onFrameNotice(); });
}

} // namespace drover::console
