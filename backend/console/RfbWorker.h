#pragma once
// The worker side of RfbClient: owns the rfbClient and runs libvncclient's blocking calls on
// its own thread. Internal to drover_console.
#include "RfbClient.h"
#include "RfbShared.h"

#include <QImage>
#include <QList>
#include <QRect>

#include <functional>
#include <memory>

namespace drover::console {

namespace detail {
// Sends SetPixelFormat (cl->format) and SetEncodings (from options). See RfbEncodings.cpp.
bool sendPixelFormatAndEncodings(_rfbClient *cl, const RfbClient::Options &options);
} // namespace detail

class RfbWorker
{
public:
    // openSocket runs on the worker thread and returns a connected fd or -1 (having reported
    // the error). Results reach owner as calls queued to inbox, a QObject on owner's thread that
    // belongs to this session only (deleting it drops what is still queued). Both outlive the
    // worker: owner joins it first.
    RfbWorker(RfbClient *owner, QObject *inbox, std::shared_ptr<detail::RfbShared> shared,
              RfbClient::Options options, std::function<int(RfbWorker &)> openSocket);
    void run();

    // For openSocket and the libvncclient hooks (worker thread only).
    void reportError(RfbClient::Error e, const QString &message);
    void setState(RfbClient::State s);
    // Runs f on the owner's thread, unless the owner has let go of this worker.
    void post(std::function<void()> f);
    bool stopping() const { return m_shared->stop.load(); }
    const detail::RfbShared *shared() const { return m_shared.get(); }

    // libvncclient hooks (static trampolines find the worker through client data).
    bool mallocFrameBuffer(_rfbClient *cl);
    void gotUpdate(int x, int y, int w, int h);
    void finishedUpdate();
    char *getPassword();
    void gotCursor(_rfbClient *cl, int xhot, int yhot, int w, int h, int bpp);
    void gotBell();
    void gotCutText(const char *text, int len);

private:
    bool handshake(_rfbClient *cl);
    bool runCommands(_rfbClient *cl);
    void publishFrame();

    RfbClient *m_owner;
    QObject *m_inbox;
    std::shared_ptr<detail::RfbShared> m_shared;
    RfbClient::Options m_options;
    std::function<int(RfbWorker &)> m_openSocket;
    QImage m_fb;               // libvncclient decodes straight into this (Format_RGB32)
    QList<QRect> m_frameRects; // damage of the FramebufferUpdate being decoded
    bool m_passwordSent = false;
    bool m_passwordMissing = false;
    bool m_extendedKeys = false;
    bool m_errorReported = false;
};

} // namespace drover::console
