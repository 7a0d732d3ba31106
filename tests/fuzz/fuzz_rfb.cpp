// The RFB client (console::RfbClient: libvncclient on its worker thread, Drover's hooks for the
// framebuffer, damage, cursor shapes, cut text and bell) reading a server's bytes: the input is
// everything the server sends (version, security, ServerInit, then messages), written to the
// server end of a socketpair before the server closes its side, so that every input ends.
#include "FuzzCommon.h"
#include "RfbClient.h"

#include <QEventLoop>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        abort();
    // The socketpair holds far more than -max_len: the write does not block.
    for (size_t done = 0; done < size;) {
        const ssize_t n = ::write(fds[0], data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            abort();
        done += size_t(n);
    }
    ::shutdown(fds[0], SHUT_WR);

    {
        console::RfbClient client;
        console::RfbClient::Options options;
        options.readTimeoutSec = 2;
        options.connectTimeoutSec = 2;
        client.setOptions(options);
        client.setPasswordProvider([] { return std::optional<QString>(QStringLiteral("secret")); });
        QEventLoop loop;
        bool started = false;
        QObject::connect(&client, &console::RfbClient::stateChanged, &loop, [&](console::RfbClient::State s) {
            if (s == console::RfbClient::State::Connected) { // a viewer's first input
                client.sendPointer(1, 1, 1, 1);
                client.sendKey(0xffe3, 0x1d, true);
                client.sendClipboard(QStringLiteral("fuzz"));
                client.requestFullUpdate();
            }
            if (s != console::RfbClient::State::Disconnected)
                started = true;
            else if (started)
                loop.quit();
        });
        // What a viewer does with what the server sent: paint the frame, show the cursor.
        QObject::connect(&client, &console::RfbClient::framebufferUpdated, &loop,
                         [&](const QRegion &damage) {
                             const QImage &fb = client.framebuffer();
                             if (!fb.isNull() && !damage.isEmpty())
                                 (void)fb.pixel(damage.boundingRect().topLeft());
                         });
        QTimer::singleShot(10000, &loop, [] {
            fprintf(stderr, "the RFB session did not end within 10 s of the server closing\n");
            abort();
        });
        client.connectFd(fds[1]);
        loop.exec();
    }
    ::close(fds[0]);
    fuzz::dropDeferredDeletes();
    return 0;
}
