#include "SshSession.h"

#include "SshTr.h"
#include "SshWorker.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

#include <unistd.h>

namespace drover::ssh {

void SshSession::Owner::post(std::function<void()> f)
{
    std::lock_guard lock(mutex);
    if (session)
        QMetaObject::invokeMethod(session, std::move(f), Qt::QueuedConnection);
}

SshSession::SshSession(QObject *parent) : QObject(parent), m_owner(std::make_shared<Owner>())
{
    m_owner->session = this;
    m_worker = std::make_shared<SshWorker>(
        // From the worker thread: run f on this object's thread; dropped once we are gone.
        [owner = m_owner](std::function<void()> f) { owner->post(std::move(f)); },
        [this](SshState s, QString reason) {
            if (s == m_state && s != SshState::Disconnected)
                return;
            m_state = s;
            Q_EMIT stateChanged(s, reason);
        });
    m_thread = QThread::create([w = m_worker] { w->run(); }); // the thread keeps its worker alive
    m_thread->setObjectName(QStringLiteral("ssh-worker"));
    m_thread->start();
}

SshSession::~SshSession()
{
    m_worker->requestStop();
    if (m_thread->wait(QDeadlineTimer(kStopWaitMs))) {
        delete m_thread;
        return;
    }
    // Stuck where requestStop() cannot reach (getaddrinfo waiting on a dead DNS server): the
    // caller's (GUI) thread does not wait for it. It posts nothing more here, ends on its own
    // and is deleted then (deleteLater twice is harmless, if it ended just now).
    {
        std::lock_guard lock(m_owner->mutex);
        m_owner->session = nullptr;
    }
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->isFinished())
        m_thread->deleteLater();
}

void SshSession::setPrompts(SshPrompts prompts) { m_prompts = std::move(prompts); }

template <typename T>
void SshSession::run(QObject *context, std::function<Result<T, SshFailure>(SshWorker &)> job,
                     std::function<void(const Result<T, SshFailure> &)> done)
{
    QPointer<QObject> guard(context);
    SshWorker *w = m_worker.get();
    m_worker->enqueue([owner = m_owner, w, job = std::move(job), done = std::move(done), guard] {
        Result<T, SshFailure> r = job(*w);
        owner->post([guard, done, r = std::move(r)] {
            if (guard && done)
                done(r);
        });
    });
}

void SshSession::connectToHost(const SshTarget &target, QObject *context,
                               std::function<void(const Result<SshConnectionInfo, SshFailure> &)> done)
{
    run<SshConnectionInfo>(
        context, [target, prompts = m_prompts](SshWorker &w) { return w.connectTo(target, prompts); },
        std::move(done));
}

void SshSession::exec(const QString &command, QObject *context, std::function<void(const Result<ExecResult, SshFailure> &)> done,
                      qint64 maxOutput, int timeoutMs)
{
    run<ExecResult>(
        context, [command, maxOutput, timeoutMs](SshWorker &w) { return w.exec(command, maxOutput, timeoutMs); },
        std::move(done));
}

void SshSession::openTunnel(const QString &host, quint16 port, QObject *context,
                            std::function<void(const Result<SshTunnel, SshFailure> &)> done)
{
    // If nobody takes the fd (context gone), close it rather than leak it.
    QPointer<QObject> guard(context);
    run<SshTunnel>(
        this, [host, port](SshWorker &w) { return w.openTunnel(host, port); },
        [guard, done = std::move(done)](const Result<SshTunnel, SshFailure> &r) {
            if (guard && done)
                done(r);
            else if (r.ok())
                ::close(r->fd);
        });
}

void SshSession::disconnectFromHost()
{
    m_worker->cancelPrompts(); // a connect waiting on a prompt gives up
    m_worker->enqueue([w = m_worker.get()] { w->disconnect(Tr::tr("disconnected")); });
}

} // namespace drover::ssh
