// drover-sim's request router: ApiServer::handleRequest and everything it dispatches to
// (discovery, OpenAPI, CRUD, patch, list, watch, KubeVirt subresources, eviction, the
// /drover-sim/v1/ admin endpoints), for whole HTTP requests parsed by QtHttpServer as in the
// running simulator. No network: each input is one connection over a socketpair, handed to the
// server through a QTcpServer it is bound to (bind() takes more than one). The client's side is
// shut down after the input, so the server ends every connection. The cluster is the demo one
// (token "fuzz", controllers instant), built afresh every kRebuildEvery inputs so that what the
// requests change does not accumulate for ever.
#include "FuzzCommon.h"
#include "SimCluster.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace drover;

namespace {

class Injector : public QTcpServer
{
public:
    void inject(QTcpSocket *socket)
    {
        addPendingConnection(socket); // QtHttpServer takes it from nextPendingConnection()
        Q_EMIT newConnection();
    }
};

struct Sim
{
    sim::SimCluster cluster;
    Injector *injector = new Injector; // owned by the server once bound
};

constexpr int kRebuildEvery = 500;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    static std::unique_ptr<Sim> sim;
    static int inputs = 0;
    if (!sim || ++inputs % kRebuildEvery == 0) {
        sim.reset();
        fuzz::dropDeferredDeletes();
        sim = std::make_unique<Sim>();
        sim::SimOptions options;
        options.token = "fuzz";
        options.timeScale = 0;
        options.agentSampleMs = 0;
        if (!sim->cluster.start(options))
            abort();
        sim->cluster.server()->bind(sim->injector);
    }

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        abort();
    for (size_t done = 0; done < size;) {
        const ssize_t n = ::write(fds[0], data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            abort();
        done += size_t(n);
    }
    ::shutdown(fds[0], SHUT_WR);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);

    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(fds[1]))
        abort();
    QEventLoop loop;
    QSocketNotifier answer(fds[0], QSocketNotifier::Read);
    QObject::connect(&answer, &QSocketNotifier::activated, &loop, [&] {
        char buf[65536];
        for (;;) {
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                answer.setEnabled(false);
                loop.quit(); // the server closed the connection
                return;
            }
            if (n < 0 && errno == EAGAIN)
                return;
        }
    });
    QTimer::singleShot(5000, &loop, [] {
        fprintf(stderr, "drover-sim did not close the connection within 5 s of the request's end\n");
        abort();
    });
    sim->injector->inject(socket);
    loop.exec();
    ::close(fds[0]);
    fuzz::dropDeferredDeletes();
    return 0;
}
