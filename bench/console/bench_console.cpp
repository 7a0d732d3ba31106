// bench_console: RFB at 1080p from a real server on loopback. Xvnc (1920x1080) with xpainter
// changing the whole screen as fast as it can; then
//  1. console::RfbClient + a painter that draws each update's damaged rectangles of
//     framebuffer() onto another QImage with QPainter, as ConsoleWidget's paintEvent would:
//     frames/s painted, bytes/s received, paint cost per frame;
//  2. bare libvncclient decoding the same kind of stream in a loop, nothing else (the ceiling).
// Prints per-second medians and ends with: RESULT fps=N ceiling_fps=M
// Usage: bench_console [seconds=5] [cells|image]
#include "BenchStats.h"
#include "RfbClient.h"
#include "VncServers.h"

#include <rfb/rfbclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace drover::console;

namespace {

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

quint64 bytesReceived(int fd)
{
    tcp_info info{};
    socklen_t len = sizeof info;
    return ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) == 0 ? info.tcpi_bytes_received : 0;
}

// CPU time of this whole process (worker + caller threads), ms. The server is another process.
double cpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}


struct Samples
{
    QList<double> fps, mbps, paintMs, cpuMsPerFrame;
    QList<double> fullFrames; // damaged pixels / (1920*1080): full-screen equivalents per second
};

int g_ceilingFrames = 0;
qint64 g_ceilingPixels = 0;
constexpr double kFullFrame = 1920.0 * 1080.0;
void countRect(rfbClient *, int, int, int w, int h)
{
    g_ceilingPixels += qint64(w) * h;
}
void countFrame(rfbClient *)
{
    ++g_ceilingFrames;
}
void quietLog(const char *, ...) {}

// Bare libvncclient: decode only, same encodings as RfbClient's defaults.
Samples runCeiling(quint16 port, int seconds)
{
    Samples s;
    const int fd = connectLoopback(port);
    const int probe = ::dup(fd);
    rfbClientLog = quietLog;
    rfbClientErr = quietLog;
    rfbClient *cl = rfbGetClient(8, 3, 4);
    cl->format.redShift = 16;
    cl->format.greenShift = 8;
    cl->format.blueShift = 0;
    cl->sock = fd;
    cl->appData.encodingsString = "tight zrle hextile copyrect raw";
    cl->appData.compressLevel = 1;
    cl->appData.enableJPEG = FALSE; // lossless, like RfbClient's default
    cl->FinishedFrameBufferUpdate = countFrame;
    cl->GotFrameBufferUpdate = countRect;
    if (!InitialiseRFBConnection(cl))
        return s;
    cl->width = cl->si.framebufferWidth;
    cl->height = cl->si.framebufferHeight;
    cl->MallocFrameBuffer(cl);
    SetFormatAndEncodings(cl);
    cl->updateRect.x = cl->updateRect.y = 0;
    cl->updateRect.w = cl->width;
    cl->updateRect.h = cl->height;
    SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE);
    QElapsedTimer t;
    t.start();
    int lastFrames = 0;
    qint64 lastPixels = 0;
    quint64 lastBytes = bytesReceived(probe);
    double lastCpu = cpuMs();
    qint64 nextSample = 1000;
    while (t.elapsed() < (seconds + 1) * 1000) {
        if (WaitForMessage(cl, 100000) > 0 && !HandleRFBServerMessage(cl))
            break;
        if (t.elapsed() >= nextSample) {
            const quint64 b = bytesReceived(probe);
            const double cpu = cpuMs();
            const int n = g_ceilingFrames - lastFrames;
            if (nextSample > 1000) { // the first second is warm-up
                s.fps << n;
                s.mbps << double(b - lastBytes) / 1e6;
                s.cpuMsPerFrame << (n ? (cpu - lastCpu) / n : 0);
                s.fullFrames << double(g_ceilingPixels - lastPixels) / kFullFrame;
            }
            lastCpu = cpu;
            lastFrames = g_ceilingFrames;
            lastPixels = g_ceilingPixels;
            lastBytes = b;
            nextSample += 1000;
        }
    }
    rfbClientCleanup(cl); // closes fd; the framebuffer (malloc'd by libvncclient) is leaked
    ::close(probe);
    return s;
}

Samples runRfbClient(quint16 port, int seconds)
{
    Samples s;
    const int fd = connectLoopback(port);
    const int probe = ::dup(fd);
    RfbClient client;
    QImage target(1920, 1080, QImage::Format_RGB32); // the widget's backing store, say
    int frames = 0;
    qint64 paintNs = 0, pixels = 0, lastPixels = 0;
    QObject::connect(&client, &RfbClient::desktopResized, &client,
                     [&](const QSize &size) { target = QImage(size, QImage::Format_RGB32); });
    QObject::connect(&client, &RfbClient::framebufferUpdated, &client, [&](const QRegion &damage) {
        QElapsedTimer t;
        t.start();
        QPainter p(&target);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        for (const QRect &r : damage) {
            p.drawImage(r.topLeft(), client.framebuffer(), r);
            pixels += qint64(r.width()) * r.height();
        }
        p.end();
        paintNs += t.nsecsElapsed();
        ++frames;
    });
    client.connectFd(fd);
    int lastFrames = 0, tick = 0;
    qint64 lastPaint = 0;
    quint64 lastBytes = bytesReceived(probe);
    double lastCpu = cpuMs();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &client, [&] {
        const quint64 b = bytesReceived(probe);
        const int n = frames - lastFrames;
        if (tick++ > 0) {
            s.fps << n;
            s.mbps << double(b - lastBytes) / 1e6;
            s.paintMs << (n ? double(paintNs - lastPaint) / 1e6 / n : 0);
            s.cpuMsPerFrame << (n ? (cpuMs() - lastCpu) / n : 0);
            s.fullFrames << double(pixels - lastPixels) / kFullFrame;
        }
        lastCpu = cpuMs();
        lastFrames = frames;
        lastPixels = pixels;
        lastPaint = paintNs;
        lastBytes = b;
        if (tick > seconds)
            QCoreApplication::exit(0);
    });
    sampler.start(1000);
    QCoreApplication::exec();
    if (client.lastError() != RfbClient::Error::None)
        std::printf("RfbClient error: %s\n", qPrintable(client.errorString()));
    client.disconnectFromServer();
    ::close(probe);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, QByteArray(argv[1]).toInt()) : 5;
    const QString mode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("cells");
    test::VncServer xvnc;
    // Xvnc sends at most -FrameRate updates/s per client (default 60): lift it for the bench.
    if (const auto started = xvnc.startXvnc(QSize(1920, 1080), QString(), {QStringLiteral("-FrameRate"), QStringLiteral("1000")});
        !started) {
        std::printf("cannot start Xvnc: %s\n", qPrintable(started.error().message));
        return 1;
    }
    QProcess painter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), xvnc.displayName());
    painter.setProcessEnvironment(env);
    painter.start(QStringLiteral(XPAINTER_BIN), {mode});
    if (!painter.waitForStarted(5000) || !painter.waitForReadyRead(15000)) {
        std::printf("xpainter did not start\n");
        return 1;
    }
    std::printf("Xvnc 1920x1080, xpainter mode %s, %d s per run, medians of 1 s samples\n",
                qPrintable(mode), seconds);

    const Samples a = runRfbClient(xvnc.port(), seconds);
    const Samples b = runCeiling(xvnc.port(), seconds);
    painter.kill();
    painter.waitForFinished(3000);

    const double fps = drover::bench::median(a.fps), ceiling = drover::bench::median(b.fps), paint = drover::bench::median(a.paintMs);
    const double cpuA = drover::bench::median(a.cpuMsPerFrame), cpuB = drover::bench::median(b.cpuMsPerFrame);
    const double paintShare = cpuB > 0 ? paint / cpuB * 100 : 0;
    std::printf("RfbClient+paint : %6.1f frames/s  %7.1f MB/s  client CPU %.2f ms/frame, of which"
                " paint %.2f ms\n",
                fps, drover::bench::median(a.mbps), cpuA, paint);
    std::printf("libvncclient    : %6.1f frames/s  %7.1f MB/s  client CPU %.2f ms/frame (decode "
                "only, the ceiling)\n",
                ceiling, drover::bench::median(b.mbps), cpuB);
    std::printf("full-screen equivalents/s (damaged pixels / 1920x1080): RfbClient+paint %.1f, "
                "libvncclient %.1f\n",
                drover::bench::median(a.fullFrames), drover::bench::median(b.fullFrames));
    std::printf("paint = %.1f%% of a ceiling frame's decode CPU; client-bound fps if the server "
                "kept up: RfbClient+paint ~%.0f, bare libvncclient ~%.0f (1 core)\n",
                paintShare, cpuA > 0 ? 1000 / cpuA : 0, cpuB > 0 ? 1000 / cpuB : 0);
    std::printf("RESULT fps=%.0f ceiling_fps=%.0f\n", fps, ceiling);
    return 0;
}
